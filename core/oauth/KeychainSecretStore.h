#pragma once

#include "SecretStore.h"

#include <QCoreApplication>

namespace md::oauth {

/// SecretStore on the OS keychain through QtKeychain (Secret Service, KWallet, macOS Keychain,
/// Windows Credential Manager). Plaintext fallback is off: no keychain is an error the user sees.
/// Every job has a time limit of its own (a locked keyring may wait for a prompt forever).
class KeychainSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(md::oauth::KeychainSecretStore)
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("maildoctor"), int timeoutMs = 20000)
        : m_service(std::move(service)), m_timeoutMs(timeoutMs)
    {
    }
    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QByteArray &secret, Callback done) override;
    void remove(const QString &key, Callback done) override;

private:
    QString m_service;
    int m_timeoutMs;
};

}  // namespace md::oauth
