#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

namespace md::test {

/// The test PKI made by tests/support/make-certs.sh, generated once per test process into a
/// temporary directory (or into $MAILDOCTOR_TEST_PKI if set, which make-certs.sh then reuses).
/// Certificate sets: server, wronghost, expired, selfsigned, unknownca (see make-certs.sh).
class TestPki
{
public:
    /// The directory holding the PKI; generates it on first use. Empty if generation failed.
    [[nodiscard]] static QString dir();
    /// A file inside dir(), e.g. path(QStringLiteral("server-chain.pem")).
    [[nodiscard]] static QString path(const QString &fileName);
    /// ca.pem: the root the tests trust (what a client gets as its CA file).
    [[nodiscard]] static QString caFile();
    /// The certificates in ca.pem (for Connection::Options::extraCaCertificates and the like).
    [[nodiscard]] static QList<QSslCertificate> caCertificates();
    /// A client configuration that trusts ca.pem only (no system CAs), peer verification on.
    [[nodiscard]] static QSslConfiguration clientConfiguration();
    /// A server configuration presenting NAME-chain.pem with NAME.key (EC); no client certificate
    /// requested. Returns a null configuration and sets *error if the files cannot be loaded.
    [[nodiscard]] static QSslConfiguration serverConfiguration(const QString &certName,
                                                               QString *error = nullptr);
};

} // namespace md::test
