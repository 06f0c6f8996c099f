#pragma once

#include "Mechanism.h"

#include <QCoreApplication>

namespace md::sasl {

/// CRAM-MD5 (RFC 2195 §2): server-first. The server sends a unique challenge; the client answers
/// "user SP hex(HMAC-MD5(password, challenge))" (lower-case hex). The password itself never goes
/// on the wire, but the digest allows an offline guess, so the transcript masks it.
class CramMd5 final : public Mechanism
{
    Q_DECLARE_TR_FUNCTIONS(md::sasl::CramMd5)
public:
    explicit CramMd5(Credentials credentials) : m_credentials(std::move(credentials)) {}
    QByteArray name() const override { return QByteArrayLiteral("CRAM-MD5"); }
    bool hasInitialResponse() const override { return false; }
    Step initialResponse() override { return Step::fail(tr("CRAM-MD5 has no initial response.")); }
    /// Answers the one challenge; a second challenge fails.
    Step challenge(const QByteArray &decoded) override;
    bool exposesPassword() const override { return false; }

private:
    Credentials m_credentials;
    bool m_answered = false;
};

}  // namespace md::sasl
