// SMTP envelope and message rules: rate limits, blocked addresses, relaying, senders,
// recipients, size.
#include "Rules.h"

#include "diagnosis/Explain.h"
#include "diagnosis/Reader.h"
#include "diagnosis/RuleSupport.h"

#include <QCoreApplication>

namespace md::rules {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(md::Diagnoser)
};

/// The SIZE limit the server announced (RFC 1870), as a sentence, or empty.
QString sizeLimitSentence(const Reader &c)
{
    for (const QString &cap : c.capabilities()) {
        if (cap.section(QLatin1Char(' '), 0, 0).compare(QLatin1String("SIZE"), Qt::CaseInsensitive) == 0) {
            const qint64 limit = cap.section(QLatin1Char(' '), 1, 1).toLongLong();
            if (limit > 0)
                return Tr::tr("The server announced a limit of %1 per message.").arg(formatSize(limit));
        }
    }
    return {};
}

}  // namespace

bool rateLimited(const Reader &c)
{
    return c.meaning() == ReplyMeaning::RateLimited;
}

Finding rateLimitFinding(const Reader &c)
{
    return finding(QStringLiteral("smtp.rate_limited"), Severity::Error,
        Tr::tr("The server is limiting this account or connection"),
        joinSentences({ c.serverSaid(),
            Tr::tr("Too many messages, connections or attempts in a short time, or a daily "
                   "sending quota is used up. Wait (often an hour, sometimes a day) and try "
                   "again; if it keeps happening, ask the provider about its limits.") }));
}

Finding ipBlocked(const Reader &c)
{
    return finding(QStringLiteral("smtp.ip_blocked"), Severity::Error,
        Tr::tr("The server refuses mail from this network address"),
        joinSentences({ c.serverSaid(),
            Tr::tr("Your IP address is on a block list or has a poor reputation with this "
                   "provider, or the provider does not accept connections from your kind of "
                   "network (home, mobile or VPN addresses). Send through your own provider's "
                   "submission server with a login, or ask your network's operator; the reply "
                   "often names the list and how to get removed.") }));
}

Finding relayDenied(const Reader &c)
{
    QVariantMap fix;
    if (!c.authenticated() && c.r.port == 25)
        fix = { { QStringLiteral("port"), 587 }, { QStringLiteral("security"), QStringLiteral("starttls") } };
    return finding(QStringLiteral("smtp.relay_denied"), Severity::Error,
        Tr::tr("The server refuses to pass the mail on to that recipient"),
        joinSentences({ c.serverSaid(),
            c.authenticated() ? Tr::tr("It does not relay for this account to that address; the sender "
                                       "address may not belong to the account, or the server is not the "
                                       "account's outgoing server.")
                              : Tr::tr("Without a login it accepts mail only for its own addresses. Log in "
                                       "to send to others, on the submission port 587.") }),
        fix);
}

QList<Finding> envelopeRejected(const Reader &c)
{
    const QString e = c.enhanced();
    const int code = c.code();
    const ReplyMeaning meaning = c.meaning();
    const bool atSender = c.stepIs({ "mail_from" });
    switch (meaning) {
    case ReplyMeaning::TlsRequired:
        return { tlsRequired(c) };
    case ReplyMeaning::AuthRequired:
        return { finding(QStringLiteral("auth.required"), Severity::Error, Tr::tr("The server wants a login first"),
            joinSentences({ c.serverSaid(),
                Tr::tr("It accepts mail from this client only after login: set the account's "
                       "user name and password.") })) };
    case ReplyMeaning::RateLimited:
        return { rateLimitFinding(c) };
    case ReplyMeaning::TooLarge:
        return { finding(QStringLiteral("smtp.message_too_large"), Severity::Error,
            Tr::tr("The message is too large for the server"),
            joinSentences({ c.serverSaid(), sizeLimitSentence(c),
                Tr::tr("Send smaller attachments, or share large files by link.") })) };
    case ReplyMeaning::Greylisted:
        return { finding(QStringLiteral("smtp.greylisted"), Severity::Error,
            Tr::tr("The server asks to try again later (greylisting)"),
            joinSentences({ c.serverSaid(),
                Tr::tr("It turns away mail from senders it has not seen before, on purpose, "
                       "and accepts it when it is sent again after a few minutes. A mail "
                       "program retries by itself; nothing needs to change.") })) };
    case ReplyMeaning::IpBlocked:
        return { ipBlocked(c) };
    case ReplyMeaning::MailboxFull:
        if (!atSender) {
            return { finding(QStringLiteral("smtp.mailbox_full"), Severity::Error,
                Tr::tr("The recipient's mailbox is full"),
                joinSentences({ c.serverSaid(),
                    Tr::tr("The recipient has used up their storage and receives no more mail "
                           "until they make room. Tell them another way, or try later.") })) };
        }
        break;
    case ReplyMeaning::RelayDenied:
        if (!atSender)
            return { relayDenied(c) };
        break;
    case ReplyMeaning::RecipientUnknown:
    case ReplyMeaning::SenderRejected:
    case ReplyMeaning::Unknown:
    case ReplyMeaning::AuthFailed:
    case ReplyMeaning::AppPasswordRequired:
    case ReplyMeaning::BasicAuthDisabled:
    case ReplyMeaning::Temporary:
    case ReplyMeaning::InUse:
    case ReplyMeaning::LoginDelay:
    case ReplyMeaning::PermanentFailure:
        break;
    }
    // RFC 3463 X.7.1 "delivery not authorized": on RCPT TO without a login, that is relaying.
    if (c.stepIs({ "rcpt_to" }) && e == QLatin1String("5.7.1") && !c.authenticated()
        && meaning == ReplyMeaning::Unknown)
        return { relayDenied(c) };
    const bool senderMeant = meaning == ReplyMeaning::SenderRejected
        || (atSender && (meaning == ReplyMeaning::RecipientUnknown || meaning == ReplyMeaning::RelayDenied));
    const bool recipientMeant = c.stepIs({ "rcpt_to" }) && meaning == ReplyMeaning::RecipientUnknown;
    if (code >= 400 && code < 500 && !senderMeant && !recipientMeant) {
        return { finding(QStringLiteral("smtp.temporary_failure"), Severity::Error,
            Tr::tr("The server refused for now (a temporary failure)"),
            joinSentences({ c.serverSaid(),
                Tr::tr("Trying again later may work; a mail program would keep the message in "
                       "its outbox and retry.") })) };
    }
    if (senderMeant || atSender) {
        return { finding(QStringLiteral("smtp.sender_rejected"), Severity::Error,
            Tr::tr("The server refused the sender address"),
            joinSentences({ c.serverSaid(),
                Tr::tr("Use the account's own address (or one the provider allows you to send "
                       "as) as the sender.") })) };
    }
    if (c.stepIs({ "rcpt_to" })) {
        return { finding(QStringLiteral("smtp.recipient_rejected"), Severity::Error,
            Tr::tr("The server refused the recipient address"),
            joinSentences({ c.serverSaid(), Tr::tr("Check the address for typos; the mailbox may not exist.") })) };
    }
    return { finding(QStringLiteral("smtp.message_rejected"), Severity::Error, Tr::tr("The server refused the message"),
        joinSentences({ c.serverSaid(),
            Tr::tr("The reply says why; often a content or spam filter, or a policy on "
                   "senders.") })) };
}

}  // namespace md::rules
