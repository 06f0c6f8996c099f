#include "Diagnoser.h"

#include "ProtocolRules.h"
#include "Reader.h"
#include "ReplyMeaning.h"
#include "rules/Rules.h"
#include "RuleSupport.h"

#include <algorithm>
#include <QCoreApplication>

// The rules, by what the result says (FailureKind + failed step + what the reply means, see
// ReplyMeaning.h: enhanced status codes and IMAP / POP3 response codes first, the server's words
// last). This file picks the rule; the rules live by area in rules/ (declared in rules/Rules.h):
//   Connection.cpp  dns.*, net.*
//   Tls.cpp         tls.*, security.starttls_expected
//   Service.cpp     security.implicit_tls_expected, server.*, port.wrong_service
//   Auth.cpp        auth.* (but auth.exchange_failed, auth.not_tested), imap.login_disabled, imap.referral,
//                   the temporary failure of a login
//   Smtp.cpp        the envelope and the message: smtp.* (rate limits, blocks, relaying, size, …)
// ProtocolRules.cpp holds proxy.* and pop3.*; what they leave comes here. Reader.h reads the
// result, Providers.h knows the big providers, RuleSupport.h has the shared helpers.
//
//   code                            from
//   dns.not_found                   HostNotFound (also a name under RFC 6761's .invalid)
//   dns.timeout                     ResolveTimeout: the name service did not answer
//   net.refused                     ConnectionRefused
//   net.timeout                     ConnectTimeout
//   security.implicit_tls_expected  GreetingTimeout, not yet encrypted, nothing received
//   security.starttls_expected      implicit TLS, handshake read a plaintext greeting ("wrong version number")
//   tls.old_protocol                handshake failed on the protocol version (alert / unsupported protocol)
//   tls.handshake_failed            any other handshake failure
//   tls.untrusted / tls.hostname_mismatch / tls.expired   TlsVerification, one per kind of QSslError
//   tls.pin_mismatch                TlsVerification with a pin configured that did not match
//   starttls.not_offered / starttls.injection             StartTlsUnavailable / StartTlsInjection
//   starttls.rejected               Rejected at "starttls"
//   auth.not_offered                AuthUnavailable, no mechanism advertised
//   auth.mechanism_unavailable      AuthUnavailable, mechanisms advertised but none usable / the chosen one absent
//   imap.login_disabled             AuthUnavailable with LOGINDISABLED advertised
//   auth.plaintext_refused          PlaintextRefused
//   auth.exchange_failed            AuthMechanism (our side of the SASL exchange gave up)
//   auth.basic_auth_disabled        Microsoft's 5.7.139 / 5.7.3 texts, or a password login refused by Microsoft
//   auth.app_password_required      "application-specific password", Gmail's 534 5.7.9 / 5.7.14
//   auth.oauth_token_rejected       XOAUTH2 / OAUTHBEARER refused (the decoded error challenge is quoted)
//   auth.tls_required               538, X.7.10, X.7.11, [PRIVACYREQUIRED], 530 "… STARTTLS first", "plaintext
//                                   authentication disallowed" (POP3 too), on a login or the envelope
//   auth.required                   530, X.7.57 (or "authentication required") on MAIL FROM / RCPT TO / DATA
//   auth.failed                     any other refused login (535, 5.7.8, [AUTHENTICATIONFAILED], POP3 [AUTH])
//   smtp.greeting_rejected          Rejected at "greeting" (SMTP)
//   smtp.helo_rejected              Rejected at "ehlo" / "helo"
//   smtp.rate_limited               rate / quota texts, X.7.28, Gmail's 4.7.28 / 5.4.5, [LIMIT] (SMTP steps, logins)
//   smtp.message_too_large          552, X.2.3, X.3.4 or size texts on the envelope or message
//   smtp.mailbox_full               X.2.2, [OVERQUOTA] or "mailbox full" texts on RCPT TO / DATA
//   smtp.greylisted                 greylisting texts ("Greylisted", Yahoo's [GL01])
//   smtp.ip_blocked                 block-list / IP reputation texts, Microsoft's X.7.708 / X.7.606-649
//   smtp.relay_denied               "relay" texts or 5.7.1 on RCPT TO without a login
//   smtp.temporary_failure          other 4xx on the envelope, the message or an SMTP login
//   smtp.sender_rejected / smtp.recipient_rejected / smtp.message_rejected   other 5xx on MAIL / RCPT / DATA
//   imap.greeting_rejected          IMAP greeting BYE
//   imap.preauth                    PreauthUnencrypted
//   imap.command_failed             an IMAP command after login refused
//   imap.referral                   NO [REFERRAL url] to LOGIN / AUTHENTICATE (RFC 2221): the account is elsewhere
//   imap.temporary_failure          [UNAVAILABLE] / [INUSE] / [LIMIT] on an IMAP command, [UNAVAILABLE] on a login
//   server.closed / server.timeout / server.protocol_error   Closed / ReplyTimeout (or greeting timeout inside
//                                   TLS) / ProtocolError
//   port.wrong_service              the greeting is another protocol's (IMAP on an SMTP check, HTTP, SSH, POP3, …)
//   check.usage                     Usage (the settings could not be used)
//   check.cancelled                 Cancelled (stopped by the user)
//   check.failed                    anything else that failed (should not happen; a rule is missing)
//   proxy.* and pop3.*              see ProtocolRules.h (consulted first)
// On a check that passed:
//   security.none (warning), port.25_for_submission (warning), tls.expires_soon (warning),
//   tls.pinned (info), auth.not_tested (info)

namespace md {

namespace {

using namespace rules;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(md::Diagnoser)
};

// --- one rule per failure kind -----------------------------------------------------------------

QList<Finding> rejected(const Reader &c)
{
    if (c.stepIs({ "auth", "login" }))
        return authRejected(c);
    if (c.stepIs({ "starttls" })) {
        return { finding(QStringLiteral("starttls.rejected"), Severity::Error,
            Tr::tr("The server refused to start encryption"),
            joinSentences({ c.serverSaid(),
                Tr::tr("It advertises STARTTLS but refused it. Use implicit TLS instead, on "
                       "port %1.")
                    .arg(c.implicitPort()) }),
            c.fixImplicitTls()) };
    }
    if (c.imap()) {
        if (c.stepIs({ "greeting" })) {
            return { finding(QStringLiteral("imap.greeting_rejected"), Severity::Error,
                Tr::tr("The server refused the connection in its greeting"),
                joinSentences({ c.serverSaid(),
                    Tr::tr("It may be overloaded, in maintenance, or refusing connections from "
                           "your network.") })) };
        }
        const QString rc = c.responseCode();
        if (rc == QLatin1String("UNAVAILABLE") || rc == QLatin1String("INUSE") || rc == QLatin1String("LIMIT")) {
            return { finding(QStringLiteral("imap.temporary_failure"), Severity::Error,
                Tr::tr("The server could not do that right now"),
                joinSentences({ c.serverSaid(), Tr::tr("Try again in a few minutes.") })) };
        }
        return { finding(QStringLiteral("imap.command_failed"), Severity::Error,
            Tr::tr("The server refused the %1 command").arg(c.stepName().toUpper()),
            joinSentences({ c.serverSaid(), c.r.failureMessage })) };
    }
    if (c.stepIs({ "greeting" })) {
        if (rateLimited(c))
            return { rateLimitFinding(c) };
        if (c.meaning() == ReplyMeaning::IpBlocked)
            return { ipBlocked(c) };
        return { finding(QStringLiteral("smtp.greeting_rejected"), Severity::Error,
            Tr::tr("The server refused this client in its greeting"),
            joinSentences({ c.serverSaid(),
                c.code() == 421 ? Tr::tr("It is busy or refuses service for now; try again later.")
                                : Tr::tr("This usually means your IP address is blocked: it is on a block "
                                         "list, or the provider does not accept connections from your "
                                         "network (some refuse home, mobile or VPN addresses). The reply "
                                         "often names the list and how to get removed.") })) };
    }
    if (c.stepIs({ "ehlo", "helo", "ehlo_tls" })) {
        if (rateLimited(c))
            return { rateLimitFinding(c) };
        if (c.meaning() == ReplyMeaning::IpBlocked)
            return { ipBlocked(c) };
        return { finding(QStringLiteral("smtp.helo_rejected"), Severity::Error,
            Tr::tr("The server refused the client's greeting (EHLO/HELO)"),
            joinSentences({ c.serverSaid(), Tr::tr("Some servers require a fully qualified host name in EHLO.") })) };
    }
    if (c.stepIs({ "mail_from", "rcpt_to", "data" }))
        return envelopeRejected(c);
    if (rateLimited(c))
        return { rateLimitFinding(c) };
    return { finding(QStringLiteral("check.failed"), Severity::Error, Tr::tr("The %1 step failed").arg(c.stepName()),
        joinSentences({ c.serverSaid(), c.r.failureMessage })) };
}

QList<Finding> failedCheck(const Reader &c)
{
    const CheckResult &r = c.r;
    switch (r.failure) {
    case FailureKind::HostNotFound:
        return { dnsNotFound(c) };
    case FailureKind::ResolveTimeout:
        return { dnsTimeout(c) };
    case FailureKind::ConnectionRefused:
        return { netRefused(c) };
    case FailureKind::ConnectTimeout:
        return { netTimeout(c) };
    case FailureKind::TlsVerification:
        return tlsVerification(c);
    case FailureKind::TlsHandshake:
        return tlsHandshake(c);
    case FailureKind::GreetingTimeout:
        return { greetingTimeout(c) };
    case FailureKind::ReplyTimeout:
        return { replyTimeout(c) };
    case FailureKind::Closed:
        return { serverClosed(c) };
    case FailureKind::ProtocolError:
        return { protocolError(c) };
    case FailureKind::Rejected:
        return rejected(c);
    case FailureKind::StartTlsUnavailable:
        return { finding(QStringLiteral("starttls.not_offered"), Severity::Error,
            Tr::tr("The server does not offer STARTTLS"),
            joinSentences({ Tr::tr("Without it this connection cannot be encrypted, so the check stopped "
                                   "before sending anything secret."),
                Tr::tr("Use implicit TLS on port %1 if the server has it.").arg(c.implicitPort()),
                Tr::tr("If it used to work, something between you and the server (a firewall "
                       "or antivirus) may be removing STARTTLS.") }),
            c.fixImplicitTls()) };
    case FailureKind::StartTlsInjection:
        return { finding(QStringLiteral("starttls.injection"), Severity::Error,
            Tr::tr("Data was injected before encryption started"),
            joinSentences({ r.failureMessage,
                Tr::tr("This is the STARTTLS command-injection attack (or a badly broken "
                       "server): the extra bytes could be forged by anyone on the path. "
                       "Implicit TLS is immune to it.") }),
            c.fixImplicitTls()) };
    case FailureKind::AuthUnavailable:
        return authUnavailable(c);
    case FailureKind::PlaintextRefused:
        return { plaintextRefused(c) };
    case FailureKind::AuthMechanism:
        return { finding(QStringLiteral("auth.exchange_failed"), Severity::Error, Tr::tr("The login exchange failed"),
            joinSentences({ r.failureMessage,
                Tr::tr("The server's side of the %1 exchange did not check out (or the "
                       "credentials could not be used with it).")
                    .arg(c.usedMechanism().isEmpty() ? Tr::tr("login") : c.usedMechanism()) })) };
    case FailureKind::PreauthUnencrypted:
        return { finding(QStringLiteral("imap.preauth"), Severity::Error,
            Tr::tr("The server logged in without a password, on an unencrypted connection"),
            joinSentences({ Tr::tr("It greeted with PREAUTH: the session is already logged in, so STARTTLS "
                                   "is no longer possible and everything (mail included) would travel "
                                   "unencrypted. This is also the signature of an attack that strips "
                                   "STARTTLS."),
                Tr::tr("Use implicit TLS on port %1.").arg(c.implicitPort()) }),
            c.fixImplicitTls()) };
    case FailureKind::Usage:
        return { finding(
            QStringLiteral("check.usage"), Severity::Error, Tr::tr("The check could not run"), r.failureMessage) };
    case FailureKind::Cancelled:
        return { finding(QStringLiteral("check.cancelled"), Severity::Info, Tr::tr("The check was cancelled"),
            Tr::tr("It was stopped before it finished; nothing about the server can be concluded. "
                   "Run it again to see the result.")) };
    case FailureKind::ProxyUnreachable:
    case FailureKind::ProxyAuthFailed:
    case FailureKind::ProxyRefused:  // ProtocolRules.cpp answers these
    case FailureKind::None:
        break;
    }
    return { finding(QStringLiteral("check.failed"), Severity::Error, Tr::tr("The %1 step failed").arg(c.stepName()),
        r.failureMessage) };
}

QList<Finding> passedCheck(const Reader &c)
{
    const CheckResult &r = c.r;
    QList<Finding> out;
    if (r.security == Security::None) {
        const QVariantMap fix = c.startTlsOffered() ? c.fixStartTls() : c.fixImplicitTls();
        out << finding(QStringLiteral("security.none"), Severity::Warning, Tr::tr("The connection is not encrypted"),
            joinSentences({ Tr::tr("Everything, including the password and the mail itself, travels "
                                   "readable by anyone on the network path."),
                c.startTlsOffered()
                    ? Tr::tr("The server offers STARTTLS: use it.")
                    : Tr::tr("Use implicit TLS on port %1 if the server has it.").arg(c.implicitPort()) }),
            fix);
    }
    if (r.protocol == Protocol::Smtp && r.port == 25) {
        out << finding(QStringLiteral("port.25_for_submission"), Severity::Warning,
            Tr::tr("Port 25 is meant for mail between servers"),
            Tr::tr("It worked here, but many internet providers block port 25 for home and mobile "
                   "connections, and many servers do not accept logins on it. Mail programs should use "
                   "port 587 (STARTTLS) or 465 (TLS)."),
            { { QStringLiteral("port"), 587 }, { QStringLiteral("security"), QStringLiteral("starttls") } });
    }
    if (r.tls && !r.tls->chain.isEmpty() && !r.tls->pinned) {
        const CertificateInfo &leaf = r.tls->chain.first();
        if (leaf.daysLeft >= 0 && leaf.daysLeft <= 14) {
            out << finding(QStringLiteral("tls.expires_soon"), Severity::Warning,
                Tr::tr("The server's certificate expires in %n day(s)", nullptr, int(leaf.daysLeft)),
                Tr::tr("It is valid until %1. Certificates are normally renewed well before; tell the "
                       "server's administrator.")
                    .arg(leaf.notAfter.toString(Qt::ISODate)));
        }
    }
    if (r.tls && r.tls->pinned && !r.tls->errors.isEmpty()) {
        out << finding(QStringLiteral("tls.pinned"), Severity::Info,
            Tr::tr("The certificate is trusted only because its key is pinned"),
            Tr::tr("On its own it would not verify (%1). If the server's key changes, the check will "
                   "fail until the new key is pinned.")
                .arg(r.tls->errors.join(QStringLiteral("; "))));
    }
    const bool loggedIn = r.step(QStringLiteral("auth")) || r.step(QStringLiteral("login"));
    const bool preauth = r.facts.preauth;
    if (!loggedIn && !preauth) {
        out << finding(QStringLiteral("auth.not_tested"), Severity::Info, Tr::tr("Login was not tested"),
            Tr::tr("The server is reachable, but no user name was given, so the login was not tried. "
                   "Set a user name and a password to test it."));
    }
    return out;
}

}  // namespace

QList<Finding> diagnose(const CheckResult &result)
{
    const Reader reader(result);
    std::optional<QList<Finding>> special = rules::proxyFindings(result);
    if (!special)
        special = rules::pop3Findings(result);
    QList<Finding> findings = special ? *special : result.ok ? passedCheck(reader) : failedCheck(reader);
    std::stable_sort(findings.begin(), findings.end(),
        [](const Finding &a, const Finding &b) { return int(a.severity) < int(b.severity); });
    return findings;
}

QStringList knownFindingCodes()
{
    return QStringList {
        QStringLiteral("dns.not_found"),
        QStringLiteral("dns.timeout"),
        QStringLiteral("net.refused"),
        QStringLiteral("net.timeout"),
        QStringLiteral("security.implicit_tls_expected"),
        QStringLiteral("security.starttls_expected"),
        QStringLiteral("security.none"),
        QStringLiteral("tls.untrusted"),
        QStringLiteral("tls.hostname_mismatch"),
        QStringLiteral("tls.expired"),
        QStringLiteral("tls.handshake_failed"),
        QStringLiteral("tls.old_protocol"),
        QStringLiteral("tls.pin_mismatch"),
        QStringLiteral("tls.expires_soon"),
        QStringLiteral("tls.pinned"),
        QStringLiteral("starttls.not_offered"),
        QStringLiteral("starttls.rejected"),
        QStringLiteral("starttls.injection"),
        QStringLiteral("auth.not_offered"),
        QStringLiteral("auth.mechanism_unavailable"),
        QStringLiteral("auth.plaintext_refused"),
        QStringLiteral("auth.failed"),
        QStringLiteral("auth.app_password_required"),
        QStringLiteral("auth.basic_auth_disabled"),
        QStringLiteral("auth.oauth_token_rejected"),
        QStringLiteral("auth.required"),
        QStringLiteral("auth.tls_required"),
        QStringLiteral("auth.exchange_failed"),
        QStringLiteral("auth.not_tested"),
        QStringLiteral("smtp.greeting_rejected"),
        QStringLiteral("smtp.helo_rejected"),
        QStringLiteral("smtp.sender_rejected"),
        QStringLiteral("smtp.recipient_rejected"),
        QStringLiteral("smtp.relay_denied"),
        QStringLiteral("smtp.message_too_large"),
        QStringLiteral("smtp.message_rejected"),
        QStringLiteral("smtp.temporary_failure"),
        QStringLiteral("smtp.rate_limited"),
        QStringLiteral("smtp.greylisted"),
        QStringLiteral("smtp.ip_blocked"),
        QStringLiteral("smtp.mailbox_full"),
        QStringLiteral("imap.preauth"),
        QStringLiteral("imap.login_disabled"),
        QStringLiteral("imap.greeting_rejected"),
        QStringLiteral("imap.command_failed"),
        QStringLiteral("imap.temporary_failure"),
        QStringLiteral("imap.referral"),
        QStringLiteral("server.closed"),
        QStringLiteral("server.timeout"),
        QStringLiteral("server.protocol_error"),
        QStringLiteral("port.25_for_submission"),
        QStringLiteral("port.wrong_service"),
        QStringLiteral("check.usage"),
        QStringLiteral("check.cancelled"),
        QStringLiteral("check.failed"),
    }
    + rules::proxyFindingCodes() + rules::pop3FindingCodes();
}

}  // namespace md
