#include "PasswordMechanisms.h"

namespace md::sasl {

Step Plain::initialResponse()
{
    QByteArray message;
    message.append('\0');
    message.append(m_credentials.user.toUtf8());
    message.append('\0');
    message.append(m_credentials.password.toUtf8());
    return Step::respond(message, tr("[user \"%1\", password %2]").arg(m_credentials.user, mask()));
}

Step Plain::challenge(const QByteArray &decoded)
{
    // A server may send an empty challenge when the client sent no initial response.
    if (decoded.isEmpty())
        return initialResponse();
    return Step::fail(tr("The server sent an unexpected PLAIN challenge."));
}

Step Login::challenge(const QByteArray &decoded)
{
    // Servers word the prompts differently ("Username:", "User Name"); the order is what counts.
    Q_UNUSED(decoded);
    switch (m_round++) {
    case 0:
        return Step::respond(m_credentials.user.toUtf8(), tr("[user \"%1\"]").arg(m_credentials.user));
    case 1:
        return Step::respond(m_credentials.password.toUtf8(), tr("[password %1]").arg(mask()));
    default:
        return Step::fail(tr("The server asked for more than a user name and a password."));
    }
}

}  // namespace md::sasl
