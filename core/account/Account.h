#pragma once

#include "account/ServerSettings.h"

#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace md {

/// Every protocol a saved server can speak, in a fixed order (credential entries are per protocol).
/// Profiles store a protocol as toString(Protocol) and read it back with protocolFromString().
inline constexpr Protocol kAllProtocols[] = { Protocol::Smtp, Protocol::Imap, Protocol::Pop3 };

/// One saved server of an account: everything needed to reach it and log in, except the
/// secret. The secret lives only in the CredentialStore (OS keychain), never here.
struct ServerProfile {
    Protocol protocol = Protocol::Smtp;
    QString host;
    quint16 port = 0;
    Security security = Security::StartTls;
    QString user;  ///< login name; empty: no login
    QString authMechanism = QStringLiteral("auto");  ///< "auto" or a SASL mechanism ("plain", "xoauth2", …)
    QString oauthProvider;  ///< OAuth2 provider preset when the login is OAuth2, else empty
    QString caFile;  ///< extra trusted CA certificates (PEM), or empty
    QByteArray pinnedSpki;  ///< SHA-256 of the trusted server key (SPKI), or empty

    /// True when the login uses an OAuth2 token set rather than a password.
    [[nodiscard]] bool usesOAuth() const;

    friend bool operator==(const ServerProfile &a, const ServerProfile &b);
    friend bool operator!=(const ServerProfile &a, const ServerProfile &b) { return !(a == b); }
};

/// A saved account: the user's label, who they are, and their outgoing and incoming servers.
/// No secret of any kind is part of it.
struct Account {
    QString name;  ///< the user's label; unique among saved accounts
    QString email;
    QString displayName;
    ServerProfile outgoing;  ///< SMTP submission
    ServerProfile incoming;  ///< IMAP or POP3

    friend bool operator==(const Account &a, const Account &b);
    friend bool operator!=(const Account &a, const Account &b) { return !(a == b); }
};

/// JSON forms used in the profile file (and `account show --json`):
///   {"protocol": "smtp", "host": …, "port": 587, "security": "starttls", "user": …,
///    "auth": "auto", "oauth_provider": …, "ca_file": …, "pin_spki": "<base64>"}
///   {"name": …, "email": …, "display_name": …, "outgoing": {…}, "incoming": {…}}
[[nodiscard]] QJsonObject toJson(const ServerProfile &server);
[[nodiscard]] QJsonObject toJson(const Account &account);

/// Reads what toJson() wrote. On anything missing or malformed returns nothing and sets
/// `error` to a sentence saying which field is wrong.
[[nodiscard]] std::optional<ServerProfile> serverProfileFromJson(const QJsonObject &json, QString *error);
[[nodiscard]] std::optional<Account> accountFromJson(const QJsonObject &json, QString *error);

/// The settings a check takes: the saved server plus the secret for this run (a password, or
/// an OAuth2 access token when the profile logs in with OAuth2). The secret is not kept.
[[nodiscard]] ServerSettings toServerSettings(const ServerProfile &server, const QString &secret);
/// The other way: what a profile keeps of the settings of a check (never the password or token;
/// oauthProvider stays empty, the caller keeps the account's own).
[[nodiscard]] ServerProfile toServerProfile(const ServerSettings &settings);

/// True when `text` holds a control character or a line or paragraph separator: such text cannot
/// be a name, host or user and would break a line-based file (msmtp) or a terminal line.
[[nodiscard]] bool hasControlCharacters(const QString &text);

/// Translations for the messages of this file.
class AccountText
{
    Q_DECLARE_TR_FUNCTIONS(md::Account)
};

}  // namespace md
