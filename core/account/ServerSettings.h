#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace md {

/// Which protocol a check speaks.
enum class Protocol { Smtp, Imap, Pop3 };

/// How the connection is protected.
enum class Security {
    Tls,       ///< implicit TLS from the first byte (RFC 8314): SMTP 465, IMAP 993, POP3 995
    StartTls,  ///< plaintext greeting, then STARTTLS (RFC 3207, RFC 3501 §6.2.1, POP3 STLS RFC 2595 §4)
    None       ///< no encryption at all; credentials only with explicit consent
};

/// What differs between the protocols where generic code needs it: one row per protocol, so a
/// new protocol is one new row rather than another branch everywhere.
struct ProtocolTraits {
    Protocol protocol;
    const char *key;          ///< "smtp", "imap", "pop3": the CLI command and the JSON value
    const char *displayName;  ///< "SMTP", "IMAP", "POP3"
    quint16 implicitTlsPort;  ///< RFC 8314 §7: 465, 993, 995
    quint16 startTlsPort;     ///< RFC 6409 587, RFC 9051 143, RFC 1939 110
};

[[nodiscard]] const ProtocolTraits &traits(Protocol protocol);
/// The protocol for "smtp", "imap" or "pop3" (any case), if any.
[[nodiscard]] std::optional<Protocol> protocolFromString(const QString &text);

[[nodiscard]] QString toString(Protocol protocol);
[[nodiscard]] QString toString(Security security);
[[nodiscard]] std::optional<Security> securityFromString(const QString &text);

/// The well-known port for a protocol and security mode (RFC 8314 §3.3, RFC 6409).
[[nodiscard]] quint16 defaultPort(Protocol protocol, Security security);
/// The security mode a port implies: 465/993/995 → TLS, anything else → STARTTLS.
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

/// How to reach the server through a proxy (for offices and hotel networks). With a proxy the
/// server's name is not resolved locally: the proxy resolves it (like curl's socks5h).
struct ProxySettings {
    enum class Type {
        None,    ///< connect directly
        Socks5,  ///< SOCKS5 (RFC 1928), user name / password authentication (RFC 1929) when a user is set
        Http     ///< an HTTP proxy's CONNECT method (RFC 9110 §9.3.6)
    };
    Type type = Type::None;
    QString host;
    quint16 port = 0;
    QString user;      ///< SOCKS5 user name; empty: no authentication
    QString password;  ///< secret; never shown or saved

    [[nodiscard]] bool isSet() const { return type != Type::None; }
    /// "socks5://user@host:port" / "http://host:port", without the password (for transcripts).
    [[nodiscard]] QString displayUrl() const;
    /// "SOCKS5" or "HTTP".
    [[nodiscard]] QString typeName() const;
    /// Parses socks5://[user@]host:port, socks5h://… (the same) or http://host:port; a password in
    /// the URL is refused (it would sit in the process list). On failure returns nullopt and sets *error.
    [[nodiscard]] static std::optional<ProxySettings> fromUrl(const QString &url, QString *error);
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
    ProxySettings proxy;     ///< connect through this proxy (none by default)
    QString dnsServer;       ///< "ADDR[:PORT]": resolve through this DNS server (c-ares); empty: the system's

    // SMTP only
    QString from;            ///< envelope sender for the envelope / send test
    QStringList to;          ///< envelope recipients
    bool send = false;       ///< really send a test message (DATA); otherwise RSET after RCPT
    QString heloName;        ///< EHLO argument; empty: derived from the local address
};

}  // namespace md
