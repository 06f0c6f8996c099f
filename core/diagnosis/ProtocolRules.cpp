#include "ProtocolRules.h"

#include "ReplyMeaning.h"

#include <QCoreApplication>

namespace md::rules {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(md::Diagnoser)
};

using Severity = Finding::Severity;

Finding makeFinding(const QString &code, const QString &title, const QStringList &sentences)
{
    Finding f;
    f.code = code;
    f.severity = Severity::Error;
    f.title = title;
    QStringList parts;
    for (QString s : sentences) {
        s = s.trimmed();
        if (s.isEmpty())
            continue;
        if (!s.endsWith(QLatin1Char('.')) && !s.endsWith(QLatin1Char('!')) && !s.endsWith(QLatin1Char('?'))
            && !s.endsWith(QLatin1Char(')')))
            s += QLatin1Char('.');
        parts << s;
    }
    f.detail = parts.join(QLatin1Char(' '));
    return f;
}

const Step *failedStep(const CheckResult &r)
{
    for (auto it = r.steps.crbegin(); it != r.steps.crend(); ++it) {
        if (it->status == Step::Status::Failed)
            return &*it;
    }
    return r.step(r.failedStep);
}

QString serverSaid(const Step *step)
{
    if (!step || (step->serverText.isEmpty() && step->responseCode.isEmpty()))
        return {};
    const QString code = step->responseCode.isEmpty() ? QString() : QStringLiteral("[%1] ").arg(step->responseCode);
    return Tr::tr("The server answered: \"-ERR %1%2\"").arg(code, step->serverText);
}

/// The minimum seconds between logins from CAPA "LOGIN-DELAY n" (RFC 2449 §6.5), or 0.
int loginDelaySeconds(const CheckResult &r)
{
    const QStringList caps = r.capabilitiesAfterTls.isEmpty() ? r.capabilitiesBeforeTls : r.capabilitiesAfterTls;
    for (const QString &cap : caps) {
        const QStringList words = cap.simplified().split(QLatin1Char(' '));
        if (words.size() >= 2 && words.first().compare(QLatin1String("LOGIN-DELAY"), Qt::CaseInsensitive) == 0)
            return words.at(1).toInt();
    }
    return 0;
}

}  // namespace

std::optional<QList<Finding>> proxyFindings(const CheckResult &r)
{
    if (r.ok)
        return std::nullopt;
    switch (r.failure) {
    case FailureKind::ProxyUnreachable:
        return QList<Finding> { makeFinding(QStringLiteral("proxy.unreachable"),
            Tr::tr("The proxy could not be reached"),
            { r.failureMessage,
                Tr::tr(
                    "Nothing was sent to the mail server. Check the proxy's address and port (the network's settings "
                    "or its administrator name them) and that the proxy is running; without a proxy, connect "
                    "directly.") }) };
    case FailureKind::ProxyAuthFailed:
        return QList<Finding> { makeFinding(QStringLiteral("proxy.auth_failed"),
            Tr::tr("The proxy did not accept its user name or password"),
            { r.failureMessage,
                Tr::tr(
                    "This is the proxy's own login, not the mail account's: check the proxy user and password.") }) };
    case FailureKind::ProxyRefused:
        return QList<Finding> { makeFinding(QStringLiteral("proxy.refused"),
            Tr::tr("The proxy did not connect to the mail server"),
            { r.failureMessage,
                Tr::tr("The proxy could not or would not connect to %1 port %2. Proxies often allow "
                       "only some ports (many HTTP proxies only 443) or some destinations; the server may also be down "
                       "or the name unknown to the proxy. Ask the network's administrator, or try the server's other "
                       "port.")
                    .arg(r.host)
                    .arg(r.port) }) };
    default:
        return std::nullopt;
    }
}

std::optional<QList<Finding>> pop3Findings(const CheckResult &r)
{
    if (r.ok || r.protocol != Protocol::Pop3 || r.failure != FailureKind::Rejected)
        return std::nullopt;
    const Step *step = failedStep(r);
    const QString name = step ? step->name : r.failedStep;
    const QString said = serverSaid(step);

    if (name == QLatin1String("greeting")) {
        return QList<Finding> { makeFinding(QStringLiteral("pop3.greeting_rejected"),
            Tr::tr("The server refused the connection in its greeting"),
            { said,
                Tr::tr("It may be overloaded, in maintenance, or refusing "
                       "connections from your network.") }) };
    }
    // What the -ERR means (ReplyMeaning.h): the extended response code first, the words last.
    const ReplyMeaning meaning
        = step ? classifyReply({ 0, {}, step->responseCode, step->serverText }) : ReplyMeaning::Unknown;
    switch (meaning) {
    case ReplyMeaning::InUse:
        return QList<Finding> { makeFinding(QStringLiteral("pop3.in_use"),
            Tr::tr("The mailbox is in use by another session"),
            { said,
                Tr::tr("The login itself worked, but another POP3 session (another mail program, a phone, or an "
                       "earlier connection that has not ended yet) holds the mailbox, and POP3 allows one at a time. "
                       "Close the other program or wait a few minutes, then try again.") }) };
    case ReplyMeaning::LoginDelay: {
        const int delay = loginDelaySeconds(r);
        return QList<Finding> { makeFinding(QStringLiteral("pop3.login_delay"), Tr::tr("Logged in again too soon"),
            { said,
                delay > 0 ? Tr::tr("The server allows a login only every %n second(s).", nullptr, delay)
                          : Tr::tr("The server allows logins only at a limited rate."),
                Tr::tr("Wait before trying again, and let mail programs check this account less often.") }) };
    }
    case ReplyMeaning::Temporary:
        return QList<Finding> { makeFinding(QStringLiteral("pop3.temporary_failure"),
            Tr::tr("The server has a temporary problem"),
            { said,
                Tr::tr("It is not the user name or password. Try again in a few "
                       "minutes.") }) };
    case ReplyMeaning::PermanentFailure:
        return QList<Finding> { makeFinding(QStringLiteral("pop3.permanent_failure"),
            Tr::tr("The server has a lasting problem with this account"),
            { said,
                Tr::tr("It is not the user name or password: the account may be "
                       "disabled or its mailbox damaged. Contact the provider.") }) };
    default:
        break;
    }
    // Logins and STLS: the general rules know them and read the same meaning (auth.failed for
    // [AUTH], auth.tls_required for "plaintext authentication disallowed", starttls.rejected, …).
    if (name == QLatin1String("auth") || name == QLatin1String("login") || name == QLatin1String("starttls"))
        return std::nullopt;
    return QList<Finding> { makeFinding(QStringLiteral("pop3.command_failed"),
        Tr::tr("The server refused the %1 command").arg(name.toUpper()), { said, r.failureMessage }) };
}

QStringList proxyFindingCodes()
{
    return { QStringLiteral("proxy.unreachable"), QStringLiteral("proxy.auth_failed"),
        QStringLiteral("proxy.refused") };
}

QStringList pop3FindingCodes()
{
    return { QStringLiteral("pop3.in_use"), QStringLiteral("pop3.login_delay"),
        QStringLiteral("pop3.temporary_failure"), QStringLiteral("pop3.permanent_failure"),
        QStringLiteral("pop3.greeting_rejected"), QStringLiteral("pop3.command_failed") };
}

}  // namespace md::rules
