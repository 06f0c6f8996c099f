#include "Account.h"

#include <QJsonValue>

namespace md {

namespace {

const QLatin1String kProtocol("protocol");
const QLatin1String kHost("host");
const QLatin1String kPort("port");
const QLatin1String kSecurity("security");
const QLatin1String kUser("user");
const QLatin1String kAuth("auth");
const QLatin1String kOAuthProvider("oauth_provider");
const QLatin1String kCaFile("ca_file");
const QLatin1String kPinSpki("pin_spki");
const QLatin1String kName("name");
const QLatin1String kEmail("email");
const QLatin1String kDisplayName("display_name");
const QLatin1String kOutgoing("outgoing");
const QLatin1String kIncoming("incoming");

// An optional string member: absent is empty, anything but a string is an error.
bool readString(const QJsonObject &json, QLatin1String key, QString *value, QString *error)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull()) {
        value->clear();
        return true;
    }
    if (!v.isString()) {
        *error = AccountText::tr("\"%1\" must be a text.").arg(key);
        return false;
    }
    *value = v.toString();
    return true;
}

}  // namespace

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

bool ServerProfile::usesOAuth() const
{
    return authMechanism == QLatin1String("xoauth2") || authMechanism == QLatin1String("oauthbearer");
}

bool operator==(const ServerProfile &a, const ServerProfile &b)
{
    return a.protocol == b.protocol && a.host == b.host && a.port == b.port && a.security == b.security
        && a.user == b.user && a.authMechanism == b.authMechanism && a.oauthProvider == b.oauthProvider
        && a.caFile == b.caFile && a.pinnedSpki == b.pinnedSpki;
}

bool operator==(const Account &a, const Account &b)
{
    return a.name == b.name && a.email == b.email && a.displayName == b.displayName && a.outgoing == b.outgoing
        && a.incoming == b.incoming;
}

QJsonObject toJson(const ServerProfile &server)
{
    QJsonObject json { { kProtocol, toString(server.protocol) }, { kHost, server.host }, { kPort, int(server.port) },
        { kSecurity, toString(server.security) }, { kUser, server.user }, { kAuth, server.authMechanism } };
    if (!server.oauthProvider.isEmpty())
        json.insert(kOAuthProvider, server.oauthProvider);
    if (!server.caFile.isEmpty())
        json.insert(kCaFile, server.caFile);
    if (!server.pinnedSpki.isEmpty())
        json.insert(kPinSpki, QString::fromLatin1(server.pinnedSpki.toBase64()));
    return json;
}

QJsonObject toJson(const Account &account)
{
    return { { kName, account.name }, { kEmail, account.email }, { kDisplayName, account.displayName },
        { kOutgoing, toJson(account.outgoing) }, { kIncoming, toJson(account.incoming) } };
}

std::optional<ServerProfile> serverProfileFromJson(const QJsonObject &json, QString *error)
{
    ServerProfile s;
    const std::optional<Protocol> protocol = protocolFromString(json.value(kProtocol).toString());
    if (!protocol) {
        *error = AccountText::tr("unknown protocol \"%1\".").arg(json.value(kProtocol).toString());
        return std::nullopt;
    }
    s.protocol = *protocol;
    if (!readString(json, kHost, &s.host, error))
        return std::nullopt;
    if (s.host.isEmpty()) {
        *error = AccountText::tr("a server has no host name.");
        return std::nullopt;
    }
    const int port = json.value(kPort).toInt(-1);
    if (port < 1 || port > 65535) {
        *error = AccountText::tr("the port of %1 is not a number from 1 to 65535.").arg(s.host);
        return std::nullopt;
    }
    s.port = quint16(port);
    const std::optional<Security> security = securityFromString(json.value(kSecurity).toString());
    if (!security) {
        *error = AccountText::tr("the security of %1 is not tls, starttls or none.").arg(s.host);
        return std::nullopt;
    }
    s.security = *security;
    QString pin;
    if (!readString(json, kUser, &s.user, error) || !readString(json, kAuth, &s.authMechanism, error)
        || !readString(json, kOAuthProvider, &s.oauthProvider, error) || !readString(json, kCaFile, &s.caFile, error)
        || !readString(json, kPinSpki, &pin, error))
        return std::nullopt;
    if (s.authMechanism.isEmpty())
        s.authMechanism = QStringLiteral("auto");
    if (!pin.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(pin.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != 32) {
            *error = AccountText::tr("the pinned key of %1 is not a base64 SHA-256 hash.").arg(s.host);
            return std::nullopt;
        }
        s.pinnedSpki = decoded.decoded;
    }
    return s;
}

std::optional<Account> accountFromJson(const QJsonObject &json, QString *error)
{
    Account a;
    if (!readString(json, kName, &a.name, error) || !readString(json, kEmail, &a.email, error)
        || !readString(json, kDisplayName, &a.displayName, error))
        return std::nullopt;
    if (a.name.isEmpty()) {
        *error = AccountText::tr("an account has no name.");
        return std::nullopt;
    }
    for (const auto &[key, server] : { std::pair { kOutgoing, &a.outgoing }, std::pair { kIncoming, &a.incoming } }) {
        if (!json.value(key).isObject()) {
            *error = AccountText::tr("account \"%1\" has no \"%2\" server.").arg(a.name, key);
            return std::nullopt;
        }
        QString why;
        const std::optional<ServerProfile> parsed = serverProfileFromJson(json.value(key).toObject(), &why);
        if (!parsed) {
            *error = AccountText::tr("account \"%1\": %2").arg(a.name, why);
            return std::nullopt;
        }
        *server = *parsed;
    }
    if (a.outgoing.protocol != Protocol::Smtp || a.incoming.protocol == Protocol::Smtp) {
        *error = AccountText::tr("account \"%1\": the outgoing server must be SMTP and the incoming one IMAP or "
                                 "POP3.")
                     .arg(a.name);
        return std::nullopt;
    }
    return a;
}

ServerSettings toServerSettings(const ServerProfile &server, const QString &secret)
{
    ServerSettings s;
    s.protocol = server.protocol;
    s.host = server.host;
    s.port = server.port;
    s.security = server.security;
    s.user = server.user;
    s.authMechanism = server.authMechanism.isEmpty() ? QStringLiteral("auto") : server.authMechanism;
    if (server.usesOAuth())
        s.token = secret;
    else
        s.password = secret;
    s.caFile = server.caFile;
    s.pinnedSpki = server.pinnedSpki;
    return s;
}

ServerProfile toServerProfile(const ServerSettings &settings)
{
    ServerProfile p;
    p.protocol = settings.protocol;
    p.host = settings.host;
    p.port = settings.port;
    p.security = settings.security;
    p.user = settings.user;
    p.authMechanism = settings.authMechanism;
    p.caFile = settings.caFile;
    p.pinnedSpki = settings.pinnedSpki;
    return p;
}

}  // namespace md
