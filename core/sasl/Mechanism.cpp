#include "Mechanism.h"

#include "Cram.h"
#include "OAuth.h"
#include "PasswordMechanisms.h"
#include "Scram.h"

namespace md::sasl {

QString Mechanism::describeChallenge(const QByteArray &decoded) const
{
    for (const char c : decoded) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f)
            return QStringLiteral("[%1 bytes]").arg(decoded.size());
    }
    return QString::fromUtf8(decoded);
}

std::unique_ptr<Mechanism> createMechanism(const QByteArray &name, const Credentials &credentials)
{
    const QByteArray upper = name.trimmed().toUpper();
    if (upper == "SCRAM-SHA-256")
        return std::make_unique<Scram>(Scram::Hash::Sha256, credentials);
    if (upper == "SCRAM-SHA-1")
        return std::make_unique<Scram>(Scram::Hash::Sha1, credentials);
    if (upper == "OAUTHBEARER")
        return std::make_unique<OAuthBearer>(credentials);
    if (upper == "XOAUTH2")
        return std::make_unique<XOAuth2>(credentials);
    if (upper == "CRAM-MD5")
        return std::make_unique<CramMd5>(credentials);
    if (upper == "PLAIN")
        return std::make_unique<Plain>(credentials);
    if (upper == "LOGIN")
        return std::make_unique<Login>(credentials);
    return nullptr;
}

QList<QByteArray> supportedMechanisms()
{
    return {QByteArrayLiteral("SCRAM-SHA-256"), QByteArrayLiteral("SCRAM-SHA-1"),
            QByteArrayLiteral("OAUTHBEARER"),   QByteArrayLiteral("XOAUTH2"),
            QByteArrayLiteral("CRAM-MD5"),      QByteArrayLiteral("PLAIN"),
            QByteArrayLiteral("LOGIN")};
}

}  // namespace md::sasl
