#pragma once

#include "Provider.h"
#include "TokenClient.h"
#include "TokenSet.h"

#include <functional>
#include <QCoreApplication>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QOAuth2AuthorizationCodeFlow;

namespace md::oauth {

class LoopbackReplyHandler;
class CodeFlow;

/// How a sign-in ended.
struct FlowResult {
    enum class Kind {
        SignedIn,
        ListenFailed,  ///< no loopback port to listen on
        Denied,  ///< the authorization server redirected with error= (access_denied, …)
        StateMismatch,  ///< a redirect whose state is not ours (RFC 6749 §10.12)
        NoCode,  ///< a redirect with neither code nor error
        TokenError,  ///< the token endpoint refused the code (invalid_grant: wrong verifier, …)
        Network,  ///< the token endpoint could not be reached
        Timeout,  ///< nobody came back in time
        Cancelled
    };
    Kind kind = Kind::Cancelled;
    OAuthError error;  ///< the provider's error, decoded, when it sent one
    QString message;  ///< one translated line saying what happened
    TokenSet tokens;  ///< when kind == SignedIn

    [[nodiscard]] bool ok() const { return kind == Kind::SignedIn; }
};

/// OAuth2 authorization code grant with PKCE S256 (RFC 6749 §4.1, RFC 7636) for native apps
/// (RFC 8252): the front end opens the URL in the system browser (openUrl signal), the browser
/// comes back to a listener on 127.0.0.1 only, on a random port, and the code is exchanged.
///
/// Built on Qt NetworkAuth (QOAuth2AuthorizationCodeFlow + QOAuthHttpServerReplyHandler), with
/// what Qt 6.4 lacks done here: PKCE through setModifyParametersFunction; our own `state` (32
/// bytes from QRandomGenerator::system()) checked by us before anything else, error= included;
/// one callback accepted; token-endpoint errors read from the reply (Qt emits nothing for HTTP
/// 400); `+` in error_description decoded; a time limit and cancel(). The listener stays open
/// until the token exchange has ended, then closes.
class AuthorizationFlow : public QObject
{
    Q_OBJECT
public:
    struct Options {
        Provider provider;  ///< endpoints, client id (required), secret, redirect host
        QStringList scopes;  ///< default: provider.allScopes()
        QString user;  ///< the mail address (login_hint, and the token set's user)
        int timeoutMs = 300000;  ///< waiting for the browser to come back
        /// Tests only: changes the token request's parameters just before it is sent (to prove
        /// that the server's PKCE check and our error path work). Never set by front ends.
        std::function<void(QMultiMap<QString, QVariant> *)> tamperTokenRequest;
    };

    /// The flow has its own network access manager: Qt 6.4 connects the token reply to the reply
    /// handler without a context object, so the reply must never outlive the flow.
    explicit AuthorizationFlow(Options options, QObject *parent = nullptr);
    ~AuthorizationFlow() override;

    /// Starts listening and emits openUrl(). Fails (finished) when no client id is set or no
    /// port is free.
    void start();
    /// Stops waiting: finished(Cancelled) unless already finished.
    void cancel();

    /// The redirect URI sent (http://127.0.0.1:PORT/ or http://localhost:PORT/).
    [[nodiscard]] QUrl redirectUri() const { return m_redirectUri; }
    /// The port listened on, 0 when not listening.
    [[nodiscard]] quint16 listenPort() const;
    [[nodiscard]] bool isFinished() const { return m_finished; }

signals:
    /// Open this URL in the system browser (or show it). Emitted once, by start().
    void openUrl(const QUrl &url);
    /// A redirect arrived that was not accepted (a second one, or after the end); the browser
    /// was told so. The flow goes on.
    void callbackIgnored(const QString &why);
    /// The authorization code arrived; the token exchange starts.
    void codeReceived();
    /// Emitted exactly once.
    void finished(const md::oauth::FlowResult &result);

private:
    void onCallback(const QVariantMap &values);
    void onTokenReply(int httpStatus, const QByteArray &body, const QString &networkError);
    void finish(FlowResult result);

    Options m_options;
    QNetworkAccessManager *m_nam;  ///< own child, created first so it is destroyed first
    QPointer<CodeFlow> m_flow;
    QPointer<LoopbackReplyHandler> m_handler;
    QTimer m_timer;
    QString m_state;
    QByteArray m_verifier;
    QString m_code;
    QUrl m_redirectUri;
    bool m_callbackSeen = false;
    bool m_finished = false;
};

/// PKCE (RFC 7636 §4.1, §4.2): a 43-character verifier from QRandomGenerator::system() and its
/// S256 challenge.
[[nodiscard]] QByteArray makeCodeVerifier();
[[nodiscard]] QByteArray codeChallengeS256(const QByteArray &verifier);

}  // namespace md::oauth

Q_DECLARE_METATYPE(md::oauth::FlowResult)
