#include "TokenSet.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace md::oauth {

QByteArray TokenSet::toSecret() const
{
    const QJsonObject o {
        { QStringLiteral("version"), 1 },
        { QStringLiteral("user"), user },
        { QStringLiteral("provider"), provider },
        { QStringLiteral("token_url"), tokenUrl.toString() },
        { QStringLiteral("client_id"), clientId },
        { QStringLiteral("client_secret"), clientSecret },
        { QStringLiteral("mechanism"), mechanism },
        { QStringLiteral("access_token"), accessToken },
        { QStringLiteral("refresh_token"), refreshToken },
        { QStringLiteral("expires_at"), expiresAt.isValid() ? expiresAt.toUTC().toString(Qt::ISODate) : QString() },
        { QStringLiteral("scopes"), QJsonArray::fromStringList(scopes) },
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<TokenSet> TokenSet::fromSecret(const QByteArray &secret)
{
    const QJsonDocument doc = QJsonDocument::fromJson(secret);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    TokenSet t;
    t.user = o.value(QLatin1String("user")).toString();
    t.provider = o.value(QLatin1String("provider")).toString();
    t.tokenUrl = QUrl(o.value(QLatin1String("token_url")).toString());
    t.clientId = o.value(QLatin1String("client_id")).toString();
    t.clientSecret = o.value(QLatin1String("client_secret")).toString();
    t.mechanism = o.value(QLatin1String("mechanism")).toString();
    t.accessToken = o.value(QLatin1String("access_token")).toString();
    t.refreshToken = o.value(QLatin1String("refresh_token")).toString();
    const QString expires = o.value(QLatin1String("expires_at")).toString();
    if (!expires.isEmpty())
        t.expiresAt = QDateTime::fromString(expires, Qt::ISODate).toUTC();
    for (const QJsonValue &v : o.value(QLatin1String("scopes")).toArray())
        t.scopes << v.toString();
    if (t.accessToken.isEmpty())
        return std::nullopt;
    return t;
}

QJsonObject TokenSet::statusJson() const
{
    return {
        { QStringLiteral("user"), user },
        { QStringLiteral("provider"), provider },
        { QStringLiteral("scopes"), QJsonArray::fromStringList(scopes) },
        { QStringLiteral("expires_at"), expiresAt.isValid() ? expiresAt.toUTC().toString(Qt::ISODate) : QString() },
        { QStringLiteral("expired"), expiresWithin(0) },
        { QStringLiteral("refresh_token_stored"), !refreshToken.isEmpty() },
        { QStringLiteral("mechanism"), mechanism },
    };
}

QString tokenKey(const QString &provider, const QString &user)
{
    return QStringLiteral("oauth2:%1:%2").arg(provider, user.toLower());
}

}  // namespace md::oauth
