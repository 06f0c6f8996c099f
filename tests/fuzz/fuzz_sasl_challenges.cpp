// libFuzzer target for the SASL challenge decoders: SCRAM-SHA-256 and SCRAM-SHA-1 (RFC 5802,
// RFC 7677; fixed client nonces from the RFC examples), CRAM-MD5 (RFC 2195), XOAUTH2 and
// OAUTHBEARER (RFC 7628).
//
// Input layout: the server's messages separated by NUL bytes. Every message but the last goes
// to challenge(); the last one is the success data of serverSuccess() (a single message is a
// challenge, followed by serverSuccess() without data). An empty first message (input starting
// with NUL) means "no initial response": the first challenge is then the empty one that asks a
// client-first mechanism for its message. Every message also goes through describeChallenge().
//   e.g. "r=<nonce>,s=<salt>,i=4096\0v=<signature>"    v= as success data
//        "r=<nonce>,s=<salt>,i=4096\0v=<signature>\0"  v= as a challenge, then success
// Checked:
//   - no display string (Step::display, Step::error, describeChallenge(), serverErrorDetail())
//     contains the password or the token, unless the server itself sent it;
//   - describeChallenge() output has no C0 control characters nor DEL (it goes into the transcript);
//   - Step kinds are consistent (a failure has a reason and no response, ...);
//   - SCRAM: Done only when the server signature was verified; after a failure,
//     serverSuccess() keeps failing; CRAM-MD5: "user SP 32 lower-case hex digits", once.

#include "FuzzSupport.h"

#include "sasl/Cram.h"
#include "sasl/Mechanism.h"
#include "sasl/OAuth.h"
#include "sasl/Scram.h"

#include <memory>

using namespace md::sasl;

namespace {

// RFC 5802 §5 / RFC 7677 §3 examples, so the seed corpus can hold complete valid exchanges.
const QString kUser = QStringLiteral("user");
const QString kPassword = QStringLiteral("pencil");
const QString kToken = QStringLiteral("ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg");
const QByteArray kSha1Nonce = QByteArrayLiteral("fyko+d2lbbFgONRv9qkxdawL");
const QByteArray kSha256Nonce = QByteArrayLiteral("rOprNGfwEbeRWgbNEkqO");

/// Iteration counts above this are skipped: PBKDF2 with up to Scram::kMaxIterations rounds is
/// legitimate but takes ~1 s under the sanitizers, which would only slow the fuzzer down.
constexpr qlonglong kFuzzMaxIterations = 20000;

Credentials credentials()
{
    Credentials c;
    c.user = kUser;
    c.password = kPassword;
    c.token = kToken;
    c.host = QStringLiteral("mail.example.test");
    c.port = 993;
    return c;
}

struct Context {
    QByteArray input;
    bool serverSentSecret = false;  ///< the input itself contains a secret: it may be echoed
};

/// C0 controls (CR, LF, ESC, ...) and DEL: they could forge transcript lines or drive a terminal.
bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

void checkNoSecret(const Context &context, const QString &text)
{
    if (context.serverSentSecret)
        return;
    FUZZ_CHECK(!text.contains(kPassword));
    FUZZ_CHECK(!text.contains(kToken));
}

void checkStep(const Context &context, const Step &step)
{
    switch (step.kind) {
    case Step::Kind::Respond:
        FUZZ_CHECK(step.error.isEmpty());
        break;
    case Step::Kind::Done:
        FUZZ_CHECK(step.error.isEmpty() && step.response.isEmpty());
        break;
    case Step::Kind::Fail:
        FUZZ_CHECK(!step.error.isEmpty());
        FUZZ_CHECK(step.response.isEmpty());
        break;
    }
    checkNoSecret(context, step.display);
    checkNoSecret(context, step.error);
}

void checkDescriptions(const Context &context, const Mechanism &mechanism, const QList<QByteArray> &messages)
{
    for (const QByteArray &message : messages) {
        const QString described = mechanism.describeChallenge(message);
        checkNoSecret(context, described);
        FUZZ_CHECK(!hasControlCharacters(described));
    }
    checkNoSecret(context, mechanism.describeChallenge(context.input));
    checkNoSecret(context, mechanism.serverErrorDetail());
}

/// Plays `messages` against `mechanism`; returns the final step (serverSuccess()).
Step play(const Context &context, Mechanism &mechanism, const QList<QByteArray> &messages)
{
    if (mechanism.hasInitialResponse() && !messages.constFirst().isEmpty()) {
        const Step first = mechanism.initialResponse();
        checkStep(context, first);
    }
    const qsizetype challenges = messages.size() == 1 ? 1 : messages.size() - 1;
    for (qsizetype i = 0; i < challenges; ++i) {
        const Step step = mechanism.challenge(messages.at(i));
        checkStep(context, step);
    }
    const QByteArray successData = messages.size() == 1 ? QByteArray() : messages.constLast();
    const Step last = mechanism.serverSuccess(successData);
    checkStep(context, last);
    FUZZ_CHECK(last.kind != Step::Kind::Respond);
    checkDescriptions(context, mechanism, messages);
    return last;
}

/// True when a server-first message asks for more iterations than the fuzzer wants to compute.
bool tooManyIterations(const QList<QByteArray> &messages)
{
    for (const QByteArray &message : messages) {
        for (const QByteArray &attribute : message.split(',')) {
            if (!attribute.startsWith("i="))
                continue;
            const QByteArray digits = attribute.mid(2);
            bool ok = false;
            const qlonglong n = digits.size() <= 10 ? digits.toLongLong(&ok) : 0;
            if (ok && n > kFuzzMaxIterations && n <= Scram::kMaxIterations)
                return true;
        }
    }
    return false;
}

void fuzzScram(const Context &context, Scram::Hash hash, const QByteArray &nonce, const QList<QByteArray> &messages)
{
    Scram scram(hash, credentials(), nonce);
    FUZZ_CHECK(!scram.exposesPassword());
    const Step last = play(context, scram, messages);
    // Success only when the server proved it knows the password.
    FUZZ_CHECK((last.kind == Step::Kind::Done) == scram.serverVerified());
    if (last.kind == Step::Kind::Fail) {  // a failed exchange stays failed
        FUZZ_CHECK(scram.serverSuccess({}).kind == Step::Kind::Fail);
        FUZZ_CHECK(scram.serverSuccess(messages.constLast()).kind == Step::Kind::Fail);
        FUZZ_CHECK(!scram.serverVerified());
    }
}

void fuzzCram(const Context &context, const QList<QByteArray> &messages)
{
    CramMd5 cram(credentials());
    FUZZ_CHECK(!cram.hasInitialResponse() && !cram.exposesPassword());
    int answered = 0;
    for (const QByteArray &message : messages) {
        const Step step = cram.challenge(message);
        checkStep(context, step);
        if (step.kind != Step::Kind::Respond)
            continue;
        ++answered;
        const QByteArray prefix = kUser.toUtf8() + ' ';
        FUZZ_CHECK(step.response.startsWith(prefix));
        const QByteArray digest = step.response.mid(prefix.size());
        FUZZ_CHECK(digest.size() == 32);
        for (const char c : digest)
            FUZZ_CHECK((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }
    FUZZ_CHECK(answered <= 1);
    checkDescriptions(context, cram, messages);
}

template <typename M> void fuzzOAuth(const Context &context, const QList<QByteArray> &messages)
{
    M mechanism(credentials());
    FUZZ_CHECK(mechanism.hasInitialResponse() && mechanism.exposesPassword());
    (void)play(context, mechanism, messages);
    const OAuthServerError &error = mechanism.lastServerError();
    checkNoSecret(context, error.toString());
    if (error.isEmpty())
        FUZZ_CHECK(error.toString().isEmpty());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Context context;
    context.input = md::fuzz::wrap(data, size);
    const QList<QByteArray> messages = context.input.split('\0');
    if (messages.size() > 8)
        return -1;  // nothing a real exchange has; keep the corpus small
    context.serverSentSecret = context.input.contains(kPassword.toUtf8()) || context.input.contains(kToken.toUtf8());

    if (!tooManyIterations(messages)) {
        fuzzScram(context, Scram::Hash::Sha256, kSha256Nonce, messages);
        fuzzScram(context, Scram::Hash::Sha1, kSha1Nonce, messages);
    }
    fuzzCram(context, messages);
    fuzzOAuth<XOAuth2>(context, messages);
    fuzzOAuth<OAuthBearer>(context, messages);
    return 0;
}
