#include "account/KeychainModule.h"
#include "CredentialStore.h"

#include <memory>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QPointer>
#include <qt6keychain/keychain.h>  // QKeychain::Error only: the module links QtKeychain, not the core
#include <QTimer>

namespace md {

namespace {

// QtKeychain reports most Secret Service failures as OtherError or AccessDenied with the D-Bus
// or libsecret message; the message tells which case it is.
CredentialError mapError(int error, const QString &errorString)
{
    CredentialError e;
    if (errorString == QLatin1String(keychain::kLockedEntry))
        return { CredentialError::Code::Locked, {}, 0 };  // the module's own finding: no words to quote
    e.detail = errorString;
    const QString text = e.detail.toLower();
    const auto mentions = [&text](std::initializer_list<const char *> words) {
        for (const char *word : words) {
            if (text.contains(QLatin1String(word)))
                return true;
        }
        return false;
    };
    switch (QKeychain::Error(error)) {
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

// The keychain module, loaded once and never unloaded (a job may answer at any time). Looked up
// beside the program (the build tree; Windows) and where `cmake --install` puts it, relative to
// the program (../lib[/<arch>]/maildoctor/modules on Linux): never in a path compiled in or
// taken from the environment.
keychain::StartFunction loadModule(QString *problem)
{
    static keychain::StartFunction start = nullptr;
    static QString failure;
    if (start || !failure.isEmpty()) {
        *problem = failure;
        return start;
    }
    const QString appDir = QCoreApplication::applicationDirPath();
    const QString installedDir
        = QDir::cleanPath(QDir(appDir).filePath(QStringLiteral(MAILDOCTOR_KEYCHAIN_MODULE_RELDIR)));
    QString loadError;
    for (const QString &dir : { appDir, installedDir }) {
        auto *library = new QLibrary(QDir(dir).filePath(QStringLiteral("maildoctor-keychain")));
        library->setLoadHints(QLibrary::PreventUnloadHint);
        if (library->load()) {
            start = reinterpret_cast<keychain::StartFunction>(library->resolve(keychain::kStartSymbol));
            if (start) {
                // The QLibrary stays, in a static so that it is reachable (not a leak): the
                // module is never unloaded.
                [[maybe_unused]] static QLibrary *module = nullptr;
                module = library;
                return start;
            }
        }
        if (library->isLoaded() || QFileInfo::exists(library->fileName()) || loadError.isEmpty())
            loadError = library->errorString();  // a module that is there but fails says why
        delete library;
    }
    failure
        = CredentialError::tr("Mail Doctor's keychain module could not be loaded from %1 (%2); reinstall Mail Doctor")
              .arg(QDir::toNativeSeparators(installedDir), loadError);
    *problem = failure;
    return nullptr;
}

// Starts a keychain job and calls `done` once: when it finishes, or as TimedOut when `timeoutMs`
// passes first. A job that timed out is left to finish (and delete itself) whenever it does:
// deleting a libsecret job while its D-Bus call is pending is not safe.
void runJob(QObject *owner, keychain::Operation operation, const CredentialKey &key, const QString &secret,
    int timeoutMs, std::function<void(const CredentialError &, const QString &)> done)
{
    QString problem;
    const keychain::StartFunction start = loadModule(&problem);
    auto settled = std::make_shared<bool>(false);
    if (!start) {
        // Asynchronous like every answer of a store.
        QTimer::singleShot(0, owner, [done, problem] {
            done({ CredentialError::Code::NoBackend, problem, 0 }, QString());
        });
        return;
    }
    auto *timer = new QTimer(owner);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, owner, [settled, timer, timeoutMs, done] {
        timer->deleteLater();
        if (*settled)
            return;
        *settled = true;
        done({ CredentialError::Code::TimedOut, {}, timeoutMs }, QString());
    });
    const QPointer<QTimer> guard(timer);
    timer->start(timeoutMs);
    start(operation, QString(CredentialStore::kService), key.toString(), secret, owner,
        [settled, guard, done](int error, const QString &errorString, const QString &readSecret) {
            if (*settled)
                return;
            *settled = true;
            if (guard) {
                guard->stop();
                guard->deleteLater();
            }
            const CredentialError e = mapError(error, errorString);
            done(e, e.ok() ? readSecret : QString());
        });
}

}  // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject *parent) : CredentialStore(parent)
{
}

void KeychainCredentialStore::read(const CredentialKey &key, ReadDone done)
{
    runJob(this, keychain::Operation::Read, key, QString(), m_timeoutMs, std::move(done));
}

void KeychainCredentialStore::write(const CredentialKey &key, const QString &secret, Done done)
{
    runJob(this, keychain::Operation::Write, key, secret, m_timeoutMs,
        [done = std::move(done)](const CredentialError &error, const QString &) { done(error); });
}

void KeychainCredentialStore::remove(const CredentialKey &key, Done done)
{
    runJob(this, keychain::Operation::Remove, key, QString(), m_timeoutMs,
        [done = std::move(done)](const CredentialError &error, const QString &) { done(error); });
}

}  // namespace md
