#pragma once

#include "DiagnoseController.h"
#include "transcript/HtmlReport.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeView;

namespace md {
class CredentialStore;
}  // namespace md

namespace md::gui {

class CertificateView;
class FindingsView;
class ServerSettingsWidget;
class StepsModel;
class TranscriptModel;
class TranscriptView;

/// The right side of the main window: the settings of the outgoing and incoming server, the Run
/// buttons, a plain-words status line, and the results (findings, steps, transcript, certificate).
/// Starts one DiagnoseController per run; applies a finding's fix or a trusted key to the settings
/// and runs again. No protocol logic here.
class DiagnoseView : public QWidget
{
    Q_OBJECT
public:
    enum class Run { Sending, Receiving, Both };

    explicit DiagnoseView(QWidget *parent = nullptr);
    ~DiagnoseView() override;

    /// The keychain that OAuth2 sign-ins are read from (not owned).
    void setCredentialStore(CredentialStore *credentials);

    /// Starts a run (unless one is running or the settings are not usable; then false and the
    /// reason is shown).
    bool runChecks(Run run);
    void cancel();
    /// Cancels a running check at once (closing the window).
    void shutdown();
    [[nodiscard]] bool isRunning() const;
    /// The finished checks of the last run.
    [[nodiscard]] QList<ReportEntry> lastEntries() const { return m_entries; }
    /// Writes the HTML report to `htmlPath` and the text and JSON reports beside it (.txt, .json).
    bool saveReport(const QString &htmlPath, QString *error = nullptr);
    /// Asks for a file name (non-modal dialog) and saves the report.
    void saveReportAs();
    void startFind();
    void copyAllTranscript();

    /// The outgoing form for SMTP, the incoming form for IMAP and POP3.
    [[nodiscard]] ServerSettingsWidget *settingsWidget(Protocol protocol) const;
    [[nodiscard]] TranscriptModel *transcriptModel() const { return m_transcript; }
    [[nodiscard]] TranscriptView *transcriptView() const { return m_transcriptView; }
    [[nodiscard]] StepsModel *stepsModel() const { return m_steps; }
    [[nodiscard]] FindingsView *findingsView() const { return m_findings; }
    [[nodiscard]] CertificateView *certificateView() const { return m_certificate; }
    [[nodiscard]] DiagnoseController *controller() const { return m_controller; }
    [[nodiscard]] QTabWidget *resultTabs() const { return m_results; }
    /// The status line's text ("Checking… Log in", "Sending works.").
    [[nodiscard]] QString statusText() const;

Q_SIGNALS:
    void runningChanged(bool running);
    /// A run ended (passed, failed or cancelled).
    void runFinished(bool ok);
    void reportAvailable(bool available);
    /// "Sign in again…" (a form's OAuth2 row, or a finding about a missing or dead sign-in).
    void signInRequested();

private:
    void setStatus(const char *iconName, const QString &text);
    void onRunFinished(bool ok);
    void applyFix(Protocol protocol, const QVariantMap &fix);
    void trustKey(Protocol protocol, const QByteArray &spki);
    void updateButtons();

    ServerSettingsWidget *m_smtp = nullptr;
    ServerSettingsWidget *m_imap = nullptr;
    QTabWidget *m_settingsTabs = nullptr;
    QPushButton *m_checkSending = nullptr;
    QPushButton *m_checkReceiving = nullptr;
    QPushButton *m_checkBoth = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_statusIcon = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_results = nullptr;
    FindingsView *m_findings = nullptr;
    QTreeView *m_stepsView = nullptr;
    TranscriptView *m_transcriptView = nullptr;
    CertificateView *m_certificate = nullptr;
    TranscriptModel *m_transcript = nullptr;
    StepsModel *m_steps = nullptr;
    QPointer<DiagnoseController> m_controller;
    QPointer<CredentialStore> m_credentials;
    QList<ReportEntry> m_entries;
    Run m_lastRun = Run::Sending;
};

}  // namespace md::gui
