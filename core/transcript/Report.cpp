#include "Report.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace md {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(md::Report)
};

QString marker(TranscriptEvent::Kind kind)
{
    switch (kind) {
    case TranscriptEvent::Kind::Sent:
        return QStringLiteral("C:");
    case TranscriptEvent::Kind::Received:
        return QStringLiteral("S:");
    case TranscriptEvent::Kind::Tls:
        return QStringLiteral("~~");
    case TranscriptEvent::Kind::Info:
        return QStringLiteral("**");
    case TranscriptEvent::Kind::Error:
        return QStringLiteral("!!");
    }
    return {};
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

QJsonValue fixToJson(const QVariantMap &fix)
{
    return fix.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonObject::fromVariantMap(fix));
}

}  // namespace

QString kindName(TranscriptEvent::Kind kind)
{
    switch (kind) {
    case TranscriptEvent::Kind::Sent:
        return QStringLiteral("sent");
    case TranscriptEvent::Kind::Received:
        return QStringLiteral("received");
    case TranscriptEvent::Kind::Tls:
        return QStringLiteral("tls");
    case TranscriptEvent::Kind::Info:
        return QStringLiteral("info");
    case TranscriptEvent::Kind::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString renderEventLine(const TranscriptEvent &event)
{
    return QStringLiteral("%1 %2 %3 %4")
        .arg(seconds(event.ms), 8)
        .arg(event.encrypted ? QStringLiteral("tls") : QStringLiteral("   "))
        .arg(marker(event.kind), event.text);
}

QString renderTranscriptText(const Transcript &transcript)
{
    QString out;
    for (const TranscriptEvent &event : transcript)
        out += renderEventLine(event) + QLatin1Char('\n');
    return out;
}

QString renderSummaryText(const CheckResult &result)
{
    QString out;
    const QString verdict = result.ok ? Tr::tr("PASSED") : Tr::tr("FAILED");
    out += Tr::tr("%1 check of %2 port %3 (%4): %5 in %6 s\n")
               .arg(toString(result.protocol).toUpper(), result.host)
               .arg(result.port)
               .arg(toString(result.security), verdict, seconds(result.totalMs));
    out += QLatin1Char('\n') + Tr::tr("Steps:") + QLatin1Char('\n');
    for (const Step &step : result.steps) {
        out += QStringLiteral("  %1 %2 %3  %4\n")
                   .arg(toString(step.status).toUpper(), -8)
                   .arg(step.name, -12)
                   .arg(Tr::tr("%1 ms").arg(step.ms), 8)
                   .arg(step.detail);
    }
    if (result.tls) {
        const TlsReport &tls = *result.tls;
        out += QLatin1Char('\n') + Tr::tr("TLS:") + QLatin1Char('\n');
        if (!tls.protocol.isEmpty())
            out += Tr::tr("  %1, %2\n").arg(tls.protocol, tls.cipher);
        out += Tr::tr("  certificate: %1\n")
                   .arg(tls.pinned     ? Tr::tr("trusted by its pinned key")
                        : tls.verified ? Tr::tr("verified for %1").arg(tls.peerName)
                                       : Tr::tr("NOT verified"));
        for (const QString &error : tls.errors)
            out += Tr::tr("  error: %1\n").arg(error);
        for (const CertificateInfo &cert : tls.chain) {
            out += Tr::tr("  - %1\n      issued by %2\n      valid %3 to %4 (%5 days left)\n")
                       .arg(cert.subject, cert.issuer, cert.notBefore.toString(Qt::ISODate),
                            cert.notAfter.toString(Qt::ISODate))
                       .arg(cert.daysLeft);
            if (!cert.subjectAltNames.isEmpty())
                out += Tr::tr("      names: %1\n").arg(cert.subjectAltNames.join(QStringLiteral(", ")));
            out += Tr::tr("      SHA-256: %1\n      SPKI SHA-256: %2\n").arg(cert.sha256, cert.spkiSha256);
        }
    }
    if (!result.capabilitiesBeforeTls.isEmpty() || !result.capabilitiesAfterTls.isEmpty()) {
        out += QLatin1Char('\n') + Tr::tr("Capabilities:") + QLatin1Char('\n');
        if (!result.capabilitiesBeforeTls.isEmpty())
            out += Tr::tr("  before TLS: %1\n").arg(result.capabilitiesBeforeTls.join(QStringLiteral(" | ")));
        if (!result.capabilitiesAfterTls.isEmpty())
            out += Tr::tr("  after TLS:  %1\n").arg(result.capabilitiesAfterTls.join(QStringLiteral(" | ")));
    }
    if (!result.findings.isEmpty()) {
        out += QLatin1Char('\n') + Tr::tr("Findings:") + QLatin1Char('\n');
        for (const Finding &finding : result.findings) {
            out += QStringLiteral("  [%1] %2 (%3)\n").arg(toString(finding.severity).toUpper(), finding.title, finding.code);
            if (!finding.detail.isEmpty())
                out += QStringLiteral("      %1\n").arg(finding.detail);
        }
    }
    return out;
}

QJsonObject toJson(const TranscriptEvent &event)
{
    return QJsonObject{{QStringLiteral("ms"), event.ms},
                       {QStringLiteral("kind"), kindName(event.kind)},
                       {QStringLiteral("text"), event.text},
                       {QStringLiteral("tls"), event.encrypted}};
}

QJsonObject toJson(const TlsReport &tls)
{
    QJsonArray chain;
    for (const CertificateInfo &cert : tls.chain) {
        chain.append(QJsonObject{
            {QStringLiteral("subject"), cert.subject},
            {QStringLiteral("issuer"), cert.issuer},
            {QStringLiteral("subject_alt_names"), QJsonArray::fromStringList(cert.subjectAltNames)},
            {QStringLiteral("not_before"), cert.notBefore.toString(Qt::ISODate)},
            {QStringLiteral("not_after"), cert.notAfter.toString(Qt::ISODate)},
            {QStringLiteral("days_left"), cert.daysLeft},
            {QStringLiteral("sha256"), cert.sha256},
            {QStringLiteral("spki_sha256"), cert.spkiSha256},
            {QStringLiteral("self_signed"), cert.selfSigned},
        });
    }
    return QJsonObject{
        {QStringLiteral("protocol"), tls.protocol},
        {QStringLiteral("cipher"), tls.cipher},
        {QStringLiteral("verified"), tls.verified},
        {QStringLiteral("pinned"), tls.pinned},
        {QStringLiteral("peer_name"), tls.peerName},
        {QStringLiteral("errors"), QJsonArray::fromStringList(tls.errors)},
        {QStringLiteral("chain"), chain},
    };
}

QJsonObject toJson(const CheckResult &result)
{
    QJsonArray steps;
    QJsonArray timings;
    for (const Step &step : result.steps) {
        QJsonObject s{{QStringLiteral("name"), step.name},
                      {QStringLiteral("status"), toString(step.status)},
                      {QStringLiteral("ms"), step.ms},
                      {QStringLiteral("detail"), step.detail}};
        if (step.replyCode)
            s.insert(QStringLiteral("reply_code"), step.replyCode);
        if (!step.enhancedCode.isEmpty())
            s.insert(QStringLiteral("enhanced_code"), step.enhancedCode);
        if (!step.responseCode.isEmpty())
            s.insert(QStringLiteral("response_code"), step.responseCode);
        steps.append(s);
        timings.append(QJsonObject{{QStringLiteral("name"), step.name},
                                   {QStringLiteral("start_ms"), step.startMs},
                                   {QStringLiteral("ms"), step.ms}});
    }
    QJsonArray transcript;
    for (const TranscriptEvent &event : result.transcript)
        transcript.append(toJson(event));
    QJsonArray findings;
    for (const Finding &finding : result.findings) {
        findings.append(QJsonObject{{QStringLiteral("code"), finding.code},
                                    {QStringLiteral("severity"), toString(finding.severity)},
                                    {QStringLiteral("title"), finding.title},
                                    {QStringLiteral("detail"), finding.detail},
                                    {QStringLiteral("fix"), fixToJson(finding.fix)}});
    }
    QJsonObject json{
        {QStringLiteral("ok"), result.ok},
        {QStringLiteral("protocol"), toString(result.protocol)},
        {QStringLiteral("host"), result.host},
        {QStringLiteral("port"), result.port},
        {QStringLiteral("security"), toString(result.security)},
        {QStringLiteral("address"), result.connectedAddress.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                       : QJsonValue(result.connectedAddress)},
        {QStringLiteral("ip_version"), result.connectedAddress.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                         : QJsonValue(result.ipv6 ? 6 : 4)},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("timings"), QJsonObject{{QStringLiteral("total_ms"), result.totalMs},
                                                {QStringLiteral("steps"), timings}}},
        {QStringLiteral("tls"), result.tls ? QJsonValue(toJson(*result.tls)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("capabilities"),
         QJsonObject{{QStringLiteral("before_tls"), QJsonArray::fromStringList(result.capabilitiesBeforeTls)},
                     {QStringLiteral("after_tls"), QJsonArray::fromStringList(result.capabilitiesAfterTls)}}},
        {QStringLiteral("transcript"), transcript},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("failure"), result.ok ? QJsonValue(QJsonValue::Null)
                                              : QJsonValue(QJsonObject{
                                                    {QStringLiteral("kind"), toString(result.failure)},
                                                    {QStringLiteral("step"), result.failedStep},
                                                    {QStringLiteral("message"), result.failureMessage}})},
    };
    for (auto it = result.protocolFacts.begin(); it != result.protocolFacts.end(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

}  // namespace md
