#include "OAuthCommand.h"

#include "CliSupport.h"

#include "account/CredentialStore.h"
#include "net/Resolver.h"
#include "oauth/AuthorizationFlow.h"
#include "oauth/Provider.h"
#include "oauth/TokenStore.h"
#include "transcript/Report.h"

#include <cmath>
#include <memory>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

namespace md::cli {

namespace {

using oauth::Provider;
using oauth::ProviderRegistry;
using oauth::TokenSet;
using oauth::TokenStore;

int usage(const QString &why)
{
    err() << "maildoctor-cli: " << why << '\n'
          << OAuthCommand::tr("Try \"maildoctor-cli oauth --help\".") << '\n'
          << Qt::flush;
    return 2;
}

void fail(const QString &why)
{
    err() << "maildoctor-cli: " << terminalSafe(why) << '\n' << Qt::flush;
}

ProviderRegistry registry();

/// `value` as one shell word: as it is when it is plainly safe, else in single quotes.
QString shellWord(const QString &value)
{
    // Anchored (a "$" would also match before a final newline); "=" is quoted too (zsh's "=word").
    static const QRegularExpression plain(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9@%+:,./_-]+")));
    if (plain.match(value).hasMatch())
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

/// How to sign `user` in again from here: the command line's rendering of the core's "sign in
/// again" (the app has its own: a button). With the provider of the sign-in that died, when
/// known: the user may be signed in with more than one.
QString loginCommand(const QString &user, const QString &provider = {})
{
    QString command = QStringLiteral("maildoctor-cli oauth login --user ") + shellWord(user);
    if (provider.isEmpty())
        return command;
    command += QStringLiteral(" --provider ") + shellWord(provider);
    // A provider defined on the command line only (no preset, nothing in the settings file) must
    // be defined again: its options, as placeholders.
    if (!registry().find(provider))
        command += QStringLiteral(" --authorization-url URL --token-url URL --scope SCOPES --client-id ID");
    return command;
}

/// The action for a sign-in that cannot be used, as a "Run:" line (like the findings' "Try:").
QString runLine(const QString &command)
{
    return OAuthCommand::tr("Run: %1").arg(command);
}

/// Where client ids and custom providers live: oauth/clients/<id>/client_id, oauth/custom/<name>/…
std::unique_ptr<QSettings> userSettings()
{
    return std::make_unique<QSettings>(
        QSettings::IniFormat, QSettings::UserScope, QStringLiteral("maildoctor"), QStringLiteral("maildoctor"));
}

ProviderRegistry registry()
{
    ProviderRegistry r;
    r.loadSettings(*userSettings());
    return r;
}

QString expiryText(const TokenSet &t)
{
    if (!t.expiresAt.isValid())
        return OAuthCommand::tr("unknown");
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(t.expiresAt);
    return left > 0 ? OAuthCommand::tr("%1 (in %2 min)").arg(t.expiresAt.toString(Qt::ISODate)).arg((left + 59) / 60)
                    : OAuthCommand::tr("%1 (expired)").arg(t.expiresAt.toString(Qt::ISODate));
}

/// Opens the URL with the desktop's opener, detached; failures are only reported.
void openInBrowser(const QUrl &url)
{
#ifdef Q_OS_MACOS
    const QString opener = QStringLiteral("open");
#else
    const QString opener = QStringLiteral("xdg-open");
#endif
    if (!QProcess::startDetached(opener, { url.toString(QUrl::FullyEncoded) }))
        err() << OAuthCommand::tr("Could not start %1: open the URL above in your browser.").arg(opener) << '\n';
}

struct LoginOptions {
    QString user;
    QString providerName;
    QString clientId;
    QString clientSecret;
    QUrl authorizationUrl;
    QUrl tokenUrl;
    QStringList scopes;
    bool noBrowser = false;
    int timeoutMs = 300000;
};

void startFlow(Provider provider, const LoginOptions &o, const std::function<void(int)> &finish)
{
    if (!o.clientId.isEmpty()) {
        provider.clientId = o.clientId;
        provider.clientSecret = o.clientSecret;
    } else if (!o.clientSecret.isEmpty()) {
        provider.clientSecret = o.clientSecret;
    }
    if (provider.clientId.isEmpty()) {
        fail(ProviderRegistry::missingClientIdMessage(provider));
        finish(2);
        return;
    }
    oauth::AuthorizationFlow::Options options;
    options.provider = provider;
    options.user = o.user;
    options.timeoutMs = o.timeoutMs;
    if (!o.scopes.isEmpty())
        options.scopes = o.scopes;
    auto *flow = new oauth::AuthorizationFlow(options, QCoreApplication::instance());
    QObject::connect(flow, &oauth::AuthorizationFlow::openUrl, flow, [o](const QUrl &url) {
        err() << OAuthCommand::tr("Sign in to continue: open this address in your browser (it waits up to %1 s):")
                     .arg(o.timeoutMs / 1000)
              << '\n'
              << Qt::flush;
        // The URL alone on one line, for scripts and for copying.
        out() << url.toString(QUrl::FullyEncoded) << '\n' << Qt::flush;
        if (!o.noBrowser)
            openInBrowser(url);
    });
    QObject::connect(flow, &oauth::AuthorizationFlow::callbackIgnored, flow, [](const QString &why) {
        err() << terminalSafe(why) << '\n' << Qt::flush;
    });
    QObject::connect(flow, &oauth::AuthorizationFlow::finished, flow, [flow, finish](const oauth::FlowResult &r) {
        flow->deleteLater();
        if (!r.ok()) {
            fail(r.message);
            finish(1);
            return;
        }
        auto *store = new KeychainCredentialStore(QCoreApplication::instance());
        auto tokens = std::make_shared<TokenStore>(store);
        const TokenSet t = r.tokens;
        tokens->save(t, [store, tokens, t, message = r.message, finish](const QString &error) {
            store->deleteLater();
            if (!error.isEmpty()) {
                fail(OAuthCommand::tr("Signed in, but the tokens could not be stored: %1").arg(error));
                finish(1);
                return;
            }
            out() << terminalSafe(message) << '\n'
                  << OAuthCommand::tr("Granted scopes: %1").arg(terminalSafe(t.scopes.join(QLatin1Char(' ')))) << '\n'
                  << OAuthCommand::tr("Access token valid until: %1").arg(expiryText(t)) << '\n'
                  << (t.refreshToken.isEmpty()
                             ? OAuthCommand::tr("No refresh token was issued: sign in again when it expires.")
                             : OAuthCommand::tr("Refresh token stored in the keychain."))
                  << '\n';
            finish(0);
        });
    });
    flow->start();
}

/// No --provider: the email's domain, then its MX hosts (custom domains on Microsoft 365 and
/// Google Workspace).
void detectAndStart(const ProviderRegistry &providers, const LoginOptions &o, const std::function<void(int)> &finish)
{
    const QString domain = ProviderRegistry::domainOf(o.user);
    if (const auto p = providers.detectByDomain(domain)) {
        err() << OAuthCommand::tr("Provider: %1 (from the address)").arg(p->name) << '\n';
        startFlow(*p, o, finish);
        return;
    }
    // The core's resolver (c-ares, the system's configuration); 10 s at most in all.
    auto *resolver = new Resolver(Resolver::Config {}, QCoreApplication::instance());
    auto *deadline = new QTimer(resolver);
    deadline->setSingleShot(true);
    QObject::connect(deadline, &QTimer::timeout, resolver, &Resolver::cancelAll);
    deadline->start(10000);
    resolver->lookup(
        Resolver::Type::Mx, domain, resolver, [resolver, providers, o, finish, domain](const Resolver::Result &result) {
            resolver->deleteLater();
            QStringList hosts;
            for (const MxRecord &mx : result.mx)
                hosts << mx.exchange;
            if (const auto p = providers.detectByMx(hosts)) {
                err() << OAuthCommand::tr("Provider: %1 (from the MX hosts of %2)").arg(p->name, domain) << '\n';
                startFlow(*p, o, finish);
                return;
            }
            const bool looked = result.ok() || result.status == Resolver::Status::NotFound
                || result.status == Resolver::Status::NoData;
            if (looked) {
                fail(OAuthCommand::tr("Could not tell who hosts mail for %1 (no known domain or MX host). Give "
                                      "--provider NAME (see \"maildoctor-cli oauth providers\") or define one with "
                                      "--authorization-url, --token-url and --scope.")
                         .arg(domain));
                finish(2);
                return;
            }
            QString why = result.status == Resolver::Status::Cancelled ? OAuthCommand::tr("no answer within 10 s")
                                                                        : result.error;
            if (why.endsWith(QLatin1Char('.')))
                why.chop(1);  // the sentence goes on
            fail(OAuthCommand::tr("Could not look up who hosts mail for %1: %2. Give --provider NAME (see "
                                  "\"maildoctor-cli oauth providers\") or define one with --authorization-url, "
                                  "--token-url and --scope.")
                     .arg(domain, why));
            finish(2);
        });
}

int login(const QCommandLineParser &p)
{
    LoginOptions o;
    o.user = p.value(QStringLiteral("user")).trimmed();
    if (o.user.isEmpty())
        return usage(OAuthCommand::tr("\"oauth login\" needs --user EMAIL (the login name, usually the address)."));
    o.providerName = p.value(QStringLiteral("provider"));
    o.clientId = p.value(QStringLiteral("client-id"));
    if (p.isSet(QStringLiteral("client-secret-env"))) {
        const QString var = p.value(QStringLiteral("client-secret-env"));
        o.clientSecret = qEnvironmentVariable(var.toLocal8Bit().constData());
        if (o.clientSecret.isEmpty())
            return usage(OAuthCommand::tr("The environment variable %1 (from --client-secret-env) is empty or not set.")
                             .arg(var));
    }
    o.noBrowser = p.isSet(QStringLiteral("no-browser"));
    if (p.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = p.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds < 1 || seconds > 3600)
            return usage(OAuthCommand::tr("--timeout must be a number of seconds from 1 to 3600, not \"%1\".")
                             .arg(p.value(QStringLiteral("timeout"))));
        o.timeoutMs = int(seconds * 1000);
    }
    const bool custom = p.isSet(QStringLiteral("authorization-url")) || p.isSet(QStringLiteral("token-url"));
    if (p.isSet(QStringLiteral("scope")))
        o.scopes = p.value(QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts);

    ProviderRegistry providers = registry();
    if (custom) {
        o.authorizationUrl = QUrl(p.value(QStringLiteral("authorization-url")), QUrl::StrictMode);
        o.tokenUrl = QUrl(p.value(QStringLiteral("token-url")), QUrl::StrictMode);
        for (const QUrl *url : { &o.authorizationUrl, &o.tokenUrl }) {
            const bool loopback = url->host() == QLatin1String("127.0.0.1") || url->host() == QLatin1String("localhost")
                || url->host() == QLatin1String("::1");
            if (!url->isValid() || url->host().isEmpty()
                || !(url->scheme() == QLatin1String("https") || (url->scheme() == QLatin1String("http") && loopback)))
                return usage(OAuthCommand::tr("A custom provider needs both --authorization-url and --token-url as "
                                              "https:// URLs (http:// only on this machine)."));
        }
        if (o.scopes.isEmpty())
            return usage(OAuthCommand::tr("A custom provider needs --scope \"SCOPES\" too."));
        if (o.clientId.isEmpty())
            return usage(OAuthCommand::tr("A custom provider needs --client-id ID."));
        Provider c;
        c.id = o.providerName.isEmpty() ? QStringLiteral("custom") : o.providerName;
        c.name = c.id;
        c.custom = true;
        c.authorizationUrl = o.authorizationUrl;
        c.tokenUrl = o.tokenUrl;
        c.imapScopes = o.scopes;
        return runInEventLoop([c, o](const std::function<void(int)> &finish) { startFlow(c, o, finish); });
    }
    if (!o.providerName.isEmpty()) {
        const auto preset = providers.find(o.providerName);
        if (!preset)
            return usage(OAuthCommand::tr("Unknown provider \"%1\": see \"maildoctor-cli oauth providers\".")
                             .arg(terminalSafe(o.providerName)));
        return runInEventLoop([preset, o](const std::function<void(int)> &finish) { startFlow(*preset, o, finish); });
    }
    if (ProviderRegistry::domainOf(o.user).isEmpty())
        return usage(OAuthCommand::tr("\"%1\" is not a mail address, so the provider cannot be detected: give "
                                      "--provider NAME.")
                         .arg(terminalSafe(o.user)));
    return runInEventLoop(
        [providers, o](const std::function<void(int)> &finish) { detectAndStart(providers, o, finish); });
}

int status(const QCommandLineParser &p)
{
    const QString user = p.value(QStringLiteral("user")).trimmed();
    if (user.isEmpty())
        return usage(OAuthCommand::tr("\"oauth status\" needs --user EMAIL."));
    const bool json = p.isSet(QStringLiteral("json"));
    return runInEventLoop([user, json](const std::function<void(int)> &finish) {
        auto *store = new KeychainCredentialStore(QCoreApplication::instance());
        auto tokens = std::make_shared<TokenStore>(store);
        tokens->load(user, {}, [store, tokens, user, json, finish](const TokenStore::Loaded &loaded) {
            store->deleteLater();
            if (!loaded.error.isEmpty()) {
                fail(loaded.error);
                finish(1);
                return;
            }
            if (json) {
                QJsonArray sets;
                for (const TokenSet &t : loaded.sets)
                    sets.append(t.statusJson());
                out() << QJsonDocument(
                    QJsonObject { { QStringLiteral("user"), user },
                        { QStringLiteral("signed_in"), !loaded.sets.isEmpty() }, { QStringLiteral("sign_ins"), sets } })
                             .toJson(QJsonDocument::Indented);
            } else if (loaded.sets.isEmpty()) {
                out() << OAuthCommand::tr("Not signed in: no OAuth2 tokens are stored for %1.").arg(terminalSafe(user))
                      << '\n';
            }
            for (const TokenSet &t : loaded.sets) {
                if (json)
                    break;
                out() << OAuthCommand::tr("Signed in: %1 with %2").arg(terminalSafe(user), terminalSafe(t.provider))
                      << '\n'
                      << OAuthCommand::tr("  scopes:        %1").arg(terminalSafe(t.scopes.join(QLatin1Char(' '))))
                      << '\n'
                      << OAuthCommand::tr("  access token:  valid until %1").arg(expiryText(t)) << '\n'
                      << OAuthCommand::tr("  refresh token: %1")
                             .arg(t.refreshToken.isEmpty() ? OAuthCommand::tr("none stored")
                                                           : OAuthCommand::tr("stored"))
                      << '\n';
            }
            finish(loaded.sets.isEmpty() ? 1 : 0);
        });
    });
}

int logout(const QCommandLineParser &p)
{
    const QString user = p.value(QStringLiteral("user")).trimmed();
    if (user.isEmpty())
        return usage(OAuthCommand::tr("\"oauth logout\" needs --user EMAIL."));
    return runInEventLoop([user](const std::function<void(int)> &finish) {
        auto *store = new KeychainCredentialStore(QCoreApplication::instance());
        auto tokens = std::make_shared<TokenStore>(store);
        tokens->remove(user, {}, [store, tokens, user, finish](int removed, const QString &error) {
            store->deleteLater();
            if (!error.isEmpty()) {
                fail(error);
                finish(1);
                return;
            }
            out() << (removed ? OAuthCommand::tr("Signed out: the OAuth2 tokens of %1 were removed from the keychain.")
                              : OAuthCommand::tr("Nothing to do: no OAuth2 tokens are stored for %1."))
                         .arg(terminalSafe(user))
                  << '\n';
            finish(0);
        });
    });
}

int providersCommand(const QCommandLineParser &p)
{
    const ProviderRegistry providers = registry();
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Provider &provider : providers.providers())
            list.append(provider.toJson());
        out() << QJsonDocument(list).toJson(QJsonDocument::Indented) << Qt::flush;
        return 0;
    }
    for (const Provider &provider : providers.providers()) {
        out() << QStringLiteral("%1  %2").arg(provider.id, -10).arg(provider.name) << '\n'
              << OAuthCommand::tr("            mechanism %1, client id %2, recognised by %3")
                     .arg(provider.mechanism.toUpper(),
                         provider.clientId.isEmpty() ? OAuthCommand::tr("not set") : OAuthCommand::tr("set"),
                         (provider.domains + provider.hosts + provider.mxPatterns).join(QStringLiteral(", ")))
              << '\n';
    }
    out() << Qt::flush;
    return 0;
}

}  // namespace

QString OAuthCommand::helpText()
{
    return tr("Usage:\n"
              "  maildoctor-cli oauth login --user EMAIL [--provider NAME] [--client-id ID]\n"
              "      [--client-secret-env VAR] [--authorization-url URL --token-url URL --scope \"SCOPES\"]\n"
              "      [--no-browser] [--timeout SECONDS]\n"
              "  maildoctor-cli oauth status --user EMAIL [--json]\n"
              "  maildoctor-cli oauth logout --user EMAIL\n"
              "  maildoctor-cli oauth providers [--json]\n"
              "\n"
              "login prints the authorization URL alone on one line of standard output and opens it in\n"
              "the browser (xdg-open) unless --no-browser; then it waits for the redirect to\n"
              "http://127.0.0.1:PORT/ (default 300 s), exchanges the code (PKCE S256), stores the tokens\n"
              "in the OS keychain and prints what was granted. Without --provider the provider comes\n"
              "from the address's domain, then from its MX hosts. --authorization-url, --token-url and\n"
              "--scope define a custom provider (named by --provider, default \"custom\").\n"
              "Client ids: --client-id, or oauth/clients/<provider>/client_id in %1.\n"
              "status never shows a token. smtp, imap and pop3 with --auth xoauth2|oauthbearer and no\n"
              "--token-env use the stored token for --user, refreshed first when it expires within a minute.\n"
              "\n"
              "Exit status: 0 signed in (or done), 1 refused or failed, 2 bad usage.\n")
        .arg(userSettings()->fileName());
}

int OAuthCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QStringList valueOptions = { QStringLiteral("user"), QStringLiteral("provider"), QStringLiteral("client-id"),
        QStringLiteral("client-secret-env"), QStringLiteral("authorization-url"), QStringLiteral("token-url"),
        QStringLiteral("scope"), QStringLiteral("timeout") };
    for (const QString &name : valueOptions)
        p.addOption(QCommandLineOption(name, QString(), QStringLiteral("VALUE")));
    for (const QString &name : { QStringLiteral("no-browser"), QStringLiteral("json"), QStringLiteral("help") })
        p.addOption(QCommandLineOption(name, QString()));
    if (!p.parse(QStringList { QStringLiteral("maildoctor-cli") } + arguments))
        return usage(p.errorText());
    const QStringList positional = p.positionalArguments();
    if (p.isSet(QStringLiteral("help")) || positional.value(0) == QLatin1String("help")) {
        out() << helpText() << Qt::flush;
        return 0;
    }
    if (positional.size() != 1)
        return usage(positional.isEmpty() ? tr("Missing oauth command: login, status, logout or providers.")
                                          : tr("Unexpected argument \"%1\".").arg(terminalSafe(positional.at(1))));
    const QString command = positional.first();
    const QHash<QString, QStringList> allowed = {
        { QStringLiteral("login"), valueOptions + QStringList { QStringLiteral("no-browser") } },
        { QStringLiteral("status"), { QStringLiteral("user"), QStringLiteral("json") } },
        { QStringLiteral("logout"), { QStringLiteral("user") } },
        { QStringLiteral("providers"), { QStringLiteral("json") } },
    };
    if (!allowed.contains(command))
        return usage(
            tr("Unknown oauth command \"%1\": use login, status, logout or providers.").arg(terminalSafe(command)));
    const QStringList given = p.optionNames();
    for (const QString &name : given) {
        if (!allowed.value(command).contains(name))
            return usage(tr("\"oauth %1\" does not take --%2.").arg(command, name));
        if (valueOptions.contains(name) && given.count(name) > 1)
            return usage(tr("--%1 was given more than once.").arg(name));
    }
    const int customParts
        = int(p.isSet(QStringLiteral("authorization-url"))) + int(p.isSet(QStringLiteral("token-url")));
    if (customParts == 1)
        return usage(
            tr("--authorization-url and --token-url go together (with --scope): they define a custom provider."));
    if (command == QLatin1String("login"))
        return login(p);
    if (command == QLatin1String("status"))
        return status(p);
    if (command == QLatin1String("logout"))
        return logout(p);
    return providersCommand(p);
}

// Uses the sign-in stored for `user` (refreshed first when it expires within a minute).
static void useSignIn(const std::shared_ptr<TokenStore> &tokens, const QString &user,
    const TokenStore::Loaded &loaded, const ServerSettings &settings, bool json, oauth::TokenClient *client,
    CredentialStore *store, std::function<void(int, const QString &)> done);

void OAuthCommand::withStoredToken(const ServerSettings &settings, bool json,
    std::function<void(int, const QString &)> done, const QStringList &alsoAsk)
{
    auto *store = new KeychainCredentialStore(QCoreApplication::instance());
    auto *nam = new QNetworkAccessManager(store);
    auto *client = new oauth::TokenClient(nam, store);
    auto tokens = std::make_shared<TokenStore>(store);
    // The first user with a stored sign-in; with none, the server's user (whose "nothing stored"
    // message names it). A keychain error ends the search there.
    tokens->findSignIn(alsoAsk + QStringList { settings.user }, {},
        [tokens, settings, json, client, store, done = std::move(done)](
            const QString &user, const TokenStore::Loaded &loaded) mutable {
            useSignIn(tokens, user.isEmpty() ? settings.user : user, loaded, settings, json, client, store,
                std::move(done));
        });
}

static void useSignIn(const std::shared_ptr<TokenStore> &tokens, const QString &user,
    const TokenStore::Loaded &loaded, const ServerSettings &settings, bool json, oauth::TokenClient *client,
    CredentialStore *store, std::function<void(int, const QString &)> done)
{
    // What findSignIn read (nothing, when no user had a sign-in): not read again.
    tokens->ensureFresh(loaded, user, client,
        [store, tokens, settings, user, json, done = std::move(done)](const TokenStore::Fresh &fresh) {
            store->deleteLater();
            if (fresh.ok) {
                if (fresh.refreshed)
                    err() << OAuthCommand::tr("The access token was about to expire: refreshed it (and stored the new tokens).")
                          << '\n'
                          << Qt::flush;
                done(0, fresh.tokens.accessToken);
                return;
            }
            if (!fresh.refreshFailed) {
                fail(fresh.error);
                if (fresh.notSignedIn)
                    err() << "  " << terminalSafe(runLine(loginCommand(user))) << '\n' << Qt::flush;
                else if (fresh.severalProviders)
                    err() << "  "
                          << terminalSafe(runLine(OAuthCommand::tr("maildoctor-cli oauth logout --user %1, then %2 "
                                                                   "--provider NAME")
                                                      .arg(shellWord(user), loginCommand(user))))
                          << '\n'
                          << Qt::flush;
                done(1, {});
                return;
            }
            // Reported like a check that failed before connecting: one step, one finding.
            CheckResult result;
            result.protocol = settings.protocol;
            result.host = settings.host;
            result.port = settings.port;
            result.security = settings.security;
            result.failure = FailureKind::Rejected;
            result.failedStep = QStringLiteral("oauth_refresh");
            result.failureMessage = fresh.error;
            Step step;
            step.name = QStringLiteral("oauth_refresh");
            step.status = Step::Status::Failed;
            step.detail = fresh.error;
            result.steps << step;
            result.findings << TokenStore::refreshFailedFinding(user, fresh.providerError);
            // The finding says "sign in again"; the command line adds how: the command, as the
            // finding's "run" in JSON, and as a "Run:" line under it (the last finding) in text.
            if (json) {
                QJsonObject object = toJson(result);
                QJsonArray findings = object.value(QStringLiteral("findings")).toArray();
                QJsonObject finding = findings.first().toObject();
                finding.insert(QStringLiteral("run"), loginCommand(user, fresh.provider));
                findings.replace(0, finding);
                object.insert(QStringLiteral("findings"), findings);
                out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
            } else {
                out() << renderSummaryText(result) << QStringLiteral("      ")
                      << terminalSafe(runLine(loginCommand(user, fresh.provider))) << '\n';
            }
            out() << Qt::flush;
            done(1, {});
        });
}

}  // namespace md::cli
