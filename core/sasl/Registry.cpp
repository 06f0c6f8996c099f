#include "Registry.h"

#include "Cram.h"
#include "OAuth.h"
#include "PasswordMechanisms.h"
#include "Scram.h"

#include <algorithm>

namespace md::sasl {

namespace {

template <typename T> std::unique_ptr<Mechanism> make(const Credentials &credentials)
{
    return std::make_unique<T>(credentials);
}

std::unique_ptr<Mechanism> scramSha256(const Credentials &credentials)
{
    return std::make_unique<Scram>(Scram::Hash::Sha256, credentials);
}

std::unique_ptr<Mechanism> scramSha1(const Credentials &credentials)
{
    return std::make_unique<Scram>(Scram::Hash::Sha1, credentials);
}

}  // namespace

const QList<MechanismInfo> &mechanismRegistry()
{
    // SCRAM never sends the password and proves the server knows it (RFC 5802); CRAM-MD5 does not
    // send it either; PLAIN and LOGIN do. OAUTHBEARER (RFC 7628) is the standard form of XOAUTH2.
    static const QList<MechanismInfo> table = [] {
        QList<MechanismInfo> rows = {
            { QByteArrayLiteral("OAUTHBEARER"), CredentialKind::Token, true, 20, &make<OAuthBearer> },
            { QByteArrayLiteral("XOAUTH2"), CredentialKind::Token, true, 10, &make<XOAuth2> },
            { QByteArrayLiteral("SCRAM-SHA-256"), CredentialKind::Password, false, 50, &scramSha256 },
            { QByteArrayLiteral("SCRAM-SHA-1"), CredentialKind::Password, false, 40, &scramSha1 },
            { QByteArrayLiteral("CRAM-MD5"), CredentialKind::Password, false, 30, &make<CramMd5> },
            { QByteArrayLiteral("PLAIN"), CredentialKind::Password, true, 20, &make<Plain> },
            { QByteArrayLiteral("LOGIN"), CredentialKind::Password, true, 10, &make<Login> },
        };
        std::stable_sort(rows.begin(), rows.end(), [](const MechanismInfo &a, const MechanismInfo &b) {
            if (a.credential != b.credential)
                return a.credential == CredentialKind::Token;
            return a.rank > b.rank;
        });
        return rows;
    }();
    return table;
}

const MechanismInfo *findMechanism(QByteArrayView name)
{
    const QByteArray upper = name.toByteArray().trimmed().toUpper();
    for (const MechanismInfo &info : mechanismRegistry()) {
        if (info.name == upper)
            return &info;
    }
    return nullptr;
}

}  // namespace md::sasl
