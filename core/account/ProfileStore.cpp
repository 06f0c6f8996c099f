#include "ProfileStore.h"

#include <algorithm>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace md {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

ProfileStore::Error makeError(ProfileStore::Error::Kind kind, const QString &message)
{
    return { kind, message };
}

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *why)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *why = file.errorString();
        return false;
    }
    // Restrict the temporary file before a byte is in it; commit() keeps these permissions.
    if (!file.setPermissions(kOwnerOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *why = file.errorString();
        file.cancelWriting();
        return false;
    }
    return true;
}

}  // namespace

ProfileStore::ProfileStore(QString path) : m_path(path.isEmpty() ? defaultPath() : std::move(path))
{
}

QString ProfileStore::defaultPath()
{
    // AppConfigLocation would depend on each front end's application name; both share one file.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/maildoctor/accounts.json");
}

std::optional<QList<Account>> ProfileStore::read(Error *error) const
{
    QFile file(m_path);
    if (!file.exists())
        return QList<Account> {};
    if (!file.open(QIODevice::ReadOnly)) {
        *error = makeError(Error::Kind::Io,
            tr("The account file %1 cannot be read: %2. Check its permissions; "
               "Mail Doctor has not changed it.")
                .arg(m_path, file.errorString()));
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    const auto unreadable = [&](const QString &why) {
        *error = makeError(Error::Kind::Unreadable,
            tr("The account file %1 cannot be used: %2 Mail Doctor has not changed it and will not "
               "write over it. Repair the file, or move it away to start with no accounts.")
                .arg(m_path, why));
        return std::nullopt;
    };
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return unreadable(
            tr("it is not valid JSON (%1 at byte %2).").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return unreadable(tr("it is not a JSON object."));
    const QJsonObject root = doc.object();
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1)
        return unreadable(tr("its \"version\" is missing or not a positive whole number."));
    if (version.toInt() > kVersion) {
        *error = makeError(Error::Kind::NewerVersion,
            tr("The account file %1 was written by a newer Mail Doctor (format version %2; this one "
               "understands version %3). It has not been changed and will not be written over. Use "
               "the newer Mail Doctor, or move the file away to start with no accounts.")
                .arg(m_path)
                .arg(version.toInt())
                .arg(kVersion));
        return std::nullopt;
    }
    const QJsonValue list = root.value(QLatin1String("accounts"));
    if (!list.isArray() && !list.isUndefined())
        return unreadable(tr("\"accounts\" is not a list."));
    QList<Account> accounts;
    for (const QJsonValue &entry : list.toArray()) {
        QString why;
        const std::optional<Account> account
            = entry.isObject() ? accountFromJson(entry.toObject(), &why) : std::nullopt;
        if (!account)
            return unreadable(entry.isObject() ? tr("an account is malformed: %1").arg(why)
                                               : tr("an entry of \"accounts\" is not an object."));
        for (const Account &seen : std::as_const(accounts)) {
            if (seen.name == account->name)
                return unreadable(tr("the account name \"%1\" appears twice.").arg(account->name));
        }
        accounts.append(*account);
    }
    return accounts;
}

bool ProfileStore::write(const QList<Account> &accounts, Error *error)
{
    const QFileInfo info(m_path);
    QJsonArray list;
    for (const Account &account : accounts)
        list.append(toJson(account));
    const QJsonObject root { { QStringLiteral("version"), kVersion }, { QStringLiteral("accounts"), list } };
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);

    QString why;
    if (info.exists()) {
        QFile current(m_path);
        if (!current.open(QIODevice::ReadOnly) || !writeFileAtomically(backupPath(), current.readAll(), &why)) {
            *error = makeError(Error::Kind::Io,
                tr("The backup %1 cannot be written (%2); the account file %3 was not "
                   "changed. Check the folder's permissions and free space.")
                    .arg(backupPath(), why.isEmpty() ? current.errorString() : why, m_path));
            return false;
        }
    }
    if (!writeFileAtomically(m_path, bytes, &why)) {
        *error = makeError(Error::Kind::Io,
            tr("The account file %1 cannot be written: %2. It was not changed; check "
               "the folder's permissions and free space.")
                .arg(m_path, why));
        return false;
    }
    return true;
}

bool ProfileStore::modify(const Change &change, Error *error)
{
    const QDir dir = QFileInfo(m_path).absoluteDir();
    if (!dir.exists() && !QDir().mkpath(dir.path())) {
        *error = makeError(Error::Kind::Io,
            tr("The folder %1 cannot be created. Check the permissions of its parent folder.").arg(dir.path()));
        return false;
    }
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QLockFile lock(m_path + QStringLiteral(".lock"));
    lock.setStaleLockTime(30000);
    // QLockFile::tryLock(timeout) backs off up to seconds between attempts; short slices keep
    // trying every few tens of milliseconds, which is all another writer needs.
    const QDeadlineTimer deadline(m_lockTimeoutMs);
    bool locked = false;
    do {
        locked = lock.tryLock(std::min<qint64>(25, std::max<qint64>(0, deadline.remainingTime())));
    } while (!locked && lock.error() == QLockFile::LockFailedError && !deadline.hasExpired());
    if (!locked) {
        *error = makeError(lock.error() == QLockFile::LockFailedError ? Error::Kind::Busy : Error::Kind::Io,
            tr("The account file %1 is locked by another Mail Doctor (lock file %2). Try again in a "
               "moment; if no other Mail Doctor is running, remove the lock file.")
                .arg(m_path, lock.fileName()));
        return false;
    }
    // Read again under the lock: what another writer saved a moment ago is kept.
    std::optional<QList<Account>> accounts = read(error);
    if (!accounts || !change(*accounts, error))
        return false;
    return write(*accounts, error);
}

std::optional<QList<Account>> ProfileStore::accounts(Error *error) const
{
    Error ignored;
    return read(error ? error : &ignored);
}

std::optional<Account> ProfileStore::find(const QString &name, Error *error) const
{
    Error ignored;
    Error *e = error ? error : &ignored;
    const std::optional<QList<Account>> all = read(e);
    if (!all)
        return std::nullopt;
    for (const Account &account : *all) {
        if (account.name == name)
            return account;
    }
    *e = makeError(
        Error::Kind::NotFound, tr("There is no saved account named \"%1\" (see \"account list\").").arg(name));
    return std::nullopt;
}

bool ProfileStore::add(const Account &account, Error *error)
{
    Error ignored;
    return modify(
        [&](QList<Account> &accounts, Error *e) {
            for (const Account &existing : std::as_const(accounts)) {
                if (existing.name == account.name) {
                    *e = makeError(Error::Kind::Exists,
                        tr("An account named \"%1\" is already saved; choose another "
                           "name or remove it first.")
                            .arg(account.name));
                    return false;
                }
            }
            accounts.append(account);
            return true;
        },
        error ? error : &ignored);
}

bool ProfileStore::update(const Account &account, Error *error)
{
    Error ignored;
    return modify(
        [&](QList<Account> &accounts, Error *e) {
            for (Account &existing : accounts) {
                if (existing.name == account.name) {
                    existing = account;
                    return true;
                }
            }
            *e = makeError(Error::Kind::NotFound, tr("There is no saved account named \"%1\".").arg(account.name));
            return false;
        },
        error ? error : &ignored);
}

bool ProfileStore::remove(const QString &name, Error *error)
{
    Error ignored;
    return modify(
        [&](QList<Account> &accounts, Error *e) {
            for (qsizetype i = 0; i < accounts.size(); ++i) {
                if (accounts.at(i).name == name) {
                    accounts.removeAt(i);
                    return true;
                }
            }
            *e = makeError(Error::Kind::NotFound, tr("There is no saved account named \"%1\".").arg(name));
            return false;
        },
        error ? error : &ignored);
}

}  // namespace md
