// Greeting and service rules: no greeting, another protocol on the port, a server that hangs up
// or breaks the protocol.
#include "Rules.h"

#include "diagnosis/Reader.h"
#include "diagnosis/RuleSupport.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace md::rules {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(md::Diagnoser)
};

}  // namespace

/// Another protocol's greeting on this port: the first thing the server said.
QString otherService(const Reader &c)
{
    const QString text = c.r.facts.banner + QLatin1Char('\n') + c.serverText() + QLatin1Char('\n') + c.r.failureMessage;
    static const QRegularExpression imapGreeting(QStringLiteral("(^|\\n|\"|: )\\* (OK|PREAUTH|BYE)\\b"));
    static const QRegularExpression smtpGreeting(QStringLiteral("(^|\\n|\"|: )(220|554|421)[ -]"));
    static const QRegularExpression pop3(QStringLiteral("(^|\\n|\"|: )\\+OK\\b"));
    static const QRegularExpression http(QStringLiteral("(^|\\n|\"|: )HTTP/\\d"));
    static const QRegularExpression ssh(QStringLiteral("(^|\\n|\"|: )SSH-\\d"));
    if (c.r.protocol != Protocol::Imap && imapGreeting.match(text).hasMatch())
        return QStringLiteral("IMAP");
    if (c.r.protocol != Protocol::Smtp && smtpGreeting.match(text).hasMatch())
        return QStringLiteral("SMTP");
    if (c.r.protocol != Protocol::Pop3 && pop3.match(text).hasMatch())
        return QStringLiteral("POP3");
    if (http.match(text).hasMatch())
        return QStringLiteral("HTTP");
    if (ssh.match(text).hasMatch())
        return QStringLiteral("SSH");
    return {};
}

Finding wrongService(const Reader &c, const QString &service)
{
    QVariantMap fix;
    const quint16 port = defaultPort(c.r.protocol, c.r.security == Security::None ? Security::StartTls : c.r.security);
    if (port != c.r.port)
        fix.insert(QStringLiteral("port"), port);
    return finding(QStringLiteral("port.wrong_service"), Severity::Error,
        Tr::tr("Port %1 does not serve %2: %3 answered").arg(c.r.port).arg(protocolName(c.r), service),
        joinSentences({ Tr::tr("The server on this port speaks %1, not %2.").arg(service, protocolName(c.r)),
            usualPorts(c.r), c.r.failureMessage }),
        fix);
}

Finding greetingTimeout(const Reader &c)
{
    const CheckResult &r = c.r;
    if (r.security != Security::Tls && !c.receivedAnything()) {
        return finding(QStringLiteral("security.implicit_tls_expected"), Severity::Error,
            Tr::tr("This port expects TLS from the first byte"),
            joinSentences({ Tr::tr("The connection was accepted, but no greeting came: the server on "
                                   "port %1 waits for the client to start TLS, which is what implicit "
                                   "TLS ports (%2 for %3) do.")
                                .arg(r.port)
                                .arg(c.implicitPort())
                                .arg(protocolName(r)),
                r.security == Security::StartTls
                    ? Tr::tr("Use implicit TLS (\"SSL/TLS\") instead of STARTTLS.")
                    : Tr::tr("Use implicit TLS (\"SSL/TLS\") instead of no encryption.") }),
            { { QStringLiteral("security"), QStringLiteral("tls") } });
    }
    return finding(QStringLiteral("server.timeout"), Severity::Error, Tr::tr("The server sent no greeting"),
        joinSentences({ r.failureMessage,
            Tr::tr("The server accepted the connection but stayed silent; it may be "
                   "overloaded.") }));
}

Finding replyTimeout(const Reader &c)
{
    const CheckResult &r = c.r;
    return finding(QStringLiteral("server.timeout"), Severity::Error,
        Tr::tr("The server stopped answering during %1").arg(c.stepName()),
        joinSentences({ r.failureMessage,
            Tr::tr("It may be overloaded, or something between you and the server (a "
                   "firewall or antivirus proxy) holds the connection.") }));
}

Finding serverClosed(const Reader &c)
{
    const CheckResult &r = c.r;
    const QString service = otherService(c);
    if (!service.isEmpty())
        return wrongService(c, service);
    const bool silentClose = c.stepIs({ "greeting" }) && !c.receivedAnything();
    return finding(QStringLiteral("server.closed"), Severity::Error,
        Tr::tr("The server closed the connection during %1").arg(c.stepName()),
        joinSentences({ r.failureMessage,
            silentClose ? Tr::tr("It hung up without a word right after connecting: it may "
                                 "refuse this client (a block list or a connection limit), "
                                 "or this is not a mail port.")
                        : Tr::tr("It may have crashed or hit a limit; trying again later "
                                 "may work.") }));
}

Finding protocolError(const Reader &c)
{
    const CheckResult &r = c.r;
    const QString service = otherService(c);
    if (!service.isEmpty())
        return wrongService(c, service);
    return finding(QStringLiteral("server.protocol_error"), Severity::Error,
        Tr::tr("The server broke the %1 protocol").arg(protocolName(r)),
        joinSentences({ r.failureMessage,
            Tr::tr("Its answer could not be understood: a broken server, a proxy in "
                   "between, or not a %1 server at all.")
                .arg(protocolName(r)) }));
}

}  // namespace md::rules
