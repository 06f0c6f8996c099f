#include "KeychainSecretStore.h"

#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace md::oauth {

namespace {

SecretStore::Error mapError(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Error::None;
    case QKeychain::EntryNotFound:
        return SecretStore::Error::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretStore::Error::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Error::NoBackend;
    default:
        return SecretStore::Error::Other;
    }
}

/// Runs `job`, answers `done` once: when the job finishes or when the time limit passes.
void run(QKeychain::Job *job, int timeoutMs, SecretStore::Callback done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    auto answered = std::make_shared<bool>(false);
    auto timer = new QTimer(job);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, job, [answered, done] {
        if (*answered)
            return;
        *answered = true;
        done({SecretStore::Error::Timeout, {},
              KeychainSecretStore::tr("The keychain did not answer in time (is it locked?).")});
    });
    QObject::connect(job, &QKeychain::Job::finished, [answered, done](QKeychain::Job *j) {
        if (*answered)
            return;
        *answered = true;
        SecretStore::Result r;
        r.error = mapError(j->error());
        if (r.error != SecretStore::Error::None)
            r.message = j->errorString();
        if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(j); readJob && r.error == SecretStore::Error::None)
            r.secret = readJob->binaryData();
        done(r);
    });
    timer->start(timeoutMs);
    job->start();
}

}  // namespace

void KeychainSecretStore::read(const QString &key, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    run(job, m_timeoutMs, std::move(done));
}

void KeychainSecretStore::write(const QString &key, const QByteArray &secret, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setBinaryData(secret);
    run(job, m_timeoutMs, std::move(done));
}

void KeychainSecretStore::remove(const QString &key, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    run(job, m_timeoutMs, std::move(done));
}

}  // namespace md::oauth
