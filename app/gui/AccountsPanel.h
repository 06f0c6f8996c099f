#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace md {
class CredentialStore;
class ProfileStore;
struct Account;
}  // namespace md
namespace md::oauth {
class ProviderRegistry;
}  // namespace md::oauth

namespace md::gui {

class DiagnoseView;

/// The left side of the main window: "Quick check" (settings typed without saving) and the saved
/// accounts from the profile store. Selecting an account loads its servers into the diagnose view
/// and its passwords from the keychain (asynchronously); "Save account" writes the forms back (the
/// profile without secrets, the passwords to the keychain); "Delete" removes both after asking.
/// Problems (an unreadable profile file, a keychain error) are shown here in words, not swallowed.
class AccountsPanel : public QWidget
{
    Q_OBJECT
public:
    AccountsPanel(ProfileStore *store, CredentialStore *credentials, DiagnoseView *view, QWidget *parent = nullptr);

    /// Reads the saved accounts again (keeps the selection when it still exists).
    void reload();
    /// Loads the selected account into the forms again (after the setup wizard changed it).
    void reloadSelected();
    /// Where OAuth2 provider names come from ("Sign in with Google"); not owned, may be null.
    void setProviders(const oauth::ProviderRegistry *providers) { m_providers = providers; }
    /// The selected account's name; empty for "Quick check".
    [[nodiscard]] QString currentAccount() const;
    void selectAccount(const QString &name);
    /// Saves the forms as the selected account, or as a new account `newName` from Quick check.
    bool save(const QString &newName = {});
    /// Deletes the selected account's keychain entries, then the account (no confirmation: the
    /// button asks); keychainDone() when it has ended. If the keychain cannot delete them, the
    /// account stays and message() says why. False if nothing was started.
    bool deleteCurrent();
    /// The problem shown, if any.
    [[nodiscard]] QString message() const;
    [[nodiscard]] QListWidget *list() const { return m_list; }

Q_SIGNALS:
    /// The keychain answered for every server of `account` (passwords filled in, or a problem shown).
    void passwordsLoaded(const QString &account);
    /// Every keychain write of a save (or delete) has ended.
    void keychainDone();

private:
    void load(const QString &name);
    bool removeProfile(const QString &name);
    void showMessage(const QString &text);
    void keychainStep(int *pending, const QString &problem);

    ProfileStore *m_store;
    QPointer<CredentialStore> m_credentials;
    DiagnoseView *m_view;
    const oauth::ProviderRegistry *m_providers = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;
    QWidget *m_nameRow = nullptr;
    QLineEdit *m_name = nullptr;
    QWidget *m_confirmRow = nullptr;
    QLabel *m_confirmText = nullptr;
    QString m_loaded;  ///< the account whose settings the forms hold; empty: Quick check
    int m_generation = 0;  ///< bumps on every selection, so late keychain answers are ignored
    QStringList m_keychainProblems;
};

}  // namespace md::gui
