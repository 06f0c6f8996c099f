#pragma once

#include "Mechanism.h"

#include <memory>
#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace md::sasl {

/// What a mechanism needs from the user.
enum class CredentialKind {
    Password,  ///< the account password (PLAIN, LOGIN, CRAM-MD5, SCRAM-*)
    Token,  ///< an OAuth2 access token (XOAUTH2, OAUTHBEARER, RFC 7628)
};

/// One SASL mechanism Mail Doctor implements. Adding a mechanism means one class and one row in
/// the table in Registry.cpp; the selection policy, the factory and the front ends' lists of
/// mechanisms all read this table.
struct MechanismInfo {
    QByteArray name;  ///< IANA name, upper case ("SCRAM-SHA-256")
    CredentialKind credential;  ///< what it needs
    bool exposesSecret;  ///< the password or token travels readable (needs TLS or consent)
    int rank;  ///< preference for `auto` among mechanisms of the same credential kind (higher first)
    std::unique_ptr<Mechanism> (*create)(const Credentials &credentials);
};

/// Every implemented mechanism, in the order `auto` prefers them: token mechanisms first (a
/// token given means OAuth is wanted), then password mechanisms, each by rank.
[[nodiscard]] const QList<MechanismInfo> &mechanismRegistry();

/// The entry for `name` (any case), or nullptr when Mail Doctor does not implement it.
[[nodiscard]] const MechanismInfo *findMechanism(QByteArrayView name);

}  // namespace md::sasl
