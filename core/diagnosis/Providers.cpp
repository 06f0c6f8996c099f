#include "Providers.h"

#include <QCoreApplication>

namespace md::rules {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(md::Diagnoser)
};

bool hostIn(const QString &host, const char *domain)
{
    const QString d = QLatin1String(domain);
    return host == d || host.endsWith(QLatin1Char('.') + d);
}

}  // namespace

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

bool wantsAppPasswords(Provider provider)
{
    return provider == Provider::Google || provider == Provider::Yahoo || provider == Provider::Aol
        || provider == Provider::Apple || provider == Provider::Fastmail || provider == Provider::Zoho;
}

}  // namespace md::rules
