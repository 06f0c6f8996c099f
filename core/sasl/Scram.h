#pragma once

#include "Mechanism.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace md::sasl {

/// SCRAM-SHA-1 (RFC 5802) and SCRAM-SHA-256 (RFC 7677), without channel binding (GS2 header
/// "n,,", so "c=biws"). Client-first; mutual authentication:
///
///   C: n,,n=<user>,r=<client nonce>                      client-first (§5.1), shown in full
///   S: r=<client nonce + server nonce>,s=<salt>,i=<n>    server-first
///   C: c=biws,r=<nonce>,p=<proof>                        client-final, proof masked
///   S: v=<server signature>  |  e=<error>                server-final (challenge or success data)
///   C: (empty)                                           when v= came as a challenge
///
/// Refused, each with its own reason: a server nonce that does not extend ours, a bad salt, an
/// iteration count below 4096 (RFC 7677 §4, RFC 5802 §5.1) or above kMaxIterations (a hostile
/// server could make us spin), a mandatory extension (m=), a wrong server signature — and a
/// success reply from a server that never sent a valid v=: it has not proved it knows the
/// password. Once the exchange failed, serverSuccess() keeps failing.
/// User name and password go through SASLprep (see saslPrep()); the user name is then escaped
/// ('=' → "=3D", ',' → "=2C", RFC 5802 §5.1).
class Scram final : public Mechanism
{
    Q_DECLARE_TR_FUNCTIONS(md::sasl::Scram)
public:
    enum class Hash { Sha1, Sha256 };

    /// Smallest and largest iteration counts we accept from a server.
    static constexpr int kMinIterations = 4096;
    static constexpr int kMaxIterations = 1'000'000;

    /// A fresh random client nonce (QRandomGenerator::system()).
    Scram(Hash hash, Credentials credentials);
    /// For known-answer tests: a fixed client nonce (printable ASCII without ',').
    Scram(Hash hash, Credentials credentials, QByteArray clientNonce);

    QByteArray name() const override;
    bool hasInitialResponse() const override { return true; }
    Step initialResponse() override;
    /// An empty challenge before anything was sent asks for the client-first message (IMAP
    /// without SASL-IR); then server-first, then server-final.
    Step challenge(const QByteArray &decoded) override;
    /// Verifies v= when the server sends it as success data (RFC 4422 §5 "additional data").
    Step serverSuccess(const QByteArray &additionalData) override;
    bool exposesPassword() const override { return false; }
    QString serverErrorDetail() const override { return m_serverError; }

    /// True once the server's signature (v=) was checked and matched.
    [[nodiscard]] bool serverVerified() const { return m_state == State::Verified; }

private:
    enum class State {
        Initial,          ///< nothing sent
        SentClientFirst,  ///< waiting for server-first
        SentClientFinal,  ///< waiting for server-final (v= or e=)
        Verified,         ///< the server proved it knows the password
        Failed            ///< stopped; m_failure says why
    };

    Step handleServerFirst(const QByteArray &message);
    /// Returns an empty-response step when v= matched, a failure otherwise.
    Step handleServerFinal(const QByteArray &message);
    Step fail(const QString &why);
    [[nodiscard]] QCryptographicHash::Algorithm algorithm() const;
    [[nodiscard]] QByteArray hmac(const QByteArray &key, const QByteArray &message) const;

    Hash m_hash;
    Credentials m_credentials;
    QByteArray m_clientNonce;
    QByteArray m_clientFirstBare;
    QByteArray m_expectedServerSignature;
    State m_state = State::Initial;
    QString m_failure;
    QString m_serverError;
};

}  // namespace md::sasl
