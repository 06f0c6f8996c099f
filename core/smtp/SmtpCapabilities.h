#pragma once

#include "SmtpReply.h"

#include <QStringList>

namespace md::smtp {

/// The ESMTP extensions an EHLO reply advertises (RFC 5321 §4.1.1.1), typed.
struct Capabilities {
    bool esmtp = false;          ///< EHLO was accepted (false after a HELO fallback)
    QString serverName;          ///< the domain the server named in the first line
    bool startTls = false;       ///< RFC 3207
    QList<QByteArray> authMechanisms;  ///< RFC 4954, upper-cased
    bool hasSize = false;
    qint64 sizeLimit = 0;        ///< RFC 1870; 0 = no limit announced
    bool pipelining = false;     ///< RFC 2920
    bool eightBitMime = false;   ///< RFC 6152
    bool enhancedStatusCodes = false;  ///< RFC 2034
    bool dsn = false;            ///< RFC 3461
    bool smtpUtf8 = false;       ///< RFC 6531
    bool chunking = false;       ///< RFC 3030
    bool binaryMime = false;     ///< RFC 3030
    QStringList all;             ///< every extension line verbatim, in order

    /// Parses the lines after the first of a 250 EHLO reply.
    [[nodiscard]] static Capabilities fromEhlo(const Reply &reply);
};

}  // namespace md::smtp
