#include "Scram.h"

#include "SaslPrep.h"

#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace md::sasl {

namespace {

/// RFC 5802 §7 "printable": %x21-2B / %x2D-7E (no ',').
bool isPrintableNonce(const QByteArray &nonce)
{
    for (const char c : nonce) {
        if (c < 0x21 || c > 0x7e || c == ',')
            return false;
    }
    return !nonce.isEmpty();
}

/// Compares two MACs without an early exit, so timing does not reveal where they differ.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    volatile unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference = difference | static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

std::optional<QByteArray> strictBase64(const QByteArray &text)
{
    const auto result = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (result.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
        return std::nullopt;
    return result.decoded;
}

QByteArray randomNonce()
{
    // 24 random bytes: 192 bits, 32 base64 characters without padding.
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes.toBase64();
}

}  // namespace

Scram::Scram(Hash hash, Credentials credentials)
    : Scram(hash, std::move(credentials), randomNonce())
{
}

Scram::Scram(Hash hash, Credentials credentials, QByteArray clientNonce)
    : m_hash(hash), m_credentials(std::move(credentials)), m_clientNonce(std::move(clientNonce))
{
}

QByteArray Scram::name() const
{
    return m_hash == Hash::Sha1 ? QByteArrayLiteral("SCRAM-SHA-1") : QByteArrayLiteral("SCRAM-SHA-256");
}

QCryptographicHash::Algorithm Scram::algorithm() const
{
    return m_hash == Hash::Sha1 ? QCryptographicHash::Sha1 : QCryptographicHash::Sha256;
}

QByteArray Scram::hmac(const QByteArray &key, const QByteArray &message) const
{
    return QMessageAuthenticationCode::hash(message, key, algorithm());
}

Step Scram::fail(const QString &why)
{
    m_state = State::Failed;
    m_failure = why;
    return Step::fail(why);
}

Step Scram::initialResponse()
{
    if (m_state != State::Initial)
        return fail(tr("SCRAM was asked for its first message twice."));
    if (!isPrintableNonce(m_clientNonce))
        return fail(tr("The SCRAM client nonce is not printable ASCII."));
    const std::optional<QString> user = saslPrep(m_credentials.user);
    if (!user)
        return fail(tr("The user name contains characters SCRAM cannot send (SASLprep, RFC 4013)."));

    m_clientFirstBare = QByteArrayLiteral("n=") + escapeSaslName(*user) + QByteArrayLiteral(",r=")
        + m_clientNonce;
    const QByteArray message = QByteArrayLiteral("n,,") + m_clientFirstBare;
    m_state = State::SentClientFirst;
    // Nothing secret in the client-first message: show it as it is.
    return Step::respond(message, QString::fromUtf8(message));
}

Step Scram::challenge(const QByteArray &decoded)
{
    switch (m_state) {
    case State::Initial:
        if (decoded.isEmpty())
            return initialResponse();
        return fail(tr("The server sent a SCRAM challenge before the client's first message."));
    case State::SentClientFirst:
        return handleServerFirst(decoded);
    case State::SentClientFinal:
        return handleServerFinal(decoded);
    case State::Verified:
        return fail(tr("The server sent another SCRAM challenge after its final message."));
    case State::Failed:
        break;
    }
    return Step::fail(m_failure);
}

Step Scram::handleServerFirst(const QByteArray &message)
{
    if (message.startsWith("e=")) {
        m_serverError = QString::fromUtf8(message.mid(2).split(',').constFirst());
        return fail(tr("The server refused the authentication: %1").arg(m_serverError));
    }
    // RFC 5802 §5.1: "m=" is reserved for mandatory extensions; a client that does not know one
    // must fail the exchange.
    if (message.startsWith("m="))
        return fail(tr("The server requires a SCRAM extension (m=) that Mail Doctor does not support."));

    QByteArray nonce;
    QByteArray saltText;
    QByteArray iterationText;
    bool seenNonce = false;
    bool seenSalt = false;
    bool seenIterations = false;
    for (const QByteArray &attribute : message.split(',')) {
        const auto take = [&](bool &seen, QByteArray &value) {
            if (seen)
                return false;
            seen = true;
            value = attribute.mid(2);
            return true;
        };
        bool ok = true;
        if (attribute.startsWith("r="))
            ok = take(seenNonce, nonce);
        else if (attribute.startsWith("s="))
            ok = take(seenSalt, saltText);
        else if (attribute.startsWith("i="))
            ok = take(seenIterations, iterationText);
        // Anything else is an optional extension (RFC 5802 §5.1): ignored.
        if (!ok)
            return fail(tr("The server's first SCRAM message repeats an attribute."));
    }
    if (!seenNonce || !seenSalt || !seenIterations)
        return fail(tr("The server's first SCRAM message lacks the nonce, the salt or the iteration count."));

    if (!nonce.startsWith(m_clientNonce) || nonce.size() <= m_clientNonce.size())
        return fail(tr("The server's nonce does not extend the client's nonce: the reply does not "
                       "belong to this exchange (a replay or a broken server)."));
    if (!isPrintableNonce(nonce))
        return fail(tr("The server's nonce contains characters SCRAM does not allow."));

    const std::optional<QByteArray> salt = strictBase64(saltText);
    if (!salt || salt->isEmpty())
        return fail(tr("The server sent an invalid SCRAM salt (not base64, or empty)."));

    bool digitsOnly = !iterationText.isEmpty() && iterationText.size() <= 10;
    for (const char c : iterationText)
        digitsOnly = digitsOnly && c >= '0' && c <= '9';
    const qlonglong iterations = digitsOnly ? iterationText.toLongLong() : -1;
    if (iterations < 0)
        return fail(tr("The server sent an invalid SCRAM iteration count."));
    if (iterations < kMinIterations)
        return fail(tr("The server asked for only %1 SCRAM iterations; at least %2 are required "
                       "(RFC 7677 §4), so the stored password is too cheap to attack.")
                        .arg(iterations)
                        .arg(kMinIterations));
    if (iterations > kMaxIterations)
        return fail(tr("The server asked for %1 SCRAM iterations; Mail Doctor computes at most %2.")
                        .arg(iterations)
                        .arg(kMaxIterations));

    const std::optional<QString> password = saslPrep(m_credentials.password);
    if (!password)
        return fail(tr("The password contains characters SCRAM cannot use (SASLprep, RFC 4013)."));

    const QCryptographicHash::Algorithm alg = algorithm();
    const int hashLength = QCryptographicHash::hashLength(alg);
    // RFC 5802 §3: SaltedPassword = Hi(Normalize(password), salt, i), Hi being PBKDF2.
    const QByteArray saltedPassword = QPasswordDigestor::deriveKeyPbkdf2(
        alg, password->toUtf8(), *salt, static_cast<int>(iterations), hashLength);
    const QByteArray clientKey = hmac(saltedPassword, QByteArrayLiteral("Client Key"));
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, alg);
    const QByteArray finalWithoutProof = QByteArrayLiteral("c=biws,r=") + nonce;
    const QByteArray authMessage = m_clientFirstBare + ',' + message + ',' + finalWithoutProof;
    const QByteArray clientSignature = hmac(storedKey, authMessage);
    QByteArray proof = clientKey;
    for (qsizetype i = 0; i < proof.size(); ++i)
        proof[i] = static_cast<char>(proof.at(i) ^ clientSignature.at(i));
    const QByteArray serverKey = hmac(saltedPassword, QByteArrayLiteral("Server Key"));
    m_expectedServerSignature = hmac(serverKey, authMessage);

    m_state = State::SentClientFinal;
    return Step::respond(finalWithoutProof + QByteArrayLiteral(",p=") + proof.toBase64(),
                         QString::fromUtf8(finalWithoutProof) + QStringLiteral(",p=") + mask());
}

Step Scram::handleServerFinal(const QByteArray &message)
{
    // server-final-message = (server-error / verifier) ["," extensions]
    const QByteArray first = message.split(',').constFirst();
    if (first.startsWith("e=")) {
        m_serverError = QString::fromUtf8(first.mid(2));
        return fail(tr("The server refused the authentication: %1").arg(m_serverError));
    }
    if (!first.startsWith("v="))
        return fail(tr("The server's final SCRAM message has neither a signature (v=) nor an error (e=)."));
    const std::optional<QByteArray> signature = strictBase64(first.mid(2));
    if (!signature || !constantTimeEquals(*signature, m_expectedServerSignature))
        return fail(tr("The server's SCRAM signature (v=) is wrong: the server does not know your "
                       "password, or something between you and the server is answering for it."));
    m_state = State::Verified;
    // SMTP and IMAP deliver v= as a challenge and wait for an (empty) answer (RFC 4954 §4).
    return Step::respond({}, tr("[empty response]"));
}

Step Scram::serverSuccess(const QByteArray &additionalData)
{
    if (m_state == State::Failed)
        return Step::fail(m_failure);
    if (m_state == State::SentClientFinal && !additionalData.isEmpty()) {
        const Step step = handleServerFinal(additionalData);
        if (step.kind == Step::Kind::Fail)
            return step;
    }
    if (m_state == State::Verified)
        return Step::done();
    return fail(tr("The server accepted the login, but the server never proved it knows the "
                   "password (no valid SCRAM signature v= was received)."));
}

}  // namespace md::sasl
