#include "CredentialStore.h"

#include "account/Account.h"

#include <memory>
#include <QPointer>
#include <QTimer>

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
    QString text;
    switch (code) {
    case Code::None:
        return {};
    case Code::NoBackend:
        text = tr("No keychain is available: there is no Secret Service on the session bus, or no session bus at "
                  "all. Start your desktop's keyring (such as GNOME Keyring or KWallet) and log in to a desktop "
                  "session, then try again.");
        break;
    case Code::Locked:
        text = tr("The keychain is locked. Unlock it (log in to your desktop session or open your keyring manager), "
                  "then try again.");
        break;
    case Code::AccessDenied:
        text = tr("The keychain refused access. Allow Mail Doctor to use the keychain, then try again.");
        break;
    case Code::NotFound:
        return tr("No secret is stored in the keychain for this server.");
    case Code::TimedOut:
        return tr("The keychain did not answer within %1 s; it may be waiting for you to unlock it in a dialog. "
                  "Unlock the keychain, then try again.")
            .arg(double(timeoutMs) / 1000.0);
    case Code::Other:
        text = tr("The keychain failed. Try again; if it keeps failing, restart your keyring service.");
        break;
    }
    // What the keychain itself said, as a sentence of its own (translatable whole).
    if (!detail.isEmpty())
        text += QLatin1Char(' ') + tr("(The keychain said: %1)").arg(detail);
    return text;
}

namespace {

struct Sequence {
    int count = 0;
    int index = 0;
    std::function<void(int, std::function<void(bool)>)> step;
    std::function<void(bool)> finished;
};

// The sequence is kept alive by the pending step's callback only, so it neither leaks nor
// destroys itself while one of its own functions runs.
void advance(const std::shared_ptr<Sequence> &sequence)
{
    if (sequence->index == sequence->count) {
        sequence->finished(true);
        return;
    }
    const int index = sequence->index++;
    sequence->step(index, [sequence](bool goOn) {
        if (goOn)
            advance(sequence);
        else
            sequence->finished(false);
    });
}

}  // namespace

void runInSequence(
    int count, std::function<void(int, std::function<void(bool)>)> step, std::function<void(bool)> finished)
{
    auto sequence = std::make_shared<Sequence>();
    sequence->count = count;
    sequence->step = std::move(step);
    sequence->finished = std::move(finished);
    advance(sequence);
}

void CredentialStore::removeAccount(const QString &account, Done done)
{
    QList<CredentialKey> keys;
    for (const Protocol server : kAllProtocols) {
        for (const SecretKind kind : { SecretKind::Password, SecretKind::OAuthTokens })
            keys.append({ account, server, kind });
    }
    auto firstError = std::make_shared<CredentialError>();
    runInSequence(
        int(keys.size()),
        [this, keys, firstError](int index, const std::function<void(bool)> &proceed) {
            remove(keys.at(index), [firstError, proceed](const CredentialError &error) {
                // An entry that did not exist is fine; anything else stops.
                const bool fine = error.ok() || error.code == CredentialError::Code::NotFound;
                if (!fine)
                    *firstError = error;
                proceed(fine);
            });
        },
        [firstError, done = std::move(done)](bool) { done(*firstError); });
}

void MemoryCredentialStore::read(const CredentialKey &key, ReadDone done)
{
    CredentialError error { m_failure, {}, 0 };
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
    const CredentialError error { m_failure, {}, 0 };
    if (error.ok())
        m_entries.insert(key.toString(), secret);
    QTimer::singleShot(0, this, [done = std::move(done), error] { done(error); });
}

void MemoryCredentialStore::remove(const CredentialKey &key, Done done)
{
    CredentialError error { m_failure, {}, 0 };
    if (error.ok() && m_entries.remove(key.toString()) == 0)
        error.code = CredentialError::Code::NotFound;
    QTimer::singleShot(0, this, [done = std::move(done), error] { done(error); });
}

}  // namespace md
