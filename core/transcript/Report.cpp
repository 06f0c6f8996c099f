#include "Report.h"

#include "sasl/Registry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

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

QString terminalSafe(const QString &text, bool keepNewlines)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0);
        const bool bidi = (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
        if (u == '\n' && keepNewlines)
            out += c;
        else if (u == '\t')
            out += QLatin1Char(' ');
        else if (control)
            out += QStringLiteral("\\x") + QString::number(u, 16).toUpper().rightJustified(2, QLatin1Char('0'));
        else if (bidi)
            out += QStringLiteral("\\u") + QString::number(u, 16).toUpper();
        else
            out += c;
    }
    return out;
}

QString renderEventLine(const TranscriptEvent &event)
{
    return QStringLiteral("%1 %2 %3 %4")
        .arg(seconds(event.ms), 8)
        .arg(event.encrypted ? QStringLiteral("tls") : QStringLiteral("   "))
        .arg(marker(event.kind), terminalSafe(event.text));
}

QString renderWaterfallBar(qint64 startMs, qint64 ms, qint64 totalMs, int width)
{
    // Eighths of a character: the bar is drawn with block elements, the offset in whole cells.
    static const QString partial[] = {QString(),           QStringLiteral("\u258F"), QStringLiteral("\u258E"),
                                      QStringLiteral("\u258D"), QStringLiteral("\u258C"), QStringLiteral("\u258B"),
                                      QStringLiteral("\u258A"), QStringLiteral("\u2589")};
    const QString full = QStringLiteral("\u2588");
    const qint64 total = std::max<qint64>(totalMs, 1);
    const int offset = int(std::clamp<qint64>(startMs * width / total, 0, width - 1));
    const qint64 eighths = std::max<qint64>(ms * width * 8 / total, 1);
    const int maxCells = width - offset;
    int fullCells = int(std::min<qint64>(eighths / 8, maxCells));
    int rest = fullCells == maxCells ? 0 : int(eighths % 8);
    QString bar(offset, QLatin1Char(' '));
    for (int i = 0; i < fullCells; ++i)
        bar += full;
    if (rest > 0)
        bar += partial[rest];
    const int used = offset + fullCells + (rest > 0 ? 1 : 0);
    bar += QString(std::max(0, width - used), QLatin1Char(' '));
    return bar;
}

namespace {

/// Wraps `text` to lines of at most `width` characters, each prefixed with `indent`.
QString wrapped(const QString &text, const QString &indent, int width = 100)
{
    QString out;
    QString line;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!line.isEmpty() && indent.size() + line.size() + 1 + word.size() > width) {
            out += indent + line + QLatin1Char('\n');
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        out += indent + line + QLatin1Char('\n');
    return out;
}

constexpr int kBarWidth = 30;

}  // namespace

// IMAP's mailbox facts: every folder (a long list is cut), its special use, the INBOX count.
static QString renderMailboxText(const QJsonObject &facts)
{
    const QJsonArray folders = facts.value(QStringLiteral("folders")).toArray();
    const QJsonObject inbox = facts.value(QStringLiteral("inbox")).toObject();
    // POP3 (STAT): one mailbox, its message count and size.
    const QJsonObject maildrop = facts.value(QStringLiteral("mailbox")).toObject();
    if (!maildrop.isEmpty()) {
        return QLatin1Char('\n') + Tr::tr("Mailbox:") + QLatin1Char('\n')
               + Tr::tr("  %n message(s), %1 octets", nullptr, maildrop.value(QStringLiteral("messages")).toInt())
                     .arg(maildrop.value(QStringLiteral("octets")).toInteger())
               + QLatin1Char('\n');
    }
    if (folders.isEmpty() && inbox.isEmpty())
        return {};
    constexpr int kShown = 50;
    QString out = QLatin1Char('\n') + Tr::tr("Mailbox:") + QLatin1Char('\n');
    if (!inbox.isEmpty()) {
        const QJsonValue exists = inbox.value(QStringLiteral("exists"));
        out += exists.isDouble() ? Tr::tr("  INBOX: %n message(s)", nullptr, exists.toInt()) + QLatin1Char('\n')
                                 : Tr::tr("  INBOX: message count unknown") + QLatin1Char('\n');
    }
    const int total = facts.value(QStringLiteral("folder_count")).toInt(int(folders.size()));
    out += Tr::tr("  %n folder(s):", nullptr, total) + QLatin1Char('\n');
    for (int i = 0; i < folders.size() && i < kShown; ++i) {
        const QJsonObject folder = folders.at(i).toObject();
        QStringList uses;
        for (const QJsonValue &use : folder.value(QStringLiteral("special_use")).toArray())
            uses << use.toString();
        out += uses.isEmpty() ? QStringLiteral("    %1\n").arg(folder.value(QStringLiteral("name")).toString())
                              : QStringLiteral("    %1  (%2)\n")
                                    .arg(folder.value(QStringLiteral("name")).toString(), uses.join(QStringLiteral(", ")));
    }
    if (total > kShown)
        out += Tr::tr("    … and %n more", nullptr, total - kShown) + QLatin1Char('\n');
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

    // The waterfall: each step's bar starts where the step started and is as long as it took.
    qint64 span = result.totalMs;
    for (const Step &step : result.steps)
        span = std::max(span, step.startMs + step.ms);
    int nameWidth = 12;
    for (const Step &step : result.steps)
        nameWidth = std::max(nameWidth, int(step.name.size()));
    out += QLatin1Char('\n') + Tr::tr("Steps:") + QLatin1Char('\n');
    for (const Step &step : result.steps) {
        QString line = QStringLiteral("  %1 %2 %3 %4  %5")
                           .arg(toString(step.status).toUpper(), -8)
                           .arg(step.name, -nameWidth)
                           .arg(renderWaterfallBar(step.startMs, step.ms, span, kBarWidth))
                           .arg(Tr::tr("%1 ms").arg(step.ms), 8)
                           .arg(step.detail);
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line + QLatin1Char('\n');
    }
    out += QStringLiteral("  %1 %2 %3 %4\n")
               .arg(QString(), -8)
               .arg(Tr::tr("total"), -nameWidth)
               .arg(QString(kBarWidth, QLatin1Char(' ')))
               .arg(Tr::tr("%1 ms").arg(result.totalMs), 8);

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

    out += renderMailboxText(result.protocolFacts);

    // Findings last, most important first, each with the flags that fix it.
    out += QLatin1Char('\n');
    if (result.findings.isEmpty())
        out += Tr::tr("Findings: none. Everything that was checked works.") + QLatin1Char('\n');
    else
        out += Tr::tr("Findings (most important first):") + QLatin1Char('\n');
    for (const Finding &finding : result.findings) {
        out += QStringLiteral("  [%1] %2 (%3)\n").arg(toString(finding.severity).toUpper(), finding.title, finding.code);
        if (!finding.detail.isEmpty())
            out += wrapped(finding.detail, QStringLiteral("      "));
        const QString flags = renderFixFlags(finding.fix);
        if (!flags.isEmpty())
            out += QStringLiteral("      ") + Tr::tr("Try: %1").arg(flags) + QLatin1Char('\n');
    }
    // Server text (replies, certificate names, folder names) is in here: print it safely.
    return terminalSafe(out, true);
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
        if (!step.serverText.isEmpty())
            s.insert(QStringLiteral("server_text"), step.serverText);
        steps.append(s);
        timings.append(QJsonObject{{QStringLiteral("name"), step.name},
                                   {QStringLiteral("start_ms"), step.startMs},
                                   {QStringLiteral("ms"), step.ms}});
    }
    // The waterfall's phases: name resolution, TCP connect, TLS handshake(s), greeting; null when absent.
    QJsonObject timingsJson{{QStringLiteral("total_ms"), result.totalMs}, {QStringLiteral("steps"), timings}};
    const auto phase = [&result](const char *name) {
        qint64 sum = -1;
        for (const Step &step : result.steps) {
            if (step.name == QLatin1String(name))
                sum = std::max<qint64>(sum, 0) + step.ms;
        }
        return sum < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(sum);
    };
    timingsJson.insert(QStringLiteral("resolve_ms"), phase("resolve"));
    timingsJson.insert(QStringLiteral("connect_ms"), phase("connect"));
    timingsJson.insert(QStringLiteral("tls_ms"), phase("tls"));
    timingsJson.insert(QStringLiteral("greeting_ms"), phase("greeting"));
    QJsonArray transcript;
    for (const TranscriptEvent &event : result.transcript)
        transcript.append(toJson(event));
    QJsonArray findings;
    for (const Finding &finding : result.findings) {
        findings.append(QJsonObject{{QStringLiteral("code"), finding.code},
                                    {QStringLiteral("severity"), toString(finding.severity)},
                                    {QStringLiteral("title"), finding.title},
                                    {QStringLiteral("detail"), finding.detail},
                                    {QStringLiteral("fix"), fixToJson(finding.fix)},
                                    {QStringLiteral("fix_flags"), finding.fix.isEmpty()
                                                                      ? QJsonValue(QJsonValue::Null)
                                                                      : QJsonValue(renderFixFlags(finding.fix))}});
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
        {QStringLiteral("timings"), timingsJson},
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

QString renderFixFlags(const QVariantMap &fix)
{
    QStringList flags;
    const auto value = [&fix](const char *key) { return fix.value(QLatin1String(key)).toString(); };
    if (fix.contains(QStringLiteral("host")))
        flags << QStringLiteral("--host") << value("host");
    if (fix.contains(QStringLiteral("port")))
        flags << QStringLiteral("--port") << value("port");
    if (fix.contains(QStringLiteral("security")))
        flags << QStringLiteral("--security") << value("security");
    if (fix.contains(QStringLiteral("auth"))) {
        const QString auth = value("auth").toLower();
        flags << QStringLiteral("--auth") << auth;
        const sasl::MechanismInfo *info = sasl::findMechanism(auth.toLatin1());
        if (info && info->credential == sasl::CredentialKind::Token)
            flags << QStringLiteral("--token-env") << QStringLiteral("VAR");
    }
    static const QStringList known = {QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("security"),
                                      QStringLiteral("auth")};
    for (auto it = fix.cbegin(); it != fix.cend(); ++it) {
        if (known.contains(it.key()))
            continue;
        flags << QStringLiteral("--%1").arg(QString(it.key()).replace(QLatin1Char('_'), QLatin1Char('-')));
        if (it.value().typeId() != QMetaType::Bool)
            flags << it.value().toString();
    }
    return flags.join(QLatin1Char(' '));
}

}  // namespace md
