#pragma once

#include <memory>
#include <QMainWindow>

namespace md {
class CredentialStore;
class ProfileStore;
}  // namespace md

namespace md::gui {

class AccountsPanel;
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

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();

    std::unique_ptr<ProfileStore> m_ownProfiles;
    CredentialStore *m_ownCredentials = nullptr;
    AccountsPanel *m_accounts = nullptr;
    DiagnoseView *m_view = nullptr;
};

}  // namespace md::gui
