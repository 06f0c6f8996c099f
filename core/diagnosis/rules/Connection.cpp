// Connection rules: the name did not resolve, nothing answered or accepted the connection.
#include "Rules.h"

#include "diagnosis/Reader.h"
#include "diagnosis/RuleSupport.h"

#include <QCoreApplication>

namespace md::rules {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(md::Diagnoser)
};

}  // namespace

Finding dnsNotFound(const Reader &c)
{
    return finding(QStringLiteral("dns.not_found"), Severity::Error,
        Tr::tr("The server name \"%1\" does not exist").arg(c.r.host),
        joinSentences({ Tr::tr("The name could not be looked up in DNS, so there is no address to connect to."),
            Tr::tr("Check the spelling of the server name (your provider's help pages list it, "
                   "often as smtp.… or imap.… followed by the domain), and that this computer "
                   "is online."),
            c.r.failureMessage }));
}

Finding dnsTimeout(const Reader &c)
{
    return finding(QStringLiteral("dns.timeout"), Severity::Error,
        Tr::tr("Looking up \"%1\" took too long").arg(c.r.host),
        joinSentences({ Tr::tr("The name service did not answer in time, so it is not known whether the "
                               "name exists. This points at this computer's network or DNS settings "
                               "rather than at the mail server."),
            Tr::tr("Check that this computer is online, then try again."), c.r.failureMessage }));
}

Finding netRefused(const Reader &c)
{
    const QVariantMap fix = c.fixOtherPort();
    return finding(QStringLiteral("net.refused"), Severity::Error,
        Tr::tr("Nothing accepts connections on port %1").arg(c.r.port),
        joinSentences({ Tr::tr("%1 answered, but refused the connection on port %2: no service listens "
                               "there, or a firewall rejects it.")
                            .arg(c.r.host)
                            .arg(c.r.port),
            usualPorts(c.r), c.r.failureMessage }),
        fix);
}

Finding netTimeout(const Reader &c)
{
    const QVariantMap fix = c.fixOtherPort();
    const QString ports = c.r.protocol != Protocol::Smtp
        ? usualPorts(c.r)
        : Tr::tr("Try port 587 (STARTTLS) or 465 (TLS); some providers also offer 2525 for "
                 "networks that block the usual ports.");
    return finding(QStringLiteral("net.timeout"), Severity::Error,
        Tr::tr("No answer from %1 on port %2").arg(c.r.host).arg(c.r.port),
        joinSentences({ Tr::tr("The connection attempt got no answer at all: a firewall, the network you are "
                               "on or your internet provider silently drops traffic to this port (port 25 "
                               "is blocked by many providers), or the server is down."),
            ports, c.r.failureMessage }),
        fix);
}

}  // namespace md::rules
