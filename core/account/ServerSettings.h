#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace md {

/// Which protocol a check speaks.
enum class Protocol { Smtp, Imap };

/// How the connection is protected.
enum class Security {
    Tls,       ///< implicit TLS from the first byte (RFC 8314): SMTP 465, IMAP 993
    StartTls,  ///< plaintext greeting, then STARTTLS (RFC 3207, RFC 3501 §6.2.1)
    None       ///< no encryption at all; credentials only with explicit consent
};

[[nodiscard]] QString toString(Protocol protocol);
[[nodiscard]] QString toString(Security security);
[[nodiscard]] std::optional<Security> securityFromString(const QString &text);

/// The well-known port for a protocol and security mode (RFC 8314 §3.3, RFC 6409).
[[nodiscard]] quint16 defaultPort(Protocol protocol, Security security);
/// The security mode a port implies: 465/993 → TLS, anything else → STARTTLS.
[[nodiscard]] Security defaultSecurity(Protocol protocol, quint16 port);

/// Per-phase time limits in milliseconds. Defaults suit a desktop: long enough for a slow
/// server, short enough that a person is not left waiting on a filtered port.
struct Timeouts {
    int resolveMs = 15000;
    int connectMs = 15000;
    int tlsMs = 15000;
    int replyMs = 30000;
    static Timeouts uniform(int ms) { return {ms, ms, ms, ms}; }
};

/// Everything one check needs to know. Secrets (password, token) live here only for the
/// duration of a check; nothing in this struct is ever written to a profile or report.
struct ServerSettings {
    Protocol protocol = Protocol::Smtp;
    QString host;
    quint16 port = 0;
    Security security = Security::StartTls;

    QString user;            ///< empty: no authentication step
    QString password;        ///< secret
    QString token;           ///< OAuth2 access token; secret
    QString authMechanism = QStringLiteral("auto");  ///< "auto" or a SASL mechanism name
    bool allowPlaintextAuth = false;  ///< the user confirmed sending credentials unencrypted

    QString caFile;          ///< extra trusted CA certificates (PEM), added to the system ones
    QByteArray pinnedSpki;   ///< SHA-256 of the server's SubjectPublicKeyInfo to trust, or empty
    Timeouts timeouts;
    QString dnsServer;       ///< "ADDR[:PORT]": resolve through this DNS server (c-ares); empty: the system's

    // SMTP only
    QString from;            ///< envelope sender for the envelope / send test
    QStringList to;          ///< envelope recipients
    bool send = false;       ///< really send a test message (DATA); otherwise RSET after RCPT
    QString heloName;        ///< EHLO argument; empty: derived from the local address
};

}  // namespace md
