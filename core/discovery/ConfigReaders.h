#pragma once

#include "discovery/Candidate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace md::discovery {

/// One server entry a configuration document names (placeholders expanded).
struct ServerEntry {
    MailProtocol protocol = MailProtocol::Imap;
    QString host;
    quint16 port = 0;
    Security security = Security::Tls;
    QString username;
    QStringList auth;
};

/// What a defensive reader made of a document.
struct ReadResult {
    bool ok = false;
    QString error;  ///< why the document was refused (translated); empty when ok
    QList<ServerEntry> servers;
    QString displayName;
    QString oauthIssuer;  ///< an OAuth2 issuer the document names, if any
    int skipped = 0;  ///< server entries left out as unusable (bad host, port, type, …)
};

/// Readers for configuration documents from the network. Bounded and strict about structure
/// they depend on, lenient about everything else: unknown elements and members are ignored.
class ConfigReaders
{
    Q_DECLARE_TR_FUNCTIONS(md::discovery::ConfigReaders)
public:
    /// The largest document read at all (256 KiB); a larger one is refused unread.
    static constexpr qsizetype kMaxDocumentBytes = 256 * 1024;

    /// Thunderbird autoconfig, config-v1.1.xml (draft-ietf-mailmaint-autoconfig §4). A document
    /// with a DTD (and so any entity declaration) is refused before anything in it is used.
    [[nodiscard]] static ReadResult readAutoconfig(const QByteArray &xml, const EmailAddress &email);
    /// The PACC JSON configuration (draft-ietf-mailmaint-pacc-04, the newest revision we found).
    [[nodiscard]] static ReadResult readPacc(const QByteArray &json, const EmailAddress &email);
    /// The SHA-256 digest a `_ua-auto-config` TXT record announces ("v=UAAC1; a=sha256; d=BASE64",
    /// or a bare base64 / hex digest). Empty when the record carries none we understand.
    [[nodiscard]] static QByteArray paccDigestFromTxt(const QByteArray &txt);
    /// True for a syntactically valid DNS host name (LDH labels, 1..253 bytes in ACE form).
    [[nodiscard]] static bool isValidHostName(const QString &host);
};

}  // namespace md::discovery
