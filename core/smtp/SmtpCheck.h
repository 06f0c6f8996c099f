#pragma once

#include "check/Check.h"
#include "sasl/Mechanism.h"
#include "smtp/SmtpCapabilities.h"
#include "smtp/SmtpReply.h"

#include <memory>

namespace md {

/// The SMTP submission check: greeting, EHLO (HELO fallback), STARTTLS and EHLO again,
/// AUTH, an optional envelope test or test message, QUIT. One command at a time.
class SmtpCheck final : public Check
{
    Q_OBJECT
public:
    explicit SmtpCheck(ServerSettings settings, QObject *parent = nullptr);
    ~SmtpCheck() override;

    /// The longest command line, CRLF included (RFC 5321 §4.5.3.1.4); AUTH obeys it too.
    static constexpr int kMaxCommandLine = 512;

    /// Where the dialogue is.
    enum class Phase {
        Greeting,   ///< waiting for 220 (RFC 5321 §4.3.1)
        Ehlo,       ///< EHLO (RFC 5321 §4.1.1.1)
        Helo,       ///< HELO after EHLO was refused
        StartTls,   ///< STARTTLS (RFC 3207 §4)
        Handshake,  ///< TLS handshake after STARTTLS
        EhloAfterTls,  ///< EHLO again: pre-TLS knowledge is discarded (RFC 3207 §4.2)
        Auth,       ///< AUTH (RFC 4954)
        MailFrom,   ///< MAIL FROM (RFC 5321 §4.1.1.2)
        RcptTo,     ///< RCPT TO (RFC 5321 §4.1.1.3)
        Data,       ///< DATA, waiting for 354 (RFC 5321 §4.1.1.4)
        Message,    ///< message sent, waiting for 250
        Rset,       ///< RSET (RFC 5321 §4.1.1.5)
        Quit,       ///< QUIT (RFC 5321 §4.1.1.10)
        Done
    };

protected:
    void connectionReady() override;
    void bytesReceived(const QByteArray &data) override;
    void tlsEstablished() override;
    void connectionClosed() override;

private:
    void handleReply(const smtp::Reply &reply);
    void command(Phase phase, const QByteArray &wire, const QString &display = {});
    void recordReply(const smtp::Reply &reply);
    void afterHello(const smtp::Capabilities &caps, bool afterTls);
    void startAuth();
    void handleAuthReply(const smtp::Reply &reply);
    void sendSaslStep(const sasl::Step &step, bool initial);
    void startEnvelope();
    void nextRecipient();
    void sendMessage();
    void quit();
    void failWithReply(FailureKind kind, const QString &what, const smtp::Reply &reply);

    Phase m_phase = Phase::Greeting;
    smtp::ReplyParser m_parser;
    smtp::Capabilities m_caps;
    std::unique_ptr<sasl::Mechanism> m_mechanism;
    /// The initial response did not fit on the AUTH line and goes out after the first 334.
    bool m_initialPending = false;
    sasl::Step m_pendingInitial;
    int m_recipient = 0;
};

namespace smtp {

/// A complete RFC 5322 test message with CRLF line ends (not yet dot-stuffed).
[[nodiscard]] QByteArray buildTestMessage(const QString &from, const QStringList &to, const QString &server,
                                          const QDateTime &now, const QString &messageIdDomain);
/// Dot-stuffing (RFC 5321 §4.5.2) plus the terminating "." line.
[[nodiscard]] QByteArray dotStuff(const QByteArray &message);

}  // namespace smtp
}  // namespace md
