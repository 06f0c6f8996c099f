#include "OAuth.h"

#include "SaslPrep.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace md::sasl {

namespace {

/// ^A (0x01) separates the key/value pairs; anything below 0x20 would break the framing.
bool hasControlCharacters(const QByteArray &bytes)
{
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f)
            return true;
    }
    return false;
}

/// RFC 6750 §2.1 b64token: 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=".
bool isB64Token(const QByteArray &token)
{
    qsizetype i = 0;
    for (; i < token.size(); ++i) {
        const char c = token.at(i);
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
        if (!ok)
            break;
    }
    if (i == 0)
        return false;
    for (; i < token.size(); ++i) {
        if (token.at(i) != '=')
            return false;
    }
    return true;
}

QString caretNotation(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).replace(QChar(0x01), QStringLiteral("^A"));
}

}  // namespace

QString OAuthServerError::toString() const
{
    if (raw.isEmpty())
        return {};
    if (!isJson)
        return QString::fromUtf8(raw);
    QStringList parts;
    if (!status.isEmpty())
        parts << QCoreApplication::translate("md::sasl::OAuthMechanism", "status \"%1\"").arg(status);
    if (!scope.isEmpty())
        parts << QCoreApplication::translate("md::sasl::OAuthMechanism", "scope \"%1\"").arg(scope);
    if (!schemes.isEmpty())
        parts << QCoreApplication::translate("md::sasl::OAuthMechanism", "schemes \"%1\"").arg(schemes);
    if (!openidConfiguration.isEmpty())
        parts << QCoreApplication::translate("md::sasl::OAuthMechanism", "OpenID configuration %1")
                     .arg(openidConfiguration);
    if (parts.isEmpty())
        return QString::fromUtf8(raw);
    return parts.join(QStringLiteral(", "));
}

Step OAuthMechanism::initialResponse()
{
    if (m_state != State::Initial) {
        m_state = State::Failed;
        return Step::fail(tr("%1 was asked for its first message twice.").arg(QString::fromLatin1(name())));
    }
    const QByteArray token = m_credentials.token.toUtf8();
    if (token.isEmpty()) {
        m_state = State::Failed;
        return Step::fail(tr("No OAuth access token is available for %1.").arg(QString::fromLatin1(name())));
    }
    if (!isB64Token(token)) {
        m_state = State::Failed;
        return Step::fail(tr("The OAuth access token contains characters a bearer token cannot have."));
    }
    if (hasControlCharacters(m_credentials.user.toUtf8()) || hasControlCharacters(m_credentials.host.toUtf8())) {
        m_state = State::Failed;
        return Step::fail(tr("The user name or host name contains control characters."));
    }
    m_state = State::Sent;
    return Step::respond(buildMessage(token), caretNotation(buildMessage(mask().toUtf8())));
}

Step OAuthMechanism::challenge(const QByteArray &decoded)
{
    switch (m_state) {
    case State::Initial:
        // An empty challenge before anything was sent asks for the client's message.
        if (decoded.isEmpty())
            return initialResponse();
        m_state = State::Failed;
        return Step::fail(tr("The server sent a %1 challenge before the client's message.")
                              .arg(QString::fromLatin1(name())));
    case State::Sent:
        break;
    case State::Acknowledged:
        m_state = State::Failed;
        return Step::fail(tr("The server sent another challenge after its error report."));
    case State::Failed:
        return Step::fail(tr("The %1 exchange has already failed.").arg(QString::fromLatin1(name())));
    }

    // The only challenge these mechanisms know is the server's error report (RFC 7628 §3.2.2).
    m_error = OAuthServerError();
    m_error.raw = decoded;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(decoded, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject object = document.object();
        m_error.isJson = true;
        const QJsonValue status = object.value(QLatin1String("status"));
        // Google sends the HTTP-like status as a string ("401"); accept a number too.
        m_error.status = status.isDouble() ? QString::number(status.toInteger()) : status.toString();
        m_error.scope = object.value(QLatin1String("scope")).toString();
        m_error.schemes = object.value(QLatin1String("schemes")).toString();
        m_error.openidConfiguration = object.value(QLatin1String("openid-configuration")).toString();
    }
    m_state = State::Acknowledged;
    return Step::respond(errorAcknowledgement(), tr("[acknowledging the server's error]"));
}

QString OAuthMechanism::serverErrorReport() const
{
    if (m_error.isEmpty())
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(m_error.raw);
    return document.isObject() ? QString::fromUtf8(document.toJson(QJsonDocument::Compact))
                               : QString::fromUtf8(m_error.raw);
}

QString OAuthMechanism::describeChallenge(const QByteArray &decoded) const
{
    // Printable JSON is shown as the server sent it (key order kept); JSON spread over several
    // lines is shown compacted rather than as "[n bytes]".
    if (!hasControlCharacters(decoded))
        return Mechanism::describeChallenge(decoded);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(decoded, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        // JSON strings may hold raw DEL (and escaped controls decode to raw ones): show the
        // compact form only when it is printable.
        const QByteArray compact = document.toJson(QJsonDocument::Compact);
        if (!hasControlCharacters(compact))
            return QString::fromUtf8(compact);
    }
    return Mechanism::describeChallenge(decoded);
}

QByteArray XOAuth2::buildMessage(const QByteArray &token) const
{
    return QByteArrayLiteral("user=") + m_credentials.user.toUtf8() + QByteArrayLiteral("\x01" "auth=Bearer ")
        + token + QByteArrayLiteral("\x01\x01");
}

QByteArray OAuthBearer::buildMessage(const QByteArray &token) const
{
    // gs2-header (RFC 5801 §4): no channel binding, optional authzid as a saslname.
    QByteArray message = QByteArrayLiteral("n,");
    if (!m_credentials.user.isEmpty())
        message += QByteArrayLiteral("a=") + escapeSaslName(m_credentials.user);
    message += ',';
    if (!m_credentials.host.isEmpty())
        message += QByteArrayLiteral("\x01" "host=") + m_credentials.host.toUtf8();
    if (m_credentials.port != 0)
        message += QByteArrayLiteral("\x01" "port=") + QByteArray::number(m_credentials.port);
    message += QByteArrayLiteral("\x01" "auth=Bearer ") + token + QByteArrayLiteral("\x01\x01");
    return message;
}

}  // namespace md::sasl
