#pragma once

#include "TokenSet.h"

#include <functional>
#include <QCoreApplication>
#include <QNetworkReply>
#include <QObject>
#include <QUrlQuery>

class QNetworkAccessManager;

namespace md::oauth {

/// An OAuth2 error (RFC 6749 §4.1.2.1, §5.2), from a redirect or the token endpoint, or a
/// transport failure (networkError set).
struct OAuthError {
    QString error;  ///< "invalid_grant", "access_denied", …; empty for transport errors
    QString description;  ///< error_description, decoded ("+" and %XX)
    QString uri;  ///< error_uri
    int httpStatus = 0;
    QString networkError;  ///< translated transport failure, if that was it

    [[nodiscard]] bool isEmpty() const { return error.isEmpty() && networkError.isEmpty(); }
    /// One line: "invalid_grant: grant request is invalid (HTTP 400)".
    [[nodiscard]] QString toString() const;
};

/// What a token endpoint answered (RFC 6749 §5.1 / §5.2).
struct TokenResponse {
    bool ok = false;
    OAuthError error;
    QString accessToken;
    QString refreshToken;  ///< empty: none issued (on refresh: keep the old one)
    qint64 expiresIn = -1;  ///< seconds; -1 when not sent
    QStringList scopes;  ///< empty when not echoed
};

/// Parses a token endpoint reply: HTTP status, body, transport error.
[[nodiscard]] TokenResponse parseTokenReply(int httpStatus, const QByteArray &body, const QString &networkError);

/// Decodes a redirect's query value: "+" is a space (application/x-www-form-urlencoded), then %XX.
[[nodiscard]] QString decodeQueryValue(const QString &value);

/// application/x-www-form-urlencoded body with every reserved character (also "+") encoded.
[[nodiscard]] QByteArray formEncode(const QList<std::pair<QString, QString>> &fields);

/// Token endpoint requests we make ourselves (Qt 6.4's refreshAccessToken() sends an empty
/// client_secret and a redirect_uri, and hangs "already refreshing" after one failure).
class TokenClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTimeoutMs = 30000;
    static constexpr qint64 kMaxReplyBytes = 1 << 20;

    explicit TokenClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    /// grant_type=refresh_token (RFC 6749 §6). `done` gets the response; apply it with applyRefresh.
    void refresh(const TokenSet &tokens, std::function<void(const TokenResponse &)> done);

    /// A rotated refresh token replaces the old one; the access token, expiry and scopes are renewed.
    static void applyRefresh(
        TokenSet &tokens, const TokenResponse &response, const QDateTime &now = QDateTime::currentDateTimeUtc());

    /// POSTs a form to a token-style endpoint; answers once (reply, timeout or size limit).
    void post(const QUrl &url, const QByteArray &form, std::function<void(const TokenResponse &)> done);

private:
    QNetworkAccessManager *m_nam;
};

}  // namespace md::oauth
