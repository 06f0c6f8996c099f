#pragma once

#include "check/Check.h"
#include "pop3/Pop3Parser.h"
#include "sasl/Mechanism.h"

#include <memory>

namespace md {

/// The POP3 check: greeting (an APOP timestamp is noted, APOP itself is not used), CAPA,
/// STLS and CAPA again, AUTH (SASL, RFC 5034) or USER/PASS, STAT, QUIT. Reads nothing and
/// changes nothing on the server: no RETR, no DELE, and QUIT commits no change.
class Pop3Check final : public Check
{
    Q_OBJECT
public:
    explicit Pop3Check(ServerSettings settings, QObject *parent = nullptr);
    ~Pop3Check() override;

    /// Where the dialogue is.
    enum class Phase {
        Greeting,  ///< waiting for "+OK" (RFC 1939 §4)
        Capa,  ///< CAPA (RFC 2449 §5), multi-line
        Stls,  ///< STLS (RFC 2595 §4)
        Handshake,  ///< TLS handshake after STLS
        CapaAfterTls,  ///< CAPA again: nothing from before TLS is kept (RFC 2595 §4)
        Auth,  ///< AUTH (RFC 5034), initial response when it fits
        User,  ///< USER (RFC 1939 §7)
        Pass,  ///< PASS (RFC 1939 §7): the password in the clear, like PLAIN
        Stat,  ///< STAT (RFC 1939 §5): message count and size, read-only
        Quit,  ///< QUIT (RFC 1939 §6): nothing was marked deleted, so nothing changes
        Done
    };

protected:
    void connectionReady() override;
    void bytesReceived(const QByteArray &data) override;
    void tlsEstablished() override;
    void connectionClosed() override;

private:
    void handleResponse(const pop3::Response &response);
    void handleGreeting(const pop3::Response &response);
    void handleCapa(const pop3::Response &response);
    void handleAuth(const pop3::Response &response);
    void handleStat(const pop3::Response &response);
    void command(Phase phase, const QByteArray &wire, const QString &display = {}, bool multiLine = false);
    void recordResponse(const pop3::Response &response);
    void failWithResponse(FailureKind kind, const QString &what, const pop3::Response &response);
    void capabilitiesKnown();
    void startAuth();
    void startSasl();
    void startUserPass();
    void afterAuth();
    void quit();
    [[nodiscard]] bool hasCapability(const char *name) const;
    [[nodiscard]] QList<QByteArray> saslMechanisms() const;

    Phase m_phase = Phase::Greeting;
    pop3::ResponseParser m_parser;
    QList<QByteArray> m_capabilities;
    bool m_haveCapabilities = false;  ///< CAPA answered +OK (a server without CAPA lists nothing)
    std::unique_ptr<sasl::Mechanism> m_mechanism;
    bool m_initialPending = false;  ///< the initial response did not fit on the AUTH line
};

}  // namespace md
