#include "ServerSettings.h"

#include <QUrl>

namespace md {

namespace {

const ProtocolTraits kTraits[] = {
    {Protocol::Smtp, "smtp", "SMTP", 465, 587},
    {Protocol::Imap, "imap", "IMAP", 993, 143},
    {Protocol::Pop3, "pop3", "POP3", 995, 110},
};

}  // namespace

const ProtocolTraits &traits(Protocol protocol)
{
    for (const ProtocolTraits &t : kTraits) {
        if (t.protocol == protocol)
            return t;
    }
    return kTraits[0];
}

std::optional<Protocol> protocolFromString(const QString &text)
{
    for (const ProtocolTraits &t : kTraits) {
        if (text.compare(QLatin1String(t.key), Qt::CaseInsensitive) == 0)
            return t.protocol;
    }
    return std::nullopt;
}

QString toString(Protocol protocol)
{
    return QLatin1String(traits(protocol).key);
}

QString toString(Security security)
{
    switch (security) {
    case Security::Tls:
        return QStringLiteral("tls");
    case Security::StartTls:
        return QStringLiteral("starttls");
    case Security::None:
        return QStringLiteral("none");
    }
    return {};
}

std::optional<Security> securityFromString(const QString &text)
{
    const QString t = text.toLower();
    if (t == QLatin1String("tls") || t == QLatin1String("ssl"))
        return Security::Tls;
    if (t == QLatin1String("starttls"))
        return Security::StartTls;
    if (t == QLatin1String("none"))
        return Security::None;
    return std::nullopt;
}

quint16 defaultPort(Protocol protocol, Security security)
{
    return security == Security::Tls ? traits(protocol).implicitTlsPort : traits(protocol).startTlsPort;
}

Security defaultSecurity(Protocol protocol, quint16 port)
{
    return port == traits(protocol).implicitTlsPort ? Security::Tls : Security::StartTls;
}

QString ProxySettings::typeName() const
{
    switch (type) {
    case Type::Socks5:
        return QStringLiteral("SOCKS5");
    case Type::Http:
        return QStringLiteral("HTTP");
    case Type::None:
        break;
    }
    return {};
}

QString ProxySettings::displayUrl() const
{
    if (type == Type::None)
        return {};
    const QString scheme = type == Type::Socks5 ? QStringLiteral("socks5") : QStringLiteral("http");
    const QString hostPart = host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host;
    const QString userPart = user.isEmpty() ? QString() : user + QLatin1Char('@');
    return QStringLiteral("%1://%2%3:%4").arg(scheme, userPart, hostPart).arg(port);
}

std::optional<ProxySettings> ProxySettings::fromUrl(const QString &text, QString *error)
{
    const auto bad = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char(' ')))
        return bad(QCoreApplication::translate("md::ProxySettings", "The proxy URL must not contain spaces or line breaks."));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return bad(QCoreApplication::translate("md::ProxySettings",
                                               "That is not a proxy URL like socks5://host:1080 or http://host:3128."));
    ProxySettings proxy;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h"))
        proxy.type = Type::Socks5;
    else if (scheme == QLatin1String("http"))
        proxy.type = Type::Http;
    else
        return bad(QCoreApplication::translate("md::ProxySettings",
                                               "The proxy type \"%1\" is not supported: use socks5:// or http://.")
                       .arg(url.scheme()));
    if (!url.password().isEmpty())
        return bad(QCoreApplication::translate("md::ProxySettings",
                                               "The proxy URL must not contain a password; give it with "
                                               "--proxy-password-env VAR."));
    if (url.port() <= 0)
        return bad(QCoreApplication::translate("md::ProxySettings", "The proxy URL needs a port, e.g. %1://%2:%3.")
                       .arg(scheme, url.host())
                       .arg(proxy.type == Type::Socks5 ? 1080 : 3128));
    if (!(url.path().isEmpty() || url.path() == QLatin1String("/")) || url.hasQuery() || url.hasFragment())
        return bad(QCoreApplication::translate("md::ProxySettings", "The proxy URL must be only scheme://host:port."));
    if (proxy.type == Type::Http && !url.userName().isEmpty())
        return bad(QCoreApplication::translate("md::ProxySettings",
                                               "A user name is supported for SOCKS5 proxies only."));
    proxy.host = url.host();
    proxy.port = quint16(url.port());
    proxy.user = url.userName();
    return proxy;
}

}  // namespace md
