#include "Cram.h"

#include <QMessageAuthenticationCode>

namespace md::sasl {

Step CramMd5::challenge(const QByteArray &decoded)
{
    if (m_answered)
        return Step::fail(tr("The server sent a second CRAM-MD5 challenge."));
    if (decoded.isEmpty())
        return Step::fail(tr("The server sent an empty CRAM-MD5 challenge."));
    m_answered = true;
    const QByteArray digest = QMessageAuthenticationCode::hash(
                                  decoded, m_credentials.password.toUtf8(), QCryptographicHash::Md5)
                                  .toHex();
    QByteArray response = m_credentials.user.toUtf8();
    response.append(' ');
    response.append(digest);
    return Step::respond(response, QStringLiteral("%1 %2").arg(m_credentials.user, mask()));
}

}  // namespace md::sasl
