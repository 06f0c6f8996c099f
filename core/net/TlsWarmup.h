#pragma once

#include <QString>

namespace md {

/// Prepares Qt's TLS stack on a background thread: the backend plugins, libssl and libcrypto
/// (dlopen and relocations), OpenSSL's initialisation and random generator, the default cipher
/// list. That is about a third of a whole loopback check's instructions, and without this it
/// all ran before the TCP connect. Started when a check begins, it overlaps with resolving,
/// connecting and the server's greeting, the time a client mostly waits anyway.
/// `caFile`, if given, is an extra CA file to parse there too (net/CaFile.h caches it).
/// Idempotent (only the first call's file is taken) and thread-safe; the thread is joined at the
/// latest when QCoreApplication is destroyed (or at process exit without one).
void startTlsWarmup(const QString &caFile = QString());

/// Returns once startTlsWarmup()'s work is done (at once if it never started). Whoever uses Qt's
/// TLS classes (QSslSocket, QSslConfiguration, QSslCertificate parsing) calls it first, so TLS
/// initialisation never runs on two threads at once and its objects are complete when used.
void waitForTlsWarmup();

}  // namespace md
