#pragma once

#include "Mechanism.h"

#include <QCoreApplication>

namespace md::sasl {

/// The error a server reports in an OAuth SASL exchange: a base64 JSON challenge such as
/// {"status":"invalid_token","scope":"…","openid-configuration":"…"} (RFC 7628 §3.2.2) or
/// Google's XOAUTH2 {"status":"401","schemes":"bearer","scope":"…"}.
struct OAuthServerError {
    QString status;               ///< "invalid_token", "insufficient_scope", "401", …
    QString scope;                ///< the scope the token needs, when the server says
    QString schemes;              ///< XOAUTH2 only: the schemes the server accepts
    QString openidConfiguration;  ///< RFC 7628: where to discover the authorization server
    QByteArray raw;               ///< the decoded challenge as sent (JSON, or whatever it was)
    bool isJson = false;          ///< raw parsed as a JSON object

    [[nodiscard]] bool isEmpty() const { return raw.isEmpty(); }
    /// One translated line for a finding: "status "invalid_token", scope "mail", …".
    [[nodiscard]] QString toString() const;
};

/// Shared logic of the two bearer-token mechanisms: client-first; the server answers an invalid
/// token with one error challenge, which is decoded (lastServerError()) and acknowledged as the
/// protocol requires, after which the server sends its failure reply.
/// exposesPassword() is true: a bearer token on the wire is as good as a password (RFC 6750 §5.3),
/// so these mechanisms are kept off unencrypted connections like PLAIN and LOGIN.
class OAuthMechanism : public Mechanism
{
    Q_DECLARE_TR_FUNCTIONS(md::sasl::OAuthMechanism)
public:
    bool hasInitialResponse() const override { return true; }
    Step initialResponse() override;
    Step challenge(const QByteArray &decoded) override;
    bool exposesPassword() const override { return true; }
    /// The decoded JSON error as sent; compacted when the server spread it over several lines.
    QString describeChallenge(const QByteArray &decoded) const override;
    QString serverErrorDetail() const override { return m_error.toString(); }
    QString serverErrorReport() const override;

    /// The error challenge the server sent, if any.
    [[nodiscard]] const OAuthServerError &lastServerError() const { return m_error; }

protected:
    explicit OAuthMechanism(Credentials credentials) : m_credentials(std::move(credentials)) {}
    /// The client's message with `token` in the token's place (called with the mask for display).
    [[nodiscard]] virtual QByteArray buildMessage(const QByteArray &token) const = 0;
    /// What the protocol answers to the error challenge.
    [[nodiscard]] virtual QByteArray errorAcknowledgement() const = 0;

    Credentials m_credentials;

private:
    enum class State { Initial, Sent, Acknowledged, Failed };
    State m_state = State::Initial;
    OAuthServerError m_error;
};

/// XOAUTH2 (Google / Microsoft): "user=" user ^A "auth=Bearer " token ^A ^A. The error
/// challenge is answered with an empty response.
class XOAuth2 final : public OAuthMechanism
{
public:
    explicit XOAuth2(Credentials credentials) : OAuthMechanism(std::move(credentials)) {}
    QByteArray name() const override { return QByteArrayLiteral("XOAUTH2"); }

private:
    QByteArray buildMessage(const QByteArray &token) const override;
    QByteArray errorAcknowledgement() const override { return {}; }
};

/// OAUTHBEARER (RFC 7628 §3.1): GS2 header "n,a=" user "," then ^A "host=" host ^A "port=" port
/// ^A "auth=Bearer " token ^A ^A (host and port left out when unknown). The error challenge is
/// answered with a single ^A (§3.2.3).
class OAuthBearer final : public OAuthMechanism
{
public:
    explicit OAuthBearer(Credentials credentials) : OAuthMechanism(std::move(credentials)) {}
    QByteArray name() const override { return QByteArrayLiteral("OAUTHBEARER"); }

private:
    QByteArray buildMessage(const QByteArray &token) const override;
    QByteArray errorAcknowledgement() const override { return QByteArray(1, '\x01'); }
};

}  // namespace md::sasl
