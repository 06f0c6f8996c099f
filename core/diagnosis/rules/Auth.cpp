// Authentication rules: encryption first, a refused login (providers, OAuth2, app passwords),
// no usable login method, a password kept off an unencrypted connection.
#include "Rules.h"

#include "diagnosis/Providers.h"
#include "diagnosis/Reader.h"
#include "diagnosis/RuleSupport.h"
#include "sasl/Mechanism.h"

#include <QCoreApplication>
#include <QUrl>

namespace md::rules {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(md::Diagnoser)
};

}  // namespace

Finding tlsRequired(const Reader &c)
{
    return finding(QStringLiteral("auth.tls_required"), Severity::Error, Tr::tr("The server wants encryption first"),
        joinSentences({ c.serverSaid(),
            Tr::tr("It accepts a login (and mail) only on an encrypted connection. Use STARTTLS "
                   "or implicit TLS, then log in.") }),
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
        return { tlsRequired(c) };

    // RFC 2221: the account is served elsewhere; the password was not judged.
    if (c.imap() && (!c.r.facts.referral.isEmpty() || c.responseCode() == QLatin1String("REFERRAL"))) {
        const QUrl url(c.r.facts.referral);
        QVariantMap fix;
        if (!url.host().isEmpty() && url.host().compare(c.r.host, Qt::CaseInsensitive) != 0)
            fix.insert(QStringLiteral("host"), url.host());
        return { finding(QStringLiteral("imap.referral"), Severity::Error,
            Tr::tr("The server sends this account to another server"),
            joinSentences({ c.serverSaid(),
                url.host().isEmpty()
                    ? Tr::tr("It did not say which server.")
                    : Tr::tr("Its referral names %1: use that server for this account.").arg(url.host()),
                Tr::tr("The password was not checked here, so it may well be right.") }),
            fix) };
    }

    // Microsoft 365 / Outlook.com: basic authentication (passwords) switched off.
    const bool microsoftText = meaning == ReplyMeaning::BasicAuthDisabled
        || (e == QLatin1String("5.7.3") && w.contains(QLatin1String("authentication unsuccessful")));
    if (microsoftText || (provider == Provider::Microsoft && passwordLogin && meaning != ReplyMeaning::RateLimited)) {
        const bool tenantSmtpOff = w.contains(QLatin1String("smtpclientauthentication is disabled"));
        return { finding(QStringLiteral("auth.basic_auth_disabled"), Severity::Error,
            Tr::tr("Password login is switched off for this account: use OAuth2"),
            joinSentences({ c.serverSaid(),
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
                                       "does not say why.)") }),
            { { QStringLiteral("auth"), QStringLiteral("xoauth2") } }) };
    }

    // Gmail's 534-5.7.9 "Application-specific password required", and the like.
    const bool googleWeb
        = provider == Provider::Google && (e == QLatin1String("5.7.14") || w.contains(QLatin1String("web browser")));
    if (meaning == ReplyMeaning::AppPasswordRequired
        || (provider == Provider::Google && (e == QLatin1String("5.7.9") || c.code() == 534)) || googleWeb) {
        return { finding(QStringLiteral("auth.app_password_required"), Severity::Error,
            Tr::tr("This account needs an app password"),
            joinSentences({ c.serverSaid(),
                Tr::tr("The account has two-step sign-in, so the provider does not accept the "
                       "normal password from mail programs. Create an app password — a "
                       "separate password just for this program — and log in with it."),
                appPasswordHowTo(provider) })) };
    }

    if (meaning == ReplyMeaning::RateLimited)
        return { rateLimitFinding(c) };

    if (c.usedOAuth()) {
        const QString error = c.oauthError();
        return { finding(QStringLiteral("auth.oauth_token_rejected"), Severity::Error,
            Tr::tr("The server refused the OAuth2 access token"),
            joinSentences({ c.serverSaid(), error.isEmpty() ? QString() : Tr::tr("Its error report: %1.").arg(error),
                Tr::tr("The token has expired, was issued for another account or service "
                       "(its scope must include mail, e.g. https://mail.google.com/ or "
                       "https://outlook.office.com/SMTP.Send), or was revoked. Get a fresh "
                       "access token and try again; access tokens usually live about an "
                       "hour.") })) };
    }

    if ((c.code() >= 400 && c.code() < 500) || c.responseCode() == QLatin1String("UNAVAILABLE")) {
        return { finding(c.imap() ? QStringLiteral("imap.temporary_failure") : QStringLiteral("smtp.temporary_failure"),
            Severity::Error, Tr::tr("The login failed for now (a temporary problem on the server)"),
            joinSentences({ c.serverSaid(),
                Tr::tr("The server could not check the login right now. Try again in a few "
                       "minutes.") })) };
    }

    QStringList detail { c.serverSaid() };
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
    return { finding(QStringLiteral("auth.failed"), Severity::Error,
        Tr::tr("The server did not accept the user name or password"), joinSentences(detail)) };
}

QList<Finding> authUnavailable(const Reader &c)
{
    const QStringList caps = c.capabilities();
    const QStringList mechs = c.mechanisms();
    if (c.imap() && (Reader::has(caps, "LOGINDISABLED") || c.r.failureMessage.contains(QLatin1String("LOGINDISABLED")))
        && !c.encrypted()) {
        QVariantMap fix = Reader::has(c.r.capabilitiesBeforeTls, "STARTTLS") ? c.fixStartTls() : c.fixImplicitTls();
        return { finding(QStringLiteral("imap.login_disabled"), Severity::Error,
            Tr::tr("The server does not allow login on an unencrypted connection"),
            joinSentences({ Tr::tr("It advertises LOGINDISABLED: the LOGIN command is switched off until "
                                   "the connection is encrypted, and it offers no other usable way to "
                                   "log in."),
                Tr::tr("Use STARTTLS or TLS.") }),
            fix) };
    }
    if (c.imap() && Reader::has(caps, "LOGINDISABLED") && mechs.isEmpty()) {
        return { finding(QStringLiteral("imap.login_disabled"), Severity::Error,
            Tr::tr("The server does not allow logging in with a password"),
            joinSentences({ Tr::tr("It advertises LOGINDISABLED even on the encrypted connection and offers "
                                   "no AUTHENTICATE mechanism, so no login is possible here."),
                c.r.failureMessage })) };
    }
    if (mechs.isEmpty()) {
        QVariantMap fix;
        QString hint;
        if (!c.encrypted() && c.startTlsOffered()) {
            fix = c.fixStartTls();
            hint = Tr::tr("Many servers offer login only after STARTTLS.");
        } else if (c.r.protocol == Protocol::Smtp && c.r.port != 587) {
            fix = { { QStringLiteral("port"), 587 }, { QStringLiteral("security"), QStringLiteral("starttls") } };
            hint = c.r.port == 25 ? Tr::tr("Port 25 is for mail between servers, which needs no login; mail "
                                           "programs submit mail on port 587 (or 465).")
                                  : Tr::tr("Mail programs submit mail on port 587 (or 465), where the server offers "
                                           "login.");
        }
        return { finding(QStringLiteral("auth.not_offered"), Severity::Error,
            Tr::tr("The server offers no login on this port"),
            joinSentences({ Tr::tr("Its capabilities list no authentication mechanism, so a user name and "
                                   "password cannot be used here."),
                hint }),
            fix) };
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
    return { finding(QStringLiteral("auth.mechanism_unavailable"), Severity::Error,
        Tr::tr("The login method is not available on this server"),
        joinSentences({ c.r.failureMessage, Tr::tr("The server offers: %1.").arg(mechs.join(QStringLiteral(", "))),
            oauthOnly                  ? Tr::tr("It accepts only OAuth2 access tokens, no password.")
                : suggestion.isEmpty() ? Tr::tr("Mail Doctor supports none of these.")
                                       : Tr::tr("Choose one of those, for example %1.").arg(suggestion.toUpper()) }),
        fix) };
}

Finding plaintextRefused(const Reader &c)
{
    const QVariantMap fix
        = c.startTlsOffered() || c.r.capabilitiesBeforeTls.isEmpty() ? c.fixStartTls() : c.fixImplicitTls();
    return finding(QStringLiteral("auth.plaintext_refused"), Severity::Error,
        Tr::tr("The password was not sent over an unencrypted connection"),
        joinSentences(
            { Tr::tr("Anyone on the network path could read it. Encrypt the connection (STARTTLS or "
                     "TLS); only if you accept the risk, allow unencrypted login explicitly in the settings."),
                c.startTlsOffered() ? Tr::tr("The server offers STARTTLS.") : QString() }),
        fix);
}

}  // namespace md::rules
