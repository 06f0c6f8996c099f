#pragma once
// The pages of the setup wizard (SetupWizard.h). Each page reads the shared AccountDraft when it
// is shown and writes what the person typed back into it; none keeps state of its own between
// wizard runs, and none writes anything to disk or the keychain except the Done page.

#include "DiagnoseController.h"
#include "SetupWizard.h"
#include "transcript/HtmlReport.h"

#include <memory>
#include <QPointer>
#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QTreeView;

namespace md::gui {

class CertificateView;
}  // namespace md::gui
namespace md::oauth {
class AuthorizationFlow;
struct FlowResult;
class TokenStore;
}  // namespace md::oauth
namespace md::gui {
class FindingsView;
class StepsModel;
class TranscriptModel;
class TranscriptView;

/// 1. Who you are: the email address (checked as you type) and the name people see.
class IdentityPage : public QWizardPage
{
    Q_OBJECT
public:
    IdentityPage(AccountDraft *draft, const SetupOptions *options, QWidget *parent = nullptr);
    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;
    [[nodiscard]] int nextId() const override;

private:
    void updateHint();
    [[nodiscard]] QString problem() const;

    AccountDraft *m_draft;
    const SetupOptions *m_options;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLabel *m_hint = nullptr;
};

/// 2. Finding your settings: discovery runs; the sources appear as they answer, then the proposed
/// settings with where they came from and how far they are trusted, and any disagreement.
class DiscoveryPage : public QWizardPage
{
    Q_OBJECT
public:
    DiscoveryPage(AccountDraft *draft, const SetupOptions *options, QWidget *parent = nullptr);
    ~DiscoveryPage() override;
    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;
    /// Ends a running discovery (Cancel, Back, closing the wizard).
    void stop();
    [[nodiscard]] bool isRunning() const;

private:
    void start();
    void onSource(const discovery::SourceReport &source);
    void onFinished(const discovery::DiscoveryResult &result);
    void showResult(const discovery::DiscoveryResult &result);
    void applyResult(const discovery::DiscoveryResult &result);

    AccountDraft *m_draft;
    const SetupOptions *m_options;
    QPointer<discovery::Discovery> m_discovery;
    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    QListWidget *m_sources = nullptr;
    QLabel *m_proposal = nullptr;
    QPushButton *m_manual = nullptr;
    QPushButton *m_stop = nullptr;
    bool m_manualChosen = false;
    bool m_applied = false;
};

/// 3. Outgoing mail (SMTP): the diagnose window's settings form, pre-filled, with a line that
/// explains the security choice.
class OutgoingPage : public QWizardPage
{
    Q_OBJECT
public:
    OutgoingPage(AccountDraft *draft, QWidget *parent = nullptr);
    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;
    [[nodiscard]] ServerSettingsWidget *form() const { return m_form; }
    void store();

private:
    void explain();

    AccountDraft *m_draft;
    ServerSettingsWidget *m_form = nullptr;
    QLabel *m_origin = nullptr;
    QLabel *m_explanation = nullptr;
};

/// 4. Incoming mail: IMAP or POP3 (each explained in a line), then the settings form.
class IncomingPage : public QWizardPage
{
    Q_OBJECT
public:
    IncomingPage(AccountDraft *draft, QWidget *parent = nullptr);
    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;
    [[nodiscard]] ServerSettingsWidget *form(Protocol protocol) const;
    [[nodiscard]] ServerSettingsWidget *currentForm() const;
    void store();

private:
    void explain();

    AccountDraft *m_draft;
    QRadioButton *m_imapChoice = nullptr;
    QRadioButton *m_pop3Choice = nullptr;
    QStackedWidget *m_stack = nullptr;
    ServerSettingsWidget *m_imap = nullptr;
    ServerSettingsWidget *m_pop3 = nullptr;
    QLabel *m_origin = nullptr;
    QLabel *m_explanation = nullptr;
};

/// 5. Sign in: the password (masked, with Show). Editing a saved account, the stored password is
/// read from the keychain first. When an OAuth2 preset matches the servers or the domain, "Sign in
/// with <provider>" opens the system browser (QDesktopServices), shows that it waits, can be
/// cancelled, and says what to do when it fails.
class SignInPage : public QWizardPage
{
    Q_OBJECT
public:
    SignInPage(AccountDraft *draft, const SetupOptions *options, QWidget *parent = nullptr);
    ~SignInPage() override;
    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;
    /// Stops waiting for the browser.
    void stop();
    [[nodiscard]] bool isWaiting() const;
    [[nodiscard]] QString oauthStatus() const;

private:
    [[nodiscard]] bool needsPassword() const;
    [[nodiscard]] std::optional<oauth::Provider> detectProvider() const;
    void startOAuth();
    void onFlowFinished(const oauth::FlowResult &result);
    void updateOAuthState();

    std::optional<oauth::Provider> m_provider;
    QWidget *m_oauthBox = nullptr;
    QPushButton *m_oauthButton = nullptr;
    QPushButton *m_oauthCancel = nullptr;
    QLabel *m_oauthStatus = nullptr;
    QPointer<oauth::AuthorizationFlow> m_flow;

    AccountDraft *m_draft;
    const SetupOptions *m_options;
    QLineEdit *m_password = nullptr;
    QToolButton *m_show = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_note = nullptr;
    int m_generation = 0;
};

/// 6. Test: both checks, one after the other, with live steps and transcript; findings with
/// "Apply fix and retry"; an untrusted certificate offers to trust the server's key.
class TestPage : public QWizardPage
{
    Q_OBJECT
public:
    TestPage(AccountDraft *draft, QWidget *parent = nullptr);
    ~TestPage() override;
    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;
    /// Runs both checks again with the draft's settings.
    void run();
    void stop();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] bool passed() const { return m_passed; }
    [[nodiscard]] QString statusText() const;

Q_SIGNALS:
    void runFinished(bool ok);

private:
    void onFinished(bool ok);
    void applyFix(Protocol protocol, const QVariantMap &fix);
    void trustKey(Protocol protocol, const QByteArray &spki);
    [[nodiscard]] QList<DiagnoseController::Run> runs() const;

    AccountDraft *m_draft;
    TranscriptModel *m_transcript = nullptr;
    StepsModel *m_steps = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    FindingsView *m_findings = nullptr;
    QTreeView *m_stepsView = nullptr;
    TranscriptView *m_transcriptView = nullptr;
    CertificateView *m_certificate = nullptr;
    QPushButton *m_again = nullptr;
    QPointer<DiagnoseController> m_controller;
    QList<ReportEntry> m_entries;
    bool m_passed = false;
};

/// 7. Done: saves the profile and stores the password in the keychain; a keychain failure is
/// shown with what it means. "Open in Mail Doctor" shows the account in the main window.
class DonePage : public QWizardPage
{
    Q_OBJECT
public:
    DonePage(AccountDraft *draft, const SetupOptions *options, QWidget *parent = nullptr);
    ~DonePage() override;
    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool keychainDone() const { return m_keychainDone; }

Q_SIGNALS:
    /// The profile was written (or failed) and every keychain write ended.
    void savingFinished(bool profileSaved, bool secretsStored);

private:
    void finishKeychain(const QStringList &problems);
    void storeSecrets(const Account &account);

    std::unique_ptr<oauth::TokenStore> m_tokenStore;
    AccountDraft *m_draft;
    const SetupOptions *m_options;
    QLabel *m_status = nullptr;
    QLabel *m_keychain = nullptr;
    QPushButton *m_open = nullptr;
    bool m_profileSaved = false;
    bool m_keepsSignIn = false;  ///< no new secret: the stored OAuth2 sign-in stays in use
    bool m_keychainDone = false;
};

}  // namespace md::gui
