#include "TestPki.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslKey>
#include <QTemporaryDir>
#include <QtGlobal>

#include <memory>

namespace md::test {

namespace {

QString generate()
{
    QString outDir = qEnvironmentVariable("MAILDOCTOR_TEST_PKI");
    static std::unique_ptr<QTemporaryDir> temp;
    if (outDir.isEmpty()) {
        temp = std::make_unique<QTemporaryDir>();
        if (!temp->isValid()) {
            qWarning("TestPki: cannot create a temporary directory");
            return {};
        }
        outDir = temp->path();
    }
    const QString script = QStringLiteral(MAILDOCTOR_SOURCE_DIR "/tests/support/make-certs.sh");
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral("bash"), {script, outDir});
    // Test setup, before any server runs: blocking here is fine.
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0 || !QFile::exists(outDir + QStringLiteral("/ca.pem"))) {
        qWarning("TestPki: make-certs.sh failed (%s)", qPrintable(process.errorString()));
        return {};
    }
    return QDir(outDir).absolutePath();
}

} // namespace

QString TestPki::dir()
{
    static const QString directory = generate();
    return directory;
}

QString TestPki::path(const QString &fileName)
{
    return dir() + QLatin1Char('/') + fileName;
}

QString TestPki::caFile()
{
    return path(QStringLiteral("ca.pem"));
}

QList<QSslCertificate> TestPki::caCertificates()
{
    return QSslCertificate::fromPath(caFile(), QSsl::Pem);
}

QSslConfiguration TestPki::clientConfiguration()
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(caCertificates());
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return config;
}

QSslConfiguration TestPki::serverConfiguration(const QString &certName, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QSslConfiguration();
    };
    if (dir().isEmpty())
        return fail(QStringLiteral("test PKI could not be generated"));
    const QString chainFile = path(certName + QStringLiteral("-chain.pem"));
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(chainFile, QSsl::Pem);
    if (chain.isEmpty())
        return fail(QStringLiteral("cannot load certificate chain %1").arg(chainFile));
    QFile keyFile(path(certName + QStringLiteral(".key")));
    if (!keyFile.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1").arg(keyFile.fileName()));
    const QSslKey key(keyFile.readAll(), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull())
        return fail(QStringLiteral("cannot parse EC key %1").arg(keyFile.fileName()));

    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    return config;
}

} // namespace md::test
