// OAuth2 end to end, in-process: the sign-in flow against a real authorization server
// (oidc-provider from tests/support/oauth, started by the oauthserver fixture) with a script
// playing the browser over plain HTTP, and the tokens it yields used against a real Dovecot that
// validates them by RFC 7662 introspection at that server. Refresh with rotation, refresh before
// a check, and every way the flow must fail clearly. No token may appear in any output.

#include "IntegrationSupport.h"

#include "account/CredentialStore.h"
#include "check/CheckResult.h"
#include "diagnosis/Diagnoser.h"
#include "imap/ImapCheck.h"
#include "oauth/AuthorizationFlow.h"
#include "oauth/TokenClient.h"
#include "oauth/TokenStore.h"
#include "smtp/SmtpCheck.h"
#include "transcript/Report.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace md;
using namespace md::oauth;

namespace {

QHash<QString, QString> readEnv(const QString &path)
{
    qputenv("MAILDOCTOR_SERVER_ENV", path.toLocal8Bit());
    return test::serverEnv();
}

/// The local addresses of the sockets listening on `port` (from /proc/net/tcp and tcp6).
QStringList listeningAddresses(quint16 port)
{
    QStringList out;
    for (const QString &name : { QStringLiteral("/proc/net/tcp"), QStringLiteral("/proc/net/tcp6") }) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QList<QByteArray> f = line.simplified().split(' ');
            if (f.size() < 4 || f.at(3) != "0A")  // st 0A = LISTEN
                continue;
            const QList<QByteArray> local = f.at(1).split(':');
            if (local.size() != 2 || local.at(1).toUInt(nullptr, 16) != port)
                continue;
            QByteArray hex = local.at(0);
            if (hex.size() == 8) {  // IPv4, little-endian
                const quint32 v = hex.toUInt(nullptr, 16);
                out << QStringLiteral("%1.%2.%3.%4")
                           .arg(v & 0xff)
                           .arg((v >> 8) & 0xff)
                           .arg((v >> 16) & 0xff)
                           .arg(v >> 24);
            } else {
                out << QString::fromLatin1(hex);  // IPv6: any form other than 127.0.0.1 fails the test
            }
        }
    }
    return out;
}

}  // namespace

class TstOAuthFlow : public QObject
{
    Q_OBJECT

    QHash<QString, QString> m_oauth;
    QHash<QString, QString> m_mail;
    QNetworkAccessManager m_nam;
    QByteArrayList m_secrets;  ///< every token seen: none may show up in any output

    Provider provider() const
    {
        Provider p;
        p.id = QStringLiteral("testidp");
        p.name = QStringLiteral("Test IdP");
        p.custom = true;
        p.authorizationUrl = QUrl(m_oauth.value(QStringLiteral("AUTHORIZATION_URL")));
        p.tokenUrl = QUrl(m_oauth.value(QStringLiteral("TOKEN_URL")));
        p.imapScopes = m_oauth.value(QStringLiteral("SCOPE")).split(QLatin1Char(' '));
        p.clientId = m_oauth.value(QStringLiteral("CLIENT_ID"));
        return p;
    }

    /// Runs browser.py on `url`; returns its standard output (the callback URL with --no-callback).
    QByteArray browse(const QUrl &url, const QStringList &options = {})
    {
        QProcess browser;
        browser.start(QStringLiteral("/usr/bin/python3"),
            QStringList { m_oauth.value(QStringLiteral("BROWSER")), url.toString(QUrl::FullyEncoded) } + options);
        // Not waitForFinished: the flow's listener must be served while the browser runs.
        QSignalSpy done(&browser, &QProcess::finished);
        if (browser.state() != QProcess::NotRunning && !done.wait(30000))
            qWarning("browser.py did not finish");
        const QByteArray err = browser.readAllStandardError();
        if (!err.isEmpty())
            qWarning("browser: %s", err.constData());
        return browser.readAllStandardOutput().trimmed();
    }

    /// Runs a flow to its end with the browser script (options for the script); the flow's result.
    FlowResult runFlow(AuthorizationFlow::Options options, const QStringList &browserOptions = {},
        QStringList *listenAddresses = nullptr)
    {
        AuthorizationFlow flow(std::move(options));
        QSignalSpy finished(&flow, &AuthorizationFlow::finished);
        QUrl url;
        connect(&flow, &AuthorizationFlow::openUrl, this, [&](const QUrl &u) { url = u; });
        flow.start();
        if (url.isEmpty() || flow.isFinished()) {
            if (finished.isEmpty())
                finished.wait(5000);
            return finished.isEmpty() ? FlowResult {} : finished.first().first().value<FlowResult>();
        }
        if (listenAddresses)
            *listenAddresses = listeningAddresses(flow.listenPort());
        browse(url, browserOptions);
        if (finished.isEmpty())
            finished.wait(20000);
        return finished.isEmpty() ? FlowResult {} : finished.first().first().value<FlowResult>();
    }

    TokenSet signIn()
    {
        AuthorizationFlow::Options options;
        options.provider = provider();
        options.user = QStringLiteral("alice");
        const FlowResult r = runFlow(options);
        if (!r.ok())
            qWarning("sign-in failed: %s", qPrintable(r.message));
        m_secrets << r.tokens.accessToken.toUtf8() << r.tokens.refreshToken.toUtf8();
        return r.tokens;
    }

    CheckResult check(Protocol protocol, const QString &token, const QString &mechanism)
    {
        ServerSettings s;
        s.protocol = protocol;
        s.host = m_mail.value(QStringLiteral("HOST"));
        if (protocol == Protocol::Imap) {
            s.port = m_mail.value(QStringLiteral("IMAP_TLS_PORT")).toUShort();
            s.security = Security::Tls;
        } else {
            s.port = m_mail.value(QStringLiteral("SMTP_STARTTLS_PORT")).toUShort();
            s.security = Security::StartTls;
        }
        s.caFile = m_mail.value(QStringLiteral("CA_FILE"));
        s.user = QStringLiteral("alice");
        s.token = token;
        s.authMechanism = mechanism;
        s.timeouts = Timeouts::uniform(10000);
        std::unique_ptr<Check> c;
        if (protocol == Protocol::Imap)
            c = std::make_unique<ImapCheck>(s);
        else
            c = std::make_unique<SmtpCheck>(s);
        QSignalSpy done(c.get(), &Check::finished);
        c->start();
        if (done.isEmpty())
            done.wait(30000);
        if (done.isEmpty())
            return {};
        CheckResult result = done.first().first().value<CheckResult>();
        result.findings = diagnose(result);  // the reader of a finished check draws the conclusions
        assertNoLeak(QJsonDocument(toJson(result)).toJson() + renderSummaryText(result).toUtf8());
        return result;
    }

    void assertNoLeak(const QByteArray &output)
    {
        for (const QByteArray &secret : std::as_const(m_secrets)) {
            if (!secret.isEmpty())
                QVERIFY2(!test::leaksSecret(output, secret), "a token appears in the output");
        }
    }

    /// GET on the loopback listener, as the browser would; the page's body.
    QByteArray get(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setTransferTimeout(10000);
        QNetworkReply *reply = m_nam.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(15000);
        reply->deleteLater();
        return reply->readAll();
    }

    /// A redirect URL with one query item replaced (or removed when value is null).
    static QUrl withQuery(QUrl url, const QString &key, const QString &value)
    {
        QUrlQuery q(url);
        q.removeAllQueryItems(key);
        if (!value.isNull())
            q.addQueryItem(key, value);
        url.setQuery(q);
        return url;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<CheckResult>();
        m_oauth = readEnv(qEnvironmentVariable("MAILDOCTOR_OAUTH_ENV"));
        QVERIFY2(
            m_oauth.contains(QStringLiteral("TOKEN_URL")), "oauthserver fixture not running (MAILDOCTOR_OAUTH_ENV)");
        m_mail = readEnv(m_oauth.value(QStringLiteral("MAILSERVER_ENV")));
        QVERIFY(m_mail.contains(QStringLiteral("IMAP_TLS_PORT")));
    }

    void signInThenImapAndSmtpWithBothMechanisms()
    {
        AuthorizationFlow::Options options;
        options.provider = provider();
        options.user = QStringLiteral("alice");
        QStringList addresses;
        const FlowResult r = runFlow(options, {}, &addresses);
        QVERIFY2(r.ok(), qPrintable(r.message));
        // RFC 8252 §8.3: the redirect listener is on the loopback interface only.
        QCOMPARE(addresses, QStringList { QStringLiteral("127.0.0.1") });
        const TokenSet t = r.tokens;
        m_secrets << t.accessToken.toUtf8() << t.refreshToken.toUtf8();
        QVERIFY(!t.accessToken.isEmpty());
        QVERIFY(!t.refreshToken.isEmpty());
        QVERIFY(t.scopes.contains(QStringLiteral("mail")));
        QVERIFY(t.expiresAt > QDateTime::currentDateTimeUtc().addSecs(600));
        QCOMPARE(t.user, QStringLiteral("alice"));
        QCOMPARE(t.tokenUrl, provider().tokenUrl);

        for (const Protocol protocol : { Protocol::Imap, Protocol::Smtp }) {
            for (const QString &mech : { QStringLiteral("xoauth2"), QStringLiteral("oauthbearer") }) {
                const CheckResult result = check(protocol, t.accessToken, mech);
                QVERIFY2(result.ok,
                    qPrintable(
                        toString(protocol) + QLatin1Char(' ') + mech + QStringLiteral(": ") + result.failureMessage));
                QVERIFY(result.step(QStringLiteral("auth")));
                QVERIFY(result.step(QStringLiteral("auth"))->status == Step::Status::Ok);
            }
        }
        // A token Dovecot's introspection does not know is refused: the real check, not a stub.
        const CheckResult bogus = check(Protocol::Imap, QStringLiteral("not-a-token"), QStringLiteral("xoauth2"));
        QVERIFY(!bogus.ok);
    }

    void refreshRotatesAndTheOldRefreshTokenDies()
    {
        const TokenSet first = signIn();
        QVERIFY(!first.refreshToken.isEmpty());
        TokenClient client(&m_nam);
        std::optional<TokenResponse> response;
        client.refresh(first, [&](const TokenResponse &r) { response = r; });
        QTRY_VERIFY_WITH_TIMEOUT(response.has_value(), 15000);
        QVERIFY2(response->ok, qPrintable(response->error.toString()));
        TokenSet second = first;
        TokenClient::applyRefresh(second, *response);
        m_secrets << second.accessToken.toUtf8() << second.refreshToken.toUtf8();
        QVERIFY(second.refreshToken != first.refreshToken);  // rotated
        QVERIFY(second.accessToken != first.accessToken);
        QVERIFY(check(Protocol::Imap, second.accessToken, QStringLiteral("xoauth2")).ok);

        // The old refresh token was consumed: the server refuses it (invalid_grant), and the
        // token store turns that into auth.oauth_refresh_failed with the provider's words.
        MemoryCredentialStore secrets;
        TokenStore store(&secrets);
        TokenSet stale = first;
        stale.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-5);
        bool saved = false;
        store.save(stale, [&](const QString &e) { saved = e.isEmpty(); });
        QTRY_VERIFY(saved);
        std::optional<TokenStore::Fresh> fresh;
        store.ensureFresh(QStringLiteral("alice"), {}, &client, [&](const TokenStore::Fresh &f) { fresh = f; });
        QTRY_VERIFY_WITH_TIMEOUT(fresh.has_value(), 15000);
        QVERIFY(!fresh->ok);
        QVERIFY(fresh->refreshFailed);
        QCOMPARE(fresh->providerError.error, QStringLiteral("invalid_grant"));
        QCOMPARE(fresh->providerError.httpStatus, 400);
        const Finding finding = TokenStore::refreshFailedFinding(QStringLiteral("alice"), fresh->providerError);
        QCOMPARE(finding.code, QStringLiteral("auth.oauth_refresh_failed"));
        QVERIFY(finding.detail.contains(QLatin1String("invalid_grant")));
        QVERIFY(finding.detail.contains(QLatin1String("Sign in again")));
        assertNoLeak(finding.detail.toUtf8() + fresh->error.toUtf8());
    }

    void expiringTokenIsRefreshedBeforeACheck()
    {
        TokenSet t = signIn();
        t.expiresAt = QDateTime::currentDateTimeUtc().addSecs(30);  // within the minute
        MemoryCredentialStore secrets;
        TokenStore store(&secrets);
        bool saved = false;
        store.save(t, [&](const QString &e) { saved = e.isEmpty(); });
        QTRY_VERIFY(saved);
        TokenClient client(&m_nam);
        std::optional<TokenStore::Fresh> fresh;
        store.ensureFresh(QStringLiteral("alice"), QStringLiteral("testidp"), &client,
            [&](const TokenStore::Fresh &f) { fresh = f; });
        QTRY_VERIFY_WITH_TIMEOUT(fresh.has_value(), 15000);
        QVERIFY2(fresh->ok, qPrintable(fresh->error));
        QVERIFY(fresh->refreshed);
        m_secrets << fresh->tokens.accessToken.toUtf8() << fresh->tokens.refreshToken.toUtf8();
        QVERIFY(fresh->tokens.accessToken != t.accessToken);
        QVERIFY(fresh->tokens.refreshToken != t.refreshToken);
        QVERIFY(fresh->tokens.expiresAt > QDateTime::currentDateTimeUtc().addSecs(600));
        QVERIFY(check(Protocol::Smtp, fresh->tokens.accessToken, QStringLiteral("oauthbearer")).ok);

        // The rotated set was stored: a second call uses it without refreshing again.
        std::optional<TokenStore::Fresh> again;
        store.ensureFresh(QStringLiteral("alice"), {}, &client, [&](const TokenStore::Fresh &f) { again = f; });
        QTRY_VERIFY(again.has_value());
        QVERIFY(again->ok);
        QVERIFY(!again->refreshed);
        QCOMPARE(again->tokens.refreshToken, fresh->tokens.refreshToken);
    }

    void accessDeniedIsAClearError()
    {
        AuthorizationFlow::Options options;
        options.provider = provider();
        options.user = QStringLiteral("alice");
        const FlowResult r = runFlow(options, { QStringLiteral("--abort") });
        QVERIFY(r.kind == FlowResult::Kind::Denied);
        QCOMPARE(r.error.error, QStringLiteral("access_denied"));
        // oidc-provider sends "End-User+aborted+interaction": the + are spaces.
        QCOMPARE(r.error.description, QStringLiteral("End-User aborted interaction"));
        QVERIFY2(r.message.contains(QLatin1String("access_denied")), qPrintable(r.message));
    }

    void wrongStateIsRefused()
    {
        AuthorizationFlow::Options options;
        options.provider = provider();
        AuthorizationFlow flow(options);
        QSignalSpy finished(&flow, &AuthorizationFlow::finished);
        QSignalSpy codes(&flow, &AuthorizationFlow::codeReceived);
        QUrl url;
        connect(&flow, &AuthorizationFlow::openUrl, this, [&](const QUrl &u) { url = u; });
        flow.start();
        QVERIFY(!url.isEmpty());
        const QUrl callback(QString::fromUtf8(browse(url, { QStringLiteral("--no-callback") })));
        QVERIFY2(QUrlQuery(callback).hasQueryItem(QStringLiteral("code")), callback.toEncoded().constData());
        const QByteArray page = get(withQuery(callback, QStringLiteral("state"), QStringLiteral("forged-state")));
        QTRY_COMPARE(finished.count(), 1);
        const auto r = finished.first().first().value<FlowResult>();
        QVERIFY(r.kind == FlowResult::Kind::StateMismatch);
        QVERIFY(r.message.contains(QLatin1String("state")));
        QVERIFY(page.contains("state does not match"));
        QCOMPARE(codes.count(), 0);  // the code was never exchanged
        QCOMPARE(flow.listenPort(), quint16(0));  // the listener is closed
    }

    void errorRedirectWithWrongStateIsNotBelieved()
    {
        AuthorizationFlow::Options options;
        options.provider = provider();
        AuthorizationFlow flow(options);
        QSignalSpy finished(&flow, &AuthorizationFlow::finished);
        QUrl url;
        connect(&flow, &AuthorizationFlow::openUrl, this, [&](const QUrl &u) { url = u; });
        flow.start();
        QUrl forged(flow.redirectUri());
        forged.setQuery(QStringLiteral("error=access_denied&state=someone-elses"));
        get(forged);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(finished.first().first().value<FlowResult>().kind == FlowResult::Kind::StateMismatch);
    }

    void onlyOneCallbackIsAccepted()
    {
        // A token endpoint that accepts the connection and never answers keeps the flow in its
        // exchange, with the listener open, so the second redirect reliably arrives then.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QByteArray request;  // what the token endpoint received
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = silent.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, this, [&request, socket] { request += socket->readAll(); });
        });
        AuthorizationFlow::Options options;
        options.provider = provider();
        options.provider.tokenUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(silent.serverPort()));
        AuthorizationFlow flow(options);
        QSignalSpy finished(&flow, &AuthorizationFlow::finished);
        QSignalSpy codes(&flow, &AuthorizationFlow::codeReceived);
        QSignalSpy ignored(&flow, &AuthorizationFlow::callbackIgnored);
        QUrl url;
        connect(&flow, &AuthorizationFlow::openUrl, this, [&](const QUrl &u) { url = u; });
        flow.start();
        // A stray request before the redirect (a port probe) does not end the wait.
        QVERIFY(get(flow.redirectUri()).contains("Nothing to do here"));
        QCOMPARE(finished.count(), 0);
        QUrl callback(QString::fromUtf8(browse(url, { QStringLiteral("--no-callback") })));
        // A code with reserved characters arrives percent-encoded (QTBUG-81624): the token request
        // must carry it decoded once, i.e. exactly as the authorization server issued it.
        const QString state = QUrlQuery(callback).queryItemValue(QStringLiteral("state"), QUrl::FullyEncoded);
        callback.setQuery(QStringLiteral("code=abc%2Fdef%3D%2B&state=") + state, QUrl::StrictMode);
        const QByteArray first = get(callback);
        QCOMPARE(codes.count(), 1);
        QVERIFY(first.contains("finishing the sign-in"));
        QTRY_VERIFY_WITH_TIMEOUT(request.contains("grant_type") && request.contains("code_verifier"), 10000);
        const QUrlQuery form(QString::fromUtf8(request.mid(request.indexOf("\r\n\r\n") + 4)));
        // Decoded as a form (application/x-www-form-urlencoded: a raw "+" would be a space).
        QCOMPARE(decodeQueryValue(form.queryItemValue(QStringLiteral("code"), QUrl::FullyEncoded)),
            QStringLiteral("abc/def=+"));
        QCOMPARE(form.queryItemValue(QStringLiteral("code_verifier")).size(), 43);
        QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("authorization_code"));
        QCOMPARE(QUrl(form.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)), flow.redirectUri());
        QVERIFY(!form.hasQueryItem(QStringLiteral("client_secret")));  // a public client sends none
        // The browser's favicon request is no redirect: neither refused nor accepted.
        QUrl favicon = flow.redirectUri();
        favicon.setHost(QStringLiteral("127.0.0.1"));
        favicon.setPath(QStringLiteral("/favicon.ico"));
        QVERIFY(get(favicon).contains("Nothing to do here"));
        QCOMPARE(ignored.count(), 0);
        const QByteArray second = get(callback);
        QCOMPARE(ignored.count(), 1);
        QVERIFY2(second.contains("only one is accepted"), second.constData());
        QCOMPARE(codes.count(), 1);
        QCOMPARE(finished.count(), 0);
        flow.cancel();
        QCOMPARE(finished.count(), 1);
        QVERIFY(finished.first().first().value<FlowResult>().kind == FlowResult::Kind::Cancelled);
        QCOMPARE(flow.listenPort(), quint16(0));
    }

    void verifierIsChecked_data()
    {
        QTest::addColumn<QString>("verifier");  // null: left out
        QTest::newRow("missing") << QString();
        QTest::newRow("wrong") << QStringLiteral("wrong-verifier-wrong-verifier-wrong-verifier-0");
    }
    void verifierIsChecked()
    {
        QFETCH(QString, verifier);
        AuthorizationFlow::Options options;
        options.provider = provider();
        options.tamperTokenRequest = [verifier](QMultiMap<QString, QVariant> *params) {
            params->remove(QStringLiteral("code_verifier"));
            if (!verifier.isNull())
                params->insert(QStringLiteral("code_verifier"), verifier);
        };
        const FlowResult r = runFlow(options);
        QVERIFY(r.kind == FlowResult::Kind::TokenError);
        QCOMPARE(r.error.httpStatus, 400);
        QVERIFY2(r.error.error == QLatin1String("invalid_grant") || r.error.error == QLatin1String("invalid_request"),
            qPrintable(r.error.toString()));
        QVERIFY2(r.message.contains(r.error.error), qPrintable(r.message));
    }

    void timeoutEndsTheWait()
    {
        AuthorizationFlow::Options options;
        options.provider = provider();
        options.timeoutMs = 300;
        AuthorizationFlow flow(options);
        QSignalSpy finished(&flow, &AuthorizationFlow::finished);
        flow.start();
        QVERIFY(flow.listenPort() != 0);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QVERIFY(finished.first().first().value<FlowResult>().kind == FlowResult::Kind::Timeout);
        QCOMPARE(flow.listenPort(), quint16(0));
    }

    void revokedTokenIsRejectedWithTheDecodedChallenge()
    {
        const TokenSet t = signIn();
        QVERIFY(check(Protocol::Imap, t.accessToken, QStringLiteral("xoauth2")).ok);
        // RFC 7009 revocation by the public client itself.
        QNetworkRequest request(QUrl(m_oauth.value(QStringLiteral("REVOCATION_URL"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = m_nam.post(request,
            formEncode({ { QStringLiteral("token"), t.accessToken }, { QStringLiteral("client_id"), t.clientId } }));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || done.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();

        for (const Protocol protocol : { Protocol::Imap, Protocol::Smtp }) {
            const CheckResult result = check(protocol, t.accessToken, QStringLiteral("xoauth2"));
            QVERIFY(!result.ok);
            const Finding *rejected = nullptr;
            for (const Finding &f : result.findings) {
                if (f.code == QLatin1String("auth.oauth_token_rejected"))
                    rejected = &f;
            }
            QVERIFY2(rejected, qPrintable(renderSummaryText(result)));
            // Dovecot's decoded XOAUTH2 error challenge is quoted.
            QVERIFY2(rejected->detail.contains(QLatin1String("status")), qPrintable(rejected->detail));
        }
    }
};

QTEST_GUILESS_MAIN(TstOAuthFlow)
#include "tst_oauth_flow.moc"
