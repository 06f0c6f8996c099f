// TLS rules: the certificate did not verify, or the handshake failed.
#include "Rules.h"

#include "diagnosis/Reader.h"
#include "diagnosis/RuleSupport.h"

#include <algorithm>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QSslError>

namespace md::rules {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(md::Diagnoser)
};

/// The certificate's DNS names ("DNS:mail.example.com" → "mail.example.com").
QStringList certificateNames(const CheckResult &r)
{
    QStringList names;
    if (!r.tls || r.tls->chain.isEmpty())
        return names;
    for (const QString &san : r.tls->chain.first().subjectAltNames) {
        if (san.startsWith(QLatin1String("DNS:")))
            names << san.mid(4);
    }
    if (names.isEmpty()) {
        static const QRegularExpression cn(QStringLiteral("CN=([^,/]+)"));
        const auto m = cn.match(r.tls->chain.first().subject);
        if (m.hasMatch())
            names << m.captured(1).trimmed();
    }
    return names;
}

/// The certificate name most like the host the user typed (shared trailing labels), no wildcard.
QString bestName(const QString &host, const QStringList &names)
{
    const QStringList hostLabels = host.toLower().split(QLatin1Char('.'), Qt::SkipEmptyParts);
    QString best;
    int bestScore = -1;
    for (const QString &name : names) {
        if (name.contains(QLatin1Char('*')))
            continue;
        const QStringList labels = name.toLower().split(QLatin1Char('.'), Qt::SkipEmptyParts);
        int score = 0;
        while (score < labels.size() && score < hostLabels.size()
            && labels.at(labels.size() - 1 - score) == hostLabels.at(hostLabels.size() - 1 - score))
            ++score;
        if (score > bestScore) {
            best = name;
            bestScore = score;
        }
    }
    return best;
}

bool matchesAny(const QString &lowerText, std::initializer_list<const char *> needles)
{
    return std::any_of(
        needles.begin(), needles.end(), [&](const char *n) { return lowerText.contains(QLatin1String(n)); });
}

}  // namespace

QList<Finding> tlsVerification(const Reader &c)
{
    QList<Finding> out;
    const TlsReport tls = c.r.tls.value_or(TlsReport {});
    const CertificateInfo leaf = tls.chain.value(0);
    QSet<int> codes(tls.errorCodes.begin(), tls.errorCodes.end());
    const auto any = [&codes](std::initializer_list<QSslError::SslError> list) {
        return std::any_of(
            list.begin(), list.end(), [&codes](QSslError::SslError e) { return codes.contains(int(e)); });
    };
    const QString errorList = tls.errors.join(QStringLiteral("; "));

    // With a pin, the pin decides: a mismatch is the finding even when the chain has errors too.
    if (codes.isEmpty() || (c.r.pinConfigured && !tls.pinned)) {
        out << finding(QStringLiteral("tls.pin_mismatch"), Severity::Error,
            Tr::tr("The server's key is not the pinned one"),
            joinSentences({ Tr::tr("The certificate is otherwise valid, but its public key differs from the "
                                   "key pinned for this account. The server may have a new key, or someone "
                                   "is intercepting the connection. Ask the provider before trusting the new "
                                   "key."),
                leaf.spkiSha256.isEmpty() ? QString()
                                          : Tr::tr("The key offered now: SPKI SHA-256 %1.").arg(leaf.spkiSha256),
                c.r.failureMessage }));
        return out;
    }

    const bool untrusted = any({ QSslError::UnableToGetIssuerCertificate,
        QSslError::UnableToDecryptCertificateSignature, QSslError::UnableToDecodeIssuerPublicKey,
        QSslError::CertificateSignatureFailed, QSslError::SelfSignedCertificate,
        QSslError::SelfSignedCertificateInChain, QSslError::UnableToGetLocalIssuerCertificate,
        QSslError::UnableToVerifyFirstCertificate, QSslError::CertificateRevoked, QSslError::InvalidCaCertificate,
        QSslError::PathLengthExceeded, QSslError::InvalidPurpose, QSslError::CertificateUntrusted,
        QSslError::CertificateRejected, QSslError::SubjectIssuerMismatch,
        QSslError::AuthorityIssuerSerialNumberMismatch, QSslError::NoPeerCertificate, QSslError::CertificateBlacklisted,
        QSslError::InvalidNotBeforeField, QSslError::InvalidNotAfterField });
    const bool mismatch = any({ QSslError::HostNameMismatch });
    const bool expired = any({ QSslError::CertificateExpired });
    const bool notYetValid = any({ QSslError::CertificateNotYetValid });

    if (untrusted) {
        const bool selfSigned = any({ QSslError::SelfSignedCertificate }) || leaf.selfSigned;
        const bool revoked = any({ QSslError::CertificateRevoked, QSslError::CertificateBlacklisted });
        QString why;
        if (revoked)
            why = Tr::tr("The certificate has been revoked or blocked: do not trust this server.");
        else if (selfSigned)
            why = Tr::tr("The certificate is self-signed: it vouches for itself, and nothing this computer trusts "
                         "vouches for it.");
        else
            why = Tr::tr("The certificate was issued by \"%1\", an authority this computer does not trust (or the "
                         "server does not send the intermediate certificates).")
                      .arg(tls.chain.isEmpty() ? Tr::tr("unknown") : tls.chain.last().issuer);
        const QString advice = revoked
            ? QString()
            : Tr::tr("If this is a server you run, install a certificate from a public authority (for example "
                     "Let's Encrypt) or add its CA certificate to the trusted certificates. If you have checked "
                     "with the provider that this is the right certificate, you can trust exactly this key by "
                     "pinning it (SPKI SHA-256 %1).")
                  .arg(leaf.spkiSha256.isEmpty() ? QStringLiteral("…") : leaf.spkiSha256);
        out << finding(QStringLiteral("tls.untrusted"), Severity::Error,
            Tr::tr("The server's certificate is not trusted"),
            joinSentences({ why, advice, Tr::tr("(%1)").arg(errorList) }));
    }
    if (mismatch) {
        const QStringList names = certificateNames(c.r);
        const QString best = bestName(c.r.host, names);
        QVariantMap fix;
        if (!best.isEmpty())
            fix.insert(QStringLiteral("host"), best);
        out << finding(QStringLiteral("tls.hostname_mismatch"), Severity::Error,
            Tr::tr("The certificate is not made out for \"%1\"").arg(c.r.host),
            joinSentences({ names.isEmpty() ? Tr::tr("The certificate names no host at all.")
                                            : Tr::tr("The certificate is valid for %1, but the connection was made to "
                                                     "\"%2\".")
                                                  .arg(names.join(QStringLiteral(", ")), c.r.host),
                best.isEmpty() ? QString() : Tr::tr("Use the name the certificate is made for: %1.").arg(best),
                Tr::tr("A mismatch can also mean the connection is being intercepted.") }),
            fix);
    }
    if (expired || notYetValid) {
        const QString validity = leaf.notAfter.isValid()
            ? Tr::tr("It is valid from %1 to %2.")
                  .arg(leaf.notBefore.toString(Qt::ISODate), leaf.notAfter.toString(Qt::ISODate))
            : QString();
        out << finding(QStringLiteral("tls.expired"), Severity::Error,
            expired ? Tr::tr("The server's certificate has expired")
                    : Tr::tr("The server's certificate is not valid yet"),
            joinSentences({ validity,
                expired ? Tr::tr("The server's administrator must renew it. If the date looks "
                                 "recent, also check this computer's clock.")
                        : Tr::tr("Check this computer's date and time; if they are right, the "
                                 "server's administrator must fix the certificate.") }));
    }
    if (out.isEmpty()) {
        out << finding(QStringLiteral("tls.untrusted"), Severity::Error,
            Tr::tr("The server's certificate is not trusted"), errorList);
    }
    return out;
}

QList<Finding> tlsHandshake(const Reader &c)
{
    const QString text = c.r.failureMessage.toLower();
    QString transcriptTls;
    for (const TranscriptEvent &e : c.r.transcript) {
        if (e.kind == TranscriptEvent::Kind::Tls || e.kind == TranscriptEvent::Kind::Error)
            transcriptTls += e.text.toLower() + QLatin1Char('\n');
    }
    const bool implicitTls = c.r.security == Security::Tls && !c.receivedAnything();
    // OpenSSL reading "220 …" or "* OK …" as a TLS record: the port speaks plaintext first.
    if (implicitTls
        && matchesAny(text,
            { "wrong version number", "packet length too long", "unknown protocol", "record layer failure",
                "http request", "record too long", "unexpected message" })) {
        return { finding(QStringLiteral("security.starttls_expected"), Severity::Error,
            Tr::tr("This port starts without encryption: use STARTTLS"),
            joinSentences({ Tr::tr("The check started TLS at once, but the server on port %1 sent its "
                                   "plaintext greeting instead of a TLS answer. This port expects STARTTLS "
                                   "(a plaintext greeting, then an upgrade to TLS).")
                                .arg(c.r.port),
                c.r.failureMessage }),
            c.fixStartTls()) };
    }
    if (matchesAny(text + transcriptTls,
            { "protocol version", "unsupported protocol", "no protocols available", "version too low",
                "no supported versions", "wrong ssl version" })) {
        return { finding(QStringLiteral("tls.old_protocol"), Severity::Error,
            Tr::tr("The server only speaks an outdated TLS version"),
            joinSentences({ Tr::tr("Mail Doctor requires TLS 1.2 or newer (RFC 8996 retired TLS 1.0 and "
                                   "1.1), and the server offers nothing newer than TLS 1.1. Its "
                                   "administrator must enable TLS 1.2 or 1.3; there is no safe setting "
                                   "to change on this side."),
                c.r.failureMessage })) };
    }
    return { finding(QStringLiteral("tls.handshake_failed"), Severity::Error, Tr::tr("The TLS handshake failed"),
        joinSentences(
            { Tr::tr("The client and the server could not agree on an encrypted connection."), c.r.failureMessage,
                c.r.security == Security::Tls ? Tr::tr("If the server expects STARTTLS on this port, try that instead.")
                                              : QString() })) };
}

}  // namespace md::rules
