#include "net/CaFile.h"

#include <QDateTime>
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

    const QMutexLocker lock(&mutex);
    const auto it = cache.constFind(key);
    if (it != cache.cend() && it->size == size && it->modified == modified)
        return it->certificates;
    QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
    cache.insert(key, CachedCaFile { size, modified, certificates });
    return certificates;
}

}  // namespace md
