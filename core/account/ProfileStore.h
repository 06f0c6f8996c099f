#pragma once

#include "account/Account.h"

#include <functional>
#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace md {

/// The saved accounts: one versioned JSON document, {"version": 1, "accounts": [...]}.
///
/// - Written atomically (QSaveFile), mode 0600, in a 0700 directory; before a write replaces
///   the file, the previous one is kept as "<file>.bak".
/// - Reading never destroys: a file that does not parse, holds a malformed account or has a
///   newer version stays exactly as it is. Every operation then fails with a message that names
///   the file and says what to do; nothing writes over it.
/// - Concurrent writers (two processes, or a GUI and a CLI) lose nothing: each change takes a
///   QLockFile next to the file, reads the file again under the lock, applies the change, writes.
///
/// Operations are short synchronous file operations (the lock waits at most lockTimeoutMs for
/// another writer's few milliseconds), so they can be called from an event loop. The store holds
/// no secret; passwords and tokens belong in a CredentialStore.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(md::ProfileStore)
public:
    /// The format this code reads and writes.
    static constexpr int kVersion = 1;

    /// Why an operation failed.
    struct Error {
        enum class Kind {
            None,
            Unreadable,  ///< the file exists but does not parse or holds a malformed account
            NewerVersion,  ///< the file was written by a newer Mail Doctor
            Io,  ///< the file or its directory cannot be read or written
            Busy,  ///< another writer held the lock for too long
            Exists,  ///< add(): an account with that name is already saved
            NotFound  ///< no account with that name
        };
        Kind kind = Kind::None;
        QString message;  ///< one or two sentences for a person: what happened, what to do
        [[nodiscard]] bool ok() const { return kind == Kind::None; }
    };

    /// The store at `path`; empty means defaultPath().
    explicit ProfileStore(QString path = {});

    /// $XDG_CONFIG_HOME/maildoctor/accounts.json on Linux (the GUI and the CLI share it; the
    /// folder is QStandardPaths' AppConfigLocation of an application named "maildoctor").
    [[nodiscard]] static QString defaultPath();
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString backupPath() const { return m_path + QStringLiteral(".bak"); }

    /// How long a change waits for another writer's lock (default 10 s).
    void setLockTimeout(int ms) { m_lockTimeoutMs = ms; }

    /// Every saved account, in the order they were added. A missing file is no accounts.
    [[nodiscard]] std::optional<QList<Account>> accounts(Error *error) const;
    /// The account named `name`.
    [[nodiscard]] std::optional<Account> find(const QString &name, Error *error) const;

    /// Saves a new account; fails with Exists when the name is taken.
    [[nodiscard]] bool add(const Account &account, Error *error);
    /// Replaces the saved account with the same name; fails with NotFound when there is none.
    [[nodiscard]] bool update(const Account &account, Error *error);
    /// Removes the account named `name`; fails with NotFound when there is none.
    [[nodiscard]] bool remove(const QString &name, Error *error);

private:
    using Change = std::function<bool(QList<Account> &accounts, Error *error)>;
    [[nodiscard]] bool modify(const Change &change, Error *error);
    [[nodiscard]] std::optional<QList<Account>> read(Error *error) const;
    [[nodiscard]] bool write(const QList<Account> &accounts, Error *error);

    QString m_path;
    int m_lockTimeoutMs = 10000;
};

}  // namespace md
