#include "RuleSupport.h"

#include <QCoreApplication>

namespace md::rules {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(md::Diagnoser)
};

}  // namespace

Finding finding(
    const QString &code, Severity severity, const QString &title, const QString &detail, const QVariantMap &fix)
{
    Finding f;
    f.code = code;
    f.severity = severity;
    f.title = title;
    f.detail = detail;
    f.fix = fix;
    return f;
}

QString joinSentences(const QStringList &parts)
{
    QStringList kept;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            kept << p.trimmed();
    }
    return kept.join(QLatin1Char(' '));
}

QString protocolName(const CheckResult &r)
{
    return QLatin1String(traits(r.protocol).displayName);
}

QString usualPorts(const CheckResult &r)
{
    switch (r.protocol) {
    case Protocol::Imap:
        return Tr::tr("IMAP is normally on port 993 (TLS) or 143 (STARTTLS).");
    case Protocol::Pop3:
        return Tr::tr("POP3 is normally on port 995 (TLS) or 110 (STARTTLS).");
    case Protocol::Smtp:
        break;
    }
    return Tr::tr("Mail submission is normally on port 587 (STARTTLS) or 465 (TLS).");
}

}  // namespace md::rules
