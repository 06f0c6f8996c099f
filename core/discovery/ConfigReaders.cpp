#include "ConfigReaders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QXmlStreamReader>

namespace md::discovery {

namespace {

constexpr int kMaxServers = 64;  ///< entries kept from one document
constexpr int kMaxTextLength = 1024;  ///< any one value we keep

std::optional<Security> securityFromSocketType(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("ssl") || t == QLatin1String("tls"))
        return Security::Tls;
    if (t == QLatin1String("starttls"))
        return Security::StartTls;
    if (t == QLatin1String("plain") || t == QLatin1String("none"))
        return Security::None;
    return std::nullopt;
}

/// Checks and normalises one entry; false when it cannot be used.
bool finish(ServerEntry &entry, const EmailAddress &email)
{
    entry.host = email.expand(entry.host).trimmed().toLower();
    if (entry.host.endsWith(QLatin1Char('.')))
        entry.host.chop(1);
    entry.username = email.expand(entry.username).left(kMaxTextLength);
    return ConfigReaders::isValidHostName(entry.host) && entry.port != 0;
}

quint16 portFrom(const QString &text)
{
    bool ok = false;
    const uint port = text.trimmed().toUInt(&ok);
    return ok && port > 0 && port <= 65535 ? quint16(port) : 0;
}

}  // namespace

bool ConfigReaders::isValidHostName(const QString &host)
{
    const QByteArray ace = QUrl::toAce(host);
    if (ace.isEmpty() || ace.size() > 253)
        return false;
    for (const QByteArray &label : ace.split('.')) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith('-') || label.endsWith('-'))
            return false;
        for (const char c : label) {
            const bool ok
                = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!ok)
                return false;
        }
    }
    return true;
}

ReadResult ConfigReaders::readAutoconfig(const QByteArray &xml, const EmailAddress &email)
{
    ReadResult result;
    if (xml.size() > kMaxDocumentBytes) {
        result.error = tr("The document is larger than %1 KiB and was not read.").arg(kMaxDocumentBytes / 1024);
        return result;
    }
    QXmlStreamReader reader(xml);
    reader.setNamespaceProcessing(false);
    bool inProvider = false;
    bool sawRoot = false;
    std::optional<ServerEntry> entry;
    QString field;  // the child element of a server entry being read
    bool inOAuth = false;
    QString text;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        switch (token) {
        case QXmlStreamReader::DTD:
            // A DTD is where entities are declared ("billion laughs", external entities):
            // configuration documents have no use for one, so the whole document is refused.
            result.error = tr("The document declares a DTD or entities; it was refused.");
            return result;
        case QXmlStreamReader::EntityReference:
            result.error = tr("The document uses an entity reference; it was refused.");
            return result;
        case QXmlStreamReader::StartElement: {
            const QStringView name = reader.name();
            text.clear();
            if (!sawRoot) {
                sawRoot = true;
                if (name != QLatin1String("clientConfig")) {
                    result.error = tr("The document is not an autoconfig document (root element <%1>).")
                                       .arg(name.left(64).toString());
                    return result;
                }
            } else if (name == QLatin1String("emailProvider")) {
                inProvider = true;
            } else if (inProvider && !entry
                && (name == QLatin1String("incomingServer") || name == QLatin1String("outgoingServer"))) {
                const QString type = reader.attributes().value(QLatin1String("type")).toString().toLower();
                entry = ServerEntry {};
                field.clear();
                if (type == QLatin1String("imap"))
                    entry->protocol = MailProtocol::Imap;
                else if (type == QLatin1String("pop3"))
                    entry->protocol = MailProtocol::Pop3;
                else if (type == QLatin1String("smtp"))
                    entry->protocol = MailProtocol::Smtp;
                else
                    field = QStringLiteral("#unknown");
                if ((name == QLatin1String("outgoingServer")) != (entry->protocol == MailProtocol::Smtp))
                    field = QStringLiteral("#unknown");  // an smtp "incomingServer" is nonsense
            } else if (entry && field.isEmpty()) {
                field = name.toString();
            } else if (name == QLatin1String("oAuth2")) {
                inOAuth = true;
            }
            break;
        }
        case QXmlStreamReader::Characters:
            if (text.size() < kMaxTextLength)
                text += reader.text().left(kMaxTextLength - text.size());
            break;
        case QXmlStreamReader::EndElement: {
            const QStringView name = reader.name();
            if (entry && (name == QLatin1String("incomingServer") || name == QLatin1String("outgoingServer"))) {
                if (field != QLatin1String("#unknown") && result.servers.size() < kMaxServers && finish(*entry, email))
                    result.servers << *entry;
                else
                    ++result.skipped;
                entry.reset();
                field.clear();
            } else if (entry && field == name) {
                const QString value = text.trimmed();
                if (name == QLatin1String("hostname")) {
                    entry->host = value;
                } else if (name == QLatin1String("port")) {
                    entry->port = portFrom(value);
                } else if (name == QLatin1String("socketType")) {
                    const auto security = securityFromSocketType(value);
                    if (security)
                        entry->security = *security;
                    else
                        field = QStringLiteral("#unknown");
                } else if (name == QLatin1String("username")) {
                    entry->username = value;
                } else if (name == QLatin1String("authentication")) {
                    if (!value.isEmpty() && entry->auth.size() < 16)
                        entry->auth << value;
                }
                if (field != QLatin1String("#unknown"))
                    field.clear();
            } else if (name == QLatin1String("emailProvider")) {
                inProvider = false;
            } else if (inProvider && !entry && name == QLatin1String("displayName") && result.displayName.isEmpty()) {
                result.displayName = text.trimmed();
            } else if (inOAuth && name == QLatin1String("issuer")) {
                result.oauthIssuer = text.trimmed();
            } else if (name == QLatin1String("oAuth2")) {
                inOAuth = false;
            }
            text.clear();
            break;
        }
        default:
            break;
        }
    }
    if (reader.hasError()) {
        result.error = tr("The document is not well-formed XML: %1 (line %2, column %3).")
                           .arg(reader.errorString())
                           .arg(reader.lineNumber())
                           .arg(reader.columnNumber());
        result.servers.clear();
        return result;
    }
    if (result.servers.isEmpty()) {
        result.error = tr("The document names no usable server.");
        return result;
    }
    result.ok = true;
    return result;
}

ReadResult ConfigReaders::readPacc(const QByteArray &json, const EmailAddress &email)
{
    ReadResult result;
    if (json.size() > kMaxDocumentBytes) {
        result.error = tr("The document is larger than %1 KiB and was not read.").arg(kMaxDocumentBytes / 1024);
        return result;
    }
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        result.error = error.error != QJsonParseError::NoError
            ? tr("The document is not valid JSON: %1 (at byte %2).").arg(error.errorString()).arg(error.offset)
            : tr("The document is not a JSON object.");
        return result;
    }
    const QJsonObject root = document.object();
    const QJsonObject protocols = root.value(QLatin1String("protocols")).toObject();
    const struct {
        const char *name;
        MailProtocol protocol;
    } known[] = { { "imap", MailProtocol::Imap }, { "smtp", MailProtocol::Smtp }, { "pop3", MailProtocol::Pop3 } };
    for (const auto &k : known) {
        const QJsonValue value = protocols.value(QLatin1String(k.name));
        QJsonArray list = value.isArray() ? value.toArray() : QJsonArray { value };
        for (const QJsonValue &item : std::as_const(list)) {
            if (!item.isObject())
                continue;
            const QJsonObject o = item.toObject();
            ServerEntry entry;
            entry.protocol = k.protocol;
            entry.host = o.value(QLatin1String("host")).toString(o.value(QLatin1String("hostname")).toString());
            const QJsonValue port = o.value(QLatin1String("port"));
            entry.port = port.isDouble() && port.toDouble() >= 1 && port.toDouble() <= 65535
                ? quint16(port.toInt())
                : portFrom(port.toString());
            std::optional<Security> security = securityFromSocketType(o.value(QLatin1String("security")).toString());
            if (!security && o.contains(QLatin1String("tls")))
                security = o.value(QLatin1String("tls")).toBool() ? Security::Tls : Security::None;
            if (!security && o.value(QLatin1String("starttls")).toBool())
                security = Security::StartTls;
            // Without a stated mode, the ports' RFC 8314 meaning (465/993/995 implicit TLS).
            if (!security)
                security = (entry.port == 465 || entry.port == 993 || entry.port == 995) ? Security::Tls
                                                                                         : Security::StartTls;
            entry.security = *security;
            entry.username = o.value(QLatin1String("username")).toString();
            const QJsonValue auth = o.value(QLatin1String("authentication"));
            for (const QJsonValue &a : auth.isArray() ? auth.toArray() : QJsonArray { auth })
                if (a.isString() && entry.auth.size() < 16)
                    entry.auth << a.toString().left(kMaxTextLength);
            if (result.servers.size() < kMaxServers && finish(entry, email))
                result.servers << entry;
            else
                ++result.skipped;
        }
    }
    const QJsonObject authentication = root.value(QLatin1String("authentication")).toObject();
    const QJsonObject oauth = authentication.value(QLatin1String("oauth-public")).toObject();
    result.oauthIssuer = oauth.value(QLatin1String("issuer")).toString().left(kMaxTextLength);
    if (result.servers.isEmpty()) {
        result.error = tr("The document names no usable IMAP, POP3 or SMTP server.");
        return result;
    }
    result.ok = true;
    return result;
}

QByteArray ConfigReaders::paccDigestFromTxt(const QByteArray &txt)
{
    QByteArray value = txt.trimmed();
    if (value.contains('=') && value.contains(';')) {
        QByteArray digest;
        bool sha256 = false;
        for (const QByteArray &part : value.split(';')) {
            const QByteArray p = part.trimmed();
            if (p.startsWith("a="))
                sha256 = p.mid(2).trimmed().toLower() == "sha256";
            else if (p.startsWith("d="))
                digest = p.mid(2).trimmed();
        }
        if (!sha256)
            return {};
        value = digest;
    }
    if (value.size() == 64) {
        const QByteArray hex = QByteArray::fromHex(value);
        if (hex.size() == 32)
            return hex;
    }
    const auto decoded = QByteArray::fromBase64Encoding(value, QByteArray::AbortOnBase64DecodingErrors);
    if (decoded && decoded.decoded.size() == 32)
        return decoded.decoded;
    const auto url = QByteArray::fromBase64Encoding(value,
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors);
    if (url && url.decoded.size() == 32)
        return url.decoded;
    return {};
}

}  // namespace md::discovery
