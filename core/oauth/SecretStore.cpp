#include "SecretStore.h"

#include <QTimer>

namespace md::oauth {

namespace {
void later(std::function<void()> f)
{
    QTimer::singleShot(0, std::move(f));
}
}  // namespace

void MemorySecretStore::read(const QString &key, Callback done)
{
    const auto it = m_secrets.find(key);
    Result r;
    if (it == m_secrets.end())
        r.error = Error::NotFound;
    else
        r.secret = it->second;
    later([done = std::move(done), r] { done(r); });
}

void MemorySecretStore::write(const QString &key, const QByteArray &secret, Callback done)
{
    m_secrets[key] = secret;
    later([done = std::move(done)] { done({}); });
}

void MemorySecretStore::remove(const QString &key, Callback done)
{
    Result r;
    if (m_secrets.erase(key) == 0)
        r.error = Error::NotFound;
    later([done = std::move(done), r] { done(r); });
}

}  // namespace md::oauth
