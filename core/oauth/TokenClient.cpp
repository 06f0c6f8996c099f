#include "TokenClient.h"

#include <memory>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace md::oauth {

QString OAuthError::toString() const
{
    if (!networkError.isEmpty())
        return networkError;
    QString line = error;
    if (!description.isEmpty())
        line += QStringLiteral(": ") + description;
    if (httpStatus)
        line += QStringLiteral(" (HTTP %1)").arg(httpStatus);
    return line;
}

QString decodeQueryValue(const QString &value)
{
    QString plus = value;
    plus.replace(QLatin1Char('+'), QLatin1Char(' '));
    return QUrl::fromPercentEncoding(plus.toUtf8());
}

QByteArray formEncode(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[key, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

TokenResponse parseTokenReply(int httpStatus, const QByteArray &body, const QString &networkError)
{
    TokenResponse r;
    r.error.httpStatus = httpStatus;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (o.contains(QLatin1String("error"))) {
        r.error.error = o.value(QLatin1String("error")).toString();
        r.error.description = o.value(QLatin1String("error_description")).toString();
        r.error.uri = o.value(QLatin1String("error_uri")).toString();
        if (r.error.error.isEmpty())
            r.error.error = QStringLiteral("invalid_response");
        return r;
    }
    if (!networkError.isEmpty() && httpStatus < 200) {
        r.error.networkError = networkError;
        return r;
    }
    if (httpStatus != 200 || o.isEmpty()) {
        r.error.error = QStringLiteral("invalid_response");
        r.error.description = QCoreApplication::translate(
            "md::oauth::TokenClient", "the token endpoint answered HTTP %1 without a token")
                                  .arg(httpStatus);
        return r;
    }
    r.accessToken = o.value(QLatin1String("access_token")).toString();
    const QString type = o.value(QLatin1String("token_type")).toString();
    if (r.accessToken.isEmpty() || type.compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0) {
        r.error.error = QStringLiteral("invalid_response");
        r.error.description
            = QCoreApplication::translate("md::oauth::TokenClient", "the token endpoint sent no bearer access token");
        return r;
    }
    r.refreshToken = o.value(QLatin1String("refresh_token")).toString();
    const QJsonValue expires = o.value(QLatin1String("expires_in"));
    if (expires.isDouble())
        r.expiresIn = qint64(expires.toDouble());
    else if (expires.isString())  // some servers send a string
        r.expiresIn = expires.toString().toLongLong();
    r.scopes = o.value(QLatin1String("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    r.ok = true;
    return r;
}

TokenClient::TokenClient(QNetworkAccessManager *nam, QObject *parent) : QObject(parent), m_nam(nam)
{
}

void TokenClient::post(const QUrl &url, const QByteArray &form, std::function<void(const TokenResponse &)> done)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(kTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_nam->post(request, form);
    auto tooBig = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, tooBig](qint64 received, qint64) {
        if (received > kMaxReplyBytes) {
            *tooBig = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [reply, tooBig, done = std::move(done)] {
        reply->deleteLater();
        if (*tooBig) {
            TokenResponse r;
            r.error.networkError = tr("The token endpoint's answer is larger than %1 bytes.").arg(kMaxReplyBytes);
            done(r);
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString networkError = reply->error() == QNetworkReply::NoError || status >= 400
            ? QString()
            : tr("The token endpoint %1 could not be reached: %2").arg(reply->url().toString(), reply->errorString());
        done(parseTokenReply(status, reply->readAll(), networkError));
    });
}

void TokenClient::refresh(const TokenSet &tokens, std::function<void(const TokenResponse &)> done)
{
    QList<std::pair<QString, QString>> fields {
        { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
        { QStringLiteral("refresh_token"), tokens.refreshToken },
        { QStringLiteral("client_id"), tokens.clientId },
    };
    if (!tokens.clientSecret.isEmpty())
        fields.append({ QStringLiteral("client_secret"), tokens.clientSecret });
    post(tokens.tokenUrl, formEncode(fields), std::move(done));
}

void TokenClient::applyRefresh(TokenSet &tokens, const TokenResponse &response, const QDateTime &now)
{
    tokens.accessToken = response.accessToken;
    if (!response.refreshToken.isEmpty())
        tokens.refreshToken = response.refreshToken;  // rotation: the old one is dead now
    tokens.expiresAt = response.expiresIn >= 0 ? now.addSecs(response.expiresIn) : QDateTime();
    if (!response.scopes.isEmpty())
        tokens.scopes = response.scopes;
}

}  // namespace md::oauth
