#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace md {

/// The PEM certificates in `path` (an extra CA file), parsed once per process and file version:
/// a front end that validates the file and the check that then uses it share one parse. With
/// OpenSSL 3 each certificate parse costs about a million instructions, a noticeable part of a
/// whole check on loopback. Empty when the file can't be read or holds no PEM certificate.
/// Thread-safe.
[[nodiscard]] QList<QSslCertificate> loadCaCertificates(const QString &path);

}  // namespace md
