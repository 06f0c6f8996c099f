#pragma once

#include "account/ServerSettings.h"

#include <optional>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace md::discovery {

/// The protocols discovery proposes (its own enum, so that discovery's vocabulary — "smtp",
/// "imap", "pop3" in the report — does not depend on which checks exist).
enum class MailProtocol { Smtp, Imap, Pop3 };

[[nodiscard]] QString toString(MailProtocol protocol);
[[nodiscard]] std::optional<MailProtocol> mailProtocolFromString(const QString &text);
/// The check protocol for a candidate.
[[nodiscard]] std::optional<Protocol> checkProtocol(MailProtocol protocol);

/// An email address split for discovery. `domain` is lower-case ACE (IDNA) form.
struct EmailAddress {
    QString address;
    QString localPart;
    QString domain;
    /// nullopt unless it is local@domain with a plausible DNS domain (at least one dot).
    [[nodiscard]] static std::optional<EmailAddress> parse(const QString &text);
    /// Replaces %EMAILADDRESS%, %EMAILLOCALPART% and %EMAILDOMAIN% (Thunderbird autoconfig).
    [[nodiscard]] QString expand(QString text) const;
};

/// Where a candidate came from. The order is the trust order of the sources' kinds: the domain
/// owner's own publications first, then the ISPDB, then what the MX suggests, then guesses.
enum class SourceKind {
    Owner,  ///< autoconfig over https at the domain, SRV inside the domain, PACC
    Ispdb,  ///< the Thunderbird ISPDB
    MxDerived,  ///< autoconfig / ISPDB of the provider behind the MX host
    Guess,  ///< probing well-known host names and ports
};

/// How far to trust a candidate, for a person.
enum class Trust { High, Medium, Low, Untrusted };
[[nodiscard]] QString toString(Trust trust);

/// What probing a candidate showed (greeting and capabilities, never a login).
struct ProbeResult {
    QString status = QStringLiteral(
        "not_probed");  ///< ok|refused|timeout|tls_failed|dns_failed|no_starttls|rejected|protocol_error|not_probed
    qint64 ms = 0;
    bool certificateVerified = false;
    QString detail;  ///< the reason in words, or the greeting
    QStringList capabilities;  ///< EHLO / CAPABILITY after TLS (or before, without TLS)
    [[nodiscard]] bool ok() const { return status == QLatin1String("ok"); }
    [[nodiscard]] bool probed() const { return status != QLatin1String("not_probed"); }
};

/// One proposed server setting, with every source that proposed it.
struct Candidate {
    MailProtocol protocol = MailProtocol::Imap;
    QString host;  ///< lower case, no trailing dot
    quint16 port = 0;
    Security security = Security::Tls;
    QString username;  ///< placeholders already expanded
    bool usernameFromDocument = false;  ///< a configuration document named it (not a default guess)
    QStringList auth;  ///< autoconfig authentication values or SASL mechanisms seen
    QStringList sources;  ///< source names ("autoconfig", "srv", "ispdb", …) that proposed it
    SourceKind bestSource = SourceKind::Guess;
    bool untrusted = false;  ///< came only over plain http or through a redirect to another domain
    bool needsConfirmation = false;  ///< SRV target outside the email's domain (RFC 6186 §6)
    int srvPriority = -1;  ///< RFC 2782 position when SRV proposed it (lower first), else -1
    ProbeResult probe;
    Trust trust = Trust::Low;
    int rank = 0;  ///< 1 = best for its protocol

    /// Identity for merging: protocol, host, port, security.
    [[nodiscard]] QString key() const;
    /// The check settings to start from (host, port, security, user).
    [[nodiscard]] std::optional<ServerSettings> toServerSettings() const;
    [[nodiscard]] QJsonObject toJson() const;
};

}  // namespace md::discovery
