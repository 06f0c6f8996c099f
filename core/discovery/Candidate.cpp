#include "Candidate.h"

#include <QJsonArray>
#include <QUrl>

namespace md::discovery {

QString toString(MailProtocol protocol)
{
    switch (protocol) {
    case MailProtocol::Smtp:
        return QStringLiteral("smtp");
    case MailProtocol::Imap:
        return QStringLiteral("imap");
    case MailProtocol::Pop3:
        return QStringLiteral("pop3");
    }
    return {};
}

std::optional<MailProtocol> mailProtocolFromString(const QString &text)
{
    const QString t = text.toLower();
    if (t == QLatin1String("smtp"))
        return MailProtocol::Smtp;
    if (t == QLatin1String("imap"))
        return MailProtocol::Imap;
    if (t == QLatin1String("pop3"))
        return MailProtocol::Pop3;
    return std::nullopt;
}

std::optional<Protocol> checkProtocol(MailProtocol protocol)
{
    switch (protocol) {
    case MailProtocol::Smtp:
        return Protocol::Smtp;
    case MailProtocol::Imap:
        return Protocol::Imap;
    case MailProtocol::Pop3:
        return Protocol::Pop3;
    }
    return std::nullopt;
}

QString toString(Trust trust)
{
    switch (trust) {
    case Trust::High:
        return QStringLiteral("high");
    case Trust::Medium:
        return QStringLiteral("medium");
    case Trust::Low:
        return QStringLiteral("low");
    case Trust::Untrusted:
        return QStringLiteral("untrusted");
    }
    return {};
}

std::optional<EmailAddress> EmailAddress::parse(const QString &text)
{
    const QString address = text.trimmed();
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == address.size() - 1 || address.size() > 320)
        return std::nullopt;
    EmailAddress email;
    email.address = address;
    email.localPart = address.left(at);
    QString domain = address.mid(at + 1).toLower();
    if (domain.endsWith(QLatin1Char('.')))
        domain.chop(1);
    const QString ace = QString::fromLatin1(QUrl::toAce(domain));
    if (ace.isEmpty() || !ace.contains(QLatin1Char('.')) || ace.startsWith(QLatin1Char('.'))
        || ace.contains(QLatin1String("..")))
        return std::nullopt;
    for (const QChar c : ace) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('.')))
            return std::nullopt;
    }
    email.domain = ace;
    return email;
}

QString EmailAddress::expand(QString text) const
{
    text.replace(QLatin1String("%EMAILADDRESS%"), address);
    text.replace(QLatin1String("%EMAILLOCALPART%"), localPart);
    text.replace(QLatin1String("%EMAILDOMAIN%"), domain);
    return text;
}

QString Candidate::key() const
{
    return QStringLiteral("%1|%2|%3|%4").arg(discovery::toString(protocol), host).arg(port).arg(md::toString(security));
}

std::optional<ServerSettings> Candidate::toServerSettings() const
{
    const std::optional<Protocol> check = checkProtocol(protocol);
    if (!check)
        return std::nullopt;
    ServerSettings settings;
    settings.protocol = *check;
    settings.host = host;
    settings.port = port;
    settings.security = security;
    settings.user = username;
    return settings;
}

QJsonObject Candidate::toJson() const
{
    QJsonObject probeJson { { QStringLiteral("status"), probe.status }, { QStringLiteral("ms"), probe.ms },
        { QStringLiteral("certificate_verified"), probe.certificateVerified } };
    if (!probe.detail.isEmpty())
        probeJson.insert(QStringLiteral("detail"), probe.detail);
    if (!probe.capabilities.isEmpty())
        probeJson.insert(QStringLiteral("capabilities"), QJsonArray::fromStringList(probe.capabilities));
    return QJsonObject { { QStringLiteral("protocol"), discovery::toString(protocol) },
        { QStringLiteral("host"), host }, { QStringLiteral("port"), port },
        { QStringLiteral("security"), md::toString(security) }, { QStringLiteral("username"), username },
        { QStringLiteral("auth"), QJsonArray::fromStringList(auth) },
        { QStringLiteral("sources"), QJsonArray::fromStringList(sources) },
        { QStringLiteral("trust"), discovery::toString(trust) },
        { QStringLiteral("needs_confirmation"), needsConfirmation }, { QStringLiteral("probe"), probeJson },
        { QStringLiteral("rank"), rank } };
}

}  // namespace md::discovery
