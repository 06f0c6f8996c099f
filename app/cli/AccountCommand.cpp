#include "AccountCommand.h"
#include "CliSupport.h"
#include "OAuthCommand.h"

#include "CliOptions.h"

#include "account/Account.h"
#include "account/AccountExport.h"
#include "account/CredentialStore.h"
#include "account/ProfileStore.h"
#include "check/CheckFactory.h"
#include "diagnosis/Diagnoser.h"
#include "transcript/Report.h"

#include <memory>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>
#include <unistd.h>

namespace md::cli {

namespace {

int usageError(const QString &why)
{
    err() << "maildoctor-cli: " << why << '\n'
          << AccountCommand::tr("Try \"maildoctor-cli account --help\".") << '\n'
          << Qt::flush;
    return 2;
}

void printError(const QString &why)
{
    err() << "maildoctor-cli: " << why << '\n' << Qt::flush;
}

// Exit status for a profile store error: a name that is taken or missing is bad input (2);
// a file that cannot be used is a failure (1).
int storeFailure(const ProfileStore::Error &error)
{
    printError(error.message);
    return error.kind == ProfileStore::Error::Kind::Exists || error.kind == ProfileStore::Error::Kind::NotFound ? 2 : 1;
}

SecretKind secretKind(const ServerProfile &server)
{
    return server.usesOAuth() ? SecretKind::OAuthTokens : SecretKind::Password;
}

std::unique_ptr<KeychainCredentialStore> makeKeychain()
{
    auto store = std::make_unique<KeychainCredentialStore>();
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("MAILDOCTOR_KEYCHAIN_TIMEOUT_MS", &ok);
    if (ok && ms > 0 && ms <= 600000)
        store->setTimeout(ms);
    return store;
}

QString protocolLabel(Protocol protocol)
{
    return QLatin1String(traits(protocol).displayName);
}

QString securityLabel(Security security)
{
    switch (security) {
    case Security::Tls:
        return AccountCommand::tr("implicit TLS");
    case Security::StartTls:
        return AccountCommand::tr("STARTTLS");
    case Security::None:
        return AccountCommand::tr("no encryption");
    }
    return {};
}

// A saved profile's text may have been edited by hand: never let it drive the terminal.
QString safe(const QString &text)
{
    return terminalSafe(text);
}

bool isPlainAddress(const QString &address)
{
    if (!address.contains(QLatin1Char('@')))
        return false;
    for (const QChar c : address) {
        if (c.isSpace() || c == QLatin1Char('<') || c == QLatin1Char('>') || c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

// The access token out of a stored OAuth2 token set ({"access_token": …, …}).
QString accessToken(const QString &tokenSet)
{
    return QJsonDocument::fromJson(tokenSet.toUtf8()).object().value(QLatin1String("access_token")).toString();
}

struct Options {
    QCommandLineParser parser;
    QList<QCommandLineOption> all;
    QString subcommand;
    QStringList names;  ///< positional arguments after the subcommand

    [[nodiscard]] bool isSet(const QString &name) const { return parser.isSet(name); }
    [[nodiscard]] QString value(const QString &name) const
    {
        return parser.isSet(name) ? parser.value(name) : QString();
    }
};

const QStringList kValueOptions = {
    QStringLiteral("email"),
    QStringLiteral("display-name"),
    QStringLiteral("smtp-host"),
    QStringLiteral("smtp-port"),
    QStringLiteral("smtp-security"),
    QStringLiteral("smtp-user"),
    QStringLiteral("smtp-auth"),
    QStringLiteral("imap-host"),
    QStringLiteral("imap-port"),
    QStringLiteral("imap-security"),
    QStringLiteral("imap-user"),
    QStringLiteral("imap-auth"),
    QStringLiteral("password-env"),
    QStringLiteral("ca-file"),
    QStringLiteral("smtp-pin-spki"),
    QStringLiteral("imap-pin-spki"),
    QStringLiteral("pop3-host"),
    QStringLiteral("pop3-port"),
    QStringLiteral("pop3-security"),
    QStringLiteral("pop3-user"),
    QStringLiteral("pop3-auth"),
    QStringLiteral("pop3-pin-spki"),
    QStringLiteral("timeout"),
    QStringLiteral("format"),
};
const QStringList kFlagOptions = { QStringLiteral("password-stdin"), QStringLiteral("json"),
    QStringLiteral("smtp-only"), QStringLiteral("imap-only"), QStringLiteral("pop3-only"), QStringLiteral("help") };

// Which options each subcommand takes.
QStringList allowedOptions(const QString &subcommand)
{
    if (subcommand == QLatin1String("add")) {
        QStringList names = kValueOptions;
        names.removeAll(QStringLiteral("timeout"));
        names.removeAll(QStringLiteral("format"));
        return names << QStringLiteral("password-stdin");
    }
    if (subcommand == QLatin1String("list") || subcommand == QLatin1String("show"))
        return { QStringLiteral("json") };
    if (subcommand == QLatin1String("test"))
        return { QStringLiteral("smtp-only"), QStringLiteral("imap-only"), QStringLiteral("pop3-only"),
            QStringLiteral("json"), QStringLiteral("timeout"), QStringLiteral("password-env"),
            QStringLiteral("password-stdin") };
    if (subcommand == QLatin1String("export"))
        return { QStringLiteral("format") };
    return {};
}

// The password given for this run with --password-env VAR or --password-stdin (empty: none).
QString givenPassword(const Options &o, const std::function<QByteArray()> &readStdinLine, QString *password)
{
    return OptionParser::readPassword(
        o.value(QStringLiteral("password-env")), o.isSet(QStringLiteral("password-stdin")), readStdinLine, password);
}

// The saved account the one NAME argument names; otherwise nothing, with the exit status in *status.
std::optional<Account> namedAccount(const Options &o, int *status)
{
    if (o.names.size() != 1) {
        *status = usageError(AccountCommand::tr("\"account %1\" needs exactly one NAME.").arg(o.subcommand));
        return std::nullopt;
    }
    ProfileStore::Error error;
    std::optional<Account> found = ProfileStore().find(o.names.first(), &error);
    if (!found)
        *status = storeFailure(error);
    return found;
}

// --- add ---------------------------------------------------------------------------------------

int parseServer(const Options &o, Protocol protocol, const QString &email, ServerProfile *server)
{
    const QString p = toString(protocol) + QLatin1Char('-');
    server->protocol = protocol;
    server->host = o.value(p + QStringLiteral("host")).trimmed();
    if (server->host.isEmpty())
        return usageError(AccountCommand::tr("--%1 is required.").arg(p + QStringLiteral("host")));
    if (hasControlCharacters(server->host) || server->host.contains(QLatin1Char(' ')))
        return usageError(AccountCommand::tr("--%1 must be a host name or address.").arg(p + QStringLiteral("host")));
    ServerSettings settings;
    if (const QString why
        = OptionParser::parsePortAndSecurity(protocol, p + QStringLiteral("port"), o.value(p + QStringLiteral("port")),
            p + QStringLiteral("security"), o.value(p + QStringLiteral("security")), &settings);
        !why.isEmpty())
        return usageError(why);
    server->port = settings.port;
    server->security = settings.security;
    server->user = o.isSet(p + QStringLiteral("user")) ? o.value(p + QStringLiteral("user")) : email;
    if (server->user.isEmpty() || hasControlCharacters(server->user))
        return usageError(
            AccountCommand::tr("--%1 must be a user name without line breaks.").arg(p + QStringLiteral("user")));
    if (o.isSet(p + QStringLiteral("auth"))) {
        if (const QString why = OptionParser::parseMechanism(
                protocol, p + QStringLiteral("auth"), o.value(p + QStringLiteral("auth")), &server->authMechanism);
            !why.isEmpty())
            return usageError(why);
    }
    if (o.isSet(QStringLiteral("ca-file"))) {
        const QString file = o.value(QStringLiteral("ca-file"));
        if (const QString why = OptionParser::checkCaFile(file); !why.isEmpty())
            return usageError(why);
        // Saved for later runs from any directory.
        server->caFile = QFileInfo(file).absoluteFilePath();
    }
    if (o.isSet(p + QStringLiteral("pin-spki"))) {
        if (const QString why = OptionParser::parsePin(
                p + QStringLiteral("pin-spki"), o.value(p + QStringLiteral("pin-spki")), &server->pinnedSpki);
            !why.isEmpty())
            return usageError(why);
    }
    return 0;
}

// Stores `password` for every server of `account` that logs in with a password, one after
// another; stops at the first failure.
void storePasswords(CredentialStore *store, const Account &account, const QString &password,
    const std::function<void(const CredentialError &)> &done)
{
    QList<ServerProfile> servers;
    for (const ServerProfile &server : { account.outgoing, account.incoming }) {
        if (!server.usesOAuth())
            servers.append(server);
    }
    auto failure = std::make_shared<CredentialError>();
    runInSequence(
        int(servers.size()),
        [store, servers, name = account.name, password, failure](int index, const std::function<void(bool)> &proceed) {
            store->write({ name, servers.at(index).protocol, SecretKind::Password }, password,
                [failure, proceed](const CredentialError &error) {
                    *failure = error;
                    proceed(error.ok());
                });
        },
        [failure, done](bool) { done(*failure); });
}

int add(const Options &o, const std::function<QByteArray()> &readStdinLine)
{
    if (o.names.size() != 1)
        return usageError(AccountCommand::tr("\"account add\" needs exactly one NAME."));
    Account account;
    account.name = o.names.first().trimmed();
    if (account.name.isEmpty() || hasControlCharacters(account.name) || account.name.size() > 200)
        return usageError(AccountCommand::tr("An account name must be 1 to 200 characters without line breaks."));
    account.email = o.value(QStringLiteral("email")).trimmed();
    if (account.email.isEmpty())
        return usageError(AccountCommand::tr("--email is required."));
    if (!isPlainAddress(account.email))
        return usageError(
            AccountCommand::tr("\"%1\" is not a plain mail address (name@domain, no spaces or angle brackets).")
                .arg(safe(account.email)));
    account.displayName = o.value(QStringLiteral("display-name"));
    if (hasControlCharacters(account.displayName))
        return usageError(AccountCommand::tr("--display-name must not hold line breaks."));
    if (const int status = parseServer(o, Protocol::Smtp, account.email, &account.outgoing))
        return status;
    // The incoming server is IMAP or POP3: the options of the other one make no sense.
    const bool pop3 = o.isSet(QStringLiteral("pop3-host"));
    if (pop3 && o.isSet(QStringLiteral("imap-host")))
        return usageError(
            AccountCommand::tr("Give either --imap-host or --pop3-host: an account has one incoming server."));
    const Protocol incoming = pop3 ? Protocol::Pop3 : Protocol::Imap;
    const QString unused = toString(pop3 ? Protocol::Imap : Protocol::Pop3) + QLatin1Char('-');
    for (const QString &name : o.parser.optionNames()) {
        if (name.startsWith(unused))
            return usageError(AccountCommand::tr("--%1 needs --%2host.").arg(name, unused));
    }
    if (const int status = parseServer(o, incoming, account.email, &account.incoming))
        return status;

    QString password;
    if (const QString why = givenPassword(o, readStdinLine, &password); !why.isEmpty())
        return usageError(why);

    ProfileStore profiles;
    ProfileStore::Error error;
    if (!profiles.add(account, &error))
        return storeFailure(error);
    out() << AccountCommand::tr("Saved account \"%1\" in %2.").arg(safe(account.name), profiles.path()) << '\n';
    if (password.isEmpty()) {
        out() << AccountCommand::tr("No password was given: it will be asked for each time.") << '\n';
        return 0;
    }
    auto keychain = makeKeychain();
    return runInEventLoop([&](const Finish &finish) {
        storePasswords(keychain.get(), account, password, [&account, finish](const CredentialError &e) {
            if (e.ok()) {
                out() << AccountCommand::tr("The password is stored in the keychain.") << '\n';
                finish(0);
                return;
            }
            printError(AccountCommand::tr("The password was not stored: %1 The account \"%2\" is saved without it; "
                                          "the password will be asked for each time.")
                           .arg(e.message(), safe(account.name)));
            finish(1);
        });
    });
}

// --- list / show -------------------------------------------------------------------------------

int list(const Options &o)
{
    if (!o.names.isEmpty())
        return usageError(AccountCommand::tr("\"account list\" takes no arguments."));
    ProfileStore profiles;
    ProfileStore::Error error;
    const std::optional<QList<Account>> accounts = profiles.accounts(&error);
    if (!accounts)
        return storeFailure(error);
    if (o.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Account &account : *accounts)
            array.append(toJson(account));
        out() << QJsonDocument(QJsonObject { { QStringLiteral("accounts"), array } }).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (accounts->isEmpty()) {
        out() << AccountCommand::tr("No saved accounts.") << '\n';
        return 0;
    }
    for (const Account &a : *accounts) {
        out() << AccountCommand::tr("%1  <%2>  %3 %4:%5  %6 %7:%8")
                     .arg(safe(a.name), safe(a.email), protocolLabel(a.outgoing.protocol), safe(a.outgoing.host))
                     .arg(a.outgoing.port)
                     .arg(protocolLabel(a.incoming.protocol), safe(a.incoming.host))
                     .arg(a.incoming.port)
              << '\n';
    }
    return 0;
}

struct SecretStatus {
    CredentialError error;
    [[nodiscard]] QString json() const
    {
        if (error.ok())
            return QStringLiteral("stored");
        return error.code == CredentialError::Code::NotFound ? QStringLiteral("not_stored")
                                                             : QStringLiteral("unavailable");
    }
    [[nodiscard]] QString text() const
    {
        if (error.ok())
            return AccountCommand::tr("stored in the keychain");
        if (error.code == CredentialError::Code::NotFound)
            return AccountCommand::tr("not stored");
        return AccountCommand::tr("keychain unavailable: %1").arg(error.message());
    }
};

// Reads the secrets of `servers` one after another (the secret itself is dropped unless asked for).
void readSecrets(CredentialStore *store, const QString &account, const QList<ServerProfile> &servers,
    const std::function<void(QList<CredentialError>, QStringList)> &done)
{
    auto errors = std::make_shared<QList<CredentialError>>();
    auto secrets = std::make_shared<QStringList>();
    runInSequence(
        int(servers.size()),
        [store, account, servers, errors, secrets](int index, const std::function<void(bool)> &proceed) {
            const ServerProfile &server = servers.at(index);
            store->read({ account, server.protocol, secretKind(server) },
                [errors, secrets, proceed](const CredentialError &error, const QString &secret) {
                    errors->append(error);
                    secrets->append(secret);
                    proceed(true);
                });
        },
        [errors, secrets, done](bool) { done(*errors, *secrets); });
}

QStringList describeServer(const QString &role, const ServerProfile &s, const SecretStatus &status)
{
    QStringList lines;
    lines << AccountCommand::tr("%1 (%2): %3 port %4, %5")
                 .arg(role, protocolLabel(s.protocol), safe(s.host))
                 .arg(s.port)
                 .arg(securityLabel(s.security));
    lines << AccountCommand::tr("  user %1, login %2").arg(safe(s.user), safe(s.authMechanism));
    if (!s.oauthProvider.isEmpty())
        lines << AccountCommand::tr("  OAuth2 provider: %1").arg(safe(s.oauthProvider));
    if (!s.caFile.isEmpty())
        lines << AccountCommand::tr("  extra CA file: %1").arg(safe(s.caFile));
    if (!s.pinnedSpki.isEmpty())
        lines
            << AccountCommand::tr("  pinned key (SPKI SHA-256): %1").arg(QString::fromLatin1(s.pinnedSpki.toHex(':')));
    lines << (s.usesOAuth() ? AccountCommand::tr("  OAuth2 tokens: %1") : AccountCommand::tr("  password: %1"))
                 .arg(status.text());
    return lines;
}

int show(const Options &o)
{
    int status = 0;
    const std::optional<Account> found = namedAccount(o, &status);
    if (!found)
        return status;
    const Account account = *found;
    auto keychain = makeKeychain();
    return runInEventLoop([&](const Finish &finish) {
        readSecrets(keychain.get(), account.name, { account.outgoing, account.incoming },
            [&account, &o, finish](const QList<CredentialError> &errors, const QStringList &) {
                const SecretStatus outgoing { errors.value(0) };
                const SecretStatus incoming { errors.value(1) };
                if (o.isSet(QStringLiteral("json"))) {
                    QJsonObject json = toJson(account);
                    const auto annotate = [&json](const QString &key, const SecretStatus &status) {
                        QJsonObject server = json.value(key).toObject();
                        server.insert(QStringLiteral("secret"), status.json());
                        if (status.json() == QLatin1String("unavailable"))
                            server.insert(QStringLiteral("keychain_error"), status.error.message());
                        json.insert(key, server);
                    };
                    annotate(QStringLiteral("outgoing"), outgoing);
                    annotate(QStringLiteral("incoming"), incoming);
                    out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
                    finish(0);
                    return;
                }
                QStringList lines;
                lines << AccountCommand::tr("Account \"%1\"").arg(safe(account.name))
                      << AccountCommand::tr("Email: %1").arg(safe(account.email));
                if (!account.displayName.isEmpty())
                    lines << AccountCommand::tr("Display name: %1").arg(safe(account.displayName));
                lines << describeServer(AccountCommand::tr("Outgoing"), account.outgoing, outgoing)
                      << describeServer(AccountCommand::tr("Incoming"), account.incoming, incoming);
                out() << lines.join(QLatin1Char('\n')) << '\n';
                finish(0);
            });
    });
}

// --- remove ------------------------------------------------------------------------------------

int remove(const Options &o)
{
    int status = 0;
    const std::optional<Account> found = namedAccount(o, &status);
    if (!found)
        return status;
    const QString name = found->name;
    ProfileStore profiles;
    auto keychain = makeKeychain();
    // The keychain entries go first: if they cannot be deleted, the account stays, so that no
    // entry outlives its account. Only when there is no keychain at all is the profile removed
    // regardless (nothing could be deleted now or ever from this session), with a warning.
    return runInEventLoop([&](const Finish &finish) {
        keychain->removeAccount(name, [&profiles, &name, finish](const CredentialError &e) {
            if (!e.ok() && e.code != CredentialError::Code::NoBackend) {
                printError(AccountCommand::tr("The account \"%1\" was not removed: its keychain entries could not be "
                                              "deleted. %2")
                               .arg(safe(name), e.message()));
                finish(1);
                return;
            }
            ProfileStore::Error storeError;
            if (!profiles.remove(name, &storeError)) {
                finish(storeFailure(storeError));
                return;
            }
            if (e.ok()) {
                out() << AccountCommand::tr("Removed account \"%1\" and its keychain entries.").arg(safe(name)) << '\n';
            } else {
                out() << AccountCommand::tr("Removed account \"%1\".").arg(safe(name)) << '\n';
                printError(AccountCommand::tr("Its keychain entries, if any were saved in another session, could not "
                                              "be deleted: %1")
                               .arg(e.message()));
            }
            finish(0);
        });
    });
}

// --- test --------------------------------------------------------------------------------------

struct TestRun {
    Account account;
    QList<ServerProfile> servers;
    QStringList secrets;  ///< per server; empty: none
    Timeouts timeouts;
    bool json = false;
    std::unique_ptr<Check> check;
    QJsonArray results;
    bool ok = true;
};

void runNextCheck(const std::shared_ptr<TestRun> &run, const Finish &finish)
{
    const int index = int(run->results.size());
    if (index == run->servers.size()) {
        run->check.reset();  // its finished() connection holds `run`: break the cycle
        if (run->json) {
            const QJsonObject json { { QStringLiteral("account"), run->account.name },
                { QStringLiteral("ok"), run->ok }, { QStringLiteral("checks"), run->results } };
            out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
        }
        finish(run->ok ? 0 : 1);
        return;
    }
    const ServerProfile &server = run->servers.at(index);
    ServerSettings settings = toServerSettings(server, run->secrets.at(index));
    settings.timeouts = run->timeouts;
    run->check = makeCheck(settings);
    if (!run->json) {
        if (index > 0)
            out() << '\n';
        out() << AccountCommand::tr("== %1 (%2): %3 port %4 ==")
                     .arg(server.protocol == Protocol::Smtp ? AccountCommand::tr("Outgoing")
                                                            : AccountCommand::tr("Incoming"),
                         protocolLabel(server.protocol), safe(server.host))
                     .arg(server.port)
              << '\n';
        QObject::connect(run->check.get(), &Check::transcriptEvent, [](const TranscriptEvent &event) {
            out() << renderEventLine(event) << '\n';
            out().flush();
        });
    }
    QObject::connect(run->check.get(), &Check::finished, [run, finish](const CheckResult &finished) {
        CheckResult result = finished;
        result.findings = diagnose(result);  // the check draws no conclusions; its reader does
        run->ok = run->ok && result.ok;
        run->results.append(toJson(result));
        if (!run->json)
            out() << '\n' << renderSummaryText(result);
        out().flush();
        // Not from inside the finished check's own signal: it is destroyed by the next one.
        QTimer::singleShot(0, [run, finish] { runNextCheck(run, finish); });
    });
    QTimer::singleShot(0, run->check.get(), &Check::start);
}

// OAuth2 servers without a token set of the account's own use the sign-in stored for the
// account's address (the wizard's) or else for their user (`oauth login --user`), refreshed
// first when it expires within a minute, one after another.
void useSignIns(const std::shared_ptr<TestRun> &run, QList<int> pending, const Finish &finish)
{
    if (pending.isEmpty()) {
        runNextCheck(run, finish);
        return;
    }
    const int i = pending.takeFirst();
    OAuthCommand::withStoredToken(toServerSettings(run->servers.at(i), {}), run->json,
        [run, pending, finish, i](int exitCode, const QString &token) {
            if (exitCode != 0) {
                finish(exitCode);
                return;
            }
            run->secrets[i] = token;
            useSignIns(run, pending, finish);
        },
        { run->account.email });  // where the wizard stores it; then the server's user
}

int test(const Options &o, const std::function<QByteArray()> &readStdinLine)
{
    const bool incomingOnly = o.isSet(QStringLiteral("imap-only")) || o.isSet(QStringLiteral("pop3-only"));
    if (o.isSet(QStringLiteral("smtp-only")) + o.isSet(QStringLiteral("imap-only"))
            + o.isSet(QStringLiteral("pop3-only"))
        > 1)
        return usageError(AccountCommand::tr("Use only one of --smtp-only, --imap-only and --pop3-only."));
    auto run = std::make_shared<TestRun>();
    run->json = o.isSet(QStringLiteral("json"));
    if (o.isSet(QStringLiteral("timeout"))) {
        if (const QString why = OptionParser::parseTimeout(o.value(QStringLiteral("timeout")), &run->timeouts);
            !why.isEmpty())
            return usageError(why);
    }
    int status = 0;
    const std::optional<Account> found = namedAccount(o, &status);
    if (!found)
        return status;
    // A password given on the command line's terms (environment or stdin) is used instead of the
    // stored one: that is how to try a new password before saving it.
    QString given;
    if (const QString why = givenPassword(o, readStdinLine, &given); !why.isEmpty())
        return usageError(why);

    run->account = *found;
    const QString onlyIncoming = toString(run->account.incoming.protocol) + QStringLiteral("-only");
    if (incomingOnly && !o.isSet(onlyIncoming))
        return usageError(
            AccountCommand::tr("The incoming server of \"%1\" is %2: use --%3.")
                .arg(safe(run->account.name), protocolLabel(run->account.incoming.protocol), onlyIncoming));
    if (!incomingOnly)
        run->servers << run->account.outgoing;
    if (!o.isSet(QStringLiteral("smtp-only")))
        run->servers << run->account.incoming;

    auto keychain = makeKeychain();
    return runInEventLoop([&](const Finish &finish) {
        if (!given.isEmpty()) {
            for (const ServerProfile &server : std::as_const(run->servers))
                run->secrets << (server.usesOAuth() ? QString() : given);
            runNextCheck(run, finish);
            return;
        }
        readSecrets(keychain.get(), run->account.name, run->servers,
            [run, finish, &readStdinLine](const QList<CredentialError> &errors, const QStringList &secrets) {
                QString asked;  // asked for at most once, used for every server without one
                QList<int> signIns;  // OAuth servers that use the token of `oauth login`
                for (int i = 0; i < run->servers.size(); ++i) {
                    const ServerProfile &server = run->servers.at(i);
                    QString secret = secrets.value(i);
                    if (errors.at(i).ok() && server.usesOAuth())
                        secret = accessToken(secret);
                    if (secret.isEmpty() && !server.user.isEmpty() && server.usesOAuth()
                        && (errors.at(i).ok() || errors.at(i).code == CredentialError::Code::NotFound)) {
                        signIns << i;
                        run->secrets << QString();
                        continue;
                    }
                    if (secret.isEmpty() && !server.user.isEmpty()) {
                        if (!errors.at(i).ok() && errors.at(i).code != CredentialError::Code::NotFound)
                            printError(AccountCommand::tr("The stored secret of %1 could not be read: %2")
                                           .arg(protocolLabel(server.protocol), errors.at(i).message()));
                        if (server.usesOAuth()) {
                            finish(usageError(AccountCommand::tr("No OAuth2 sign-in of account \"%1\" is "
                                                                 "stored for %2: sign in with OAuth2 first.")
                                                  .arg(safe(run->account.name), protocolLabel(server.protocol))));
                            return;
                        }
                        if (!isatty(STDIN_FILENO)) {
                            finish(
                                usageError(AccountCommand::tr("No %1 secret of account \"%2\" is available: give the "
                                                              "password with --password-env VAR or --password-stdin.")
                                               .arg(protocolLabel(server.protocol), safe(run->account.name))));
                            return;
                        }
                        if (asked.isEmpty()) {
                            if (const QString why = OptionParser::readPassword({}, true, readStdinLine, &asked);
                                !why.isEmpty()) {
                                finish(usageError(why));
                                return;
                            }
                        }
                        secret = asked;
                    }
                    run->secrets << secret;
                }
                useSignIns(run, signIns, finish);
            });
    });
}

// --- export ------------------------------------------------------------------------------------

int exportAccount(const Options &o)
{
    const QString format = o.value(QStringLiteral("format"));
    if (format != QLatin1String("autoconfig") && format != QLatin1String("msmtp"))
        return usageError(AccountCommand::tr("--format must be autoconfig or msmtp."));
    int status = 0;
    const std::optional<Account> found = namedAccount(o, &status);
    if (!found)
        return status;
    if (format == QLatin1String("autoconfig")) {
        out() << AccountExport::autoconfig(*found);
        return 0;
    }
    QString why;
    const std::optional<QString> text = AccountExport::msmtp(*found, &why);
    if (!text) {
        printError(why);
        return 1;
    }
    out() << *text;
    return 0;
}

}  // namespace

QString AccountCommand::helpText()
{
    return tr("Usage:\n"
              "  maildoctor-cli account add NAME --email ADDR [--display-name TEXT]\n"
              "      --smtp-host HOST [--smtp-port N] [--smtp-security tls|starttls|none]\n"
              "      [--smtp-user NAME] [--smtp-auth MECH]\n"
              "      --imap-host HOST [--imap-port N] [--imap-security tls|starttls|none]\n"
              "      [--imap-user NAME] [--imap-auth MECH]\n"
              "      (or --pop3-host HOST [--pop3-port N] [--pop3-security MODE] [--pop3-user NAME]\n"
              "      [--pop3-auth MECH] for a POP3 incoming server)\n"
              "      [--password-env VAR | --password-stdin] [--ca-file PEM]\n"
              "      [--smtp-pin-spki HASH] [--imap-pin-spki HASH | --pop3-pin-spki HASH]\n"
              "  maildoctor-cli account list [--json]\n"
              "  maildoctor-cli account show NAME [--json]\n"
              "  maildoctor-cli account remove NAME\n"
              "  maildoctor-cli account test NAME [--smtp-only | --imap-only | --pop3-only] [--json]\n"
              "      [--timeout SECONDS] [--password-env VAR | --password-stdin]\n"
              "  maildoctor-cli account export NAME --format autoconfig|msmtp\n"
              "\n"
              "Saved accounts: the settings go to an account file (%1), the password only\n"
              "to the OS keychain, for both servers. User names default to the address; ports and\n"
              "security default as for \"smtp\", \"imap\" and \"pop3\". \"test\" runs both checks with the saved\n"
              "settings and the stored password (a password given with --password-env or\n"
              "--password-stdin is used instead; without any, it asks on a terminal).\n"
              "\n"
              "Exit status: 0 done (the checks passed), 1 something failed (the password could not be\n"
              "stored, a check failed, the account file cannot be used), 2 bad usage or input.\n")
        .arg(ProfileStore::defaultPath());
}

int AccountCommand::run(const QStringList &arguments, const std::function<QByteArray()> &readStdinLine)
{
    Options o;
    o.parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const QString &name : kValueOptions)
        o.parser.addOption(QCommandLineOption(name, QString(), QStringLiteral("VALUE")));
    for (const QString &name : kFlagOptions)
        o.parser.addOption(QCommandLineOption(name, QString()));
    if (!o.parser.parse(QStringList { QStringLiteral("maildoctor-cli") } + arguments))
        return usageError(o.parser.errorText());
    const QStringList positional = o.parser.positionalArguments();
    if (o.parser.isSet(QStringLiteral("help")) || positional.value(0) == QLatin1String("help")) {
        out() << helpText() << Qt::flush;
        return 0;
    }
    if (positional.isEmpty())
        return usageError(tr("Missing account command: add, list, show, remove, test or export."));
    o.subcommand = positional.first();
    o.names = positional.mid(1);
    const QStringList allowed = allowedOptions(o.subcommand);
    if (allowed.isEmpty() && o.subcommand != QLatin1String("remove"))
        return usageError(
            tr("Unknown account command \"%1\": use add, list, show, remove, test or export.").arg(safe(o.subcommand)));
    const QStringList given = o.parser.optionNames();
    for (const QString &name : given) {
        if (!allowed.contains(name))
            return usageError(tr("\"account %1\" does not take --%2.").arg(o.subcommand, name));
        if (kValueOptions.contains(name) && given.count(name) > 1)
            return usageError(tr("--%1 was given more than once.").arg(name));
    }

    if (o.subcommand == QLatin1String("add"))
        return add(o, readStdinLine);
    if (o.subcommand == QLatin1String("list"))
        return list(o);
    if (o.subcommand == QLatin1String("show"))
        return show(o);
    if (o.subcommand == QLatin1String("remove"))
        return remove(o);
    if (o.subcommand == QLatin1String("test"))
        return test(o, readStdinLine);
    return exportAccount(o);
}

}  // namespace md::cli
