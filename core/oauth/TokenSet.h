#pragma once

#include <optional>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace md::oauth {

/// What a sign-in yields and what a refresh needs (RFC 6749 §5.1), kept together as one JSON
/// string secret in the credential store. Everything here is secret as a whole; only
/// describe()/statusJson() may be shown, and they never contain a token.
struct TokenSet {
    QString user;  ///< the mail address signed in
    QString provider;  ///< provider id ("google", a custom name)
    QUrl tokenUrl;  ///< where to refresh
    QString clientId;
    QString clientSecret;  ///< empty for public clients
    QString mechanism;  ///< preferred SASL mechanism ("xoauth2" / "oauthbearer")
    QString accessToken;
    QString refreshToken;  ///< empty when the server issued none
    QDateTime expiresAt;  ///< UTC; invalid when the server did not say
    QStringList scopes;  ///< granted (RFC 6749 §5.1: the requested ones when not echoed)

    /// True when the access token expires within `margin` seconds (or has expired).
    [[nodiscard]] bool expiresWithin(int marginSeconds, const QDateTime &now = QDateTime::currentDateTimeUtc()) const
    {
        return expiresAt.isValid() && now.secsTo(expiresAt) < marginSeconds;
    }
    [[nodiscard]] QByteArray toSecret() const;
    [[nodiscard]] static std::optional<TokenSet> fromSecret(const QByteArray &secret);
    /// provider, scopes, expiry, whether a refresh token is stored: never a token.
    [[nodiscard]] QJsonObject statusJson() const;
};

/// The key a token set is stored under: one per user and provider ("oauth2:google:alice@…").
[[nodiscard]] QString tokenKey(const QString &provider, const QString &user);

}  // namespace md::oauth
