#include "AuthorizationFlow.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>

namespace md::oauth {

namespace {

QByteArray randomUrlSafe(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

}  // namespace

QByteArray makeCodeVerifier()
{
    return randomUrlSafe(32);  // 43 characters of [A-Za-z0-9_-]
}

QByteArray codeChallengeS256(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/// The loopback listener. Qt 6.4's handler answers every redirect with callbackText() after
/// emitting callbackReceived, so a slot can set the page per request; its callback() always
/// says 127.0.0.1 and says port 0 after close(), so ours returns the URI fixed at start. Token
/// endpoint replies come here too: we read them ourselves (Qt emits nothing for an HTTP error).
class LoopbackReplyHandler final : public QOAuthHttpServerReplyHandler
{
    Q_OBJECT
public:
    explicit LoopbackReplyHandler(QObject *parent)
        : QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, parent) { }

    QString callback() const override { return m_redirect; }
    void setRedirect(const QString &redirect) { m_redirect = redirect; }

    void networkReplyFinished(QNetworkReply *reply) override
    {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString networkError = reply->error() == QNetworkReply::NoError || status >= 400
            ? QString()
            : AuthorizationFlow::tr("The token endpoint %1 could not be reached: %2")
                  .arg(reply->url().toString(), reply->errorString());
        emit tokenReply(
            status, reply->isOpen() ? reply->read(TokenClient::kMaxReplyBytes) : QByteArray(), networkError);
    }

signals:
    void tokenReply(int httpStatus, const QByteArray &body, const QString &networkError);

private:
    QString m_redirect;
};

/// QOAuth2AuthorizationCodeFlow with its URL building and code exchange reachable.
class CodeFlow final : public QOAuth2AuthorizationCodeFlow
{
public:
    using QOAuth2AuthorizationCodeFlow::buildAuthenticateUrl;
    using QOAuth2AuthorizationCodeFlow::QOAuth2AuthorizationCodeFlow;
    using QOAuth2AuthorizationCodeFlow::requestAccessToken;
};

AuthorizationFlow::AuthorizationFlow(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_nam(new QNetworkAccessManager(this))
{
    qRegisterMetaType<md::oauth::FlowResult>();
    if (m_options.scopes.isEmpty())
        m_options.scopes = m_options.provider.allScopes();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        FlowResult r;
        r.kind = FlowResult::Kind::Timeout;
        r.message = m_callbackSeen ? tr("The token endpoint did not answer in time.")
                                   : tr("Nobody came back from the browser within %1 seconds; sign-in stopped.")
                                         .arg(m_options.timeoutMs / 1000);
        finish(r);
    });
}

AuthorizationFlow::~AuthorizationFlow()
{
    if (m_handler)
        m_handler->close();
}

quint16 AuthorizationFlow::listenPort() const
{
    return m_handler && m_handler->isListening() ? m_handler->port() : 0;
}

void AuthorizationFlow::start()
{
    const Provider &p = m_options.provider;
    if (p.clientId.isEmpty()) {
        FlowResult r;
        r.kind = FlowResult::Kind::Cancelled;
        r.message = ProviderRegistry::missingClientIdMessage(p);
        QTimer::singleShot(0, this, [this, r] { finish(r); });
        return;
    }
    m_handler = new LoopbackReplyHandler(this);
    if (!m_handler->isListening()) {
        FlowResult r;
        r.kind = FlowResult::Kind::ListenFailed;
        r.message = tr("Could not listen on 127.0.0.1 for the browser's redirect.");
        QTimer::singleShot(0, this, [this, r] { finish(r); });
        return;
    }
    m_redirectUri = QUrl(QStringLiteral("http://%1:%2/").arg(p.redirectHost).arg(m_handler->port()));
    m_handler->setRedirect(m_redirectUri.toString());
    connect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, this, &AuthorizationFlow::onCallback);
    connect(m_handler, &LoopbackReplyHandler::tokenReply, this, &AuthorizationFlow::onTokenReply);

    m_state = QString::fromLatin1(randomUrlSafe(32));
    m_verifier = makeCodeVerifier();

    m_flow = new CodeFlow(p.clientId, p.authorizationUrl, p.tokenUrl, m_nam, this);
    m_flow->setReplyHandler(m_handler);
    m_flow->setScope(m_options.scopes.join(QLatin1Char(' ')));
    m_flow->setState(m_state);
    if (!p.clientSecret.isEmpty())
        m_flow->setClientIdentifierSharedKey(p.clientSecret);
    m_flow->setModifyParametersFunction([this](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *params) {
        switch (stage) {
        case QAbstractOAuth::Stage::RequestingAuthorization:
            params->replace(QStringLiteral("state"), m_state);
            params->replace(QStringLiteral("code_challenge"), QString::fromLatin1(codeChallengeS256(m_verifier)));
            params->replace(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            if (!m_options.user.isEmpty())  // encoded: "alice+tag@…" must not become a space
                params->replace(
                    QStringLiteral("login_hint"), QString::fromLatin1(QUrl::toPercentEncoding(m_options.user)));
            for (auto it = m_options.provider.authorizationParams.cbegin();
                 it != m_options.provider.authorizationParams.cend(); ++it)
                params->replace(it.key(), it.value());
            break;
        case QAbstractOAuth::Stage::RequestingAccessToken: {
            // Qt puts these values into the form as they are, and a "+" in a form is a space: give
            // them percent-encoded (Qt keeps %XX). The code is the one that arrived, decoded once
            // (QTBUG-81624: Qt would pass it on percent-encoded).
            const auto encoded = [](const QString &v) { return QString::fromLatin1(QUrl::toPercentEncoding(v)); };
            params->replace(QStringLiteral("code"), encoded(m_code));
            params->replace(QStringLiteral("code_verifier"), encoded(QString::fromLatin1(m_verifier)));
            if (!m_options.provider.clientSecret.isEmpty())
                params->replace(QStringLiteral("client_secret"), encoded(m_options.provider.clientSecret));
            if (m_options.tamperTokenRequest)
                m_options.tamperTokenRequest(params);
            break;
        }
        default:
            break;
        }
    });
    const QUrl url = m_flow->buildAuthenticateUrl();
    // buildAuthenticateUrl() routes the handler's callbacks to the flow, which would act on an
    // error= redirect before any state check and only warn on a state mismatch: we decide.
    disconnect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, m_flow, nullptr);
    disconnect(m_handler, &QAbstractOAuthReplyHandler::tokensReceived, m_flow, nullptr);
    m_timer.start(m_options.timeoutMs);
    emit openUrl(url);
}

void AuthorizationFlow::cancel()
{
    FlowResult r;
    r.kind = FlowResult::Kind::Cancelled;
    r.message = tr("Sign-in cancelled.");
    finish(r);
}

void AuthorizationFlow::onCallback(const QVariantMap &values)
{
    // A request with no OAuth parameters at all (the browser's /favicon.ico, a port probe) is
    // not a redirect: answer it and keep waiting.
    if (!values.contains(QStringLiteral("code")) && !values.contains(QStringLiteral("error"))
        && !values.contains(QStringLiteral("state"))) {
        m_handler->setCallbackText(tr("Nothing to do here."));
        return;
    }
    if (m_finished || m_callbackSeen) {
        const QString why = tr("A second redirect to the sign-in listener was refused: only one is accepted.");
        m_handler->setCallbackText(htmlEscaped(why));
        emit callbackIgnored(why);
        return;
    }
    m_callbackSeen = true;
    const QString state = QUrl::fromPercentEncoding(values.value(QStringLiteral("state")).toString().toUtf8());
    FlowResult r;
    // RFC 6749 §10.12: a redirect that does not carry our state is not the answer to our request,
    // not even when it reports an error.
    if (state != m_state) {
        r.kind = FlowResult::Kind::StateMismatch;
        r.message = tr("The redirect's state does not match this sign-in (a forged or stale redirect); "
                       "nothing was accepted. Sign in again.");
        m_handler->setCallbackText(htmlEscaped(r.message));
        finish(r);
        return;
    }
    const QString error = values.value(QStringLiteral("error")).toString();
    if (!error.isEmpty()) {
        r.kind = FlowResult::Kind::Denied;
        r.error.error = decodeQueryValue(error);
        r.error.description = decodeQueryValue(values.value(QStringLiteral("error_description")).toString());
        r.error.uri = decodeQueryValue(values.value(QStringLiteral("error_uri")).toString());
        r.message = r.error.error == QLatin1String("access_denied")
            ? tr("Sign-in refused (access_denied): %1").arg(r.error.description)
            : tr("The authorization server refused: %1").arg(r.error.toString());
        m_handler->setCallbackText(htmlEscaped(r.message));
        finish(r);
        return;
    }
    m_code = QUrl::fromPercentEncoding(values.value(QStringLiteral("code")).toString().toUtf8());
    if (m_code.isEmpty()) {
        r.kind = FlowResult::Kind::NoCode;
        r.message = tr("The redirect carried neither an authorization code nor an error.");
        m_handler->setCallbackText(htmlEscaped(r.message));
        finish(r);
        return;
    }
    m_handler->setCallbackText(tr("Mail Doctor is finishing the sign-in. You can close this window."));
    emit codeReceived();
    m_timer.start(TokenClient::kTimeoutMs);
    m_flow->requestAccessToken(m_code);
}

void AuthorizationFlow::onTokenReply(int httpStatus, const QByteArray &body, const QString &networkError)
{
    if (m_finished)
        return;
    const TokenResponse response = parseTokenReply(httpStatus, body, networkError);
    FlowResult r;
    if (!response.ok) {
        r.kind = response.error.networkError.isEmpty() ? FlowResult::Kind::TokenError : FlowResult::Kind::Network;
        r.error = response.error;
        r.message = tr("The token endpoint refused the authorization code: %1").arg(response.error.toString());
        finish(r);
        return;
    }
    r.kind = FlowResult::Kind::SignedIn;
    TokenSet &t = r.tokens;
    t.user = m_options.user;
    t.provider = m_options.provider.id;
    t.tokenUrl = m_options.provider.tokenUrl;
    t.clientId = m_options.provider.clientId;
    t.clientSecret = m_options.provider.clientSecret;
    t.mechanism = m_options.provider.mechanism;
    TokenClient::applyRefresh(t, response);
    if (response.scopes.isEmpty())
        t.scopes = m_options.scopes;  // RFC 6749 §5.1: not echoed means as requested
    r.message = tr("Signed in to %1 as %2.").arg(m_options.provider.name, m_options.user);
    finish(r);
}

void AuthorizationFlow::finish(FlowResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    if (m_handler)
        m_handler->close();
    // An exchange still running (cancel, timeout) ends here; its reply is ignored.
    for (QNetworkReply *reply : m_nam->findChildren<QNetworkReply *>()) {
        if (reply->isRunning())
            reply->abort();
    }
    // Drop the secrets we no longer need.
    m_verifier.fill('\0');
    m_code.fill(QLatin1Char('\0'));
    emit finished(result);
}

}  // namespace md::oauth

#include "AuthorizationFlow.moc"
