#pragma once
// Shared by the saved-account tests: a private HOME and XDG directories for maildoctor-cli,
// running it (or anything else) there, and searching files for a secret.

#include "IntegrationSupport.h"

#include <QDirIterator>
#include <QTemporaryDir>

namespace md::test {

/// Private HOME / XDG_CONFIG_HOME / XDG_DATA_HOME / XDG_CACHE_HOME. By default it lives in a new
/// temporary directory; inside with-keyring.sh, pass inherit = true to use the wrapper's
/// (the keyring's files are under its XDG_DATA_HOME).
class Sandbox
{
public:
    explicit Sandbox(bool inherit = false)
    {
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.remove(QStringLiteral("QT_NO_GLIB"));  // libsecret jobs never finish without GLib
        if (inherit)
            return;
        for (const char *name : { "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME" }) {
            const QString dir = m_dir.filePath(QString::fromLatin1(name).toLower());
            QDir().mkpath(dir);
            m_env.insert(QString::fromLatin1(name), dir);
        }
    }

    [[nodiscard]] QProcessEnvironment &env() { return m_env; }
    [[nodiscard]] QString value(const char *name) const { return m_env.value(QString::fromLatin1(name)); }
    [[nodiscard]] QString profilePath() const
    {
        return value("XDG_CONFIG_HOME") + QStringLiteral("/maildoctor/accounts.json");
    }
    [[nodiscard]] QStringList xdgDirs() const
    {
        return { value("XDG_CONFIG_HOME"), value("XDG_DATA_HOME"), value("XDG_CACHE_HOME"), value("HOME") };
    }

    /// Runs `program` with `arguments` in this sandbox's environment (plus `extra`).
    CliRun run(const QString &program, const QStringList &arguments, const QHash<QString, QString> &extra = {},
        const QByteArray &input = {}, int timeoutMs = 60000, qint64 *elapsedMs = nullptr) const
    {
        QProcessEnvironment env = m_env;
        for (auto it = extra.cbegin(); it != extra.cend(); ++it) {
            if (it.value().isNull())
                env.remove(it.key());
            else
                env.insert(it.key(), it.value());
        }
        return runProcess(program, arguments, env, input, timeoutMs, elapsedMs);
    }
    CliRun cli(
        const QStringList &arguments, const QHash<QString, QString> &extra = {}, const QByteArray &input = {}) const
    {
        return run(QStringLiteral(MAILDOCTOR_CLI), arguments, extra, input);
    }

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
};

/// Every file under `dirs` whose bytes hold `secret` in any form leaksSecret() finds.
inline QStringList filesHolding(const QStringList &dirs, const QByteArray &secret)
{
    QStringList found;
    for (const QString &dir : dirs) {
        QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && leaksSecret(file.readAll(), secret))
                found << file.fileName();
        }
    }
    return found;
}

/// The files under `dirs` (to prove the search above had something to search).
inline QStringList filesUnder(const QStringList &dirs)
{
    QStringList found;
    for (const QString &dir : dirs) {
        QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext())
            found << it.next();
    }
    return found;
}

/// `account add NAME` arguments for a server pair on example hosts (nothing is contacted).
inline QStringList addArguments(const QString &name)
{
    return { QStringLiteral("account"), QStringLiteral("add"), name, QStringLiteral("--email"),
        QStringLiteral("me@example.test"), QStringLiteral("--smtp-host"), QStringLiteral("smtp.example.test"),
        QStringLiteral("--imap-host"), QStringLiteral("imap.example.test") };
}

}  // namespace md::test
