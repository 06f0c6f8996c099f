// `maildoctor-cli oauth …` end to end, as a person would use it: login prints the authorization
// URL alone on a line, a script plays the browser against the real authorization server
// (oidc-provider), the tokens land in a real gnome-keyring (with-keyring.sh), then smtp and imap
// --auth xoauth2|oauthbearer without --token-env log in to the real Dovecot with the stored
// token, refreshing it first when it is about to expire. No token in any output.

#include "IntegrationSupport.h"

#include "account/CredentialStore.h"
#include "oauth/TokenStore.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QUrlQuery>

using namespace md;
using namespace md::oauth;

class TstOAuthCli : public QObject
{
    Q_OBJECT

    QHash<QString, QString> m_oauth;
    QHash<QString, QString> m_mail;
    QByteArrayList m_outputs;  ///< everything the CLI printed, checked for tokens at the end

    static QHash<QString, QString> readEnv(const QString &path)
    {
        qputenv("MAILDOCTOR_SERVER_ENV", path.toLocal8Bit());
        return test::serverEnv();
    }

    QStringList loginArguments(const QString &user = QStringLiteral("alice")) const
    {
        return { QStringLiteral("oauth"), QStringLiteral("login"), QStringLiteral("--user"), user,
            QStringLiteral("--provider"), QStringLiteral("testidp"), QStringLiteral("--client-id"),
            m_oauth.value(QStringLiteral("CLIENT_ID")), QStringLiteral("--authorization-url"),
            m_oauth.value(QStringLiteral("AUTHORIZATION_URL")), QStringLiteral("--token-url"),
            m_oauth.value(QStringLiteral("TOKEN_URL")), QStringLiteral("--scope"),
            m_oauth.value(QStringLiteral("SCOPE")), QStringLiteral("--no-browser"), QStringLiteral("--timeout"),
            QStringLiteral("30") };
    }

    /// Runs `oauth login`; plays the browser on the URL it prints (with `browserOptions`).
    test::CliRun login(const QStringList &browserOptions = {}, QUrl *printedUrl = nullptr)
    {
        QProcess cli;
        cli.start(QStringLiteral(MAILDOCTOR_CLI), loginArguments());
        test::CliRun run;
        if (!cli.waitForStarted(10000))
            return run;
        // The first line of standard output is the URL, alone.
        QByteArray first;
        QDeadlineTimer deadline(10000);
        while (!first.contains('\n') && !deadline.hasExpired() && cli.waitForReadyRead(int(deadline.remainingTime())))
            first += cli.readAllStandardOutput();
        const QUrl url(QString::fromUtf8(first.left(first.indexOf('\n'))));
        if (printedUrl)
            *printedUrl = url;
        QProcess browser;
        browser.start(QStringLiteral("/usr/bin/python3"),
            QStringList { m_oauth.value(QStringLiteral("BROWSER")), url.toString(QUrl::FullyEncoded) }
                + browserOptions);
        browser.waitForFinished(30000);
        cli.waitForFinished(30000);
        run.exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -2;
        run.out = first + cli.readAllStandardOutput();
        run.err = cli.readAllStandardError();
        m_outputs << run.all();
        return run;
    }

    test::CliRun cli(const QStringList &arguments)
    {
        const test::CliRun run = test::runCli(arguments);
        m_outputs << run.all();
        return run;
    }

    QStringList checkArguments(const QString &protocol, const QString &mechanism) const
    {
        const bool smtp = protocol == QLatin1String("smtp");
        return { protocol, QStringLiteral("--host"), m_mail.value(QStringLiteral("HOST")), QStringLiteral("--port"),
            m_mail.value(smtp ? QStringLiteral("SMTP_STARTTLS_PORT") : protocol.toUpper() + QStringLiteral("_TLS_PORT")),
            QStringLiteral("--security"), smtp ? QStringLiteral("starttls") : QStringLiteral("tls"),
            QStringLiteral("--ca-file"), m_mail.value(QStringLiteral("CA_FILE")), QStringLiteral("--user"),
            QStringLiteral("alice"), QStringLiteral("--auth"), mechanism, QStringLiteral("--timeout"),
            QStringLiteral("10") };
    }

    /// The token set in the keychain, read the way the CLI reads it.
    std::optional<TokenSet> stored()
    {
        KeychainCredentialStore keychain;
        TokenStore store(&keychain);
        std::optional<TokenStore::Loaded> loaded;
        store.load(QStringLiteral("alice"), {}, [&](const TokenStore::Loaded &l) { loaded = l; });
        QSignalSpy never(this, &QObject::destroyed);
        for (int i = 0; i < 100 && !loaded; ++i)
            never.wait(100);  // the keychain answers through the event loop
        if (!loaded || loaded->sets.size() != 1)
            return std::nullopt;
        return loaded->sets.first();
    }

    void store(const TokenSet &t)
    {
        KeychainCredentialStore keychain;
        TokenStore store(&keychain);
        std::optional<QString> error;
        store.save(t, [&](const QString &e) { error = e; });
        QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 10000);
        QVERIFY2(error->isEmpty(), qPrintable(*error));
    }

private slots:
    void initTestCase()
    {
        m_oauth = readEnv(qEnvironmentVariable("MAILDOCTOR_OAUTH_ENV"));
        QVERIFY2(
            m_oauth.contains(QStringLiteral("TOKEN_URL")), "oauthserver fixture not running (MAILDOCTOR_OAUTH_ENV)");
        m_mail = readEnv(m_oauth.value(QStringLiteral("MAILSERVER_ENV")));
        QVERIFY(m_mail.contains(QStringLiteral("IMAP_TLS_PORT")));
    }

    void loginPrintsTheUrlAloneAndStoresTheTokens()
    {
        QUrl url;
        const test::CliRun run = login({}, &url);
        QVERIFY2(run.exitCode == 0, run.all().constData());
        QCOMPARE(url.toString(QUrl::RemoveQuery), m_oauth.value(QStringLiteral("AUTHORIZATION_URL")));
        const QUrlQuery q(url);
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
        QVERIFY(q.queryItemValue(QStringLiteral("state")).size() >= 32);
        QCOMPARE(q.queryItemValue(QStringLiteral("login_hint"), QUrl::FullyDecoded), QStringLiteral("alice"));
        const QUrl redirect(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(redirect.port() > 0);
        QVERIFY2(run.out.contains("Granted scopes: openid mail"), run.out.constData());
        QVERIFY(run.out.contains("Refresh token stored"));
        const auto t = stored();
        QVERIFY(t);
        QVERIFY(!t->refreshToken.isEmpty());
        QCOMPARE(t->provider, QStringLiteral("testidp"));
    }

    void statusShowsNoToken()
    {
        const test::CliRun text = cli(
            { QStringLiteral("oauth"), QStringLiteral("status"), QStringLiteral("--user"), QStringLiteral("alice") });
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("testidp"));
        QVERIFY(text.out.contains("refresh token: stored"));
        const test::CliRun json = cli({ QStringLiteral("oauth"), QStringLiteral("status"), QStringLiteral("--user"),
            QStringLiteral("alice"), QStringLiteral("--json") });
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = json.json();
        QVERIFY(o.value(QStringLiteral("signed_in")).toBool());
        const QJsonObject set = o.value(QStringLiteral("sign_ins")).toArray().first().toObject();
        QVERIFY(set.value(QStringLiteral("refresh_token_stored")).toBool());
        QVERIFY(!set.contains(QStringLiteral("access_token")));
    }

    void checksUseTheStoredToken()
    {
        for (const QString &protocol : { QStringLiteral("imap"), QStringLiteral("smtp"), QStringLiteral("pop3") }) {
            for (const QString &mech : { QStringLiteral("xoauth2"), QStringLiteral("oauthbearer") }) {
                const test::CliRun run = cli(checkArguments(protocol, mech));
                QVERIFY2(run.exitCode == 0,
                    qPrintable(protocol + QLatin1Char(' ') + mech + QLatin1Char('\n') + QString::fromUtf8(run.all())));
                QVERIFY(run.out.contains(mech.toUpper().toUtf8()));
            }
        }
    }

    void accountTestUsesTheSignIn()
    {
        // A saved account whose servers log in with OAuth2 and have no token set of their own.
        const test::CliRun add = cli({ QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("OAuthBox"),
            QStringLiteral("--email"), QStringLiteral("alice@example.test"), QStringLiteral("--smtp-host"),
            m_mail.value(QStringLiteral("HOST")), QStringLiteral("--smtp-port"),
            m_mail.value(QStringLiteral("SMTP_STARTTLS_PORT")), QStringLiteral("--smtp-security"),
            QStringLiteral("starttls"), QStringLiteral("--smtp-user"), QStringLiteral("alice"),
            QStringLiteral("--smtp-auth"), QStringLiteral("xoauth2"), QStringLiteral("--imap-host"),
            m_mail.value(QStringLiteral("HOST")), QStringLiteral("--imap-port"),
            m_mail.value(QStringLiteral("IMAP_TLS_PORT")), QStringLiteral("--imap-security"), QStringLiteral("tls"),
            QStringLiteral("--imap-user"), QStringLiteral("alice"), QStringLiteral("--imap-auth"),
            QStringLiteral("oauthbearer"), QStringLiteral("--ca-file"), m_mail.value(QStringLiteral("CA_FILE")) });
        QVERIFY2(add.exitCode == 0, add.all().constData());
        const test::CliRun run = cli({ QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("OAuthBox"),
            QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 0, run.all().constData());
        QVERIFY(run.json().value(QStringLiteral("ok")).toBool());
        QCOMPARE(run.json().value(QStringLiteral("checks")).toArray().size(), 2);
    }

    void accountTestFindsTheSignInStoredUnderTheAddress()
    {
        // The wizard stores the sign-in under the account's address, while the servers' user is
        // "alice": `account test` must find it there (it used to look up the server's user only).
        const auto t = stored();
        QVERIFY(t);
        TokenSet underAddress = *t;
        underAddress.user = QStringLiteral("alice@example.test");
        store(underAddress);
        const test::CliRun out = cli(
            { QStringLiteral("oauth"), QStringLiteral("logout"), QStringLiteral("--user"), QStringLiteral("alice") });
        QCOMPARE(out.exitCode, 0);
        QVERIFY(!stored());  // nothing under "alice" any more
        const test::CliRun run = cli({ QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("OAuthBox"),
            QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 0, run.all().constData());
        QVERIFY(run.json().value(QStringLiteral("ok")).toBool());
        // Back as the tests after this one expect it: the sign-in under "alice" only.
        store(*t);
        QCOMPARE(cli({ QStringLiteral("oauth"), QStringLiteral("logout"), QStringLiteral("--user"),
                     QStringLiteral("alice@example.test") })
                     .exitCode,
            0);
        QVERIFY(stored());
    }

    void anExpiringTokenIsRefreshedBeforeTheCheck()
    {
        auto t = stored();
        QVERIFY(t);
        const QString oldRefresh = t->refreshToken;
        t->expiresAt = QDateTime::currentDateTimeUtc().addSecs(20);
        store(*t);
        const test::CliRun run = cli(checkArguments(QStringLiteral("imap"), QStringLiteral("xoauth2")));
        QVERIFY2(run.exitCode == 0, run.all().constData());
        QVERIFY(run.err.contains("refreshed"));
        const auto after = stored();
        QVERIFY(after);
        QVERIFY(after->refreshToken != oldRefresh);  // rotated, and the new one stored
        QVERIFY(after->expiresAt > QDateTime::currentDateTimeUtc().addSecs(600));
        m_outputs << t->accessToken.toUtf8();  // keep the old ones out of the leak check list
    }

    void aRefusedRefreshIsTheFindingOauthRefreshFailed()
    {
        auto t = stored();
        QVERIFY(t);
        TokenSet broken = *t;
        broken.refreshToken = QStringLiteral("revoked-or-unknown-refresh-token");
        broken.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-10);
        store(broken);
        QStringList args = checkArguments(QStringLiteral("smtp"), QStringLiteral("xoauth2"));
        args << QStringLiteral("--json");
        const test::CliRun run = cli(args);
        QCOMPARE(run.exitCode, 1);
        const QJsonObject result = run.json();
        const QJsonArray findings = result.value(QStringLiteral("findings")).toArray();
        QVERIFY2(!findings.isEmpty(), run.all().constData());
        const QJsonObject f = findings.first().toObject();
        QCOMPARE(f.value(QStringLiteral("code")).toString(), QStringLiteral("auth.oauth_refresh_failed"));
        QVERIFY2(
            f.value(QStringLiteral("detail")).toString().contains(QLatin1String("invalid_grant")), run.out.constData());
        // The core's words say "sign in again" (they read right in a window too); the command
        // line adds its own way to: the command, as "run" in JSON and a "Run:" line in text.
        const QString detail = f.value(QStringLiteral("detail")).toString();
        QVERIFY2(detail.contains(QLatin1String("Sign in again")), qPrintable(detail));
        QVERIFY(!detail.contains(QLatin1String("maildoctor-cli")));
        // With the provider of the sign-in that died: the user may have sign-ins with several.
        QCOMPARE(f.value(QStringLiteral("run")).toString(),
            QStringLiteral("maildoctor-cli oauth login --user alice --provider testidp --authorization-url URL "
                           "--token-url URL --scope SCOPES --client-id ID"));
        const test::CliRun text = cli(checkArguments(QStringLiteral("smtp"), QStringLiteral("xoauth2")));
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.out.contains("(auth.oauth_refresh_failed)"), text.out.constData());
        // testidp is defined on the command line only: its options come back as placeholders.
        QVERIFY2(text.out.contains("\n      Run: maildoctor-cli oauth login --user alice --provider testidp "
                                   "--authorization-url URL --token-url URL --scope SCOPES --client-id ID\n"),
            text.out.constData());
        store(*t);  // put the good set back
    }

    void accessDeniedExitsOneWithTheReason()
    {
        const test::CliRun run = login({ QStringLiteral("--abort") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("access_denied"), run.err.constData());
        QVERIFY(run.err.contains("End-User aborted interaction"));
    }

    void logoutRemovesTheTokens()
    {
        const auto t = stored();
        QVERIFY(t);
        const test::CliRun out = cli(
            { QStringLiteral("oauth"), QStringLiteral("logout"), QStringLiteral("--user"), QStringLiteral("alice") });
        QCOMPARE(out.exitCode, 0);
        const test::CliRun status = cli(
            { QStringLiteral("oauth"), QStringLiteral("status"), QStringLiteral("--user"), QStringLiteral("alice") });
        QCOMPARE(status.exitCode, 1);
        QVERIFY(status.out.contains("Not signed in"));
        const test::CliRun check = cli(checkArguments(QStringLiteral("imap"), QStringLiteral("xoauth2")));
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.err.contains("No OAuth2 sign-in is stored for alice"), check.err.constData());
        QVERIFY2(check.err.contains("Run: maildoctor-cli oauth login --user alice"), check.err.constData());
        // A user name the shell would split or expand comes quoted, ready to paste.
        QStringList odd = checkArguments(QStringLiteral("imap"), QStringLiteral("xoauth2"));
        odd[odd.indexOf(QStringLiteral("alice"))] = QStringLiteral("o'hara $HOME");
        const test::CliRun quoted = cli(odd);
        QCOMPARE(quoted.exitCode, 1);
        QVERIFY2(quoted.err.contains("Run: maildoctor-cli oauth login --user 'o'\\''hara $HOME'\n"),
            quoted.err.constData());
        // Nothing printed anywhere in this test held a token.
        for (const QByteArray &output : std::as_const(m_outputs)) {
            for (const QString &secret : { t->accessToken, t->refreshToken })
                QVERIFY2(!test::leaksSecret(output, secret.toUtf8()), output.constData());
        }
    }

    // TokenStore::findSignIn (what `account test` and the app use to pick whose sign-in to use)
    // against the real keychain: the first user in order with a stored set, skipping empty names
    // and repeats in another case, narrowed to a provider when one is given; none: no user.
    void findSignInTakesTheFirstUserWithOne()
    {
        KeychainCredentialStore keychain;
        keychain.setTimeout(15000);
        TokenStore tokens(&keychain);
        TokenSet first;
        first.user = QStringLiteral("finder-one@example.test");
        first.provider = QStringLiteral("testidp");
        first.accessToken = QStringLiteral("finder-access-1");
        TokenSet second = first;
        second.user = QStringLiteral("finder-two@example.test");
        second.provider = QStringLiteral("corp");
        second.accessToken = QStringLiteral("finder-access-2");
        store(first);
        store(second);
        const auto find = [&](const QStringList &users, const QString &provider) {
            std::optional<std::pair<QString, TokenStore::Loaded>> found;
            tokens.findSignIn(users, provider, [&](const QString &user, const TokenStore::Loaded &loaded) {
                QVERIFY(!found);  // exactly once
                found.emplace(user, loaded);
            });
            [&] { QTRY_VERIFY_WITH_TIMEOUT(found.has_value(), 15000); }();
            return found.value_or(std::pair<QString, TokenStore::Loaded> { QStringLiteral("(no answer)"), {} });
        };

        auto [user, loaded] = find({ QString(), QStringLiteral("nobody@example.test"),
                                       QStringLiteral("Finder-Two@example.test"), second.user, first.user },
            {});
        QCOMPARE(user, QStringLiteral("Finder-Two@example.test"));  // as asked, and before finder-one
        QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));
        QCOMPARE(loaded.sets.size(), 1);
        QCOMPARE(loaded.sets.first().accessToken, second.accessToken);

        std::tie(user, loaded) = find({ second.user, first.user }, QStringLiteral("testidp"));
        QCOMPARE(user, first.user);  // finder-two has no sign-in with testidp
        QCOMPARE(loaded.sets.size(), 1);
        QCOMPARE(loaded.sets.first().provider, QStringLiteral("testidp"));

        std::tie(user, loaded) = find({ QStringLiteral("nobody@example.test"), QString() }, {});
        QVERIFY(user.isEmpty());
        QVERIFY(loaded.error.isEmpty());
        QVERIFY(loaded.sets.isEmpty());

        std::tie(user, loaded) = find({}, {});
        QVERIFY(user.isEmpty());
        QVERIFY(loaded.sets.isEmpty());

        for (const TokenSet &t : { first, second }) {
            std::optional<int> removed;
            tokens.remove(t.user, {}, [&](int n, const QString &) { removed = n; });
            QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 15000);
            QCOMPARE(*removed, 1);
        }
        std::tie(user, loaded) = find({ first.user, second.user }, {});
        QVERIFY(user.isEmpty());
    }

    void presetsNeedAClientId()
    {
        const test::CliRun providers
            = cli({ QStringLiteral("oauth"), QStringLiteral("providers"), QStringLiteral("--json") });
        QCOMPARE(providers.exitCode, 0);
        QStringList ids;
        for (const QJsonValue &v : QJsonDocument::fromJson(providers.out).array())
            ids << v.toObject().value(QStringLiteral("id")).toString();
        QVERIFY(ids.contains(QStringLiteral("google")));
        QVERIFY(ids.contains(QStringLiteral("microsoft")));
        const test::CliRun run = cli({ QStringLiteral("oauth"), QStringLiteral("login"), QStringLiteral("--user"),
            QStringLiteral("someone@gmail.com"), QStringLiteral("--no-browser") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("https://console.cloud.google.com/apis/credentials"), run.err.constData());
        QVERIFY(run.out.isEmpty());  // no URL printed without a client id
    }
};

QTEST_GUILESS_MAIN(TstOAuthCli)
#include "tst_oauth_cli.moc"
