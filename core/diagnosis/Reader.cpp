#include "Reader.h"

#include <algorithm>
#include <QCoreApplication>

namespace md::rules {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(md::Diagnoser)
};

}  // namespace

Reader::Reader(const CheckResult &r) : r(r)
{
    for (auto it = r.steps.crbegin(); it != r.steps.crend(); ++it) {
        if (it->status == Step::Status::Failed) {
            failed = &*it;
            break;
        }
    }
    if (!failed)
        failed = r.step(r.failedStep);
}

bool Reader::stepIs(std::initializer_list<const char *> names) const
{
    const QString name = stepName();
    return std::any_of(names.begin(), names.end(), [&](const char *n) { return name == QLatin1String(n); });
}

QString Reader::responseCode() const
{
    return failed ? failed->responseCode.section(QLatin1Char(' '), 0, 0).toUpper() : QString();
}

ReplyMeaning Reader::meaning() const
{
    return classifyReply({ code(), enhanced(), responseCode(), serverText() });
}

QString Reader::quotedReply() const
{
    if (!failed)
        return {};
    QStringList parts;
    if (failed->replyCode)
        parts << QString::number(failed->replyCode);
    if (!failed->enhancedCode.isEmpty())
        parts << failed->enhancedCode;
    if (!failed->responseCode.isEmpty())
        parts << QStringLiteral("[%1]").arg(failed->responseCode);
    if (!failed->serverText.isEmpty())
        parts << failed->serverText;
    if (parts.isEmpty() || (!failed->replyCode && failed->serverText.isEmpty() && failed->responseCode.isEmpty()))
        return {};
    return parts.join(QLatin1Char(' '));
}

QString Reader::serverSaid() const
{
    const QString quoted = quotedReply();
    return quoted.isEmpty() ? QString() : Tr::tr("The server answered: \"%1\"").arg(quoted);
}

QStringList Reader::capabilities() const
{
    return r.capabilitiesAfterTls.isEmpty() ? r.capabilitiesBeforeTls : r.capabilitiesAfterTls;
}

bool Reader::has(const QStringList &caps, const char *keyword)
{
    const QString k = QLatin1String(keyword);
    return std::any_of(caps.begin(), caps.end(),
        [&](const QString &c) { return c.section(QLatin1Char(' '), 0, 0).compare(k, Qt::CaseInsensitive) == 0; });
}

QStringList Reader::mechanisms() const
{
    QStringList out;
    for (const QString &cap : capabilities()) {
        const QString upper = cap.trimmed().toUpper();
        if (upper.startsWith(QLatin1String("AUTH="))) {
            out << upper.mid(5).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        } else if (upper.startsWith(QLatin1String("AUTH "))) {
            out << upper.mid(5).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        } else if (upper.startsWith(QLatin1String("SASL "))) {  // POP3 CAPA (RFC 2449 §6.3)
            out << upper.mid(5).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
    }
    out.removeDuplicates();
    return out;
}

bool Reader::usedOAuth() const
{
    const QString m = usedMechanism();
    return m == QLatin1String("XOAUTH2") || m == QLatin1String("OAUTHBEARER");
}

bool Reader::authenticated() const
{
    for (const Step &s : r.steps) {
        if ((s.name == QLatin1String("auth") || s.name == QLatin1String("login")) && s.status == Step::Status::Ok)
            return true;
    }
    return false;
}

bool Reader::encrypted() const
{
    return r.tls && !r.tls->protocol.isEmpty() && r.failure != FailureKind::TlsHandshake
        && r.failure != FailureKind::TlsVerification;
}

QVariantMap Reader::fixImplicitTls() const
{
    QVariantMap fix { { QStringLiteral("security"), QStringLiteral("tls") } };
    if (r.port != implicitPort())
        fix.insert(QStringLiteral("port"), implicitPort());
    return fix;
}

QVariantMap Reader::fixStartTls() const
{
    QVariantMap fix { { QStringLiteral("security"), QStringLiteral("starttls") } };
    if (r.port == implicitPort())
        fix.insert(QStringLiteral("port"), startTlsPort());
    return fix;
}

QVariantMap Reader::fixOtherPort() const
{
    const QList<QPair<quint16, Security>> candidates = r.protocol != Protocol::Smtp
        ? QList<QPair<quint16, Security>> { { implicitPort(), Security::Tls }, { startTlsPort(), Security::StartTls } }
        : QList<QPair<quint16, Security>> { { 587, Security::StartTls }, { 465, Security::Tls } };
    for (const auto &c : candidates) {
        if (c.first != r.port)
            return { { QStringLiteral("port"), c.first }, { QStringLiteral("security"), toString(c.second) } };
    }
    return {};
}

}  // namespace md::rules
