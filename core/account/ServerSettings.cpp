#include "ServerSettings.h"

namespace md {

QString toString(Protocol protocol)
{
    return protocol == Protocol::Smtp ? QStringLiteral("smtp") : QStringLiteral("imap");
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
    if (protocol == Protocol::Smtp)
        return security == Security::Tls ? 465 : 587;
    return security == Security::Tls ? 993 : 143;
}

Security defaultSecurity(Protocol protocol, quint16 port)
{
    const quint16 implicitPort = protocol == Protocol::Smtp ? 465 : 993;
    return port == implicitPort ? Security::Tls : Security::StartTls;
}

}  // namespace md
