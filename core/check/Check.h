#pragma once

#include "account/ServerSettings.h"
#include "check/CheckResult.h"
#include "sasl/Mechanism.h"
#include "transcript/TranscriptEvent.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <memory>

namespace md {

class Connection;

/// The shared skeleton of a protocol check: connection phases, steps with timings, the live
/// transcript, reply timeouts and the final result. SmtpCheck and ImapCheck drive the
/// protocol on top of it, one step at a time.
class Check : public QObject
{
    Q_OBJECT
public:
    explicit Check(ServerSettings settings, QObject *parent = nullptr);
    ~Check() override;

    /// Runs the check asynchronously; finished() follows exactly once.
    void start();
    /// Stops a running check; it finishes as failed with the reason given.
    void cancel();

    [[nodiscard]] const CheckResult &result() const { return m_result; }
    [[nodiscard]] bool isFinished() const { return m_finished; }

Q_SIGNALS:
    /// A transcript line, live, already redacted.
    void transcriptEvent(const md::TranscriptEvent &event);
    /// A step (its stable name: "resolve", "connect", "ehlo", …) has begun.
    void stepStarted(const QString &name);
    void stepFinished(const md::Step &step);
    /// The check is over. The result carries facts, not conclusions: its findings are empty
    /// until the reader applies md::diagnose() (diagnosis/Diagnoser.h), so the check layer
    /// does not depend on the rules.
    void finished(const md::CheckResult &result);

protected:
    /// The connection is up (and encrypted for implicit TLS): wait for the greeting.
    virtual void connectionReady() = 0;
    /// Bytes from the server.
    virtual void bytesReceived(const QByteArray &data) = 0;
    /// The STARTTLS handshake finished.
    virtual void tlsEstablished() = 0;
    /// The server closed the connection; by default the check fails (a subclass accepts it
    /// after QUIT / LOGOUT).
    virtual void connectionClosed();

    void beginStep(const QString &name);
    /// Ends the current step; a Failed status does not finish the check by itself.
    void endStep(Step::Status status, const QString &detail);
    [[nodiscard]] Step *currentStep();
    [[nodiscard]] bool inStep() const { return m_stepOpen; }
    void skipStep(const QString &name, const QString &detail);

    /// Sends one command line (CRLF added). `display` replaces the wire text in the transcript
    /// and must be set whenever the line carries a secret.
    void sendLine(const QByteArray &wire, const QString &display = {});
    /// Writes bytes as they are and shows `displayLines` as sent lines (a message body).
    void sendRaw(const QByteArray &bytes, const QStringList &displayLines);
    void logReceived(const QString &line);

    /// Remembers wire text that carries a secret (a SASL response, a LOGIN password) so that
    /// a server echoing it back ("500 Command unrecognized: AUTH PLAIN …") cannot put it into
    /// the transcript, a finding or a report. The redaction itself happens where secrets are
    /// produced; this only catches the server repeating what we sent.
    void rememberSecret(const QByteArray &wire);
    /// `text` with every echo of a remembered secret (or of its first 8+ bytes) masked.
    [[nodiscard]] QByteArray maskEchoes(QByteArray text) const;
    void logInfo(const QString &text);
    void logTls(const QString &text);

    /// Waits for the server: a reply timeout runs until stopWaiting() or the next wait.
    void waitForReply();
    void stopWaiting();

    // The security rules both protocols share. Each returns true when the check may go on;
    // otherwise it has failed the check with the reason.
    /// STARTTLS was asked for: without it the check stops, it never continues in plaintext.
    [[nodiscard]] bool requireStartTlsOffered(bool offered);
    /// Nothing may arrive behind the positive STARTTLS reply before the handshake (RFC 3207
    /// §4.2, RFC 3501 §6.2.1, USENIX'21 "response injection"): such bytes could be forged.
    [[nodiscard]] bool requireNothingBehindStartTls(bool dataPending);
    /// No credential of any kind leaves over an unencrypted connection without consent.
    [[nodiscard]] bool requireCredentialsProtected();

    /// A value that cannot go on the wire (input/InputValidation.h): the check fails as a usage
    /// error with `problem`, which names the field. True when `problem` is empty.
    [[nodiscard]] bool requireUsable(const QString &problem);

    /// Applies the SASL selection policy (sasl/Policy.h) to what the server offers and creates
    /// the mechanism. Never sends credentials unencrypted without the user's consent. On any
    /// refusal the check fails with the reason and nullptr is returned.
    [[nodiscard]] std::unique_ptr<sasl::Mechanism> prepareSasl(const QList<QByteArray> &offered);
    [[nodiscard]] sasl::Credentials credentials() const;
    /// Sends one client response of a SASL exchange after a server challenge (IMAP "+", POP3
    /// "+"): the response in base64 (remembered as a secret), an empty line, or "*" to cancel
    /// and fail (RFC 9051 §6.2.2, RFC 5034 §4). Waits for the reply.
    void sendSaslResponse(const sasl::Step &step);

    /// Begins the TLS upgrade after a positive STARTTLS reply.
    void upgradeToTls();

    /// Stops the check as failed: closes the current step as failed, records why, finishes.
    void fail(FailureKind kind, const QString &message);
    /// Ends the check successfully (warnings may exist).
    void succeed();

    [[nodiscard]] bool isEncrypted() const;
    [[nodiscard]] QString ehloName() const;
    [[nodiscard]] qint64 elapsed() const { return m_clock.elapsed(); }

    ServerSettings m_settings;
    CheckResult m_result;
    Connection *m_connection = nullptr;

private:
    void emitEvent(TranscriptEvent::Kind kind, const QString &text);
    void connectedViaProxy(const QHostAddress &reached);
    void finish();
    void onReplyTimeout();

    QList<QByteArray> m_secrets;
    QElapsedTimer m_clock;
    QElapsedTimer m_stepClock;
    QTimer m_replyTimer;
    bool m_stepOpen = false;
    bool m_finished = false;
    bool m_greeted = false;
};

}  // namespace md
