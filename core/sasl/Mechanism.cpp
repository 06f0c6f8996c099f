#include "Mechanism.h"

#include "Registry.h"

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
    const MechanismInfo *info = findMechanism(name);
    return info ? info->create(credentials) : nullptr;
}

QList<QByteArray> supportedMechanisms()
{
    // Strongest first: the password mechanisms by rank, then the token ones.
    QList<QByteArray> names;
    for (const CredentialKind kind : {CredentialKind::Password, CredentialKind::Token}) {
        for (const MechanismInfo &info : mechanismRegistry()) {
            if (info.credential == kind)
                names << info.name;
        }
    }
    return names;
}

}  // namespace md::sasl
