#pragma once

#include "Mechanism.h"

#include <QCoreApplication>

namespace md::sasl {

/// PLAIN (RFC 4616): "authzid NUL authcid NUL passwd" in one client-first message.
class Plain final : public Mechanism
{
    Q_DECLARE_TR_FUNCTIONS(md::sasl::Plain)
public:
    explicit Plain(Credentials credentials) : m_credentials(std::move(credentials)) {}
    QByteArray name() const override { return QByteArrayLiteral("PLAIN"); }
    bool hasInitialResponse() const override { return true; }
    Step initialResponse() override;
    Step challenge(const QByteArray &decoded) override;
    bool exposesPassword() const override { return true; }

private:
    Credentials m_credentials;
};

/// LOGIN (draft-murchison-sasl-login): the server asks "Username:" then "Password:".
class Login final : public Mechanism
{
    Q_DECLARE_TR_FUNCTIONS(md::sasl::Login)
public:
    explicit Login(Credentials credentials) : m_credentials(std::move(credentials)) {}
    QByteArray name() const override { return QByteArrayLiteral("LOGIN"); }
    bool hasInitialResponse() const override { return false; }
    Step initialResponse() override { return Step::fail(tr("LOGIN has no initial response.")); }
    Step challenge(const QByteArray &decoded) override;
    bool exposesPassword() const override { return true; }

private:
    Credentials m_credentials;
    int m_round = 0;
};

}  // namespace md::sasl
