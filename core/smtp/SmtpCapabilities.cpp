#include "SmtpCapabilities.h"

namespace md::smtp {

Capabilities Capabilities::fromEhlo(const Reply &reply)
{
    Capabilities caps;
    caps.esmtp = true;
    if (!reply.lines.isEmpty())
        caps.serverName = QString::fromUtf8(reply.lines.first().split(' ').value(0));
    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        const QByteArray line = reply.lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        caps.all << QString::fromUtf8(line);
        const QList<QByteArray> words = line.split(' ');
        const QByteArray keyword = words.first().toUpper();
        if (keyword == "STARTTLS") {
            caps.startTls = true;
        } else if (keyword == "AUTH" || keyword == "AUTH=") {
            for (qsizetype w = 1; w < words.size(); ++w) {
                const QByteArray mech = words.at(w).trimmed().toUpper();
                if (!mech.isEmpty() && !caps.authMechanisms.contains(mech))
                    caps.authMechanisms << mech;
            }
        } else if (keyword.startsWith("AUTH=")) {
            // Old servers: "AUTH=LOGIN PLAIN".
            const QList<QByteArray> mechs = line.mid(5).toUpper().split(' ');
            for (const QByteArray &mech : mechs) {
                if (!mech.isEmpty() && !caps.authMechanisms.contains(mech))
                    caps.authMechanisms << mech;
            }
        } else if (keyword == "SIZE") {
            caps.hasSize = true;
            caps.sizeLimit = words.size() > 1 ? words.at(1).toLongLong() : 0;
        } else if (keyword == "PIPELINING") {
            caps.pipelining = true;
        } else if (keyword == "8BITMIME") {
            caps.eightBitMime = true;
        } else if (keyword == "ENHANCEDSTATUSCODES") {
            caps.enhancedStatusCodes = true;
        } else if (keyword == "DSN") {
            caps.dsn = true;
        } else if (keyword == "SMTPUTF8") {
            caps.smtpUtf8 = true;
        } else if (keyword == "CHUNKING") {
            caps.chunking = true;
        } else if (keyword == "BINARYMIME") {
            caps.binaryMime = true;
        }
    }
    return caps;
}

}  // namespace md::smtp
