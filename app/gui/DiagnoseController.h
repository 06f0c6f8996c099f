#pragma once

#include "check/Check.h"
#include "transcript/HtmlReport.h"

#include <memory>
#include <optional>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace md {
class CredentialStore;
}  // namespace md

namespace md::gui {

class StepsModel;
class TranscriptModel;

/// Whose OAuth2 sign-in gives a server that logs in with XOAUTH2 or OAUTHBEARER its access token:
/// the token set the setup wizard (or `maildoctor-cli oauth login`) stored in the keychain.
struct OAuthSignIn {
    QString provider;  ///< preset id ("google", a custom name); empty: the one sign-in stored for the user
    QString providerName;  ///< for people ("Google"); empty: the id
    QString address;  ///< the account's mail address, tried before the server's user name

    [[nodiscard]] bool isEmpty() const { return provider.isEmpty() && address.isEmpty(); }
    [[nodiscard]] QString displayName() const;
};

/// One diagnose run: one or more checks (sending, receiving) one after the other. Turns the
/// core's signals into model updates (transcript rows, steps) and hands each result on. Holds no
/// protocol logic: the checks are the core's. Destroying a running controller cancels cleanly.
///
/// A check that logs in with OAuth2 and has no token gets one first, asynchronously, like
/// `maildoctor-cli account test`: the stored sign-in (oauth::TokenStore), refreshed when it
/// expires within a minute (a rotated refresh token is stored at once). That is the step
/// "oauth_token"; without a sign-in, or when the provider refuses the refresh, the check does
/// not run and its result says why (and signInNeeded() is emitted).
class DiagnoseController : public QObject
{
    Q_OBJECT
public:
    struct Run {
        ServerSettings settings;
        OAuthSignIn signIn;  ///< for a login with OAuth2
    };

    DiagnoseController(
        QList<ServerSettings> runs, TranscriptModel *transcript, StepsModel *steps, QObject *parent = nullptr);
    /// With the keychain for OAuth2 sign-ins (not owned; it may go away first).
    DiagnoseController(QList<Run> runs, CredentialStore *credentials, TranscriptModel *transcript, StepsModel *steps,
        QObject *parent = nullptr);
    ~DiagnoseController() override;

    /// Starts the first check (asynchronously); finishedAll() follows exactly once.
    void start();
    /// Stops the running check (it finishes as cancelled) and skips those not yet started.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    /// Each finished check: its settings (secrets removed) and result.
    [[nodiscard]] const QList<ReportEntry> &entries() const { return m_entries; }
    /// The check now running, if any (tests watch it).
    [[nodiscard]] Check *currentCheck() const { return m_check.get(); }
    /// True while the OAuth2 tokens of the next check are being read (or refreshed).
    [[nodiscard]] bool isFetchingToken() const { return m_fetching; }

    /// "SMTP", "IMAP", "POP3": how a protocol is labelled in a shared transcript.
    [[nodiscard]] static QString sourceName(Protocol protocol);
    /// True when the check logs in with OAuth2 (XOAUTH2, OAUTHBEARER) and has no token yet.
    [[nodiscard]] static bool needsToken(const ServerSettings &settings);

Q_SIGNALS:
    void stepStarted(const QString &source, const QString &step);
    void checkFinished(const md::ReportEntry &entry);
    void finishedAll(bool ok);
    /// The check of `protocol` could not log in because the OAuth2 sign-in is missing or can no
    /// longer be renewed: signing in again is what helps. Comes before its checkFinished().
    void signInNeeded(md::Protocol protocol);

private:
    struct TokenOutcome;

    void startNext();
    void startCheck();
    void fetchToken();
    void onToken(const TokenOutcome &outcome);
    void onFinished(const CheckResult &result);
    /// Ends the current run with its result (findings included): a check's, or one made here when
    /// no check could run (no sign-in, cancelled while reading it).
    void finishRun(const CheckResult &result);
    [[nodiscard]] CheckResult resultWithoutCheck() const;

    QList<Run> m_runs;
    QPointer<CredentialStore> m_credentials;
    QPointer<TranscriptModel> m_transcript;
    QPointer<StepsModel> m_steps;
    std::unique_ptr<Check> m_check;
    ServerSettings m_current;
    OAuthSignIn m_currentSignIn;
    QString m_source;
    std::optional<Step> m_tokenStep;  ///< the finished "oauth_token" step of the current run
    QList<ReportEntry> m_entries;
    QElapsedTimer m_clock;
    int m_fetch = 0;  ///< bumps when a token fetch starts or is abandoned: late answers are dropped
    bool m_fetching = false;
    bool m_running = false;
    bool m_cancelled = false;
};

}  // namespace md::gui
