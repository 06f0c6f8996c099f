// The discovery report: JSON for scripts, text for a person (and a help desk).
#include "Discovery.h"

#include "transcript/Report.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace md::discovery {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("md::discovery::DiscoveryReport", text);
}

QJsonValue candidateOrNull(const std::optional<Candidate> &c)
{
    return c ? QJsonValue(c->toJson()) : QJsonValue(QJsonValue::Null);
}

QString securityWords(Security security)
{
    switch (security) {
    case Security::Tls:
        return tr("implicit TLS");
    case Security::StartTls:
        return tr("STARTTLS");
    case Security::None:
        return tr("no encryption");
    }
    return {};
}

QString probeWords(const ProbeResult &p)
{
    if (!p.probed())
        return tr("not probed");
    QString text = QStringLiteral("%1, %2 ms").arg(p.status).arg(p.ms);
    if (p.ok())
        text += QStringLiteral(", ")
            + (p.certificateVerified ? tr("certificate verified") : tr("no verified certificate"));
    else if (!p.detail.isEmpty())
        text += QStringLiteral(": ") + p.detail;
    return text;
}

QString pasteLine(const Candidate &c)
{
    QString line = QStringLiteral("maildoctor-cli %1 --host %2 --port %3 --security %4")
                       .arg(toString(c.protocol), c.host)
                       .arg(c.port)
                       .arg(md::toString(c.security));
    if (!c.username.isEmpty())
        line += QStringLiteral(" --user %1").arg(c.username);
    return line;
}

}  // namespace

QJsonObject DiscoveryResult::toJson() const
{
    QJsonArray sourceList;
    for (const SourceReport &s : sources)
        sourceList << s.toJson();
    QJsonArray candidateList;
    for (const Candidate &c : candidates)
        candidateList << c.toJson();
    QJsonArray findingList;
    for (const Finding &f : findings)
        findingList << QJsonObject { { QStringLiteral("code"), f.code },
            { QStringLiteral("severity"), md::toString(f.severity) }, { QStringLiteral("title"), f.title },
            { QStringLiteral("detail"), f.detail } };
    return QJsonObject {
        { QStringLiteral("email"), email },
        { QStringLiteral("ms"), ms },
        { QStringLiteral("deadline_reached"), deadlineReached },
        { QStringLiteral("sources"), sourceList },
        { QStringLiteral("candidates"), candidateList },
        { QStringLiteral("recommended"),
            QJsonObject { { QStringLiteral("smtp"), candidateOrNull(smtp) },
                { QStringLiteral("imap"), candidateOrNull(imap) },
                { QStringLiteral("pop3"), candidateOrNull(pop3) } } },
        { QStringLiteral("oauth_provider"),
            oauthProvider.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(oauthProvider) },
        { QStringLiteral("findings"), findingList },
        { QStringLiteral("usable"), usable() },
    };
}

QString DiscoveryResult::toText() const
{
    QString out;
    out += (deadlineReached ? tr("Discovery for %1 (%2 ms, stopped at the deadline)") : tr("Discovery for %1 (%2 ms)"))
               .arg(email)
               .arg(ms);
    out += QStringLiteral("\n\n") + tr("Sources:") + QLatin1Char('\n');
    for (const SourceReport &s : sources) {
        out += QStringLiteral("  %1 %2 %3  %4\n")
                   .arg(s.status.leftJustified(15), s.name.leftJustified(20))
                   .arg(QStringLiteral("%1 ms").arg(s.ms), 8)
                   .arg(s.query);
        if (!s.detail.isEmpty())
            out += QStringLiteral("%1%2\n").arg(QString(40, QLatin1Char(' ')), s.detail);
    }
    for (const MailProtocol protocol : { MailProtocol::Smtp, MailProtocol::Imap, MailProtocol::Pop3 }) {
        bool header = false;
        for (const Candidate &c : candidates) {
            if (c.protocol != protocol)
                continue;
            if (!header) {
                out += QLatin1Char('\n') + tr("%1 candidates (best first):").arg(toString(protocol).toUpper())
                    + QLatin1Char('\n');
                header = true;
            }
            out += QStringLiteral("  %1. %2:%3 %4 — trust %5; from %6; probe: %7%8\n")
                       .arg(c.rank)
                       .arg(c.host)
                       .arg(c.port)
                       .arg(securityWords(c.security), toString(c.trust), c.sources.join(QStringLiteral(", ")),
                           probeWords(c.probe),
                           c.needsConfirmation ? QStringLiteral("; ") + tr("needs your confirmation") : QString());
        }
    }
    if (!findings.isEmpty()) {
        out += QLatin1Char('\n') + tr("Findings:") + QLatin1Char('\n');
        for (const Finding &f : findings)
            out += QStringLiteral("  [%1] %2 (%3)\n      %4\n")
                       .arg(md::toString(f.severity).toUpper(), f.title, f.code, f.detail);
    }
    out += QLatin1Char('\n') + tr("Recommended settings:") + QLatin1Char('\n');
    const QList<std::pair<QString, const std::optional<Candidate> *>> picks { { QStringLiteral("smtp"), &smtp },
        { QStringLiteral("imap"), &imap }, { QStringLiteral("pop3"), &pop3 } };
    for (const auto &[name, pick] : picks) {
        if (*pick)
            out += QStringLiteral("  %1\n").arg(pasteLine(**pick));
        else
            out += QStringLiteral("  %1: %2\n").arg(name, tr("none found"));
    }
    if (!oauthProvider.isEmpty())
        out += tr("  OAuth2 provider: %1").arg(oauthProvider) + QLatin1Char('\n');
    // Display names, greetings and errors come from the network: nothing may drive the terminal.
    return terminalSafe(out, true);
}

}  // namespace md::discovery
