#include "CredentialStore.h"

#include "account/Account.h"

#include <QPointer>
#include <QTimer>
#include <memory>

namespace md {

QString toString(SecretKind kind)
{
    return kind == SecretKind::Password ? QStringLiteral("password") : QStringLiteral("oauth2");
}

QString CredentialKey::toString() const
{
    return md::toString(server) + QLatin1Char(':') + md::toString(kind) + QLatin1Char(':') + account;
}

QString CredentialError::message() const
{
    const QString said = detail.isEmpty() ? QString() : tr(" (the keychain said: %1)").arg(detail);
    switch (code) {
    case Code::None:
        return {};
    case Code::NoBackend:
        return tr("No keychain is available: there is no Secret Service on the session bus, or no session bus at "
                  "all%1. Start your desktop's keyring (such as GNOME Keyring or KWallet) and log in to a desktop "
                  "session, then try again.")
            .arg(said);
    case Code::Locked:
        return tr("The keychain is locked%1. Unlock it (log in to your desktop session or open your keyring "
                  "manager), then try again.")
            .arg(said);
    case Code::AccessDenied:
        return tr("The keychain refused access%1. Allow Mail Doctor to use the keychain, then try again.").arg(said);
    case Code::NotFound:
        return tr("No secret is stored in the keychain for this server.");
    case Code::TimedOut:
        return tr("The keychain did not answer within %1 s; it may be waiting for you to unlock it in a dialog. "
                  "Unlock the keychain, then try again.")
            .arg(double(timeoutMs) / 1000.0);
    case Code::Other:
        return tr("The keychain failed%1. Try again; if it keeps failing, restart your keyring service.").arg(said);
    }
    return {};
}

void CredentialStore::removeAccount(const QString &account, Done done)
{
    auto keys = std::make_shared<QList<CredentialKey>>();
    for (const Protocol server : kAllProtocols) {
        for (const SecretKind kind : {SecretKind::Password, SecretKind::OAuthTokens})
            keys->append({account, server, kind});
    }
    // One after another: the next removal starts when the previous one has ended.
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, keys, next, done = std::move(done)]() {
        if (keys->isEmpty()) {
            const Done finish = done;  // clearing *next destroys this lambda and its captures
            *next = nullptr;           // breaks the cycle next -> lambda -> next
            finish({});
            return;
        }
        const CredentialKey key = keys->takeFirst();
        remove(key, [next, done](const CredentialError &error) {
            if (error.ok() || error.code == CredentialError::Code::NotFound) {
                (*next)();
            } else {
                const auto finish = done;
                *next = nullptr;
                finish(error);
            }
        });
    };
    (*next)();
}

void MemoryCredentialStore::read(const CredentialKey &key, ReadDone done)
{
    CredentialError error{m_failure, {}, 0};
    QString secret;
    if (error.ok()) {
        if (m_entries.contains(key.toString()))
            secret = m_entries.value(key.toString());
        else
            error.code = CredentialError::Code::NotFound;
    }
    QTimer::singleShot(0, this, [done = std::move(done), error, secret] { done(error, secret); });
}

void MemoryCredentialStore::write(const CredentialKey &key, const QString &secret, Done done)
{
    const CredentialError error{m_failure, {}, 0};
    if (error.ok())
        m_entries.insert(key.toString(), secret);
    QTimer::singleShot(0, this, [done = std::move(done), error] { done(error); });
}

void MemoryCredentialStore::remove(const CredentialKey &key, Done done)
{
    CredentialError error{m_failure, {}, 0};
    if (error.ok() && m_entries.remove(key.toString()) == 0)
        error.code = CredentialError::Code::NotFound;
    QTimer::singleShot(0, this, [done = std::move(done), error] { done(error); });
}

}  // namespace md
