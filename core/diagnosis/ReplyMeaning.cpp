#include "ReplyMeaning.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>

namespace md {

namespace {

/// Enhanced status codes (RFC 3463 and the IANA registry, plus Microsoft's documented
/// X.7.139 / X.7.57 / X.7.60 / X.7.606-649 / X.7.708) that say on their own what happened,
/// whatever the class digit. Generic ones (X.0.0, X.7.0, X.7.1) are not here: the words decide.
ReplyMeaning byEnhancedCode(const QString &enhanced)
{
    const QString subjectDetail = enhanced.section(QLatin1Char('.'), 1);  // "5.7.8" -> "7.8"
    static const QHash<QString, ReplyMeaning> table = {
        { QStringLiteral("7.10"), ReplyMeaning::TlsRequired },  // encryption needed
        { QStringLiteral("7.11"), ReplyMeaning::TlsRequired },  // encryption required for mechanism
        { QStringLiteral("7.8"), ReplyMeaning::AuthFailed },  // authentication credentials invalid
        { QStringLiteral("7.139"), ReplyMeaning::BasicAuthDisabled },  // Microsoft: basic auth off
        { QStringLiteral("7.57"), ReplyMeaning::AuthRequired },  // Microsoft: client not authenticated
        { QStringLiteral("1.1"), ReplyMeaning::RecipientUnknown },  // bad destination mailbox
        { QStringLiteral("1.10"), ReplyMeaning::RecipientUnknown },  // recipient address has null MX / not found
        { QStringLiteral("1.6"), ReplyMeaning::RecipientUnknown },  // mailbox has moved
        { QStringLiteral("2.2"), ReplyMeaning::MailboxFull },  // mailbox full
        { QStringLiteral("2.3"), ReplyMeaning::TooLarge },  // message length exceeds limit
        { QStringLiteral("3.4"), ReplyMeaning::TooLarge },  // message too big for system
        { QStringLiteral("5.3"), ReplyMeaning::RateLimited },  // too many recipients
        { QStringLiteral("7.28"), ReplyMeaning::RateLimited },  // mail flood detected
        { QStringLiteral("1.7"), ReplyMeaning::SenderRejected },  // bad sender's mailbox syntax
        { QStringLiteral("1.8"), ReplyMeaning::SenderRejected },  // bad sender's system address
        { QStringLiteral("7.60"), ReplyMeaning::SenderRejected },  // Microsoft: no permission to send as
        { QStringLiteral("7.708"), ReplyMeaning::IpBlocked },  // Microsoft: traffic not accepted from this IP
    };
    const auto it = table.constFind(subjectDetail);
    if (it != table.constEnd())
        return *it;
    // Microsoft: 5.7.606-649 "Access denied, banned sending IP [x]".
    if (subjectDetail.startsWith(QLatin1String("7.6")) && subjectDetail.size() == 5) {
        const int n = subjectDetail.mid(2).toInt();
        if (n >= 606 && n <= 649)
            return ReplyMeaning::IpBlocked;
    }
    return ReplyMeaning::Unknown;
}

/// IMAP response codes (RFC 5530, RFC 9051 §7.1) and POP3 extended response codes (RFC 2449 §8,
/// RFC 3206) that say on their own what happened. The two sets do not overlap. POP3's [AUTH] is not
/// here: it only says "the credentials, not the system", so the words decide first (Dovecot sends
/// "[AUTH] Plaintext authentication disallowed …"), see classifyReply().
ReplyMeaning byResponseCode(const QString &code)
{
    static const QHash<QString, ReplyMeaning> table = {
        { QStringLiteral("AUTHENTICATIONFAILED"), ReplyMeaning::AuthFailed },
        { QStringLiteral("AUTHORIZATIONFAILED"), ReplyMeaning::AuthFailed },
        { QStringLiteral("EXPIRED"), ReplyMeaning::AuthFailed },
        { QStringLiteral("PRIVACYREQUIRED"), ReplyMeaning::TlsRequired },
        { QStringLiteral("LIMIT"), ReplyMeaning::RateLimited },
        { QStringLiteral("OVERQUOTA"), ReplyMeaning::MailboxFull },
        { QStringLiteral("UNAVAILABLE"), ReplyMeaning::Temporary }, { QStringLiteral("INUSE"), ReplyMeaning::InUse },
        { QStringLiteral("IN-USE"), ReplyMeaning::InUse },  // RFC 2449 §8.1.1
        { QStringLiteral("LOGIN-DELAY"), ReplyMeaning::LoginDelay },  // RFC 2449 §8.1.2
        { QStringLiteral("SYS/TEMP"), ReplyMeaning::Temporary },  // RFC 3206 §4
        { QStringLiteral("SYS/PERM"), ReplyMeaning::PermanentFailure },  // RFC 3206 §4
    };
    return table.value(code.section(QLatin1Char(' '), 0, 0).toUpper(), ReplyMeaning::Unknown);
}

struct TextRule {
    QRegularExpression pattern;
    ReplyMeaning meaning;
};

/// The last resort: the server's words, for generic codes. First match wins, so the more
/// specific patterns come first. Every pattern is backed by a row in tests/unit/tst_reply_corpus.cpp.
const QList<TextRule> &textRules()
{
    const auto rule = [](const char *pattern, ReplyMeaning meaning) {
        return TextRule { QRegularExpression(QString::fromLatin1(pattern), QRegularExpression::CaseInsensitiveOption),
            meaning };
    };
    static const QList<TextRule> rules = {
        rule("basic auth(entication)? is disabled|smtpclientauthentication is disabled|basicauthblocked",
            ReplyMeaning::BasicAuthDisabled),
        rule("application-specific password|app(lication)?[- ]specific password|app password|invalidsecondfactor",
            ReplyMeaning::AppPasswordRequired),
        rule("starttls|\\btls\\b.{0,20}\\b(required|first|needed)|(encryption|ssl) (is )?required|"
             "requires? (an? )?(encrypted|secure) (connection|channel)|"
             "plaintext (authentication|login|auth).{0,20}(disabled|disallowed|not allowed)",
            ReplyMeaning::TlsRequired),
        rule("gr[ae]y-?list|\\[gl0\\d\\]", ReplyMeaning::Greylisted),
        rule("rate.?limit|too many (messages|mails|e-?mails|connections|sessions|requests|commands|login|auth|bad auth|"
             "concurrent|recipients)|throttl|submissionquotaexceeded|sending (limit|quota)|daily (user )?sending|"
             "unusual (rate|sending activity)|unexpected volume|slow down|sender rate|at a rate that",
            ReplyMeaning::RateLimited),
        rule("mailbox (is )?full|over ?quota|out of storage|inbox is full|quotaexceeded|mailbox.{0,20}quota",
            ReplyMeaning::MailboxFull),
        rule("too (large|big)|exceeds? .{0,40}(size|limit)|size limit|message size", ReplyMeaning::TooLarge),
        rule("quota exceeded|limit exceeded|exceeded .{0,40}limit", ReplyMeaning::RateLimited),
        rule("blocked using|block ?list|blacklist|\\blisted (at|in|on|by)\\b|spamhaus|spamcop|\\[bl\\d+\\]|"
             "banned sending ip|not accepted from this ip|poor reputation|connections will not be accepted|"
             "not authorized to send (e-?mail )?directly|client host .{0,60}blocked|"
             "\\bip\\b.{0,40}\\b(blocked|block list|not allowed|refused|reputation)",
            ReplyMeaning::IpBlocked),
        rule("authentication required|authentication is required|must authenticate|not authenticated|"
             "must issue an auth command|auth(entication)? first|log ?in first|requires? authentication|"
             "sender is not logged in",
            ReplyMeaning::AuthRequired),
        rule("relay(ing)? (access )?(is )?(denied|not permitted|not allowed|disallowed|prohibited|refused)|"
             "not (permitted|allowed) to relay|unable to relay|we do not relay|i cannot deliver mail for",
            ReplyMeaning::RelayDenied),
        rule("user unknown|unknown (user|recipient)|no such (user|mailbox|recipient|address)|does ?n[o']t exist|"
             "recipient ?not ?found|mailbox not found|mailbox unavailable|unrouteable address|invalid recipient|"
             "doesn't have an? .{1,40} account|no mailbox here|address not found|not a valid recipient",
            ReplyMeaning::RecipientUnknown),
        rule("sender address rejected|not owned by (the )?user|send ?as\\b|sendas|"
             "sender.{0,30}(not allowed|refused|rejected|denied)|not allowed to send (as|from)|sender verify fail|"
             "domain of sender address|bad sender|sender address syntax",
            ReplyMeaning::SenderRejected),
        rule("incorrect authentication data|authentication (failed|unsuccessful|credentials invalid|rejected)|"
             "invalid (credentials|login|password|user ?name or password)|username and password not accepted|"
             "bad credentials|login (failed|incorrect)|password (is )?(incorrect|wrong|invalid)",
            ReplyMeaning::AuthFailed),
        // Last, so it takes nothing from the rules above: POP3 servers without RESP-CODES (RFC 1939 §7's
        // "-ERR maildrop already locked") and mailbox locks in general.
        rule("maildrop (is )?(already )?locked|unable to lock (the )?maildrop|"
             "(mailbox|maildrop|inbox) (is )?(already )?(locked|in use)|"
             "(locked|in use) by another (pop3 )?(session|process|client|connection)",
            ReplyMeaning::InUse),
    };
    return rules;
}

}  // namespace

ReplyMeaning classifyReply(const ServerReply &reply)
{
    if (const ReplyMeaning m = byEnhancedCode(reply.enhanced); m != ReplyMeaning::Unknown)
        return m;
    if (const ReplyMeaning m = byResponseCode(reply.responseCode); m != ReplyMeaning::Unknown)
        return m;
    for (const TextRule &rule : textRules()) {
        if (rule.pattern.match(reply.text).hasMatch())
            return rule.meaning;
    }
    switch (reply.code) {
    case 538:  // RFC 4954 §6: encryption required for requested authentication mechanism
        return ReplyMeaning::TlsRequired;
    case 530:  // RFC 4954 §6: authentication required
        return ReplyMeaning::AuthRequired;
    case 534:  // RFC 4954 §6: authentication mechanism is too weak
    case 535:  // RFC 4954 §6: authentication credentials invalid
        return ReplyMeaning::AuthFailed;
    case 552:  // RFC 5321 §4.2.3: exceeded storage allocation
        return ReplyMeaning::TooLarge;
    default:
        break;
    }
    // RFC 3206 §5: POP3's [AUTH], a problem with the credentials (and not the system).
    if (reply.responseCode.section(QLatin1Char(' '), 0, 0).compare(QLatin1String("AUTH"), Qt::CaseInsensitive) == 0)
        return ReplyMeaning::AuthFailed;
    if (reply.code >= 400 && reply.code < 500)
        return ReplyMeaning::Temporary;
    return ReplyMeaning::Unknown;
}

QString toString(ReplyMeaning meaning)
{
    switch (meaning) {
    case ReplyMeaning::Unknown:
        return QStringLiteral("unknown");
    case ReplyMeaning::TlsRequired:
        return QStringLiteral("tls_required");
    case ReplyMeaning::AuthRequired:
        return QStringLiteral("auth_required");
    case ReplyMeaning::AuthFailed:
        return QStringLiteral("auth_failed");
    case ReplyMeaning::AppPasswordRequired:
        return QStringLiteral("app_password_required");
    case ReplyMeaning::BasicAuthDisabled:
        return QStringLiteral("basic_auth_disabled");
    case ReplyMeaning::RelayDenied:
        return QStringLiteral("relay_denied");
    case ReplyMeaning::SenderRejected:
        return QStringLiteral("sender_rejected");
    case ReplyMeaning::RecipientUnknown:
        return QStringLiteral("recipient_unknown");
    case ReplyMeaning::MailboxFull:
        return QStringLiteral("mailbox_full");
    case ReplyMeaning::Greylisted:
        return QStringLiteral("greylisted");
    case ReplyMeaning::RateLimited:
        return QStringLiteral("rate_limited");
    case ReplyMeaning::TooLarge:
        return QStringLiteral("too_large");
    case ReplyMeaning::IpBlocked:
        return QStringLiteral("ip_blocked");
    case ReplyMeaning::Temporary:
        return QStringLiteral("temporary");
    case ReplyMeaning::InUse:
        return QStringLiteral("in_use");
    case ReplyMeaning::LoginDelay:
        return QStringLiteral("login_delay");
    case ReplyMeaning::PermanentFailure:
        return QStringLiteral("permanent_failure");
    }
    return {};
}

}  // namespace md
