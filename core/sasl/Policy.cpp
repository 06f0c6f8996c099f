#include "Policy.h"

#include "Registry.h"

#include <QCoreApplication>

namespace md::sasl {

namespace {

struct Policy {
    Q_DECLARE_TR_FUNCTIONS(md::sasl::Policy)
};

bool isOAuth(const QByteArray &name)
{
    const MechanismInfo *info = findMechanism(name);
    return info && info->credential == CredentialKind::Token;
}

bool credentialsFit(const QByteArray &name, const SelectionRequest &request)
{
    return isOAuth(name) ? request.hasToken : request.hasPassword;
}

bool exposesPassword(const QByteArray &name)
{
    const MechanismInfo *info = findMechanism(name);
    return !info || info->exposesSecret;
}

bool encryptionFits(const QByteArray &name, const SelectionRequest &request)
{
    return request.encrypted || request.plaintextAllowed || !exposesPassword(name);
}

QString offeredList(const QList<QByteArray> &offered)
{
    QByteArrayList names = offered;
    return QString::fromUtf8(names.join(' '));
}

Selection failure(SelectionFailure reason, QString message)
{
    return Selection{{}, reason, std::move(message)};
}

Selection needsEncryption(const QByteArray &name)
{
    return failure(SelectionFailure::NeedsEncryption,
                   Policy::tr("%1 would send the password (or token) readable on an unencrypted "
                              "connection. Use TLS, or allow plaintext authentication explicitly.")
                       .arg(QString::fromLatin1(name)));
}

Selection noUsableCredentials(const QList<QByteArray> &candidates, const SelectionRequest &request)
{
    if (!request.hasPassword && !request.hasToken)
        return failure(SelectionFailure::NoUsableCredentials,
                       Policy::tr("Neither a password nor an access token is available."));
    return failure(SelectionFailure::NoUsableCredentials,
                   request.hasToken && !request.hasPassword
                       ? Policy::tr("The server accepts only %1, which need a password; only an "
                                    "OAuth access token is available.")
                             .arg(offeredList(candidates))
                       : Policy::tr("The server accepts only %1, which need an OAuth access token; "
                                    "only a password is available.")
                             .arg(offeredList(candidates)));
}

}  // namespace

QList<QByteArray> autoPreferenceOrder(bool hasPassword, bool hasToken)
{
    // The registry's order: token mechanisms first, then password ones, each by rank.
    QList<QByteArray> order;
    for (const MechanismInfo &info : mechanismRegistry()) {
        if ((info.credential == CredentialKind::Token && hasToken)
            || (info.credential == CredentialKind::Password && hasPassword))
            order << info.name;
    }
    return order;
}

Selection selectMechanism(const SelectionRequest &request)
{
    QList<QByteArray> offered;
    for (const QByteArray &name : request.offered) {
        const QByteArray upper = name.trimmed().toUpper();
        if (!upper.isEmpty() && !offered.contains(upper))
            offered << upper;
    }
    const QByteArray requested = request.requested.trimmed().toUpper();
    const bool automatic = requested.isEmpty() || requested == "AUTO";

    // Offered and implemented, strongest first.
    QList<QByteArray> candidates;
    for (const QByteArray &name : supportedMechanisms()) {
        if (offered.contains(name))
            candidates << name;
    }
    if (candidates.isEmpty()) {
        if (automatic || offered.isEmpty())
            return failure(SelectionFailure::NoneOffered,
                           offered.isEmpty()
                               ? Policy::tr("The server offers no authentication mechanism.")
                               : Policy::tr("The server offers only %1; Mail Doctor supports none of "
                                            "them.")
                                     .arg(offeredList(offered)));
    }

    if (!automatic) {
        if (!supportedMechanisms().contains(requested))
            return failure(SelectionFailure::RequestedNotOffered,
                           Policy::tr("Mail Doctor does not support the mechanism %1.")
                               .arg(QString::fromUtf8(requested)));
        if (!offered.contains(requested))
            return failure(SelectionFailure::RequestedNotOffered,
                           Policy::tr("The server does not offer %1; it offers %2.")
                               .arg(QString::fromLatin1(requested), offeredList(offered)));
        if (!credentialsFit(requested, request))
            return failure(SelectionFailure::NoUsableCredentials,
                           isOAuth(requested)
                               ? Policy::tr("%1 needs an OAuth access token, and none is available.")
                                     .arg(QString::fromLatin1(requested))
                               : Policy::tr("%1 needs a password, and none is available.")
                                     .arg(QString::fromLatin1(requested)));
        if (!encryptionFits(requested, request))
            return needsEncryption(requested);
        return Selection{requested, std::nullopt,
                         Policy::tr("%1, as requested.").arg(QString::fromLatin1(requested))};
    }

    const QList<QByteArray> order = autoPreferenceOrder(request.hasPassword, request.hasToken);
    QByteArray blockedByEncryption;
    for (const QByteArray &name : order) {
        if (!candidates.contains(name))
            continue;
        if (!encryptionFits(name, request)) {
            if (blockedByEncryption.isEmpty())
                blockedByEncryption = name;
            continue;
        }
        return Selection{name, std::nullopt,
                         Policy::tr("%1: the strongest mechanism the server offers (%2) for the "
                                    "credentials given.")
                             .arg(QString::fromLatin1(name), offeredList(offered))};
    }
    if (!blockedByEncryption.isEmpty())
        return needsEncryption(blockedByEncryption);
    return noUsableCredentials(candidates, request);
}

Selection selectMechanism(const QList<QByteArray> &offered, const QByteArray &requested,
                          const Credentials &credentials, bool encrypted, bool plaintextAllowed)
{
    SelectionRequest request;
    request.offered = offered;
    request.requested = requested;
    request.hasPassword = !credentials.password.isEmpty();
    request.hasToken = !credentials.token.isEmpty();
    request.encrypted = encrypted;
    request.plaintextAllowed = plaintextAllowed;
    return selectMechanism(request);
}

}  // namespace md::sasl
