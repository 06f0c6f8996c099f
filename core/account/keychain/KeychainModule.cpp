// libmaildoctor-keychain: QtKeychain behind the plain function the core loads at run time
// (account/KeychainModule.h). The core keeps the policy (timeouts, error mapping).
#include "account/KeychainModule.h"

#include <QObject>
#include <qt6keychain/keychain.h>

extern "C" Q_DECL_EXPORT void maildoctor_keychain_start(md::keychain::Operation operation, const QString &service,
    const QString &key, const QString &secret, QObject *context, const md::keychain::Finished &finished)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case md::keychain::Operation::Read:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case md::keychain::Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(service);
        write->setTextData(secret);
        job = write;
        break;
    }
    case md::keychain::Operation::Remove:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    job->setKey(key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);  // never the plaintext file of the KWallet path
    QObject::connect(job, &QKeychain::Job::finished, context, [finished](QKeychain::Job *done) {
        // finished() is emitted before the job deletes itself: the read secret is still there.
        const auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done);
        finished(int(done->error()), done->errorString(),
            read && done->error() == QKeychain::NoError ? read->textData() : QString());
    });
    job->start();
}
