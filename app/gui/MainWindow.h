#pragma once

#include "account/Account.h"

#include <memory>
#include <optional>
#include <QMainWindow>

namespace md {
class CredentialStore;
class ProfileStore;
}  // namespace md
namespace md::oauth {
class ProviderRegistry;
}  // namespace md::oauth

namespace md::gui {

class AccountsPanel;
class SetupWizard;
struct SetupOptions;
class DiagnoseView;

/// The main window: on the left the accounts ("Quick check": settings typed without saving), on the
/// right the diagnose view. Remembers its geometry; closing it during a check cancels the check.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// With the default profile store (AppConfigLocation) and the OS keychain.
    explicit MainWindow(QWidget *parent = nullptr);
    /// With the given stores (tests); the window does not take ownership.
    MainWindow(ProfileStore *profiles, CredentialStore *credentials, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] DiagnoseView *diagnoseView() const { return m_view; }
    [[nodiscard]] AccountsPanel *accountsPanel() const { return m_accounts; }

    /// Opens the setup wizard for a new account ("Add account…"); returns it (it deletes itself
    /// when closed).
    SetupWizard *addAccount();
    /// Opens the same wizard with the selected saved account ("Edit settings"); nullptr when
    /// "Quick check" is selected or the account cannot be read.
    SetupWizard *editAccount();
    /// "Sign in again" for the selected account: the same wizard, opened at its Sign in page (the
    /// provider's page in the browser, then the test, then saved). nullptr when "Quick check" is
    /// selected or the account cannot be read.
    SetupWizard *signInAgain();
    /// True when no account is saved (the app then opens the wizard at start).
    [[nodiscard]] bool hasNoAccounts() const;
    /// What the wizard uses for discovery (tests point it at their DNS server and CA).
    void setWizardOptions(const SetupOptions &options);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    SetupWizard *openWizard(const std::optional<Account> &existing, bool signInOnly = false);
    /// The saved account selected on the left; none (and `noneSelected`, or why it could not be
    /// read, in the status bar) otherwise.
    std::optional<Account> selectedSavedAccount(const QString &noneSelected);
    [[nodiscard]] const oauth::ProviderRegistry *providers() const;

    std::unique_ptr<ProfileStore> m_ownProfiles;
    CredentialStore *m_ownCredentials = nullptr;
    ProfileStore *m_profiles = nullptr;
    CredentialStore *m_credentials = nullptr;
    std::unique_ptr<SetupOptions> m_wizardOptions;
    std::unique_ptr<oauth::ProviderRegistry> m_providers;  ///< OAuth2 presets + client ids from the settings
    AccountsPanel *m_accounts = nullptr;
    DiagnoseView *m_view = nullptr;
};

}  // namespace md::gui
