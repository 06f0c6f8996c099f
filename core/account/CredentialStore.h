#pragma once

#include "account/ServerSettings.h"

#include <functional>
#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QString>

namespace md {

/// Runs `step(0)`, `step(1)`, … `step(count - 1)` one after another, for asynchronous steps: each
/// step calls its `proceed` callback once, when it is done (true: go on, false: stop). Then
/// `finished` runs once, with true when every step went on.
void runInSequence(int count, std::function<void(int index, std::function<void(bool goOn)> proceed)> step,
    std::function<void(bool completed)> finished);

/// What a secret is.
enum class SecretKind {
    Password,  ///< the server password (or app password)
    OAuthTokens  ///< an OAuth2 token set, stored as one JSON text (access, refresh, expiry, …)
};
[[nodiscard]] QString toString(SecretKind kind);  ///< "password", "oauth2"

/// Names one secret: an account's server (by its protocol: smtp, imap, pop3) and the kind.
struct CredentialKey {
    QString account;
    Protocol server = Protocol::Smtp;
    SecretKind kind = SecretKind::Password;

    /// The keychain entry name, "<server>:<kind>:<account>", e.g. "imap:password:Work". With
    /// CredentialStore::kService it is what the OS keychain shows (Secret Service attributes
    /// server=maildoctor user=<this>).
    [[nodiscard]] QString toString() const;
};

/// How a keychain operation ended.
struct CredentialError {
    Q_DECLARE_TR_FUNCTIONS(md::CredentialError)
public:
    enum class Code {
        None,
        NoBackend,  ///< no keychain service: no Secret Service on the bus, or no session bus
        Locked,  ///< the keychain is locked
        AccessDenied,  ///< the keychain (or the user) refused
        NotFound,  ///< no such entry
        TimedOut,  ///< no answer in time (often an unlock prompt nobody answers)
        Other
    };
    Code code = Code::None;
    QString detail;  ///< the backend's own words, when it gave any
    int timeoutMs = 0;  ///< for TimedOut: the limit that passed

    [[nodiscard]] bool ok() const { return code == Code::None; }
    /// A sentence or two for a person: what happened and what to do.
    [[nodiscard]] QString message() const;
};

/// Where secrets live. Every operation is asynchronous: `done` runs exactly once, later, from
/// the event loop (never inside the call), and never after the store is destroyed. Nothing
/// blocks, and every operation ends, at the latest as TimedOut.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    /// The service name entries are stored under.
    static constexpr QLatin1String kService { "maildoctor" };

    using ReadDone = std::function<void(const md::CredentialError &error, const QString &secret)>;
    using Done = std::function<void(const md::CredentialError &error)>;

    using QObject::QObject;

    virtual void read(const CredentialKey &key, ReadDone done) = 0;
    /// Stores `secret`, replacing what was there.
    virtual void write(const CredentialKey &key, const QString &secret, Done done) = 0;
    /// Deletes the entry. When there was none, the result is success or NotFound depending on the
    /// backend (libsecret says success); both mean the entry is gone.
    virtual void remove(const CredentialKey &key, Done done) = 0;

    /// Deletes every entry of `account` (every server, every kind), one after another. An entry
    /// that did not exist is fine; `done` gets the first other error, or success.
    void removeAccount(const QString &account, Done done);
};

/// The OS keychain through QtKeychain: Secret Service (libsecret) on Linux, Keychain on macOS,
/// Credential Manager on Windows. QtKeychain's insecure (plaintext) fallback is always off.
/// Each job has a timer of our own: a job that does not answer in time ends as TimedOut. (QtKeychain
/// runs one job at a time per process, so while a timed-out job is still pending, later jobs
/// wait behind it and time out too, until the keychain answers again.)
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    explicit KeychainCredentialStore(QObject *parent = nullptr);

    /// The limit for one keychain job (default 5 s).
    void setTimeout(int ms) { m_timeoutMs = ms; }
    [[nodiscard]] int timeout() const { return m_timeoutMs; }

    void read(const CredentialKey &key, ReadDone done) override;
    void write(const CredentialKey &key, const QString &secret, Done done) override;
    void remove(const CredentialKey &key, Done done) override;

private:
    int m_timeoutMs = 5000;
};

/// Secrets in memory, for unit tests only (the product never uses it). Answers asynchronously
/// like the real one; failWith() makes every following operation fail.
class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;

    void failWith(CredentialError::Code code) { m_failure = code; }
    [[nodiscard]] const QHash<QString, QString> &entries() const { return m_entries; }

    void read(const CredentialKey &key, ReadDone done) override;
    void write(const CredentialKey &key, const QString &secret, Done done) override;
    void remove(const CredentialKey &key, Done done) override;

private:
    QHash<QString, QString> m_entries;  ///< CredentialKey::toString() → secret
    CredentialError::Code m_failure = CredentialError::Code::None;
};

}  // namespace md
