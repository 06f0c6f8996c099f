#include "HtmlReport.h"

#include "diagnosis/Diagnoser.h"
#include "transcript/Report.h"

#include <algorithm>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace md {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(md::HtmlReport)
};

/// Server text made safe twice: controls and bidi overrides visible, then HTML-escaped.
QString esc(const QString &text)
{
    return terminalSafe(text, true).toHtmlEscaped();
}

QString securityName(Security security)
{
    switch (security) {
    case Security::Tls:
        return Tr::tr("Implicit TLS");
    case Security::StartTls:
        return Tr::tr("STARTTLS");
    case Security::None:
        return Tr::tr("None (unencrypted)");
    }
    return {};
}

QString entryTitle(const ReportEntry &e)
{
    return Tr::tr("%1 check of %2 port %3")
        .arg(toString(e.result.protocol).toUpper(), e.result.host.isEmpty() ? e.settings.host : e.result.host)
        .arg(e.result.port ? e.result.port : e.settings.port);
}

QString settingsHtml(const ServerSettings &s)
{
    QString out = QStringLiteral("<table class=\"kv\">");
    const auto row = [&out](const QString &key, const QString &value) {
        out += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(key.toHtmlEscaped(), esc(value));
    };
    row(Tr::tr("Protocol"), toString(s.protocol).toUpper());
    row(Tr::tr("Server"), s.host);
    row(Tr::tr("Port"), QString::number(s.port));
    row(Tr::tr("Security"), securityName(s.security));
    row(Tr::tr("User name"), s.user.isEmpty() ? Tr::tr("(no login)") : s.user);
    row(Tr::tr("Login method"), s.authMechanism);
    if (!s.user.isEmpty())
        row(Tr::tr("Password"), Tr::tr("(never included in a report)"));
    if (!s.caFile.isEmpty())
        row(Tr::tr("Extra CA file"), s.caFile);
    if (!s.pinnedSpki.isEmpty())
        row(Tr::tr("Pinned server key (SPKI SHA-256)"), colonHex(s.pinnedSpki));
    if (s.protocol == Protocol::Smtp && (!s.from.isEmpty() || !s.to.isEmpty())) {
        row(Tr::tr("Envelope from"), s.from);
        row(Tr::tr("Envelope to"), s.to.join(QStringLiteral(", ")));
        row(Tr::tr("Send a test message"), s.send ? Tr::tr("yes") : Tr::tr("no"));
    }
    return out + QStringLiteral("</table>");
}

QString stepsHtml(const CheckResult &r)
{
    qint64 span = std::max<qint64>(r.totalMs, 1);
    for (const Step &step : r.steps)
        span = std::max(span, step.startMs + step.ms);
    QString out = QStringLiteral("<table class=\"steps\"><tr><th>%1</th><th>%2</th><th>%3</th><th class=\"wf\">%4</th>"
                                 "<th>%5</th></tr>")
                      .arg(Tr::tr("Step"), Tr::tr("Status"), Tr::tr("Time"), Tr::tr("Waterfall"), Tr::tr("Detail"));
    for (const Step &step : r.steps) {
        const double left = 100.0 * double(step.startMs) / double(span);
        const double width = std::max(0.5, 100.0 * double(step.ms) / double(span));
        out += QStringLiteral("<tr class=\"%1\"><td>%2</td><td class=\"status\">%3</td><td class=\"num\">%4</td>"
                              "<td class=\"wf\"><div class=\"bar\" style=\"margin-left:%5%;width:%6%\"></div></td>"
                              "<td>%7</td></tr>")
                   .arg(toString(step.status), esc(step.name), toString(step.status).toUpper(),
                       Tr::tr("%1 ms").arg(step.ms))
                   .arg(std::min(left, 99.5), 0, 'f', 2)
                   .arg(std::min(width, 100.0 - std::min(left, 99.5)), 0, 'f', 2)
                   .arg(esc(step.detail));
    }
    out += QStringLiteral("<tr><td>%1</td><td></td><td class=\"num\">%2</td><td></td><td></td></tr></table>")
               .arg(Tr::tr("total"), Tr::tr("%1 ms").arg(r.totalMs));
    return out;
}

QString findingsHtml(const CheckResult &r)
{
    if (r.findings.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(Tr::tr("No findings: everything that was checked works."));
    QString out = QStringLiteral("<ul class=\"findings\">");
    for (const Finding &f : r.findings) {
        const QString sev = toString(f.severity);
        out += QStringLiteral("<li class=\"%1\"><strong>[%2] %3</strong> <code>%4</code><p>%5</p>")
                   .arg(sev, sev.toUpper(), esc(f.title), esc(f.code), esc(f.detail));
        if (!f.fix.isEmpty()) {
            QStringList changes;
            for (auto it = f.fix.cbegin(); it != f.fix.cend(); ++it)
                changes << QStringLiteral("%1 = %2").arg(it.key(), it.value().toString());
            out += QStringLiteral("<p class=\"fix\">%1 <code>%2</code> (%3 <code>%4</code>)</p>")
                       .arg(Tr::tr("Fix:"), esc(changes.join(QStringLiteral(", "))), Tr::tr("command line:"),
                           esc(renderFixFlags(f.fix)));
        }
        out += QStringLiteral("</li>");
    }
    return out + QStringLiteral("</ul>");
}

QString tlsHtml(const CheckResult &r)
{
    if (!r.tls)
        return QStringLiteral("<p>%1</p>").arg(Tr::tr("No TLS handshake was attempted."));
    const TlsReport &tls = *r.tls;
    QString out;
    if (!tls.protocol.isEmpty())
        out += QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("%1, %2").arg(tls.protocol, tls.cipher)));
    out += QStringLiteral("<p>%1</p>")
               .arg(tls.pinned        ? Tr::tr("Certificate trusted by its pinned key.")
                       : tls.verified ? esc(Tr::tr("Certificate verified for %1.").arg(tls.peerName))
                                      : Tr::tr("Certificate NOT verified."));
    if (!tls.errors.isEmpty()) {
        out += QStringLiteral("<ul>");
        for (const QString &e : tls.errors)
            out += QStringLiteral("<li>%1</li>").arg(esc(e));
        out += QStringLiteral("</ul>");
    }
    for (const CertificateInfo &c : tls.chain) {
        out += QStringLiteral("<table class=\"kv cert\">");
        const auto row = [&out](const QString &key, const QString &value) {
            out += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(key.toHtmlEscaped(), esc(value));
        };
        row(Tr::tr("Subject"), c.subject);
        row(Tr::tr("Issuer"), c.issuer);
        row(Tr::tr("Names"), c.subjectAltNames.join(QStringLiteral(", ")));
        row(Tr::tr("Valid"),
            Tr::tr("%1 to %2 (%3 days left)")
                .arg(c.notBefore.toString(Qt::ISODate), c.notAfter.toString(Qt::ISODate))
                .arg(c.daysLeft));
        row(Tr::tr("SHA-256"), c.sha256);
        row(Tr::tr("SPKI SHA-256"), c.spkiSha256);
        if (c.selfSigned)
            row(Tr::tr("Self-signed"), Tr::tr("yes"));
        out += QStringLiteral("</table>");
    }
    return out;
}

QString transcriptHtml(const CheckResult &r)
{
    QString out = QStringLiteral("<pre class=\"transcript\">");
    for (const TranscriptEvent &e : r.transcript)
        out += esc(renderEventLine(e)) + QLatin1Char('\n');
    return out + QStringLiteral("</pre>");
}

const char kStyle[] = R"(
body{font-family:system-ui,sans-serif;margin:2em;max-width:70em;line-height:1.4}
@media (prefers-color-scheme:dark){body{background:#1e1e1e;color:#ddd}a{color:#8cf}}
table{border-collapse:collapse;margin:.5em 0}th,td{text-align:left;padding:.2em .6em;vertical-align:top}
.kv th{font-weight:600;white-space:nowrap}.num{text-align:right;white-space:nowrap}
.steps td.wf,.steps th.wf{width:30%}.bar{height:.8em;background:currentColor;opacity:.6}
tr.failed td.status,li.error strong{color:#c00}tr.warning td.status,li.warning strong{color:#a60}
tr.ok td.status{color:#080}pre.transcript{font-size:.85em;overflow-x:auto;border:1px solid #888;padding:.5em}
.verdict{font-size:1.2em;font-weight:600}code{font-size:.9em}
)";

}  // namespace

QJsonObject settingsToJson(const ServerSettings &s)
{
    QJsonObject json { { QStringLiteral("protocol"), toString(s.protocol) }, { QStringLiteral("host"), s.host },
        { QStringLiteral("port"), s.port }, { QStringLiteral("security"), toString(s.security) },
        { QStringLiteral("user"), s.user }, { QStringLiteral("auth"), s.authMechanism },
        { QStringLiteral("ca_file"), s.caFile },
        { QStringLiteral("pinned_spki"), s.pinnedSpki.isEmpty() ? QString() : colonHex(s.pinnedSpki) } };
    if (s.protocol == Protocol::Smtp) {
        json.insert(QStringLiteral("from"), s.from);
        json.insert(QStringLiteral("to"), QJsonArray::fromStringList(s.to));
        json.insert(QStringLiteral("send"), s.send);
    }
    return json;
}

QJsonObject reportToJson(const QList<ReportEntry> &entries, const QDateTime &created)
{
    QJsonArray checks;
    for (const ReportEntry &e : entries)
        checks.append(QJsonObject { { QStringLiteral("settings"), settingsToJson(e.settings) },
            { QStringLiteral("result"), toJson(e.result) } });
    return QJsonObject { { QStringLiteral("created"), created.toString(Qt::ISODate) },
        { QStringLiteral("checks"), checks } };
}

QString renderTextReport(const QList<ReportEntry> &entries, const QDateTime &created)
{
    QString out = Tr::tr("Mail Doctor report, %1").arg(created.toString(Qt::ISODate)) + QLatin1Char('\n');
    for (const ReportEntry &e : entries) {
        out += QLatin1Char('\n') + QString(72, QLatin1Char('=')) + QLatin1Char('\n');
        const QJsonObject settings = settingsToJson(e.settings);
        out += Tr::tr("Settings:") + QLatin1Char('\n');
        for (auto it = settings.constBegin(); it != settings.constEnd(); ++it) {
            const QString value = it.value().isArray()
                ? it.value().toVariant().toStringList().join(QStringLiteral(", "))
                : it.value().toVariant().toString();
            out += QStringLiteral("  %1: %2\n").arg(it.key(), terminalSafe(value));
        }
        out += QLatin1Char('\n') + Tr::tr("Transcript:") + QLatin1Char('\n');
        for (const TranscriptEvent &event : e.result.transcript)
            out += renderEventLine(event) + QLatin1Char('\n');
        out += QLatin1Char('\n') + renderSummaryText(e.result);
    }
    return out;
}

QString renderHtmlReport(const QList<ReportEntry> &entries, const QDateTime &created)
{
    QString out = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                                 "<meta name=\"viewport\" content=\"width=device-width\">"
                                 "<title>%1</title><style>%2</style></head><body>\n")
                      .arg(Tr::tr("Mail Doctor report"), QString::fromUtf8(kStyle));
    out += QStringLiteral("<h1>%1</h1><p>%2</p>\n")
               .arg(Tr::tr("Mail Doctor report"),
                   Tr::tr("Created %1. Passwords and tokens are never included.").arg(created.toString(Qt::ISODate)));
    for (const ReportEntry &e : entries) {
        const CheckResult &r = e.result;
        out += QStringLiteral("<section><h2>%1</h2>").arg(esc(entryTitle(e)));
        out += QStringLiteral("<p class=\"verdict\">%1</p>")
                   .arg(r.ok ? Tr::tr("PASSED in %1 ms").arg(r.totalMs)
                             : esc(Tr::tr("FAILED at step \"%1\": %2").arg(r.failedStep, r.failureMessage)));
        out += QStringLiteral("<h3>%1</h3>").arg(Tr::tr("Findings")) + findingsHtml(r);
        out += QStringLiteral("<h3>%1</h3>").arg(Tr::tr("Settings")) + settingsHtml(e.settings);
        out += QStringLiteral("<h3>%1</h3>").arg(Tr::tr("Steps")) + stepsHtml(r);
        out += QStringLiteral("<h3>%1</h3>").arg(Tr::tr("Certificate")) + tlsHtml(r);
        out += QStringLiteral("<h3>%1</h3>").arg(Tr::tr("Transcript")) + transcriptHtml(r);
        out += QStringLiteral("</section>\n");
    }
    // Machine-readable copy; every "<" escaped (\u003c, still valid JSON) so server text cannot
    // close the block or open a comment.
    QString json = QString::fromUtf8(QJsonDocument(reportToJson(entries, created)).toJson(QJsonDocument::Compact));
    json.replace(QLatin1Char('<'), QStringLiteral("\\u003c"));
    out += QStringLiteral("<script type=\"application/json\" id=\"maildoctor-report\">%1</script>\n").arg(json);
    return out + QStringLiteral("</body></html>\n");
}

}  // namespace md
