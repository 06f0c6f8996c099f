#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <map>

namespace md::oauth {

/// The small asynchronous slice of the credential store that OAuth2 needs: one JSON string
/// secret per key. Replaced by core/account/CredentialStore once that lands (same shape:
/// asynchronous, semantic errors, no plaintext fallback).
class SecretStore
{
public:
    enum class Error { None, NotFound, AccessDenied, NoBackend, Timeout, Other };
    struct Result {
        Error error = Error::None;
        QByteArray secret;   ///< read(): the secret
        QString message;     ///< translated detail when error != None
    };
    using Callback = std::function<void(const Result &)>;

    virtual ~SecretStore() = default;
    /// Each call answers exactly once, never synchronously from inside the call.
    virtual void read(const QString &key, Callback done) = 0;
    virtual void write(const QString &key, const QByteArray &secret, Callback done) = 0;
    virtual void remove(const QString &key, Callback done) = 0;
};

/// In memory only (tests, and the GUI's "don't remember" mode).
class MemorySecretStore final : public SecretStore
{
public:
    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QByteArray &secret, Callback done) override;
    void remove(const QString &key, Callback done) override;

private:
    std::map<QString, QByteArray> m_secrets;
};

}  // namespace md::oauth
