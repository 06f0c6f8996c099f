// OAuth2 without a network: the provider presets and their detection (host names, MX hosts of
// custom domains), client ids, PKCE, the token set's storage form, token endpoint replies,
// redirect decoding, the token store's refresh policy (against an in-memory store).

#include "account/CredentialStore.h"
#include "oauth/AuthorizationFlow.h"
#include "oauth/Provider.h"
#include "oauth/TokenSet.h"
#include "oauth/TokenStore.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace md;
using namespace md::oauth;

namespace {

TokenSet sampleSet(const QString &provider, const QString &accessToken)
{
    TokenSet t;
    t.user = QStringLiteral("alice@example.test");
    t.provider = provider;
    t.accessToken = accessToken;
    return t;
}

}  // namespace

class TstOAuth : public QObject
{
    Q_OBJECT
private slots:
    void presetsLoadWithoutClientIds()
    {
        const ProviderRegistry registry;
        for (const char *id :
            { "google", "microsoft", "outlook", "yahoo", "aol", "fastmail", "yandex", "mailru", "comcast" }) {
            const auto p = registry.find(QString::fromLatin1(id));
            QVERIFY2(p, id);
            QVERIFY2(p->authorizationUrl.scheme() == QLatin1String("https"), id);
            QVERIFY2(p->tokenUrl.scheme() == QLatin1String("https"), id);
            QVERIFY2(!p->allScopes().isEmpty(), id);
            QVERIFY2(p->clientId.isEmpty(), id);  // we ship none
            QVERIFY2(!p->registerUrl.isEmpty(), id);
        }
        QCOMPARE(registry.find(QStringLiteral("microsoft"))->redirectHost, QStringLiteral("localhost"));
        QCOMPARE(registry.find(QStringLiteral("google"))->redirectHost, QStringLiteral("127.0.0.1"));
        QVERIFY(registry.find(QStringLiteral("microsoft"))
                    ->allScopes()
                    .contains(QStringLiteral("https://outlook.office.com/SMTP.Send")));
    }

    void detection_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("gmail domain") << "domain"
                                      << "gmail.com"
                                      << "google";
        QTest::newRow("hotmail domain") << "domain"
                                        << "Hotmail.COM"
                                        << "outlook";
        QTest::newRow("unknown domain") << "domain"
                                        << "example.test"
                                        << "";
        QTest::newRow("imap.gmail.com") << "host"
                                        << "imap.gmail.com."
                                        << "google";
        QTest::newRow("office365") << "host"
                                   << "outlook.office365.com"
                                   << "microsoft";
        QTest::newRow("unknown host") << "host"
                                      << "mail.example.test"
                                      << "";
        QTest::newRow("M365 custom domain") << "mx"
                                            << "contoso-com.mail.protection.outlook.com"
                                            << "microsoft";
        QTest::newRow("Workspace custom domain") << "mx"
                                                 << "aspmx.l.google.com"
                                                 << "google";
        QTest::newRow("Workspace googlemail MX") << "mx"
                                                 << "aspmx2.googlemail.com"
                                                 << "google";
        QTest::newRow("outlook.com consumers") << "mx"
                                               << "eur.olc.protection.outlook.com"
                                               << "outlook";
        QTest::newRow("yahoo mta") << "mx"
                                   << "mta7.am0.yahoodns.net"
                                   << "yahoo";
        QTest::newRow("aol mx") << "mx"
                                << "mx-aol.mail.gm0.yahoodns.net"
                                << "aol";
        QTest::newRow("fastmail") << "mx"
                                  << "in1-smtp.messagingengine.com"
                                  << "fastmail";
        QTest::newRow("look-alike is not google") << "mx"
                                                  << "evilgoogle.com"
                                                  << "";
        QTest::newRow("suffix trick is not google") << "mx"
                                                    << "google.com.evil.test"
                                                    << "";
        QTest::newRow("bare apex does not match *.") << "mx"
                                                     << "google.com"
                                                     << "";
        QTest::newRow("own mx") << "mx"
                                << "mx.example.test"
                                << "";
    }
    void detection()
    {
        QFETCH(QString, kind);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const ProviderRegistry registry;
        std::optional<Provider> found;
        if (kind == QLatin1String("domain"))
            found = registry.detectByDomain(value);
        else if (kind == QLatin1String("host"))
            found = registry.detectByHost(value);
        else
            found = registry.detectByMx({ QStringLiteral("mx.nothing.test"), value });
        QCOMPARE(found ? found->id : QString(), expected);
    }

    void clientIds()
    {
        ProviderRegistry registry;
        const Provider google = *registry.find(QStringLiteral("google"));
        const QString message = ProviderRegistry::missingClientIdMessage(google);
        QVERIFY2(
            message.contains(QLatin1String("https://console.cloud.google.com/apis/credentials")), qPrintable(message));
        QVERIFY(message.contains(QLatin1String("--client-id")));
        QVERIFY(!registry.loadClientsJson("[1]").isEmpty());
        QVERIFY(registry.loadClientsJson(R"({"google": {"client_id": "dist-id", "client_secret": "dist-secret"}})")
                    .isEmpty());
        QCOMPARE(registry.find(QStringLiteral("google"))->clientId, QStringLiteral("dist-id"));

        // User settings override the distributor's id and define custom providers.
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("oauth/clients/google/client_id"), QStringLiteral("user-id"));
        settings.setValue(
            QStringLiteral("oauth/custom/corp/authorization_url"), QStringLiteral("https://sso.corp.test/auth"));
        settings.setValue(QStringLiteral("oauth/custom/corp/token_url"), QStringLiteral("https://sso.corp.test/token"));
        settings.setValue(QStringLiteral("oauth/custom/corp/scopes"), QStringLiteral("mail offline"));
        settings.setValue(QStringLiteral("oauth/custom/corp/client_id"), QStringLiteral("corp-app"));
        settings.setValue(QStringLiteral("oauth/custom/corp/domains"), QStringLiteral("corp.test"));
        registry.loadSettings(settings);
        QCOMPARE(registry.find(QStringLiteral("google"))->clientId, QStringLiteral("user-id"));
        const auto corp = registry.detectByDomain(QStringLiteral("corp.test"));
        QVERIFY(corp);
        QVERIFY(corp->custom);
        QCOMPARE(corp->clientId, QStringLiteral("corp-app"));
        QCOMPARE(corp->allScopes(), (QStringList { QStringLiteral("mail"), QStringLiteral("offline") }));
        QVERIFY(!registry.find(QStringLiteral("corp"))->toJson().contains(QLatin1String("client_secret")));
    }

    void pkce()
    {
        // Computed independently (Python hashlib + base64.urlsafe_b64encode, no padding).
        QCOMPARE(codeChallengeS256("dBjftJeZ4CVP-mJ92K9zKbZ5Bh0vDa0L-Pk4aRRMZ-g"),
            QByteArray("x4OyPppyuGzld1G9ZuNRie_NvfU2NKDcpvntuA8ZdD8"));
        const QByteArray a = makeCodeVerifier();
        const QByteArray b = makeCodeVerifier();
        QCOMPARE(a.size(), 43);  // RFC 7636 §4.1: 43..128 unreserved characters
        QVERIFY(a != b);
        for (const char c : a)
            QVERIFY(QByteArray("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_").contains(c));
    }

    void redirectDecoding()
    {
        QCOMPARE(decodeQueryValue(QStringLiteral("End-User+aborted+interaction")),
            QStringLiteral("End-User aborted interaction"));
        QCOMPARE(decodeQueryValue(QStringLiteral("a%2Bb%20c")), QStringLiteral("a+b c"));
        QCOMPARE(
            formEncode({ { QStringLiteral("k"), QStringLiteral("a+b c/=&") } }), QByteArray("k=a%2Bb%20c%2F%3D%26"));
    }

    void tokenReplies()
    {
        const TokenResponse ok = parseTokenReply(200,
            R"({"access_token":"AT","token_type":"Bearer","expires_in":3599,"refresh_token":"RT","scope":"a b"})", {});
        QVERIFY(ok.ok);
        QCOMPARE(ok.expiresIn, 3599);
        QCOMPARE(ok.scopes, (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
        const TokenResponse bad
            = parseTokenReply(400, R"({"error":"invalid_grant","error_description":"grant request is invalid"})", {});
        QVERIFY(!bad.ok);
        QCOMPARE(bad.error.toString(), QStringLiteral("invalid_grant: grant request is invalid (HTTP 400)"));
        QVERIFY(!parseTokenReply(200, R"({"access_token":"AT","token_type":"mac"})", {}).ok);
        QVERIFY(!parseTokenReply(502, "<html>bad gateway</html>", {}).ok);
        QVERIFY(!parseTokenReply(0, {}, QStringLiteral("Connection refused")).error.networkError.isEmpty());

        // Rotation: a new refresh token replaces the old; none sent keeps the old.
        TokenSet t;
        t.refreshToken = QStringLiteral("old");
        const QDateTime now = QDateTime::fromString(QStringLiteral("2026-01-01T00:00:00Z"), Qt::ISODate);
        TokenClient::applyRefresh(t, ok, now);
        QCOMPARE(t.refreshToken, QStringLiteral("RT"));
        QCOMPARE(t.expiresAt, now.addSecs(3599));
        TokenResponse noRotation = ok;
        noRotation.refreshToken.clear();
        TokenClient::applyRefresh(t, noRotation, now);
        QCOMPARE(t.refreshToken, QStringLiteral("RT"));
    }

    void tokenSetRoundTripAndStatusHasNoToken()
    {
        TokenSet t;
        t.user = QStringLiteral("alice@example.test");
        t.provider = QStringLiteral("google");
        t.accessToken = QStringLiteral("access-SECRET");
        t.refreshToken = QStringLiteral("refresh-SECRET");
        t.clientSecret = QStringLiteral("client-SECRET");
        t.expiresAt = QDateTime::currentDateTimeUtc().addSecs(30);
        t.scopes = QStringList { QStringLiteral("https://mail.google.com/") };
        const auto back = TokenSet::fromSecret(t.toSecret());
        QVERIFY(back);
        QCOMPARE(back->refreshToken, t.refreshToken);
        QCOMPARE(back->expiresAt.toSecsSinceEpoch(), t.expiresAt.toSecsSinceEpoch());
        QVERIFY(back->expiresWithin(TokenStore::kRefreshMarginSeconds));
        QVERIFY(!back->expiresWithin(10));
        const QByteArray status = QJsonDocument(t.statusJson()).toJson();
        QVERIFY(!status.contains("SECRET"));
        QVERIFY(status.contains("\"refresh_token_stored\": true"));
        QVERIFY(!TokenSet::fromSecret("not json"));
    }

    void storeKeepsOneSetPerUserAndProvider()
    {
        MemoryCredentialStore secrets;
        TokenStore store(&secrets);
        const TokenSet a = sampleSet(QStringLiteral("google"), QStringLiteral("A1"));
        const TokenSet b = sampleSet(QStringLiteral("corp"), QStringLiteral("B1"));
        int saved = 0;
        store.save(a, [&](const QString &e) {
            QVERIFY(e.isEmpty());
            ++saved;
        });
        QTRY_COMPARE(saved, 1);
        store.save(b, [&](const QString &e) {
            QVERIFY(e.isEmpty());
            ++saved;
        });
        QTRY_COMPARE(saved, 2);

        std::optional<TokenStore::Fresh> fresh;
        store.ensureFresh(a.user, {}, nullptr, [&](const TokenStore::Fresh &f) { fresh = f; });
        QTRY_VERIFY(fresh);
        QVERIFY(!fresh->ok);  // two providers: ambiguous without naming one
        QVERIFY(fresh->error.contains(QLatin1String("google, corp")));
        QVERIFY(fresh->severalProviders);
        QVERIFY(!fresh->notSignedIn);
        // Words for any front end (issue #8): "sign out", "sign in again", no command line.
        QVERIFY2(fresh->error.contains(QLatin1String("sign out")) && fresh->error.contains(QLatin1String("sign in")),
            qPrintable(fresh->error));
        QVERIFY(!fresh->error.contains(QLatin1String("maildoctor-cli")));
        fresh.reset();
        store.ensureFresh(QStringLiteral("ALICE@example.test"), QStringLiteral("corp"), nullptr,
            [&](const TokenStore::Fresh &f) { fresh = f; });
        QTRY_VERIFY(fresh);
        QVERIFY(fresh->ok);  // no expiry known: used as is, no refresh attempted
        QCOMPARE(fresh->tokens.accessToken, QStringLiteral("B1"));

        int removed = -1;
        store.remove(a.user, {}, [&](int n, const QString &e) {
            QVERIFY(e.isEmpty());
            removed = n;
        });
        QTRY_COMPARE(removed, 2);
        fresh.reset();
        store.ensureFresh(a.user, {}, nullptr, [&](const TokenStore::Fresh &f) { fresh = f; });
        QTRY_VERIFY(fresh);
        QVERIFY(!fresh->ok);
        QVERIFY(fresh->notSignedIn);
        QVERIFY(!fresh->refreshFailed);
        QVERIFY2(fresh->error.contains(QLatin1String("sign in")), qPrintable(fresh->error));
        QVERIFY(!fresh->error.contains(QLatin1String("maildoctor-cli")));
    }

    // The front ends find a stored sign-in, then make sure it is fresh: from what the search
    // read, without reading the keychain again.
    void ensureFreshFromASearchReadsNothingMore()
    {
        struct CountingStore : MemoryCredentialStore {
            int reads = 0;
            void read(const CredentialKey &key, ReadDone done) override
            {
                ++reads;
                MemoryCredentialStore::read(key, std::move(done));
            }
        } secrets;
        TokenStore store(&secrets);
        bool saved = false;
        store.save(sampleSet(QStringLiteral("google"), QStringLiteral("A1")), [&](const QString &) { saved = true; });
        QTRY_VERIFY(saved);
        std::optional<std::pair<QString, TokenStore::Loaded>> found;
        store.findSignIn({ QStringLiteral("bob@example.test"), QStringLiteral("alice@example.test") }, {},
            [&](const QString &user, const TokenStore::Loaded &loaded) { found = std::pair { user, loaded }; });
        QTRY_VERIFY(found);
        QCOMPARE(found->first, QStringLiteral("alice@example.test"));
        const int searchReads = secrets.reads;
        QVERIFY(searchReads > 0);
        std::optional<TokenStore::Fresh> fresh;
        store.ensureFresh(found->second, found->first, nullptr, [&](const TokenStore::Fresh &f) { fresh = f; });
        QTRY_VERIFY(fresh);
        QVERIFY(fresh->ok);
        QCOMPARE(fresh->tokens.accessToken, QStringLiteral("A1"));
        QCOMPARE(fresh->provider, QStringLiteral("google"));
        QCOMPARE(secrets.reads, searchReads);
    }

    // A keychain that fails ends TokenStore::findSignIn's search at the first user, with the
    // error (not "nobody is signed in", which would send the person to sign in for nothing).
    void findSignInStopsAtAKeychainError()
    {
        MemoryCredentialStore secrets;
        TokenStore store(&secrets);
        bool saved = false;
        store.save(sampleSet(QStringLiteral("google"), QStringLiteral("A1")), [&](const QString &) { saved = true; });
        QTRY_VERIFY(saved);
        secrets.failWith(CredentialError::Code::Locked);
        int calls = 0;
        QString user;
        TokenStore::Loaded loaded;
        store.findSignIn({ QStringLiteral("bob@example.test"), QStringLiteral("alice@example.test") }, {},
            [&](const QString &u, const TokenStore::Loaded &l) {
                ++calls;
                user = u;
                loaded = l;
            });
        QTRY_COMPARE(calls, 1);
        QCOMPARE(user, QStringLiteral("bob@example.test"));
        QVERIFY(!loaded.error.isEmpty());
        QVERIFY(loaded.sets.isEmpty());
    }

    void expiredWithoutRefreshTokenNeedsSignIn()
    {
        MemoryCredentialStore secrets;
        TokenStore store(&secrets);
        TokenSet a = sampleSet(QStringLiteral("google"), QStringLiteral("A1"));
        a.expiresAt = QDateTime::currentDateTimeUtc().addSecs(5);
        bool saved = false;
        store.save(a, [&](const QString &) { saved = true; });
        QTRY_VERIFY(saved);
        std::optional<TokenStore::Fresh> fresh;
        store.ensureFresh(a.user, {}, nullptr, [&](const TokenStore::Fresh &f) { fresh = f; });
        QTRY_VERIFY(fresh);
        QVERIFY(!fresh->ok);
        QVERIFY(fresh->refreshFailed);
        const Finding f = TokenStore::refreshFailedFinding(a.user, {});
        QCOMPARE(f.code, QStringLiteral("auth.oauth_refresh_failed"));
        QVERIFY(f.detail.contains(QLatin1String("alice@example.test")));
        QVERIFY2(f.detail.contains(QLatin1String("Sign in again")), qPrintable(f.detail));
        QVERIFY(!f.detail.contains(QLatin1String("maildoctor-cli")));  // the CLI adds its command itself
        QVERIFY(!fresh->notSignedIn);
    }

    void authorizationUrlCarriesPkceStateAndTheHint()
    {
        AuthorizationFlow::Options options;
        options.provider = *ProviderRegistry().find(QStringLiteral("google"));
        options.provider.clientId = QStringLiteral("id-123");
        options.user = QStringLiteral("alice+tag@gmail.com");
        AuthorizationFlow flow(options);
        QUrl url;
        connect(&flow, &AuthorizationFlow::openUrl, this, [&](const QUrl &u) { url = u; });
        flow.start();
        QVERIFY(url.isValid());
        const QUrlQuery q(url);
        const auto value = [&q](const char *key) {
            // As a server reads it: application/x-www-form-urlencoded ("+" is a space).
            return decodeQueryValue(q.queryItemValue(QString::fromLatin1(key), QUrl::FullyEncoded));
        };
        QCOMPARE(value("login_hint"), QStringLiteral("alice+tag@gmail.com"));
        QCOMPARE(value("code_challenge_method"), QStringLiteral("S256"));
        QCOMPARE(value("code_challenge").size(), 43);
        QVERIFY(value("state").size() >= 43);
        QCOMPARE(value("client_id"), QStringLiteral("id-123"));
        QCOMPARE(value("response_type"), QStringLiteral("code"));
        QCOMPARE(value("scope"), QStringLiteral("https://mail.google.com/"));
        QCOMPARE(value("access_type"), QStringLiteral("offline"));  // Google: or no refresh token
        QCOMPARE(QUrl(value("redirect_uri")), flow.redirectUri());
        QCOMPARE(flow.redirectUri().host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(flow.redirectUri().port(), int(flow.listenPort()));
        flow.cancel();
        QCOMPARE(flow.listenPort(), quint16(0));
    }

    void microsoftRedirectsToLocalhost()
    {
        AuthorizationFlow::Options options;
        options.provider = *ProviderRegistry().find(QStringLiteral("microsoft"));
        options.provider.clientId = QStringLiteral("id-456");
        AuthorizationFlow flow(options);
        flow.start();
        QCOMPARE(flow.redirectUri().host(), QStringLiteral("localhost"));  // Entra ID: not 127.0.0.1
        QVERIFY(flow.listenPort() != 0);
        flow.cancel();
    }

    void missingClientIdFailsClearly()
    {
        AuthorizationFlow::Options options;
        options.provider = *ProviderRegistry().find(QStringLiteral("yahoo"));
        AuthorizationFlow flow(options);
        QSignalSpy opened(&flow, &AuthorizationFlow::openUrl);
        QSignalSpy finished(&flow, &AuthorizationFlow::finished);
        flow.start();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(opened.count(), 0);
        const auto result = finished.at(0).at(0).value<FlowResult>();
        QVERIFY(!result.ok());
        QVERIFY(result.message.contains(QLatin1String("developer.yahoo.com")));
    }
};

QTEST_GUILESS_MAIN(TstOAuth)
#include "tst_oauth.moc"
