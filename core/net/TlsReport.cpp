#include "TlsReport.h"

#include <QCryptographicHash>
#include <QSslKey>

namespace md {

QString colonHex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(':'));
}

QByteArray spkiSha256(const QSslCertificate &certificate)
{
    // QSslKey::toDer() of a public key is the DER SubjectPublicKeyInfo (OpenSSL's i2d_PUBKEY).
    return QCryptographicHash::hash(certificate.publicKey().toDer(), QCryptographicHash::Sha256);
}

static QString distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    const auto info = [&](QSslCertificate::SubjectInfo key) {
        return (issuer ? certificate.issuerInfo(key) : certificate.subjectInfo(key)).join(QLatin1Char('/'));
    };
    QStringList parts;
    const QList<QPair<QSslCertificate::SubjectInfo, QString>> keys = {
        {QSslCertificate::CommonName, QStringLiteral("CN")},
        {QSslCertificate::Organization, QStringLiteral("O")},
        {QSslCertificate::OrganizationalUnitName, QStringLiteral("OU")},
        {QSslCertificate::CountryName, QStringLiteral("C")},
    };
    for (const auto &[key, label] : keys) {
        const QString value = info(key);
        if (!value.isEmpty())
            parts << label + QLatin1Char('=') + value;
    }
    return parts.join(QStringLiteral(", "));
}

CertificateInfo describeCertificate(const QSslCertificate &certificate)
{
    CertificateInfo info;
    info.subject = distinguishedName(certificate, false);
    info.issuer = distinguishedName(certificate, true);
    const auto names = certificate.subjectAlternativeNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        const QString prefix = it.key() == QSsl::DnsEntry       ? QStringLiteral("DNS:")
                               : it.key() == QSsl::IpAddressEntry ? QStringLiteral("IP:")
                                                                  : QStringLiteral("email:");
        info.subjectAltNames << prefix + it.value();
    }
    info.notBefore = certificate.effectiveDate().toUTC();
    info.notAfter = certificate.expiryDate().toUTC();
    info.daysLeft = QDateTime::currentDateTimeUtc().daysTo(info.notAfter);
    info.sha256 = colonHex(certificate.digest(QCryptographicHash::Sha256));
    info.spkiSha256 = colonHex(spkiSha256(certificate));
    info.selfSigned = certificate.isSelfSigned();
    return info;
}

}  // namespace md
