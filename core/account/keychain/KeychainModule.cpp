// libmaildoctor-keychain: QtKeychain behind the plain function the core loads at run time
// (account/KeychainModule.h). The core keeps the policy (timeouts, error mapping).
#include "account/KeychainModule.h"

#include <QObject>
#include <qt6keychain/keychain.h>

#ifdef MAILDOCTOR_SECRET_SERVICE
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QMap>
#endif

namespace {

#ifdef MAILDOCTOR_SECRET_SERVICE
// QtKeychain reaches the Secret Service through libsecret, which cannot unlock a locked
// collection without a prompt and then answers as if the entry did not exist: a read says "not
// found" and a deletion "done", while the entry stays in the keychain. The Secret Service's
// SearchItems (which never prompts) lists the locked items apart; one that carries QtKeychain's
// attributes for this key means the keychain is locked, not empty. Bounded by the core's timeout
// like the job itself; without a Secret Service on the bus QtKeychain's answer stands.
void checkForLockedEntry(const QString &service, const QString &key, QObject *context,
    const md::keychain::Finished &finished, int error, const QString &errorString)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        finished(error, errorString, QString());
        return;
    }
    static const QMetaType registered = qDBusRegisterMetaType<QMap<QString, QString>>();
    Q_UNUSED(registered);
    QDBusMessage search = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.secrets"),
        QStringLiteral("/org/freedesktop/secrets"), QStringLiteral("org.freedesktop.Secret.Service"),
        QStringLiteral("SearchItems"));
    // QtKeychain's libsecret schema: "server" is the service, "user" the key; libsecret stores
    // the schema's name with every item, so another program's items never match.
    const QMap<QString, QString> attributes { { QStringLiteral("xdg:schema"), QStringLiteral("org.qt.keychain") },
        { QStringLiteral("server"), service }, { QStringLiteral("user"), key } };
    search << QVariant::fromValue(attributes);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(search), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
        [finished, error, errorString](QDBusPendingCallWatcher *call) {
            call->deleteLater();
            const QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> reply = *call;
            if (reply.isValid() && !reply.argumentAt<1>().isEmpty())
                finished(int(QKeychain::AccessDenied), QString::fromLatin1(md::keychain::kLockedEntry), QString());
            else
                finished(error, errorString, QString());
        });
}
#endif

}  // namespace

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
    QObject::connect(
        job, &QKeychain::Job::finished, context, [finished, operation, service, key, context](QKeychain::Job *done) {
            const QKeychain::Error error = done->error();
#ifdef MAILDOCTOR_SECRET_SERVICE
            // A read that found nothing, and any deletion (libsecret reports deleting nothing
            // as success), may have met a locked collection.
            if ((operation == md::keychain::Operation::Read && error == QKeychain::EntryNotFound)
                || (operation == md::keychain::Operation::Remove
                    && (error == QKeychain::NoError || error == QKeychain::EntryNotFound))) {
                checkForLockedEntry(service, key, context, finished, int(error), done->errorString());
                return;
            }
#else
            Q_UNUSED(operation);
            Q_UNUSED(service);
            Q_UNUSED(key);
            Q_UNUSED(context);
#endif
            // finished() is emitted before the job deletes itself: the read secret is still there.
            const auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done);
            finished(
                int(error), done->errorString(), read && error == QKeychain::NoError ? read->textData() : QString());
        });
    job->start();
}
