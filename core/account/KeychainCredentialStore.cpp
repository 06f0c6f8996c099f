#include "CredentialStore.h"

#include <memory>
#include <qt6keychain/keychain.h>
#include <QTimer>

namespace md {

namespace {

// QtKeychain reports most Secret Service failures as OtherError or AccessDenied with the D-Bus
// or libsecret message; the message tells which case it is.
CredentialError mapError(const QKeychain::Job *job)
{
    CredentialError e;
    e.detail = job->errorString();
    const QString text = e.detail.toLower();
    const auto mentions = [&text](std::initializer_list<const char *> words) {
        for (const char *word : words) {
            if (text.contains(QLatin1String(word)))
                return true;
        }
        return false;
    };
    switch (job->error()) {
    case QKeychain::NoError:
        e.code = CredentialError::Code::None;
        e.detail.clear();
        break;
    case QKeychain::EntryNotFound:
        e.code = CredentialError::Code::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        e.code = CredentialError::Code::NoBackend;
        break;
    case QKeychain::AccessDeniedByUser:
        e.code = CredentialError::Code::AccessDenied;
        break;
    case QKeychain::AccessDenied:
        e.code = mentions({ "lock" }) ? CredentialError::Code::Locked : CredentialError::Code::AccessDenied;
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        if (mentions({ "serviceunknown", "service unknown", "not provided by any", "could not connect",
                "cannot autolaunch", "autolaunch", "dbus-launch", "no such file or directory", "connection refused",
                "session bus", "not available", "no such name", "was not activated" }))
            e.code = CredentialError::Code::NoBackend;
        else if (mentions({ "locked" }))
            e.code = CredentialError::Code::Locked;
        else if (mentions({ "not found", "no such secret", "no such object" }))
            e.code = CredentialError::Code::NotFound;
        else if (mentions({ "denied", "dismissed", "cancelled", "canceled" }))
            e.code = CredentialError::Code::AccessDenied;
        else
            e.code = CredentialError::Code::Other;
        break;
    }
    return e;
}

// Starts `job` and calls `done` once: when it finishes, or as TimedOut when `timeoutMs` passes
// first. A job that timed out is left to finish (and delete itself) whenever it does: deleting a
// libsecret job while its D-Bus call is pending is not safe.
void runJob(QObject *owner, QKeychain::Job *job, int timeoutMs, std::function<void(const CredentialError &)> done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);  // never the plaintext file of the KWallet path
    auto settled = std::make_shared<bool>(false);
    auto *timer = new QTimer(owner);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, owner, [settled, timer, timeoutMs, done] {
        timer->deleteLater();
        if (*settled)
            return;
        *settled = true;
        done({ CredentialError::Code::TimedOut, {}, timeoutMs });
    });
    QObject::connect(job, &QKeychain::Job::finished, owner, [settled, timer, done](QKeychain::Job *finished) {
        if (*settled)
            return;
        *settled = true;
        timer->stop();
        timer->deleteLater();
        done(mapError(finished));
    });
    timer->start(timeoutMs);
    job->start();
}

}  // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject *parent) : CredentialStore(parent)
{
}

void KeychainCredentialStore::read(const CredentialKey &key, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(key.toString());
    runJob(this, job, m_timeoutMs, [job, done = std::move(done)](const CredentialError &error) {
        // On success the job is still alive: finished() is emitted before it deletes itself.
        done(error, error.ok() ? job->textData() : QString());
    });
}

void KeychainCredentialStore::write(const CredentialKey &key, const QString &secret, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(kService);
    job->setKey(key.toString());
    job->setTextData(secret);
    runJob(this, job, m_timeoutMs, std::move(done));
}

void KeychainCredentialStore::remove(const CredentialKey &key, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(kService);
    job->setKey(key.toString());
    runJob(this, job, m_timeoutMs, std::move(done));
}

}  // namespace md
