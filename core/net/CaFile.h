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
/// Waits for a running TLS warm-up first (TlsWarmup.h): parsing needs Qt's TLS backend.
[[nodiscard]] QList<QSslCertificate> loadCaCertificates(const QString &path);

/// Whether `path` is a readable file with at least one PEM certificate block, judged from the
/// text alone: a quick check for a front end's input that does not load the TLS stack (the
/// check parses the file when it starts TLS and stops with a usage failure if that finds no
/// certificate). Reads at most 64 MiB.
[[nodiscard]] bool looksLikePemCertificates(const QString &path);

}  // namespace md
