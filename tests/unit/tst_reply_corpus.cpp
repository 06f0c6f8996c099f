// The reply corpus: what real servers answer, and the finding each answer must give.
//
// Each row is one refusal at one step of a check (reply → expected finding code), with the
// server software or provider that sends it and where the wording comes from. The texts are
// taken from the servers' public source code and documentation (or, for Dovecot, observed from
// the Dovecot of the integration fixture); addresses, host names and IPs in them are replaced
// by documentation values. The rules that must get them right read codes first (reply code,
// RFC 3463 enhanced code, IMAP response code) and the words last (core/diagnosis/ReplyMeaning.cpp).
//
// Sources, by server:
//   Postfix    src/smtpd/smtpd.c, src/smtpd/smtpd_check.c, src/smtpd/smtpd_sasl_glue.c, src/anvil
//              (postfix.org/postconf.5.html); postgrey for greylisting
//   Exim       src/src/smtp_in.c, src/src/receive.c, src/src/configure.default, spec "ratelimit"
//   Sendmail   sendmail/srvrsmtp.c, cf/m4/proto.m4
//   OpenSMTPD  usr.sbin/smtpd/smtp_session.c (OpenBSD)
//   Haraka     connection.js (rcpt not accepted by any plugin), plugins/auth/auth_base.js,
//              haraka-plugin-limit
//   Dovecot    src/login-common/client-common.h (AUTH_PLAINTEXT_DISABLED_MSG, AUTH_FAILED_MSG),
//              submission-login as run by tests/support/mailserver (2.3.19), quota plugin's
//              default quota_exceeded_message
//   Microsoft  learn.microsoft.com "Email non-delivery reports and SMTP errors in Exchange Online"
//              and "Enable or disable SMTP AUTH in Exchange Online" (aka.ms/smtp_auth_disabled)
//   Gmail      support.google.com/a/answer/3726730 "SMTP error reference"
//   Yahoo      senders.yahooinc.com/smtp-error-codes
//   iCloud     support.apple.com/en-us/102322 (HT204137, iCloud Mail server errors)
//   Zoho       zoho.com/mail/help "SMTP error codes" / "Relaying disallowed"
//   Fastmail   fastmail.help "App passwords" and "Sending limits"
//   POP3       RFC 1939 §7 (the PASS examples), RFC 2449 §8.1 and RFC 3206 (extended response codes);
//              Dovecot 2.3.19 (Debian 12): the -ERR prefixes in pop3-login ("-ERR [AUTH]",
//              "-ERR [SYS/TEMP]") with the texts of libdovecot-login
#include "diagnosis/Diagnoser.h"
#include "diagnosis/ReplyMeaning.h"

#include <QRegularExpression>
#include <QtTest>

using namespace md;

namespace {

/// A failed SMTP, IMAP or POP3 check whose `step` got `reply`, after the steps before it passed.
CheckResult refusedAt(
    const QString &host, Protocol protocol, const QString &step, const QString &reply, bool authenticated)
{
    CheckResult r;
    r.protocol = protocol;
    r.host = host;
    r.port = protocol == Protocol::Imap ? 993 : protocol == Protocol::Pop3 ? 995 : 587;
    r.security = protocol == Protocol::Smtp ? Security::StartTls : Security::Tls;
    r.ok = false;
    r.failure = FailureKind::Rejected;
    r.failedStep = step;
    r.capabilitiesBeforeTls = { QStringLiteral("STARTTLS") };
    TlsReport tls;
    tls.protocol = QStringLiteral("TLSv1.3");
    tls.verified = true;
    r.tls = tls;
    if (authenticated) {
        Step auth;
        auth.name = QStringLiteral("auth");
        r.steps << auth;
    }
    Step s;
    s.name = step;
    s.status = Step::Status::Failed;
    if (protocol == Protocol::Imap) {
        // "NO [CODE args] text"
        static const QRegularExpression imap(QStringLiteral("^(?:NO|BAD) (?:\\[([^\\]]*)\\] )?(.*)$"));
        const auto m = imap.match(reply);
        s.responseCode = m.captured(1);
        s.serverText = m.captured(2);
    } else if (protocol == Protocol::Pop3) {
        // "-ERR [CODE] text" (RFC 2449 §8)
        static const QRegularExpression pop3(QStringLiteral("^-ERR (?:\\[([^\\]]*)\\] ?)?(.*)$"));
        const auto m = pop3.match(reply);
        s.responseCode = m.captured(1);
        s.serverText = m.captured(2);
    } else {
        // "550 5.1.1 text", enhanced code optional
        static const QRegularExpression smtp(QStringLiteral("^(\\d{3})[ -](?:([245]\\.\\d{1,3}\\.\\d{1,3}) )?(.*)$"));
        const auto m = smtp.match(reply);
        s.replyCode = m.captured(1).toInt();
        s.enhancedCode = m.captured(2);
        s.serverText = m.captured(3);
    }
    r.steps << s;
    r.failureMessage = QStringLiteral("refused");
    return r;
}

}  // namespace

class TestReplyCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpus_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("reply");
        QTest::addColumn<bool>("authenticated");
        QTest::addColumn<QString>("expected");

        const QString other = QStringLiteral("mail.example.test");
        const auto row = [](const char *name, const QString &host, const char *step, const char *reply,
                             const char *expected, bool authenticated = false) {
            QTest::newRow(name) << host << QString::fromLatin1(step) << QString::fromUtf8(reply) << authenticated
                                << QString::fromLatin1(expected);
        };

        // ---- Postfix ------------------------------------------------------------------------
        // smtpd.c, smtpd_tls_auth_only / smtpd_enforce_tls: AUTH and MAIL before STARTTLS.
        row("postfix tls required (auth)", other, "auth", "530 5.7.0 Must issue a STARTTLS command first",
            "auth.tls_required");
        row("postfix tls required (mail)", other, "mail_from", "530 5.7.0 Must issue a STARTTLS command first",
            "auth.tls_required");
        // smtpd_sasl_glue.c: the SASL server said no.
        row("postfix auth failed", other, "auth", "535 5.7.8 Error: authentication failed: authentication failure",
            "auth.failed");
        // smtpd_check.c, reject_unauth_destination.
        row("postfix relay denied", other, "rcpt_to", "554 5.7.1 <friend@example.org>: Relay access denied",
            "smtp.relay_denied");
        // smtpd_check.c, reject_unlisted_recipient.
        row("postfix unknown recipient", other, "rcpt_to",
            "550 5.1.1 <nobody@example.test>: Recipient address rejected: User unknown in local recipient table",
            "smtp.recipient_rejected");
        row("postfix unknown recipient, soft", other, "rcpt_to",
            "450 4.1.1 <nobody@example.test>: Recipient address rejected: User unknown in local recipient table",
            "smtp.recipient_rejected");
        // smtpd_check.c, reject_sender_login_mismatch.
        row("postfix sender not owned", other, "mail_from",
            "553 5.7.1 <boss@example.org>: Sender address rejected: not owned by user alice", "smtp.sender_rejected",
            true);
        // smtpd.c / cleanup: message_size_limit.
        row("postfix too large", other, "data", "552 5.3.4 Message size exceeds fixed limit", "smtp.message_too_large",
            true);
        // postgrey via check_policy_service.
        row("postfix greylisted", other, "rcpt_to",
            "450 4.2.0 <bob@example.test>: Recipient address rejected: Greylisted, see "
            "http://postgrey.schweikert.ch/help/example.test.html",
            "smtp.greylisted");
        // smtpd_check.c, reject_rbl_client.
        row("postfix ip blocked", other, "rcpt_to",
            "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org", "smtp.ip_blocked");
        // smtpd.c with anvil: smtpd_client_connection_count_limit.
        row("postfix too many connections", other, "greeting",
            "421 4.7.0 mail.example.test Error: too many connections from 192.0.2.1", "smtp.rate_limited");
        // smtpd.c: queue file system full.
        row("postfix storage", other, "mail_from", "452 4.3.1 Insufficient system storage", "smtp.temporary_failure",
            true);

        // ---- Exim ---------------------------------------------------------------------------
        row("exim auth failed", other, "auth", "535 Incorrect authentication data", "auth.failed");
        // configure.default, acl_check_rcpt: "require message = relay not permitted".
        row("exim relay denied", other, "rcpt_to", "550 relay not permitted", "smtp.relay_denied");
        row("exim unroutable", other, "rcpt_to", "550 Unrouteable address", "smtp.recipient_rejected");
        // receive.c: message_size_limit.
        row("exim too large", other, "data", "552 Message size exceeds maximum permitted", "smtp.message_too_large",
            true);
        // The spec's ratelimit example: "message = Sender rate exceeds $sender_rate_limit …".
        row("exim rate limit", other, "mail_from", "450 Sender rate exceeds 100 messages per 1h", "smtp.rate_limited",
            true);
        row("exim temporary", other, "rcpt_to", "451 Temporary local problem - please try later",
            "smtp.temporary_failure", true);

        // ---- Sendmail -----------------------------------------------------------------------
        row("sendmail tls required", other, "auth", "530 5.7.0 Must issue a STARTTLS command first",
            "auth.tls_required");
        row("sendmail auth required", other, "mail_from", "530 5.7.0 Authentication required", "auth.required");
        row("sendmail auth failed", other, "auth", "535 5.7.0 authentication failed", "auth.failed");
        row("sendmail relay denied", other, "rcpt_to", "550 5.7.1 <friend@example.org>... Relaying denied",
            "smtp.relay_denied");
        row("sendmail relay needs auth", other, "rcpt_to",
            "550 5.7.1 <friend@example.org>... Relaying denied. Proper authentication required.", "auth.required");
        row("sendmail unknown user", other, "rcpt_to", "550 5.1.1 <nobody@example.test>... User unknown",
            "smtp.recipient_rejected");
        row("sendmail disk full", other, "mail_from", "452 4.4.5 Insufficient disk space; try again later",
            "smtp.temporary_failure", true);
        row("sendmail too large", other, "mail_from", "552 5.2.3 Message size exceeds maximum value",
            "smtp.message_too_large", true);

        // ---- OpenSMTPD ----------------------------------------------------------------------
        row("opensmtpd tls required", other, "mail_from", "530 5.7.0 Must issue a STARTTLS command first",
            "auth.tls_required");
        row("opensmtpd auth required", other, "mail_from", "530 5.7.0 Must issue an AUTH command first",
            "auth.required");
        row("opensmtpd auth failed", other, "auth", "535 Authentication failed", "auth.failed");
        row("opensmtpd relay denied", other, "rcpt_to", "550 5.7.1 Delivery not authorized, message refused",
            "smtp.relay_denied");
        row("opensmtpd bad sender", other, "mail_from", "553 5.1.7 Sender address syntax error", "smtp.sender_rejected",
            true);
        row("opensmtpd too many messages", other, "mail_from", "452 Too many messages sent", "smtp.rate_limited", true);
        row("opensmtpd too many recipients", other, "rcpt_to", "452 Too many recipients", "smtp.rate_limited", true);

        // ---- Haraka -------------------------------------------------------------------------
        // connection.js: no rcpt hook accepted the recipient.
        row("haraka relay denied", other, "rcpt_to", "550 I cannot deliver mail for <friend@example.org>",
            "smtp.relay_denied");
        row("haraka auth failed", other, "auth", "535 5.7.8 Authentication failed", "auth.failed");
        row("haraka rate limit", other, "rcpt_to", "451 4.7.0 rcpt rate limit exceeded", "smtp.rate_limited", true);

        // ---- Dovecot (submission and IMAP) ---------------------------------------------------
        // Observed from the fixture's submission-login.
        row("dovecot submission auth failed", other, "auth", "535 5.7.8 Authentication failed.", "auth.failed");
        row("dovecot submission auth required", other, "mail_from", "530 5.7.0 Authentication required.",
            "auth.required");
        // The quota plugin's default quota_exceeded_message, through LMTP.
        row("dovecot mailbox full", other, "rcpt_to",
            "552 5.2.2 <bob@example.test> Quota exceeded (mailbox for user is full)", "smtp.mailbox_full", true);

        // ---- Microsoft Exchange Online / Microsoft 365 / Outlook.com --------------------------
        const QString microsoft = QStringLiteral("smtp.office365.com");
        row("microsoft tls required", microsoft, "auth", "530 5.7.0 Must issue a STARTTLS command first",
            "auth.tls_required");
        row("microsoft smtp auth disabled", microsoft, "auth",
            "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit "
            "https://aka.ms/smtp_auth_disabled for more information.",
            "auth.basic_auth_disabled");
        row("microsoft basic auth disabled", microsoft, "auth",
            "535 5.7.139 Authentication unsuccessful, basic authentication is disabled.", "auth.basic_auth_disabled");
        // Exchange's generic refusal of a password: basic authentication is off for the account.
        row("microsoft auth unsuccessful", microsoft, "auth", "535 5.7.3 Authentication unsuccessful",
            "auth.basic_auth_disabled");
        row("microsoft auth required", microsoft, "mail_from", "530 5.7.57 Client not authenticated to send mail.",
            "auth.required");
        row("microsoft send as denied", microsoft, "data",
            "550 5.7.60 SMTP; Client does not have permissions to send as this sender", "smtp.sender_rejected", true);
        row("microsoft unknown recipient", microsoft, "rcpt_to",
            "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
            "smtp.recipient_rejected", true);
        row("microsoft mailbox full", microsoft, "rcpt_to",
            "554 5.2.2 mailbox full; "
            "STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
            "smtp.mailbox_full", true);
        row("microsoft too large", microsoft, "data", "552 5.3.4 Message size exceeds fixed maximum message size",
            "smtp.message_too_large", true);
        row("microsoft sending limit", microsoft, "data",
            "554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException", "smtp.rate_limited", true);
        row("microsoft ip blocked", microsoft, "rcpt_to",
            "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.", "smtp.ip_blocked");
        row("microsoft banned ip", microsoft, "greeting", "550 5.7.606 Access denied, banned sending IP [192.0.2.1]",
            "smtp.ip_blocked");
        row("microsoft server busy", microsoft, "rcpt_to", "451 4.7.500 Server busy. Please try again later.",
            "smtp.temporary_failure", true);

        // ---- Gmail --------------------------------------------------------------------------
        const QString gmail = QStringLiteral("smtp.gmail.com");
        row("gmail tls required", gmail, "auth", "530 5.7.0 Must issue a STARTTLS command first.", "auth.tls_required");
        row("gmail auth required", gmail, "mail_from",
            "530 5.7.0 Authentication Required. Learn more at https://support.google.com/mail/?p=WantAuthError",
            "auth.required");
        row("gmail bad credentials", gmail, "auth",
            "535 5.7.8 Username and Password not accepted. Learn more at "
            "https://support.google.com/mail/?p=BadCredentials",
            "auth.failed");
        row("gmail app password", gmail, "auth",
            "534 5.7.9 Application-specific password required. Learn more at "
            "https://support.google.com/mail/?p=InvalidSecondFactor",
            "auth.app_password_required");
        row("gmail web login", gmail, "auth", "534 5.7.14 Please log in via your web browser and then try again.",
            "auth.app_password_required");
        row("gmail too many logins", gmail, "auth", "454 4.7.0 Too many login attempts, please try again later.",
            "smtp.rate_limited");
        row("gmail relay denied", gmail, "rcpt_to", "550 5.7.0 Mail relay denied [192.0.2.1].", "smtp.relay_denied");
        row("gmail unknown recipient", gmail, "rcpt_to",
            "550 5.1.1 The email account that you tried to reach does not exist.", "smtp.recipient_rejected", true);
        row("gmail mailbox full", gmail, "rcpt_to",
            "552 5.2.2 The recipient's inbox is out of storage space and inbound mail cannot be delivered.",
            "smtp.mailbox_full", true);
        row("gmail receiving too fast", gmail, "rcpt_to",
            "450 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional "
            "messages from being delivered.",
            "smtp.rate_limited", true);
        row("gmail daily limit", gmail, "mail_from", "550 5.4.5 Daily user sending limit exceeded.",
            "smtp.rate_limited", true);
        row("gmail too large", gmail, "data", "552 5.3.4 Your message exceeded Google's message size limits.",
            "smtp.message_too_large", true);
        row("gmail unusual rate", gmail, "rcpt_to",
            "421 4.7.28 Our system has detected an unusual rate of unsolicited mail originating from your IP address.",
            "smtp.rate_limited");
        row("gmail ip not authorized", gmail, "rcpt_to",
            "550 5.7.1 The IP you're using to send mail is not authorized to send email directly to our servers.",
            "smtp.ip_blocked");
        row("gmail try later", gmail, "mail_from", "421 4.7.0 Try again later, closing connection.",
            "smtp.temporary_failure", true);

        // ---- Yahoo --------------------------------------------------------------------------
        const QString yahoo = QStringLiteral("smtp.mail.yahoo.com");
        row("yahoo ip blocked", yahoo, "greeting",
            "553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.1, because the ip is in Spamhaus's list; "
            "see https://postmaster.yahooinc.com/error-codes",
            "smtp.ip_blocked");
        row("yahoo volume", yahoo, "rcpt_to",
            "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user "
            "complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
            "smtp.rate_limited");
        row("yahoo greylisted", yahoo, "rcpt_to",
            "421 4.7.0 [GL01] Message from (192.0.2.1) temporarily deferred - 4.16.50; see "
            "https://postmaster.yahooinc.com/error-codes",
            "smtp.greylisted");
        row("yahoo unknown recipient", yahoo, "rcpt_to",
            "554 delivery error: dd This user doesn't have a yahoo.com account (nobody@yahoo.com) [0]",
            "smtp.recipient_rejected", true);
        row("yahoo policy", yahoo, "data",
            "554 5.7.9 Message not accepted for policy reasons. See https://postmaster.yahooinc.com/error-codes",
            "smtp.message_rejected", true);
        row("yahoo too many bad auth", yahoo, "auth", "535 5.7.0 (#AUTH005) Too many bad auth attempts.",
            "smtp.rate_limited");
        row("yahoo bad password", yahoo, "auth", "535 5.7.0 (#MBR1212) Incorrect username or password.", "auth.failed");

        // ---- iCloud -------------------------------------------------------------------------
        const QString icloud = QStringLiteral("smtp.mail.me.com");
        row("icloud auth failed", icloud, "auth", "535 5.7.8 Error: authentication failed", "auth.failed");
        row("icloud unknown recipient", icloud, "rcpt_to", "550 5.1.1 <nobody@icloud.com>: user does not exist",
            "smtp.recipient_rejected", true);
        row("icloud over quota", icloud, "rcpt_to", "552 5.2.2 <bob@icloud.com>: user is over quota",
            "smtp.mailbox_full", true);
        row("icloud policy", icloud, "data",
            "554 5.7.1 [CS01] Message rejected due to local policy. Please visit "
            "https://support.apple.com/en-us/HT204137",
            "smtp.message_rejected", true);

        // ---- Zoho ---------------------------------------------------------------------------
        const QString zoho = QStringLiteral("smtp.zoho.com");
        row("zoho auth failed", zoho, "auth", "535 Authentication Failed", "auth.failed");
        row("zoho relaying disallowed", zoho, "rcpt_to", "553 Relaying disallowed. Invalid Domain - example.org",
            "smtp.relay_denied", true);
        row("zoho sender not allowed", zoho, "mail_from", "553 Sender is not allowed to relay emails",
            "smtp.sender_rejected", true);
        row("zoho unusual activity", zoho, "mail_from",
            "550 5.4.6 Unusual sending activity detected. Please try after sometime.", "smtp.rate_limited", true);
        row("zoho outgoing blocked", zoho, "mail_from", "554 5.1.8 Email Outgoing Blocked.", "smtp.sender_rejected",
            true);

        // ---- Fastmail -----------------------------------------------------------------------
        const QString fastmail = QStringLiteral("smtp.fastmail.com");
        row("fastmail auth failed", fastmail, "auth", "535 5.7.0 Incorrect username or password.", "auth.failed");
        row("fastmail sending limit", fastmail, "rcpt_to", "550 5.7.1 Sending limit exceeded.", "smtp.rate_limited",
            true);

        // ---- IMAP ---------------------------------------------------------------------------
        const QString imap = QStringLiteral("imap:");  // marks an IMAP row; the host follows
        row("dovecot imap auth failed", imap + other, "login", "NO [AUTHENTICATIONFAILED] Authentication failed.",
            "auth.failed");
        row("dovecot imap plaintext disallowed", imap + other, "login",
            "NO [PRIVACYREQUIRED] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.",
            "auth.tls_required");
        row("dovecot imap temporary", imap + other, "auth", "NO [UNAVAILABLE] Temporary authentication failure.",
            "imap.temporary_failure");
        row("gmail imap app password", imap + QStringLiteral("imap.gmail.com"), "auth",
            "NO [ALERT] Application-specific password required: https://support.google.com/accounts/answer/185833 "
            "(Failure)",
            "auth.app_password_required");
        row("yahoo imap bad password", imap + QStringLiteral("imap.mail.yahoo.com"), "login",
            "NO [AUTHENTICATIONFAILED] LOGIN Invalid credentials", "auth.failed");
        row("microsoft imap", imap + QStringLiteral("outlook.office365.com"), "login", "NO LOGIN failed.",
            "auth.basic_auth_disabled");

        // ---- POP3 ---------------------------------------------------------------------------
        // The meaning comes from the extended response code first (RFC 2449 §8, RFC 3206), the
        // words last; [AUTH] only says "the credentials", so the words refine it.
        const QString pop3 = QStringLiteral("pop3:");  // marks a POP3 row; the host follows
        row("dovecot pop3 plaintext disallowed", pop3 + other, "login",
            "-ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.",
            "auth.tls_required");
        row("dovecot pop3 auth failed", pop3 + other, "auth", "-ERR [AUTH] Authentication failed.", "auth.failed");
        row("dovecot pop3 temporary", pop3 + other, "auth",
            "-ERR [SYS/TEMP] Temporary authentication failure. [mail.example.test:2026-12-01 12:00:00]",
            "pop3.temporary_failure");
        row("rfc 1939 invalid password", pop3 + other, "login", "-ERR invalid password", "auth.failed");
        // RFC 1939 §7: the password was right, but the maildrop is locked (no response code).
        row("rfc 1939 maildrop locked", pop3 + other, "login", "-ERR maildrop already locked", "pop3.in_use");
        row("rfc 1939 unable to lock", pop3 + other, "login", "-ERR unable to lock maildrop", "pop3.in_use");
        row("rfc 2449 in use", pop3 + other, "login", "-ERR [IN-USE] Mailbox is locked", "pop3.in_use");
        row("rfc 2449 login delay", pop3 + other, "login",
            "-ERR [LOGIN-DELAY] Minimum time between mail checks violation", "pop3.login_delay");
        row("rfc 3206 permanent", pop3 + other, "login", "-ERR [SYS/PERM] Your account is disabled",
            "pop3.permanent_failure");
        // The words win over [AUTH] (constructed: the general wording with POP3's code).
        row("pop3 app password", pop3 + QStringLiteral("pop.gmail.com"), "auth",
            "-ERR [AUTH] Application-specific password required", "auth.app_password_required");
        row("pop3 too many logins", pop3 + other, "login", "-ERR [AUTH] Too many login attempts, try later",
            "smtp.rate_limited");
    }

    void corpus()
    {
        QFETCH(QString, host);
        QFETCH(QString, step);
        QFETCH(QString, reply);
        QFETCH(bool, authenticated);
        QFETCH(QString, expected);
        const bool imap = host.startsWith(QLatin1String("imap:"));
        const bool pop3 = host.startsWith(QLatin1String("pop3:"));
        const CheckResult r = refusedAt(imap || pop3 ? host.mid(5) : host,
            imap       ? Protocol::Imap
                : pop3 ? Protocol::Pop3
                       : Protocol::Smtp,
            step, reply, authenticated);
        const QList<Finding> findings = diagnose(r);
        QVERIFY(!findings.isEmpty());
        QVERIFY2(findings.first().code == expected,
            qPrintable(
                QStringLiteral("%1 at %2 gave %3, expected %4").arg(reply, step, findings.first().code, expected)));
        QVERIFY(knownFindingCodes().contains(expected));
        // Findings talk about settings, never command-line flags.
        static const QRegularExpression flag(QStringLiteral("(^|[\\s(\"])--[a-z]"));
        for (const Finding &f : findings)
            QVERIFY2(!flag.match(f.detail).hasMatch() && !flag.match(f.title).hasMatch(), qPrintable(f.detail));
    }

    void tlsRequiredFixIsStartTls()
    {
        // The wrong answer from issue 8: a STARTTLS demand to AUTH on an unencrypted connection.
        CheckResult r = refusedAt(QStringLiteral("mail.example.test"), Protocol::Smtp, QStringLiteral("auth"),
            QStringLiteral("530 5.7.0 Must issue a STARTTLS command first"), false);
        r.security = Security::None;
        r.tls.reset();
        const QList<Finding> findings = diagnose(r);
        QCOMPARE(findings.first().code, QStringLiteral("auth.tls_required"));
        QCOMPARE(findings.first().fix.value(QStringLiteral("security")).toString(), QStringLiteral("starttls"));
        QVERIFY(!findings.first().fix.contains(QStringLiteral("port")));
    }

    void meaningsHaveNames()
    {
        QCOMPARE(toString(classifyReply(
                     { 530, QStringLiteral("5.7.0"), {}, QStringLiteral("Must issue a STARTTLS command first") })),
            QStringLiteral("tls_required"));
        QCOMPARE(
            toString(classifyReply({ 530, QStringLiteral("5.7.0"), {}, QStringLiteral("Authentication required") })),
            QStringLiteral("auth_required"));
        QCOMPARE(toString(classifyReply({ 250, {}, {}, QStringLiteral("OK") })), QStringLiteral("unknown"));
        // Every meaning has its own name.
        QStringList names;
        for (int m = int(ReplyMeaning::Unknown); m <= int(ReplyMeaning::PermanentFailure); ++m)
            names << toString(ReplyMeaning(m));
        QVERIFY(!names.contains(QString()));
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size());
    }

    /// POP3's extended response codes (RFC 2449 §8, RFC 3206) and words, reply by reply.
    void pop3Meanings_data()
    {
        QTest::addColumn<QString>("responseCode");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("meaning");
        const auto row = [](const char *name, const char *code, const char *text, const char *meaning) {
            QTest::newRow(name) << QString::fromLatin1(code) << QString::fromLatin1(text)
                                << QString::fromLatin1(meaning);
        };
        row("IN-USE", "IN-USE", "Unable to lock maildrop", "in_use");
        row("in-use, lower case", "in-use", "", "in_use");
        row("IMAP INUSE", "INUSE", "Mailbox is in use", "in_use");
        row("LOGIN-DELAY", "LOGIN-DELAY", "Minimum time between mail checks violation", "login_delay");
        row("SYS/TEMP", "SYS/TEMP", "Temporary authentication failure.", "temporary");
        row("SYS/TEMP beats the words", "SYS/TEMP", "Too many login attempts", "temporary");
        row("SYS/PERM", "SYS/PERM", "Your account is disabled", "permanent_failure");
        row("AUTH", "AUTH", "Authentication failed.", "auth_failed");
        row("AUTH, no words", "AUTH", "", "auth_failed");
        row("auth, lower case", "auth", "", "auth_failed");
        row("AUTH, plaintext disallowed", "AUTH",
            "Plaintext authentication disallowed on non-secure (SSL/TLS) connections.", "tls_required");
        row("AUTH, STARTTLS first", "AUTH", "Must issue a STARTTLS command first", "tls_required");
        row("AUTH, too many logins", "AUTH", "Too many login attempts", "rate_limited");
        row("no code, plaintext disabled", "", "Plaintext authentication disabled.", "tls_required");
        row("no code, maildrop locked", "", "maildrop already locked", "in_use");
        row("no code, unable to lock", "", "unable to lock maildrop", "in_use");
        row("no code, invalid password", "", "invalid password", "auth_failed");
        row("unknown code", "X/Y/Z-1", "odd", "unknown");
        row("nothing", "", "", "unknown");
    }

    void pop3Meanings()
    {
        QFETCH(QString, responseCode);
        QFETCH(QString, text);
        QFETCH(QString, meaning);
        QCOMPARE(toString(classifyReply({ 0, {}, responseCode, text })), meaning);
    }
};

QTEST_GUILESS_MAIN(TestReplyCorpus)
#include "tst_reply_corpus.moc"
