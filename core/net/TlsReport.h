#pragma once

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

namespace md {

/// What a person needs to judge one certificate of the peer's chain.
struct CertificateInfo {
    QString subject;        ///< one-line distinguished name
    QString issuer;
    QStringList subjectAltNames;  ///< "DNS:mail.example.com", "IP:192.0.2.1"
    QDateTime notBefore;
    QDateTime notAfter;
    qint64 daysLeft = 0;    ///< negative when expired
    QString sha256;         ///< certificate fingerprint, colon-separated hex
    QString spkiSha256;     ///< SHA-256 of the SubjectPublicKeyInfo, colon-separated hex
    bool selfSigned = false;
};

/// The TLS side of a check: negotiated parameters and the verification verdict.
struct TlsReport {
    QString protocol;       ///< "TLSv1.3"
    QString cipher;         ///< "TLS_AES_256_GCM_SHA384"
    QList<CertificateInfo> chain;  ///< leaf first
    bool verified = false;  ///< the chain verified against the trusted CAs and the host name
    bool pinned = false;    ///< trusted because its key matched the pinned SPKI hash
    QStringList errors;     ///< every verification error, in words
    QList<int> errorCodes;  ///< QSslError::SslError values, same order as `errors`
    QString peerName;       ///< the name the certificate was checked against
};

[[nodiscard]] CertificateInfo describeCertificate(const QSslCertificate &certificate);
/// SHA-256 over the DER SubjectPublicKeyInfo (what --pin-spki compares against).
[[nodiscard]] QByteArray spkiSha256(const QSslCertificate &certificate);
/// "ab:cd:…" for a binary digest.
[[nodiscard]] QString colonHex(const QByteArray &bytes);

}  // namespace md
