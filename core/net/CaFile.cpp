#include "net/CaFile.h"

#include "net/TlsWarmup.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

namespace md {

namespace {

struct CachedCaFile {
    qint64 size = -1;
    QDateTime modified;
    QList<QSslCertificate> certificates;
};

}  // namespace

QList<QSslCertificate> loadCaCertificates(const QString &path)
{
    static QMutex mutex;
    static QHash<QString, CachedCaFile> cache;

    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return {};
    // A changed file (size or time) is parsed again: a long-running app sees the new version.
    const QString key = info.absoluteFilePath();
    const qint64 size = info.size();
    const QDateTime modified = info.lastModified();

    waitForTlsWarmup();
    const QMutexLocker lock(&mutex);
    const auto it = cache.constFind(key);
    if (it != cache.cend() && it->size == size && it->modified == modified)
        return it->certificates;
    QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
    cache.insert(key, CachedCaFile { size, modified, certificates });
    return certificates;
}

bool looksLikePemCertificates(const QString &path)
{
    constexpr qint64 kMaxBytes = 64 * 1024 * 1024;
    QFile file(path);
    if (!QFileInfo(path).isFile() || file.size() > kMaxBytes || !file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = file.readAll();
    const qsizetype begin = text.indexOf("-----BEGIN CERTIFICATE-----");
    return begin >= 0 && text.indexOf("-----END CERTIFICATE-----", begin) > begin;
}

}  // namespace md
