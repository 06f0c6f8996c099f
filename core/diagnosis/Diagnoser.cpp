#include "Diagnoser.h"

#include "Explain.h"
#include "ProtocolRules.h"
#include "ReplyMeaning.h"
#include "sasl/Mechanism.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSslError>
#include <QUrl>
#include <algorithm>

// The rules, by what the result says (FailureKind + failed step + what the reply means, see
// ReplyMeaning.h: enhanced status codes and IMAP response codes first, the server's words last):
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
//   auth.tls_required               538, X.7.10, X.7.11, [PRIVACYREQUIRED], 530 "… STARTTLS first" (at any step)
//   auth.required                   530, X.7.57 (or "authentication required") on MAIL FROM / RCPT TO
//   auth.failed                     any other refused login (535, 5.7.8, [AUTHENTICATIONFAILED])
//   smtp.greeting_rejected          Rejected at "greeting" (SMTP)
//   smtp.helo_rejected              Rejected at "ehlo" / "helo"
//   smtp.rate_limited               rate / quota texts, X.7.28, Gmail's 4.7.28 / 5.4.5, [LIMIT] (any step)
//   smtp.message_too_large          552, X.2.3, X.3.4 or size texts on the envelope or message
//   smtp.mailbox_full               X.2.2, [OVERQUOTA] or "mailbox full" texts on RCPT TO / DATA
//   smtp.greylisted                 greylisting texts ("Greylisted", Yahoo's [GL01])
//   smtp.ip_blocked                 block-list / IP reputation texts, Microsoft's X.7.708 / X.7.606-649
//   smtp.relay_denied               "relay" texts or 5.7.1 on RCPT TO without a login
//   smtp.temporary_failure          other 4xx on the envelope or message
//   smtp.sender_rejected / smtp.recipient_rejected / smtp.message_rejected   other 5xx on MAIL / RCPT / DATA
//   imap.greeting_rejected          IMAP greeting BYE
//   imap.preauth                    PreauthUnencrypted
//   imap.command_failed             an IMAP command after login refused
//   imap.referral                   NO [REFERRAL url] to LOGIN / AUTHENTICATE (RFC 2221): the account is elsewhere
//   imap.temporary_failure          [UNAVAILABLE] / [INUSE] on an IMAP command
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

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(md::Diagnoser)
};

using Severity = Finding::Severity;

Finding finding(const QString &code, Severity severity, const QString &title, const QString &detail,
                const QVariantMap &fix = {})
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

enum class Provider { Other, Google, Microsoft, Yahoo, Aol, Apple, Fastmail, Zoho };

bool hostIn(const QString &host, const char *domain)
{
    const QString d = QLatin1String(domain);
    return host == d || host.endsWith(QLatin1Char('.') + d);
}

Provider providerOf(const QString &rawHost)
{
    const QString host = rawHost.trimmed().toLower();
    if (hostIn(host, "gmail.com") || hostIn(host, "googlemail.com") || hostIn(host, "google.com"))
        return Provider::Google;
    if (hostIn(host, "office365.com") || hostIn(host, "outlook.com") || hostIn(host, "hotmail.com")
        || hostIn(host, "live.com") || hostIn(host, "office.com"))
        return Provider::Microsoft;
    if (hostIn(host, "yahoo.com") || hostIn(host, "ymail.com") || host.contains(QLatin1String(".yahoo.")))
        return Provider::Yahoo;
    if (hostIn(host, "aol.com"))
        return Provider::Aol;
    if (hostIn(host, "me.com") || hostIn(host, "icloud.com") || hostIn(host, "mac.com"))
        return Provider::Apple;
    if (hostIn(host, "fastmail.com") || hostIn(host, "messagingengine.com"))
        return Provider::Fastmail;
    if (host.contains(QLatin1String("zoho.")) || hostIn(host, "zohomail.com"))
        return Provider::Zoho;
    return Provider::Other;
}

/// How to get an app password, for providers whose accounts need one for mail programs.
QString appPasswordHowTo(Provider provider)
{
    switch (provider) {
    case Provider::Google:
        return Tr::tr("Google: turn on 2-Step Verification for the account, then create an app password at "
                      "https://myaccount.google.com/apppasswords and enter those 16 letters instead of your normal "
                      "password.");
    case Provider::Yahoo:
        return Tr::tr("Yahoo: open Account Info → Account Security (https://login.yahoo.com/account/security), "
                      "choose \"Generate app password\" and use it instead of your normal password.");
    case Provider::Aol:
        return Tr::tr("AOL: open Account Info → Account Security (https://login.aol.com/account/security), choose "
                      "\"Generate app password\" and use it instead of your normal password.");
    case Provider::Apple:
        return Tr::tr("iCloud: sign in at https://account.apple.com, open Sign-In and Security → App-Specific "
                      "Passwords, create one and use it with your full iCloud address.");
    case Provider::Fastmail:
        return Tr::tr("Fastmail: open Settings → Privacy & Security → Manage app passwords and access, create a "
                      "password for mail (IMAP/SMTP) and use it instead of your normal password.");
    case Provider::Zoho:
        return Tr::tr("Zoho: open My Account → Security → App Passwords, generate one and use it instead of your "
                      "normal password (and make sure IMAP access is enabled in Zoho Mail's settings).");
    case Provider::Microsoft:
        return Tr::tr("Microsoft: app passwords exist only for personal accounts with two-step verification "
                      "(https://account.microsoft.com/security → Advanced security options → App passwords); most "
                      "Microsoft accounts now need OAuth2 instead.");
    case Provider::Other:
        break;
    }
    return Tr::tr("Look in the account's security settings on the provider's web site for \"app passwords\" (also "
                  "called application-specific passwords); they are offered when two-step verification is on. "
                  "Create one for mail and use it instead of your normal password.");
}

/// Providers that want an app password from mail programs whenever two-step sign-in is on.
bool wantsAppPasswords(Provider provider)
{
    return provider == Provider::Google || provider == Provider::Yahoo || provider == Provider::Aol
           || provider == Provider::Apple || provider == Provider::Fastmail || provider == Provider::Zoho;
}

/// Reads a check result: the failing step, the server's words, capabilities, what was sent.
class Reader
{
public:
    explicit Reader(const CheckResult &r) : r(r)
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

    const CheckResult &r;
    const Step *failed = nullptr;

    [[nodiscard]] bool imap() const { return r.protocol == Protocol::Imap; }
    [[nodiscard]] QString stepName() const { return failed ? failed->name : r.failedStep; }
    [[nodiscard]] bool stepIs(std::initializer_list<const char *> names) const
    {
        const QString name = stepName();
        return std::any_of(names.begin(), names.end(), [&](const char *n) { return name == QLatin1String(n); });
    }
    [[nodiscard]] int code() const { return failed ? failed->replyCode : 0; }
    [[nodiscard]] QString enhanced() const { return failed ? failed->enhancedCode : QString(); }
    [[nodiscard]] QString responseCode() const
    {
        return failed ? failed->responseCode.section(QLatin1Char(' '), 0, 0).toUpper() : QString();
    }
    [[nodiscard]] QString serverText() const { return failed ? failed->serverText : QString(); }
    /// The server's reply and the failure message, lower case: what the text rules match against.
    [[nodiscard]] QString words() const { return (serverText() + QLatin1Char(' ') + r.failureMessage).toLower(); }
    /// What the server's refusal means (ReplyMeaning.h): codes first, its words last.
    [[nodiscard]] ReplyMeaning meaning() const
    {
        return classifyReply({code(), enhanced(), responseCode(), serverText()});
    }

    /// The server's reply as it was, e.g. 535 5.7.8 Username and Password not accepted.
    [[nodiscard]] QString quotedReply() const
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
    /// "The server answered: "…"." with the reply, or empty when there is none.
    [[nodiscard]] QString serverSaid() const
    {
        const QString quoted = quotedReply();
        return quoted.isEmpty() ? QString() : Tr::tr("The server answered: \"%1\"").arg(quoted);
    }

    /// Capabilities in force when the check stopped (after TLS when it got that far).
    [[nodiscard]] QStringList capabilities() const
    {
        return r.capabilitiesAfterTls.isEmpty() ? r.capabilitiesBeforeTls : r.capabilitiesAfterTls;
    }
    [[nodiscard]] static bool has(const QStringList &caps, const char *keyword)
    {
        const QString k = QLatin1String(keyword);
        return std::any_of(caps.begin(), caps.end(), [&](const QString &c) {
            return c.section(QLatin1Char(' '), 0, 0).compare(k, Qt::CaseInsensitive) == 0;
        });
    }
    [[nodiscard]] bool startTlsOffered() const { return has(r.capabilitiesBeforeTls, "STARTTLS"); }
    /// SASL mechanisms advertised: SMTP "AUTH PLAIN LOGIN" (or "AUTH=PLAIN"), IMAP "AUTH=PLAIN".
    [[nodiscard]] QStringList mechanisms() const
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
    /// The SASL mechanism (or IMAP LOGIN) the check used.
    [[nodiscard]] QString usedMechanism() const { return r.facts.mechanism; }
    [[nodiscard]] bool usedOAuth() const
    {
        const QString m = usedMechanism();
        return m == QLatin1String("XOAUTH2") || m == QLatin1String("OAUTHBEARER");
    }
    /// The server's decoded SASL error report (RFC 7628 §3.2.2 for OAuth), in words.
    [[nodiscard]] QString oauthError() const { return r.facts.saslError; }
    [[nodiscard]] bool authenticated() const
    {
        for (const Step &s : r.steps) {
            if ((s.name == QLatin1String("auth") || s.name == QLatin1String("login")) && s.status == Step::Status::Ok)
                return true;
        }
        return false;
    }
    [[nodiscard]] bool receivedAnything() const { return !r.facts.banner.isEmpty(); }
    /// Whether the connection was encrypted when the check stopped.
    [[nodiscard]] bool encrypted() const
    {
        return r.tls && !r.tls->protocol.isEmpty() && r.failure != FailureKind::TlsHandshake
               && r.failure != FailureKind::TlsVerification;
    }

    [[nodiscard]] quint16 implicitPort() const { return defaultPort(r.protocol, Security::Tls); }
    [[nodiscard]] quint16 startTlsPort() const { return defaultPort(r.protocol, Security::StartTls); }

    /// Implicit TLS on its standard port (the port only when it changes).
    [[nodiscard]] QVariantMap fixImplicitTls() const
    {
        QVariantMap fix{{QStringLiteral("security"), QStringLiteral("tls")}};
        if (r.port != implicitPort())
            fix.insert(QStringLiteral("port"), implicitPort());
        return fix;
    }
    /// STARTTLS, on the same port unless that is the implicit-TLS one.
    [[nodiscard]] QVariantMap fixStartTls() const
    {
        QVariantMap fix{{QStringLiteral("security"), QStringLiteral("starttls")}};
        if (r.port == implicitPort())
            fix.insert(QStringLiteral("port"), startTlsPort());
        return fix;
    }
    /// The other standard port for this protocol (a different port than the one tried).
    [[nodiscard]] QVariantMap fixOtherPort() const
    {
        const QList<QPair<quint16, Security>> candidates =
            r.protocol != Protocol::Smtp
                ? QList<QPair<quint16, Security>>{{implicitPort(), Security::Tls}, {startTlsPort(), Security::StartTls}}
                : QList<QPair<quint16, Security>>{{587, Security::StartTls}, {465, Security::Tls}};
        for (const auto &c : candidates) {
            if (c.first != r.port)
                return {{QStringLiteral("port"), c.first}, {QStringLiteral("security"), toString(c.second)}};
        }
        return {};
    }
};

QString protocolName(const CheckResult &r)
{
    return QLatin1String(traits(r.protocol).displayName);
}

/// Where the protocol is normally served.
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

// --- connection --------------------------------------------------------------------------------

Finding dnsNotFound(const Reader &c)
{
    return finding(QStringLiteral("dns.not_found"), Severity::Error,
                   Tr::tr("The server name \"%1\" does not exist").arg(c.r.host),
                   joinSentences({Tr::tr("The name could not be looked up in DNS, so there is no address to connect to."),
                                  Tr::tr("Check the spelling of the server name (your provider's help pages list it, "
                                         "often as smtp.… or imap.… followed by the domain), and that this computer "
                                         "is online."),
                                  c.r.failureMessage}));
}

Finding dnsTimeout(const Reader &c)
{
    return finding(QStringLiteral("dns.timeout"), Severity::Error,
                   Tr::tr("Looking up \"%1\" took too long").arg(c.r.host),
                   joinSentences({Tr::tr("The name service did not answer in time, so it is not known whether the "
                                         "name exists. This points at this computer's network or DNS settings "
                                         "rather than at the mail server."),
                                  Tr::tr("Check that this computer is online, then try again."),
                                  c.r.failureMessage}));
}

Finding netRefused(const Reader &c)
{
    const QVariantMap fix = c.fixOtherPort();
    return finding(QStringLiteral("net.refused"), Severity::Error,
                   Tr::tr("Nothing accepts connections on port %1").arg(c.r.port),
                   joinSentences({Tr::tr("%1 answered, but refused the connection on port %2: no service listens "
                                         "there, or a firewall rejects it.")
                                      .arg(c.r.host)
                                      .arg(c.r.port),
                                  usualPorts(c.r),
                                  c.r.failureMessage}),
                   fix);
}

Finding netTimeout(const Reader &c)
{
    const QVariantMap fix = c.fixOtherPort();
    const QString ports = c.r.protocol != Protocol::Smtp
                              ? usualPorts(c.r)
                              : Tr::tr("Try port 587 (STARTTLS) or 465 (TLS); some providers also offer 2525 for "
                                       "networks that block the usual ports.");
    return finding(QStringLiteral("net.timeout"), Severity::Error,
                   Tr::tr("No answer from %1 on port %2").arg(c.r.host).arg(c.r.port),
                   joinSentences({Tr::tr("The connection attempt got no answer at all: a firewall, the network you are "
                                         "on or your internet provider silently drops traffic to this port (port 25 "
                                         "is blocked by many providers), or the server is down."),
                                  ports, c.r.failureMessage}),
                   fix);
}

// --- TLS ---------------------------------------------------------------------------------------

/// The certificate's DNS names ("DNS:mail.example.com" → "mail.example.com").
QStringList certificateNames(const CheckResult &r)
{
    QStringList names;
    if (!r.tls || r.tls->chain.isEmpty())
        return names;
    for (const QString &san : r.tls->chain.first().subjectAltNames) {
        if (san.startsWith(QLatin1String("DNS:")))
            names << san.mid(4);
    }
    if (names.isEmpty()) {
        static const QRegularExpression cn(QStringLiteral("CN=([^,/]+)"));
        const auto m = cn.match(r.tls->chain.first().subject);
        if (m.hasMatch())
            names << m.captured(1).trimmed();
    }
    return names;
}

/// The certificate name most like the host the user typed (shared trailing labels), no wildcard.
QString bestName(const QString &host, const QStringList &names)
{
    const QStringList hostLabels = host.toLower().split(QLatin1Char('.'), Qt::SkipEmptyParts);
    QString best;
    int bestScore = -1;
    for (const QString &name : names) {
        if (name.contains(QLatin1Char('*')))
            continue;
        const QStringList labels = name.toLower().split(QLatin1Char('.'), Qt::SkipEmptyParts);
        int score = 0;
        while (score < labels.size() && score < hostLabels.size()
               && labels.at(labels.size() - 1 - score) == hostLabels.at(hostLabels.size() - 1 - score))
            ++score;
        if (score > bestScore) {
            best = name;
            bestScore = score;
        }
    }
    return best;
}

QList<Finding> tlsVerification(const Reader &c)
{
    QList<Finding> out;
    const TlsReport tls = c.r.tls.value_or(TlsReport{});
    const CertificateInfo leaf = tls.chain.value(0);
    QSet<int> codes(tls.errorCodes.begin(), tls.errorCodes.end());
    const auto any = [&codes](std::initializer_list<QSslError::SslError> list) {
        return std::any_of(list.begin(), list.end(), [&codes](QSslError::SslError e) { return codes.contains(int(e)); });
    };
    const QString errorList = tls.errors.join(QStringLiteral("; "));

    // With a pin, the pin decides: a mismatch is the finding even when the chain has errors too.
    if (codes.isEmpty() || (c.r.pinConfigured && !tls.pinned)) {
        out << finding(QStringLiteral("tls.pin_mismatch"), Severity::Error,
                       Tr::tr("The server's key is not the pinned one"),
                       joinSentences({Tr::tr("The certificate is otherwise valid, but its public key differs from the "
                                             "key pinned for this account. The server may have a new key, or someone "
                                             "is intercepting the connection. Ask the provider before trusting the new "
                                             "key."),
                                      leaf.spkiSha256.isEmpty() ? QString()
                                                                : Tr::tr("The key offered now: SPKI SHA-256 %1.")
                                                                      .arg(leaf.spkiSha256),
                                      c.r.failureMessage}));
        return out;
    }

    const bool untrusted = any({QSslError::UnableToGetIssuerCertificate, QSslError::UnableToDecryptCertificateSignature,
                                QSslError::UnableToDecodeIssuerPublicKey, QSslError::CertificateSignatureFailed,
                                QSslError::SelfSignedCertificate, QSslError::SelfSignedCertificateInChain,
                                QSslError::UnableToGetLocalIssuerCertificate, QSslError::UnableToVerifyFirstCertificate,
                                QSslError::CertificateRevoked, QSslError::InvalidCaCertificate,
                                QSslError::PathLengthExceeded, QSslError::InvalidPurpose,
                                QSslError::CertificateUntrusted, QSslError::CertificateRejected,
                                QSslError::SubjectIssuerMismatch, QSslError::AuthorityIssuerSerialNumberMismatch,
                                QSslError::NoPeerCertificate, QSslError::CertificateBlacklisted,
                                QSslError::InvalidNotBeforeField, QSslError::InvalidNotAfterField});
    const bool mismatch = any({QSslError::HostNameMismatch});
    const bool expired = any({QSslError::CertificateExpired});
    const bool notYetValid = any({QSslError::CertificateNotYetValid});

    if (untrusted) {
        const bool selfSigned = any({QSslError::SelfSignedCertificate}) || leaf.selfSigned;
        const bool revoked = any({QSslError::CertificateRevoked, QSslError::CertificateBlacklisted});
        QString why;
        if (revoked)
            why = Tr::tr("The certificate has been revoked or blocked: do not trust this server.");
        else if (selfSigned)
            why = Tr::tr("The certificate is self-signed: it vouches for itself, and nothing this computer trusts "
                         "vouches for it.");
        else
            why = Tr::tr("The certificate was issued by \"%1\", an authority this computer does not trust (or the "
                         "server does not send the intermediate certificates).")
                      .arg(tls.chain.isEmpty() ? Tr::tr("unknown") : tls.chain.last().issuer);
        const QString advice =
            revoked ? QString()
                    : Tr::tr("If this is a server you run, install a certificate from a public authority (for example "
                             "Let's Encrypt) or add its CA certificate to the trusted certificates. If you have checked "
                             "with the provider that this is the right certificate, you can trust exactly this key by "
                             "pinning it (SPKI SHA-256 %1).")
                          .arg(leaf.spkiSha256.isEmpty() ? QStringLiteral("…") : leaf.spkiSha256);
        out << finding(QStringLiteral("tls.untrusted"), Severity::Error,
                       Tr::tr("The server's certificate is not trusted"),
                       joinSentences({why, advice, Tr::tr("(%1)").arg(errorList)}));
    }
    if (mismatch) {
        const QStringList names = certificateNames(c.r);
        const QString best = bestName(c.r.host, names);
        QVariantMap fix;
        if (!best.isEmpty())
            fix.insert(QStringLiteral("host"), best);
        out << finding(QStringLiteral("tls.hostname_mismatch"), Severity::Error,
                       Tr::tr("The certificate is not made out for \"%1\"").arg(c.r.host),
                       joinSentences({names.isEmpty()
                                          ? Tr::tr("The certificate names no host at all.")
                                          : Tr::tr("The certificate is valid for %1, but the connection was made to "
                                                   "\"%2\".")
                                                .arg(names.join(QStringLiteral(", ")), c.r.host),
                                      best.isEmpty() ? QString()
                                                     : Tr::tr("Use the name the certificate is made for: %1.").arg(best),
                                      Tr::tr("A mismatch can also mean the connection is being intercepted.")}),
                       fix);
    }
    if (expired || notYetValid) {
        const QString validity =
            leaf.notAfter.isValid()
                ? Tr::tr("It is valid from %1 to %2.").arg(leaf.notBefore.toString(Qt::ISODate),
                                                           leaf.notAfter.toString(Qt::ISODate))
                : QString();
        out << finding(QStringLiteral("tls.expired"), Severity::Error,
                       expired ? Tr::tr("The server's certificate has expired")
                               : Tr::tr("The server's certificate is not valid yet"),
                       joinSentences({validity,
                                      expired ? Tr::tr("The server's administrator must renew it. If the date looks "
                                                       "recent, also check this computer's clock.")
                                              : Tr::tr("Check this computer's date and time; if they are right, the "
                                                       "server's administrator must fix the certificate.")}));
    }
    if (out.isEmpty()) {
        out << finding(QStringLiteral("tls.untrusted"), Severity::Error,
                       Tr::tr("The server's certificate is not trusted"), errorList);
    }
    return out;
}

bool matchesAny(const QString &lowerText, std::initializer_list<const char *> needles)
{
    return std::any_of(needles.begin(), needles.end(),
                       [&](const char *n) { return lowerText.contains(QLatin1String(n)); });
}

QList<Finding> tlsHandshake(const Reader &c)
{
    const QString text = c.r.failureMessage.toLower();
    QString transcriptTls;
    for (const TranscriptEvent &e : c.r.transcript) {
        if (e.kind == TranscriptEvent::Kind::Tls || e.kind == TranscriptEvent::Kind::Error)
            transcriptTls += e.text.toLower() + QLatin1Char('\n');
    }
    const bool implicitTls = c.r.security == Security::Tls && !c.receivedAnything();
    // OpenSSL reading "220 …" or "* OK …" as a TLS record: the port speaks plaintext first.
    if (implicitTls
        && matchesAny(text, {"wrong version number", "packet length too long", "unknown protocol",
                             "record layer failure", "http request", "record too long", "unexpected message"})) {
        return {finding(QStringLiteral("security.starttls_expected"), Severity::Error,
                        Tr::tr("This port starts without encryption: use STARTTLS"),
                        joinSentences({Tr::tr("The check started TLS at once, but the server on port %1 sent its "
                                              "plaintext greeting instead of a TLS answer. This port expects STARTTLS "
                                              "(a plaintext greeting, then an upgrade to TLS).")
                                           .arg(c.r.port),
                                       c.r.failureMessage}),
                        c.fixStartTls())};
    }
    if (matchesAny(text + transcriptTls, {"protocol version", "unsupported protocol", "no protocols available",
                                          "version too low", "no supported versions", "wrong ssl version"})) {
        return {finding(QStringLiteral("tls.old_protocol"), Severity::Error,
                        Tr::tr("The server only speaks an outdated TLS version"),
                        joinSentences({Tr::tr("Mail Doctor requires TLS 1.2 or newer (RFC 8996 retired TLS 1.0 and "
                                              "1.1), and the server offers nothing newer than TLS 1.1. Its "
                                              "administrator must enable TLS 1.2 or 1.3; there is no safe setting "
                                              "to change on this side."),
                                       c.r.failureMessage}))};
    }
    return {finding(QStringLiteral("tls.handshake_failed"), Severity::Error, Tr::tr("The TLS handshake failed"),
                    joinSentences({Tr::tr("The client and the server could not agree on an encrypted connection."),
                                   c.r.failureMessage,
                                   c.r.security == Security::Tls
                                       ? Tr::tr("If the server expects STARTTLS on this port, try that instead.")
                                       : QString()}))};
}

// --- greeting / service ------------------------------------------------------------------------

/// Another protocol's greeting on this port: the first thing the server said.
QString otherService(const Reader &c)
{
    const QString text = c.r.facts.banner + QLatin1Char('\n') + c.serverText() + QLatin1Char('\n') + c.r.failureMessage;
    static const QRegularExpression imapGreeting(QStringLiteral("(^|\\n|\"|: )\\* (OK|PREAUTH|BYE)\\b"));
    static const QRegularExpression smtpGreeting(QStringLiteral("(^|\\n|\"|: )(220|554|421)[ -]"));
    static const QRegularExpression pop3(QStringLiteral("(^|\\n|\"|: )\\+OK\\b"));
    static const QRegularExpression http(QStringLiteral("(^|\\n|\"|: )HTTP/\\d"));
    static const QRegularExpression ssh(QStringLiteral("(^|\\n|\"|: )SSH-\\d"));
    if (c.r.protocol != Protocol::Imap && imapGreeting.match(text).hasMatch())
        return QStringLiteral("IMAP");
    if (c.r.protocol != Protocol::Smtp && smtpGreeting.match(text).hasMatch())
        return QStringLiteral("SMTP");
    if (c.r.protocol != Protocol::Pop3 && pop3.match(text).hasMatch())
        return QStringLiteral("POP3");
    if (http.match(text).hasMatch())
        return QStringLiteral("HTTP");
    if (ssh.match(text).hasMatch())
        return QStringLiteral("SSH");
    return {};
}

Finding wrongService(const Reader &c, const QString &service)
{
    QVariantMap fix;
    const quint16 port = defaultPort(c.r.protocol, c.r.security == Security::None ? Security::StartTls : c.r.security);
    if (port != c.r.port)
        fix.insert(QStringLiteral("port"), port);
    return finding(QStringLiteral("port.wrong_service"), Severity::Error,
                   Tr::tr("Port %1 does not serve %2: %3 answered").arg(c.r.port).arg(protocolName(c.r), service),
                   joinSentences({Tr::tr("The server on this port speaks %1, not %2.").arg(service, protocolName(c.r)),
                                  usualPorts(c.r),
                                  c.r.failureMessage}),
                   fix);
}

// --- rate limits and size ----------------------------------------------------------------------

bool rateLimited(const Reader &c)
{
    return c.meaning() == ReplyMeaning::RateLimited;
}

Finding rateLimitFinding(const Reader &c)
{
    return finding(QStringLiteral("smtp.rate_limited"), Severity::Error,
                   Tr::tr("The server is limiting this account or connection"),
                   joinSentences({c.serverSaid(),
                                  Tr::tr("Too many messages, connections or attempts in a short time, or a daily "
                                         "sending quota is used up. Wait (often an hour, sometimes a day) and try "
                                         "again; if it keeps happening, ask the provider about its limits.")}));
}

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

// --- authentication ----------------------------------------------------------------------------

Finding tlsRequired(const Reader &c)
{
    return finding(QStringLiteral("auth.tls_required"), Severity::Error, Tr::tr("The server wants encryption first"),
                   joinSentences({c.serverSaid(),
                                  Tr::tr("It accepts a login (and mail) only on an encrypted connection. Use STARTTLS "
                                         "or implicit TLS, then log in.")}),
                   c.encrypted() ? QVariantMap() : (c.startTlsOffered() ? c.fixStartTls() : c.fixImplicitTls()));
}

QList<Finding> authRejected(const Reader &c)
{
    const Provider provider = providerOf(c.r.host);
    const QString w = c.serverText().toLower();
    const QString e = c.enhanced();
    const QString mech = c.usedMechanism();
    const bool passwordLogin = !c.usedOAuth();
    const ReplyMeaning meaning = c.meaning();

    // A demand for encryption is never a wrong password, whoever sends it.
    if (meaning == ReplyMeaning::TlsRequired)
        return {tlsRequired(c)};

    // RFC 2221: the account is served elsewhere; the password was not judged.
    if (c.imap() && (!c.r.facts.referral.isEmpty() || c.responseCode() == QLatin1String("REFERRAL"))) {
        const QUrl url(c.r.facts.referral);
        QVariantMap fix;
        if (!url.host().isEmpty() && url.host().compare(c.r.host, Qt::CaseInsensitive) != 0)
            fix.insert(QStringLiteral("host"), url.host());
        return {finding(QStringLiteral("imap.referral"), Severity::Error,
                        Tr::tr("The server sends this account to another server"),
                        joinSentences({c.serverSaid(),
                                       url.host().isEmpty()
                                           ? Tr::tr("It did not say which server.")
                                           : Tr::tr("Its referral names %1: use that server for this account.")
                                                 .arg(url.host()),
                                       Tr::tr("The password was not checked here, so it may well be right.")}),
                        fix)};
    }

    // Microsoft 365 / Outlook.com: basic authentication (passwords) switched off.
    const bool microsoftText = meaning == ReplyMeaning::BasicAuthDisabled
                               || (e == QLatin1String("5.7.3") && w.contains(QLatin1String("authentication unsuccessful")));
    if (microsoftText || (provider == Provider::Microsoft && passwordLogin && meaning != ReplyMeaning::RateLimited)) {
        const bool tenantSmtpOff = w.contains(QLatin1String("smtpclientauthentication is disabled"));
        return {finding(
            QStringLiteral("auth.basic_auth_disabled"), Severity::Error,
            Tr::tr("Password login is switched off for this account: use OAuth2"),
            joinSentences({c.serverSaid(),
                           Tr::tr("Microsoft (Exchange Online, Microsoft 365, Outlook.com) no longer accepts the "
                                  "account password from mail programs (\"basic authentication\"). Sign in with "
                                  "OAuth2 instead (XOAUTH2 with an access token from Microsoft)."),
                           tenantSmtpOff ? Tr::tr("The reply also says that authenticated SMTP is disabled for the "
                                                  "organisation: an administrator must enable \"Authenticated SMTP\" "
                                                  "for this mailbox in the Microsoft 365 admin center, even for "
                                                  "OAuth2.")
                                         : QString(),
                           microsoftText ? QString()
                                         : Tr::tr("(Mail Doctor concludes this from the server name; the reply itself "
                                                  "does not say why.)")}),
            {{QStringLiteral("auth"), QStringLiteral("xoauth2")}})};
    }

    // Gmail's 534-5.7.9 "Application-specific password required", and the like.
    const bool googleWeb = provider == Provider::Google
                           && (e == QLatin1String("5.7.14") || w.contains(QLatin1String("web browser")));
    if (meaning == ReplyMeaning::AppPasswordRequired
        || (provider == Provider::Google && (e == QLatin1String("5.7.9") || c.code() == 534)) || googleWeb) {
        return {finding(QStringLiteral("auth.app_password_required"), Severity::Error,
                        Tr::tr("This account needs an app password"),
                        joinSentences({c.serverSaid(),
                                       Tr::tr("The account has two-step sign-in, so the provider does not accept the "
                                              "normal password from mail programs. Create an app password — a "
                                              "separate password just for this program — and log in with it."),
                                       appPasswordHowTo(provider)}))};
    }

    if (meaning == ReplyMeaning::RateLimited)
        return {rateLimitFinding(c)};

    if (c.usedOAuth()) {
        const QString error = c.oauthError();
        return {finding(QStringLiteral("auth.oauth_token_rejected"), Severity::Error,
                        Tr::tr("The server refused the OAuth2 access token"),
                        joinSentences({c.serverSaid(),
                                       error.isEmpty() ? QString()
                                                       : Tr::tr("Its error report: %1.").arg(error),
                                       Tr::tr("The token has expired, was issued for another account or service "
                                              "(its scope must include mail, e.g. https://mail.google.com/ or "
                                              "https://outlook.office.com/SMTP.Send), or was revoked. Get a fresh "
                                              "access token and try again; access tokens usually live about an "
                                              "hour.")}))};
    }

    if ((c.code() >= 400 && c.code() < 500) || c.responseCode() == QLatin1String("UNAVAILABLE")) {
        return {finding(c.imap() ? QStringLiteral("imap.temporary_failure") : QStringLiteral("smtp.temporary_failure"),
                        Severity::Error, Tr::tr("The login failed for now (a temporary problem on the server)"),
                        joinSentences({c.serverSaid(),
                                       Tr::tr("The server could not check the login right now. Try again in a few "
                                              "minutes.")}))};
    }

    QStringList detail{c.serverSaid()};
    const QString rc = c.responseCode();
    if (rc == QLatin1String("EXPIRED"))
        detail << Tr::tr("The password (or the account) has expired: change it on the provider's web site.");
    else if (rc == QLatin1String("CONTACTADMIN"))
        detail << Tr::tr("The server asks you to contact its administrator or support.");
    else if (rc == QLatin1String("AUTHORIZATIONFAILED"))
        detail << Tr::tr("The password is right, but this user may not log in as the identity requested.");
    else
        detail << Tr::tr("The user name or the password is wrong. Check both (the user name is often the full mail "
                         "address) and try again.");
    if (wantsAppPasswords(provider))
        detail << Tr::tr("If the account uses two-step sign-in, it needs an app password instead of the normal "
                         "one.")
               << appPasswordHowTo(provider);
    if (!mech.isEmpty() && mech.startsWith(QLatin1String("SCRAM")))
        detail << Tr::tr("(The login used %1. If you are sure the password is right, try the PLAIN login method: some "
                         "servers cannot check %1 logins.)")
                      .arg(mech);
    return {finding(QStringLiteral("auth.failed"), Severity::Error,
                    Tr::tr("The server did not accept the user name or password"), joinSentences(detail))};
}

QList<Finding> authUnavailable(const Reader &c)
{
    const QStringList caps = c.capabilities();
    const QStringList mechs = c.mechanisms();
    if (c.imap() && (Reader::has(caps, "LOGINDISABLED") || c.r.failureMessage.contains(QLatin1String("LOGINDISABLED")))
        && !c.encrypted()) {
        QVariantMap fix = Reader::has(c.r.capabilitiesBeforeTls, "STARTTLS") ? c.fixStartTls() : c.fixImplicitTls();
        return {finding(QStringLiteral("imap.login_disabled"), Severity::Error,
                        Tr::tr("The server does not allow login on an unencrypted connection"),
                        joinSentences({Tr::tr("It advertises LOGINDISABLED: the LOGIN command is switched off until "
                                              "the connection is encrypted, and it offers no other usable way to "
                                              "log in."),
                                       Tr::tr("Use STARTTLS or TLS.")}),
                        fix)};
    }
    if (c.imap() && Reader::has(caps, "LOGINDISABLED") && mechs.isEmpty()) {
        return {finding(QStringLiteral("imap.login_disabled"), Severity::Error,
                        Tr::tr("The server does not allow logging in with a password"),
                        joinSentences({Tr::tr("It advertises LOGINDISABLED even on the encrypted connection and offers "
                                              "no AUTHENTICATE mechanism, so no login is possible here."),
                                       c.r.failureMessage}))};
    }
    if (mechs.isEmpty()) {
        QVariantMap fix;
        QString hint;
        if (!c.encrypted() && c.startTlsOffered()) {
            fix = c.fixStartTls();
            hint = Tr::tr("Many servers offer login only after STARTTLS.");
        } else if (c.r.protocol == Protocol::Smtp && c.r.port != 587) {
            fix = {{QStringLiteral("port"), 587}, {QStringLiteral("security"), QStringLiteral("starttls")}};
            hint = c.r.port == 25 ? Tr::tr("Port 25 is for mail between servers, which needs no login; mail "
                                           "programs submit mail on port 587 (or 465).")
                                  : Tr::tr("Mail programs submit mail on port 587 (or 465), where the server offers "
                                           "login.");
        }
        return {finding(QStringLiteral("auth.not_offered"), Severity::Error,
                        Tr::tr("The server offers no login on this port"),
                        joinSentences({Tr::tr("Its capabilities list no authentication mechanism, so a user name and "
                                              "password cannot be used here."),
                                       hint}),
                        fix)};
    }
    // Mechanisms exist, but not one the check could use with what it was given.
    // The strongest the server offers, in the selection policy's order (sasl/Registry.h).
    QString suggestion;
    for (const QByteArray &m : sasl::supportedMechanisms()) {
        if (mechs.contains(QString::fromLatin1(m))) {
            suggestion = QString::fromLatin1(m).toLower();
            break;
        }
    }
    QVariantMap fix;
    if (!suggestion.isEmpty())
        fix.insert(QStringLiteral("auth"), suggestion);
    const bool oauthOnly = !suggestion.isEmpty()
                           && (suggestion == QLatin1String("oauthbearer") || suggestion == QLatin1String("xoauth2"));
    return {finding(QStringLiteral("auth.mechanism_unavailable"), Severity::Error,
                    Tr::tr("The login method is not available on this server"),
                    joinSentences({c.r.failureMessage,
                                   Tr::tr("The server offers: %1.").arg(mechs.join(QStringLiteral(", "))),
                                   oauthOnly ? Tr::tr("It accepts only OAuth2 access tokens, no password.")
                                   : suggestion.isEmpty()
                                       ? Tr::tr("Mail Doctor supports none of these.")
                                       : Tr::tr("Choose one of those, for example %1.").arg(suggestion.toUpper())}),
                    fix)};
}

Finding plaintextRefused(const Reader &c)
{
    const QVariantMap fix = c.startTlsOffered() || c.r.capabilitiesBeforeTls.isEmpty() ? c.fixStartTls()
                                                                                        : c.fixImplicitTls();
    return finding(QStringLiteral("auth.plaintext_refused"), Severity::Error,
                   Tr::tr("The password was not sent over an unencrypted connection"),
                   joinSentences({Tr::tr("Anyone on the network path could read it. Encrypt the connection (STARTTLS or "
                                         "TLS); only if you accept the risk, allow unencrypted login explicitly in the settings."),
                                  c.startTlsOffered() ? Tr::tr("The server offers STARTTLS.") : QString()}),
                   fix);
}

// --- SMTP envelope and message -----------------------------------------------------------------

Finding ipBlocked(const Reader &c)
{
    return finding(QStringLiteral("smtp.ip_blocked"), Severity::Error,
                   Tr::tr("The server refuses mail from this network address"),
                   joinSentences({c.serverSaid(),
                                  Tr::tr("Your IP address is on a block list or has a poor reputation with this "
                                         "provider, or the provider does not accept connections from your kind of "
                                         "network (home, mobile or VPN addresses). Send through your own provider's "
                                         "submission server with a login, or ask your network's operator; the reply "
                                         "often names the list and how to get removed.")}));
}

Finding relayDenied(const Reader &c)
{
    QVariantMap fix;
    if (!c.authenticated() && c.r.port == 25)
        fix = {{QStringLiteral("port"), 587}, {QStringLiteral("security"), QStringLiteral("starttls")}};
    return finding(QStringLiteral("smtp.relay_denied"), Severity::Error,
                   Tr::tr("The server refuses to pass the mail on to that recipient"),
                   joinSentences({c.serverSaid(),
                                  c.authenticated()
                                      ? Tr::tr("It does not relay for this account to that address; the sender "
                                               "address may not belong to the account, or the server is not the "
                                               "account's outgoing server.")
                                      : Tr::tr("Without a login it accepts mail only for its own addresses. Log in "
                                               "to send to others, on the submission port 587.")}),
                   fix);
}

QList<Finding> envelopeRejected(const Reader &c)
{
    const QString e = c.enhanced();
    const int code = c.code();
    const ReplyMeaning meaning = c.meaning();
    const bool atSender = c.stepIs({"mail_from"});
    switch (meaning) {
    case ReplyMeaning::TlsRequired:
        return {tlsRequired(c)};
    case ReplyMeaning::AuthRequired:
        return {finding(QStringLiteral("auth.required"), Severity::Error, Tr::tr("The server wants a login first"),
                        joinSentences({c.serverSaid(),
                                       Tr::tr("It accepts mail from this client only after login: set the account's "
                                              "user name and password.")}))};
    case ReplyMeaning::RateLimited:
        return {rateLimitFinding(c)};
    case ReplyMeaning::TooLarge:
        return {finding(QStringLiteral("smtp.message_too_large"), Severity::Error,
                        Tr::tr("The message is too large for the server"),
                        joinSentences({c.serverSaid(), sizeLimitSentence(c),
                                       Tr::tr("Send smaller attachments, or share large files by link.")}))};
    case ReplyMeaning::Greylisted:
        return {finding(QStringLiteral("smtp.greylisted"), Severity::Error,
                        Tr::tr("The server asks to try again later (greylisting)"),
                        joinSentences({c.serverSaid(),
                                       Tr::tr("It turns away mail from senders it has not seen before, on purpose, "
                                              "and accepts it when it is sent again after a few minutes. A mail "
                                              "program retries by itself; nothing needs to change.")}))};
    case ReplyMeaning::IpBlocked:
        return {ipBlocked(c)};
    case ReplyMeaning::MailboxFull:
        if (!atSender) {
            return {finding(QStringLiteral("smtp.mailbox_full"), Severity::Error,
                            Tr::tr("The recipient's mailbox is full"),
                            joinSentences({c.serverSaid(),
                                           Tr::tr("The recipient has used up their storage and receives no more mail "
                                                  "until they make room. Tell them another way, or try later.")}))};
        }
        break;
    case ReplyMeaning::RelayDenied:
        if (!atSender)
            return {relayDenied(c)};
        break;
    case ReplyMeaning::RecipientUnknown:
    case ReplyMeaning::SenderRejected:
    case ReplyMeaning::Unknown:
    case ReplyMeaning::AuthFailed:
    case ReplyMeaning::AppPasswordRequired:
    case ReplyMeaning::BasicAuthDisabled:
    case ReplyMeaning::Temporary:
        break;
    }
    // RFC 3463 X.7.1 "delivery not authorized": on RCPT TO without a login, that is relaying.
    if (c.stepIs({"rcpt_to"}) && e == QLatin1String("5.7.1") && !c.authenticated()
        && meaning == ReplyMeaning::Unknown)
        return {relayDenied(c)};
    const bool senderMeant = meaning == ReplyMeaning::SenderRejected
                             || (atSender && (meaning == ReplyMeaning::RecipientUnknown
                                              || meaning == ReplyMeaning::RelayDenied));
    const bool recipientMeant = c.stepIs({"rcpt_to"}) && meaning == ReplyMeaning::RecipientUnknown;
    if (code >= 400 && code < 500 && !senderMeant && !recipientMeant) {
        return {finding(QStringLiteral("smtp.temporary_failure"), Severity::Error,
                        Tr::tr("The server refused for now (a temporary failure)"),
                        joinSentences({c.serverSaid(),
                                       Tr::tr("Trying again later may work; a mail program would keep the message in "
                                              "its outbox and retry.")}))};
    }
    if (senderMeant || atSender) {
        return {finding(QStringLiteral("smtp.sender_rejected"), Severity::Error,
                        Tr::tr("The server refused the sender address"),
                        joinSentences({c.serverSaid(),
                                       Tr::tr("Use the account's own address (or one the provider allows you to send "
                                              "as) as the sender.")}))};
    }
    if (c.stepIs({"rcpt_to"})) {
        return {finding(QStringLiteral("smtp.recipient_rejected"), Severity::Error,
                        Tr::tr("The server refused the recipient address"),
                        joinSentences({c.serverSaid(),
                                       Tr::tr("Check the address for typos; the mailbox may not exist.")}))};
    }
    return {finding(QStringLiteral("smtp.message_rejected"), Severity::Error, Tr::tr("The server refused the message"),
                    joinSentences({c.serverSaid(),
                                   Tr::tr("The reply says why; often a content or spam filter, or a policy on "
                                          "senders.")}))};
}

// --- one rule per failure kind -----------------------------------------------------------------

QList<Finding> rejected(const Reader &c)
{
    if (c.stepIs({"auth", "login"}))
        return authRejected(c);
    if (c.stepIs({"starttls"})) {
        return {finding(QStringLiteral("starttls.rejected"), Severity::Error,
                        Tr::tr("The server refused to start encryption"),
                        joinSentences({c.serverSaid(),
                                       Tr::tr("It advertises STARTTLS but refused it. Use implicit TLS instead, on "
                                              "port %1.")
                                           .arg(c.implicitPort())}),
                        c.fixImplicitTls())};
    }
    if (c.imap()) {
        if (c.stepIs({"greeting"})) {
            return {finding(QStringLiteral("imap.greeting_rejected"), Severity::Error,
                            Tr::tr("The server refused the connection in its greeting"),
                            joinSentences({c.serverSaid(),
                                           Tr::tr("It may be overloaded, in maintenance, or refusing connections from "
                                                  "your network.")}))};
        }
        const QString rc = c.responseCode();
        if (rc == QLatin1String("UNAVAILABLE") || rc == QLatin1String("INUSE") || rc == QLatin1String("LIMIT")) {
            return {finding(QStringLiteral("imap.temporary_failure"), Severity::Error,
                            Tr::tr("The server could not do that right now"),
                            joinSentences({c.serverSaid(), Tr::tr("Try again in a few minutes.")}))};
        }
        return {finding(QStringLiteral("imap.command_failed"), Severity::Error,
                        Tr::tr("The server refused the %1 command").arg(c.stepName().toUpper()),
                        joinSentences({c.serverSaid(), c.r.failureMessage}))};
    }
    if (c.stepIs({"greeting"})) {
        if (rateLimited(c))
            return {rateLimitFinding(c)};
        if (c.meaning() == ReplyMeaning::IpBlocked)
            return {ipBlocked(c)};
        return {finding(QStringLiteral("smtp.greeting_rejected"), Severity::Error,
                        Tr::tr("The server refused this client in its greeting"),
                        joinSentences({c.serverSaid(),
                                       c.code() == 421
                                           ? Tr::tr("It is busy or refuses service for now; try again later.")
                                           : Tr::tr("This usually means your IP address is blocked: it is on a block "
                                                    "list, or the provider does not accept connections from your "
                                                    "network (some refuse home, mobile or VPN addresses). The reply "
                                                    "often names the list and how to get removed.")}))};
    }
    if (c.stepIs({"ehlo", "helo", "ehlo_tls"})) {
        if (rateLimited(c))
            return {rateLimitFinding(c)};
        if (c.meaning() == ReplyMeaning::IpBlocked)
            return {ipBlocked(c)};
        return {finding(QStringLiteral("smtp.helo_rejected"), Severity::Error,
                        Tr::tr("The server refused the client's greeting (EHLO/HELO)"),
                        joinSentences({c.serverSaid(),
                                       Tr::tr("Some servers require a fully qualified host name in EHLO.")}))};
    }
    if (c.stepIs({"mail_from", "rcpt_to", "data"}))
        return envelopeRejected(c);
    if (rateLimited(c))
        return {rateLimitFinding(c)};
    return {finding(QStringLiteral("check.failed"), Severity::Error, Tr::tr("The %1 step failed").arg(c.stepName()),
                    joinSentences({c.serverSaid(), c.r.failureMessage}))};
}

QList<Finding> failedCheck(const Reader &c)
{
    const CheckResult &r = c.r;
    switch (r.failure) {
    case FailureKind::HostNotFound:
        return {dnsNotFound(c)};
    case FailureKind::ResolveTimeout:
        return {dnsTimeout(c)};
    case FailureKind::ConnectionRefused:
        return {netRefused(c)};
    case FailureKind::ConnectTimeout:
        return {netTimeout(c)};
    case FailureKind::TlsVerification:
        return tlsVerification(c);
    case FailureKind::TlsHandshake:
        return tlsHandshake(c);
    case FailureKind::GreetingTimeout:
        if (r.security != Security::Tls && !c.receivedAnything()) {
            return {finding(QStringLiteral("security.implicit_tls_expected"), Severity::Error,
                            Tr::tr("This port expects TLS from the first byte"),
                            joinSentences({Tr::tr("The connection was accepted, but no greeting came: the server on "
                                                  "port %1 waits for the client to start TLS, which is what implicit "
                                                  "TLS ports (%2 for %3) do.")
                                               .arg(r.port)
                                               .arg(c.implicitPort())
                                               .arg(protocolName(r)),
                                           r.security == Security::StartTls
                                               ? Tr::tr("Use implicit TLS (\"SSL/TLS\") instead of STARTTLS.")
                                               : Tr::tr("Use implicit TLS (\"SSL/TLS\") instead of no encryption.")}),
                            {{QStringLiteral("security"), QStringLiteral("tls")}})};
        }
        return {finding(QStringLiteral("server.timeout"), Severity::Error, Tr::tr("The server sent no greeting"),
                        joinSentences({r.failureMessage,
                                       Tr::tr("The server accepted the connection but stayed silent; it may be "
                                              "overloaded.")}))};
    case FailureKind::ReplyTimeout:
        return {finding(QStringLiteral("server.timeout"), Severity::Error,
                        Tr::tr("The server stopped answering during %1").arg(c.stepName()),
                        joinSentences({r.failureMessage,
                                       Tr::tr("It may be overloaded, or something between you and the server (a "
                                              "firewall or antivirus proxy) holds the connection.")}))};
    case FailureKind::Closed: {
        const QString service = otherService(c);
        if (!service.isEmpty())
            return {wrongService(c, service)};
        const bool silentClose = c.stepIs({"greeting"}) && !c.receivedAnything();
        return {finding(QStringLiteral("server.closed"), Severity::Error,
                        Tr::tr("The server closed the connection during %1").arg(c.stepName()),
                        joinSentences({r.failureMessage,
                                       silentClose ? Tr::tr("It hung up without a word right after connecting: it may "
                                                            "refuse this client (a block list or a connection limit), "
                                                            "or this is not a mail port.")
                                                   : Tr::tr("It may have crashed or hit a limit; trying again later "
                                                            "may work.")}))};
    }
    case FailureKind::ProtocolError: {
        const QString service = otherService(c);
        if (!service.isEmpty())
            return {wrongService(c, service)};
        return {finding(QStringLiteral("server.protocol_error"), Severity::Error,
                        Tr::tr("The server broke the %1 protocol").arg(protocolName(r)),
                        joinSentences({r.failureMessage,
                                       Tr::tr("Its answer could not be understood: a broken server, a proxy in "
                                              "between, or not a %1 server at all.")
                                           .arg(protocolName(r))}))};
    }
    case FailureKind::Rejected:
        return rejected(c);
    case FailureKind::StartTlsUnavailable:
        return {finding(QStringLiteral("starttls.not_offered"), Severity::Error,
                        Tr::tr("The server does not offer STARTTLS"),
                        joinSentences({Tr::tr("Without it this connection cannot be encrypted, so the check stopped "
                                              "before sending anything secret."),
                                       Tr::tr("Use implicit TLS on port %1 if the server has it.").arg(c.implicitPort()),
                                       Tr::tr("If it used to work, something between you and the server (a firewall "
                                              "or antivirus) may be removing STARTTLS.")}),
                        c.fixImplicitTls())};
    case FailureKind::StartTlsInjection:
        return {finding(QStringLiteral("starttls.injection"), Severity::Error,
                        Tr::tr("Data was injected before encryption started"),
                        joinSentences({r.failureMessage,
                                       Tr::tr("This is the STARTTLS command-injection attack (or a badly broken "
                                              "server): the extra bytes could be forged by anyone on the path. "
                                              "Implicit TLS is immune to it.")}),
                        c.fixImplicitTls())};
    case FailureKind::AuthUnavailable:
        return authUnavailable(c);
    case FailureKind::PlaintextRefused:
        return {plaintextRefused(c)};
    case FailureKind::AuthMechanism:
        return {finding(QStringLiteral("auth.exchange_failed"), Severity::Error,
                        Tr::tr("The login exchange failed"),
                        joinSentences({r.failureMessage,
                                       Tr::tr("The server's side of the %1 exchange did not check out (or the "
                                              "credentials could not be used with it).")
                                           .arg(c.usedMechanism().isEmpty() ? Tr::tr("login") : c.usedMechanism())}))};
    case FailureKind::PreauthUnencrypted:
        return {finding(QStringLiteral("imap.preauth"), Severity::Error,
                        Tr::tr("The server logged in without a password, on an unencrypted connection"),
                        joinSentences({Tr::tr("It greeted with PREAUTH: the session is already logged in, so STARTTLS "
                                              "is no longer possible and everything (mail included) would travel "
                                              "unencrypted. This is also the signature of an attack that strips "
                                              "STARTTLS."),
                                       Tr::tr("Use implicit TLS on port %1.").arg(c.implicitPort())}),
                        c.fixImplicitTls())};
    case FailureKind::Usage:
        return {finding(QStringLiteral("check.usage"), Severity::Error, Tr::tr("The check could not run"),
                        r.failureMessage)};
    case FailureKind::Cancelled:
        return {finding(QStringLiteral("check.cancelled"), Severity::Info, Tr::tr("The check was cancelled"),
                        Tr::tr("It was stopped before it finished; nothing about the server can be concluded. "
                               "Run it again to see the result."))};
    case FailureKind::ProxyUnreachable:
    case FailureKind::ProxyAuthFailed:
    case FailureKind::ProxyRefused:  // ProtocolRules.cpp answers these
    case FailureKind::None:
        break;
    }
    return {finding(QStringLiteral("check.failed"), Severity::Error, Tr::tr("The %1 step failed").arg(c.stepName()),
                    r.failureMessage)};
}

QList<Finding> passedCheck(const Reader &c)
{
    const CheckResult &r = c.r;
    QList<Finding> out;
    if (r.security == Security::None) {
        const QVariantMap fix = c.startTlsOffered() ? c.fixStartTls() : c.fixImplicitTls();
        out << finding(QStringLiteral("security.none"), Severity::Warning,
                       Tr::tr("The connection is not encrypted"),
                       joinSentences({Tr::tr("Everything, including the password and the mail itself, travels "
                                             "readable by anyone on the network path."),
                                      c.startTlsOffered() ? Tr::tr("The server offers STARTTLS: use it.")
                                                          : Tr::tr("Use implicit TLS on port %1 if the server has it.")
                                                                .arg(c.implicitPort())}),
                       fix);
    }
    if (r.protocol == Protocol::Smtp && r.port == 25) {
        out << finding(QStringLiteral("port.25_for_submission"), Severity::Warning,
                       Tr::tr("Port 25 is meant for mail between servers"),
                       Tr::tr("It worked here, but many internet providers block port 25 for home and mobile "
                              "connections, and many servers do not accept logins on it. Mail programs should use "
                              "port 587 (STARTTLS) or 465 (TLS)."),
                       {{QStringLiteral("port"), 587}, {QStringLiteral("security"), QStringLiteral("starttls")}});
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
    return QStringList{
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
    } + rules::proxyFindingCodes() + rules::pop3FindingCodes();
}

}  // namespace md
