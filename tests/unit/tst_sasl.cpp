// Known-answer tests for the SASL mechanisms (RFC 4616, RFC 2195, RFC 5802, RFC 7677, RFC 7628),
// their failure paths, transcript redaction, and the selection policy.

#include "sasl/Cram.h"
#include "sasl/Mechanism.h"
#include "sasl/OAuth.h"
#include "sasl/PasswordMechanisms.h"
#include "sasl/Policy.h"
#include "sasl/Registry.h"
#include "sasl/SaslPrep.h"
#include "sasl/Scram.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace md::sasl;

namespace {

Credentials passwordCredentials(const QString &user, const QString &password)
{
    Credentials c;
    c.user = user;
    c.password = password;
    return c;
}

Credentials tokenCredentials(const QString &user, const QString &token, const QString &host = {},
                             quint16 port = 0)
{
    Credentials c;
    c.user = user;
    c.token = token;
    c.host = host;
    c.port = port;
    return c;
}

// RFC 5802 §5
const QByteArray kSha1Nonce = QByteArrayLiteral("fyko+d2lbbFgONRv9qkxdawL");
const QByteArray kSha1ServerFirst =
    QByteArrayLiteral("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096");
const QByteArray kSha1ClientFinal = QByteArrayLiteral(
    "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=");
const QByteArray kSha1ServerFinal = QByteArrayLiteral("v=rmF9pqV8S7suAoZWja4dJRkFsKQ=");

// RFC 7677 §3
const QByteArray kSha256Nonce = QByteArrayLiteral("rOprNGfwEbeRWgbNEkqO");
const QByteArray kSha256ServerFirst = QByteArrayLiteral(
    "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096");
const QByteArray kSha256ClientFinal =
    QByteArrayLiteral("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                      "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=");
const QByteArray kSha256ServerFinal =
    QByteArrayLiteral("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=");

/// A SCRAM-SHA-1 mechanism that has sent the RFC 5802 client-final message.
std::unique_ptr<Scram> scramAfterClientFinal()
{
    auto scram = std::make_unique<Scram>(Scram::Hash::Sha1,
                                         passwordCredentials(QStringLiteral("user"), QStringLiteral("pencil")),
                                         kSha1Nonce);
    const Step first = scram->initialResponse();
    Q_ASSERT(first.kind == Step::Kind::Respond);
    const Step final = scram->challenge(kSha1ServerFirst);
    Q_ASSERT(final.kind == Step::Kind::Respond);
    return scram;
}

/// Every substring of the display that could leak `secret`: the secret itself, and the base64 of
/// every response that carries it.
void assertRedacted(const QList<Step> &steps, const QList<QByteArray> &secrets)
{
    for (const Step &step : steps) {
        for (const QByteArray &secret : secrets) {
            QVERIFY2(!step.display.contains(QString::fromUtf8(secret)),
                     qPrintable(QStringLiteral("display leaks a secret: ") + step.display));
            QVERIFY2(!step.error.contains(QString::fromUtf8(secret)), qPrintable(step.error));
            if (!step.response.isEmpty() && step.response.contains(secret)) {
                QVERIFY(!step.display.contains(QString::fromLatin1(step.response.toBase64())));
                QVERIFY(!step.display.contains(QString::fromUtf8(step.response)));
            }
        }
    }
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

}  // namespace

class TestSasl : public QObject
{
    Q_OBJECT

private slots:
    // PLAIN / LOGIN
    void plainRfc4616();
    void loginRounds();
    // CRAM-MD5
    void cramMd5Rfc2195();
    void cramMd5SecondChallengeFails();
    // SCRAM
    void scramSha1Rfc5802();
    void scramSha256Rfc7677();
    void scramVerifiedAsSuccessData();
    void scramWrongSignatureFailsEvenIfServerSaysOk();
    void scramMissingSignatureFails();
    void scramNonceMustExtendOurs_data();
    void scramNonceMustExtendOurs();
    void scramIterations_data();
    void scramIterations();
    void scramServerError();
    void scramMandatoryExtension();
    void scramBadSalt();
    void scramUserNameEscaping();
    void scramEmptyChallengeFirst();
    void scramRandomNonce();
    void saslPrepRules();
    // OAuth
    void xoauth2Bytes();
    void xoauth2ErrorChallenge();
    void oauthBearerRfc7628();
    void oauthBearerErrorChallenge();
    void oauthRejectsBadToken();
    // All of them
    void factory();
    void registryDescribesEachMechanism();
    void displayNeverLeaksSecrets();
    // Policy
    void policy_data();
    void policy();
    void policyMessagesTranslatedAndNonEmpty();
};

void TestSasl::plainRfc4616()
{
    Plain plain(passwordCredentials(QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf")));
    QVERIFY(plain.hasInitialResponse());
    QVERIFY(plain.exposesPassword());
    const Step step = plain.initialResponse();
    QCOMPARE(step.kind, Step::Kind::Respond);
    QCOMPARE(step.response, QByteArray("\0tim\0tanstaaftanstaaf", 21));
}

void TestSasl::loginRounds()
{
    Login login(passwordCredentials(QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf")));
    QVERIFY(!login.hasInitialResponse());
    const Step user = login.challenge(QByteArrayLiteral("Username:"));
    QCOMPARE(user.kind, Step::Kind::Respond);
    QCOMPARE(user.response, QByteArrayLiteral("tim"));
    const Step password = login.challenge(QByteArrayLiteral("Password:"));
    QCOMPARE(password.kind, Step::Kind::Respond);
    QCOMPARE(password.response, QByteArrayLiteral("tanstaaftanstaaf"));
    QCOMPARE(login.challenge(QByteArrayLiteral("More:")).kind, Step::Kind::Fail);
}

void TestSasl::cramMd5Rfc2195()
{
    CramMd5 cram(passwordCredentials(QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf")));
    QVERIFY(!cram.hasInitialResponse());
    QVERIFY(!cram.exposesPassword());
    const Step step = cram.challenge(QByteArrayLiteral("<1896.697170952@postoffice.reston.mci.net>"));
    QCOMPARE(step.kind, Step::Kind::Respond);
    QCOMPARE(step.response, QByteArrayLiteral("tim b913a602c7eda7a495b4e6e7334d3890"));
    QCOMPARE(step.display, QStringLiteral("tim ") + mask());
}

void TestSasl::cramMd5SecondChallengeFails()
{
    CramMd5 cram(passwordCredentials(QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf")));
    QCOMPARE(cram.challenge(QByteArrayLiteral("<1.2@host>")).kind, Step::Kind::Respond);
    QCOMPARE(cram.challenge(QByteArrayLiteral("<3.4@host>")).kind, Step::Kind::Fail);
}

void TestSasl::scramSha1Rfc5802()
{
    Scram scram(Scram::Hash::Sha1, passwordCredentials(QStringLiteral("user"), QStringLiteral("pencil")),
                kSha1Nonce);
    QCOMPARE(scram.name(), QByteArrayLiteral("SCRAM-SHA-1"));
    QVERIFY(!scram.exposesPassword());

    const Step first = scram.initialResponse();
    QCOMPARE(first.kind, Step::Kind::Respond);
    QCOMPARE(first.response, QByteArrayLiteral("n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL"));
    QCOMPARE(first.display, QStringLiteral("n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL"));

    const Step final = scram.challenge(kSha1ServerFirst);
    QCOMPARE(final.kind, Step::Kind::Respond);
    QCOMPARE(final.response, kSha1ClientFinal);
    QCOMPARE(final.display,
             QStringLiteral("c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=") + mask());

    // SMTP / IMAP: v= arrives as a challenge; the client answers with an empty response.
    const Step empty = scram.challenge(kSha1ServerFinal);
    QCOMPARE(empty.kind, Step::Kind::Respond);
    QVERIFY(empty.response.isEmpty());
    QVERIFY(scram.serverVerified());
    QCOMPARE(scram.serverSuccess({}).kind, Step::Kind::Done);
}

void TestSasl::scramSha256Rfc7677()
{
    Scram scram(Scram::Hash::Sha256,
                passwordCredentials(QStringLiteral("user"), QStringLiteral("pencil")), kSha256Nonce);
    QCOMPARE(scram.name(), QByteArrayLiteral("SCRAM-SHA-256"));
    QCOMPARE(scram.initialResponse().response, QByteArrayLiteral("n,,n=user,r=rOprNGfwEbeRWgbNEkqO"));
    const Step final = scram.challenge(kSha256ServerFirst);
    QCOMPARE(final.kind, Step::Kind::Respond);
    QCOMPARE(final.response, kSha256ClientFinal);
    QVERIFY(!final.display.contains(QStringLiteral("dHzbZapWIk4jUhN")));
    const Step empty = scram.challenge(kSha256ServerFinal);
    QCOMPARE(empty.kind, Step::Kind::Respond);
    QVERIFY(empty.response.isEmpty());
    QCOMPARE(scram.serverSuccess({}).kind, Step::Kind::Done);
}

void TestSasl::scramVerifiedAsSuccessData()
{
    // IMAP may put v= into the tagged OK's success data instead of a challenge.
    auto scram = scramAfterClientFinal();
    QCOMPARE(scram->serverSuccess(kSha1ServerFinal).kind, Step::Kind::Done);
    QVERIFY(scram->serverVerified());
}

void TestSasl::scramWrongSignatureFailsEvenIfServerSaysOk()
{
    const QByteArray wrong = QByteArrayLiteral("v=AAAAAAAAAAAAAAAAAAAAAAAAAAA=");
    {
        auto scram = scramAfterClientFinal();
        const Step step = scram->challenge(wrong);
        QCOMPARE(step.kind, Step::Kind::Fail);
        QVERIFY(!step.error.isEmpty());
        // The protocol cancels; a server that says OK anyway still did not prove itself.
        QCOMPARE(scram->serverSuccess({}).kind, Step::Kind::Fail);
        QCOMPARE(scram->serverSuccess(kSha1ServerFinal).kind, Step::Kind::Fail);
    }
    {
        auto scram = scramAfterClientFinal();
        QCOMPARE(scram->serverSuccess(wrong).kind, Step::Kind::Fail);
    }
    {
        // The SHA-256 signature for the SHA-1 exchange: right shape, wrong value.
        auto scram = scramAfterClientFinal();
        QCOMPARE(scram->challenge(kSha256ServerFinal).kind, Step::Kind::Fail);
    }
    {
        auto scram = scramAfterClientFinal();
        QCOMPARE(scram->challenge(QByteArrayLiteral("v=not base64!")).kind, Step::Kind::Fail);
    }
}

void TestSasl::scramMissingSignatureFails()
{
    auto scram = scramAfterClientFinal();
    const Step step = scram->serverSuccess({});
    QCOMPARE(step.kind, Step::Kind::Fail);
    QVERIFY(step.error.contains(QStringLiteral("never proved")));

    // Success before even the server-first message.
    Scram early(Scram::Hash::Sha256, passwordCredentials(QStringLiteral("user"), QStringLiteral("pencil")),
                kSha256Nonce);
    QCOMPARE(early.initialResponse().kind, Step::Kind::Respond);
    QCOMPARE(early.serverSuccess({}).kind, Step::Kind::Fail);
}

void TestSasl::scramNonceMustExtendOurs_data()
{
    QTest::addColumn<QByteArray>("serverFirst");
    QTest::newRow("different nonce") << QByteArrayLiteral("r=XXXX+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096");
    QTest::newRow("same nonce, not extended") << QByteArrayLiteral("r=fyko+d2lbbFgONRv9qkxdawL,s=QSXCR+Q6sek8bf92,i=4096");
    QTest::newRow("prefix of ours") << QByteArrayLiteral("r=fyko+d2lbb,s=QSXCR+Q6sek8bf92,i=4096");
    QTest::newRow("no nonce") << QByteArrayLiteral("s=QSXCR+Q6sek8bf92,i=4096");
    QTest::newRow("nonce twice") << QByteArrayLiteral("r=fyko+d2lbbFgONRv9qkxdawLx,r=fyko+d2lbbFgONRv9qkxdawLy,s=QSXCR+Q6sek8bf92,i=4096");
    QTest::newRow("control character") << QByteArray("r=fyko+d2lbbFgONRv9qkxdawL\x01x,s=QSXCR+Q6sek8bf92,i=4096");
}

void TestSasl::scramNonceMustExtendOurs()
{
    QFETCH(QByteArray, serverFirst);
    Scram scram(Scram::Hash::Sha1, passwordCredentials(QStringLiteral("user"), QStringLiteral("pencil")),
                kSha1Nonce);
    QCOMPARE(scram.initialResponse().kind, Step::Kind::Respond);
    const Step step = scram.challenge(serverFirst);
    QCOMPARE(step.kind, Step::Kind::Fail);
    QVERIFY(!step.error.isEmpty());
    QCOMPARE(scram.serverSuccess({}).kind, Step::Kind::Fail);
}

void TestSasl::scramIterations_data()
{
    QTest::addColumn<QByteArray>("count");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("4095") << QByteArrayLiteral("4095") << false;
    QTest::newRow("1") << QByteArrayLiteral("1") << false;
    QTest::newRow("0") << QByteArrayLiteral("0") << false;
    QTest::newRow("negative") << QByteArrayLiteral("-4096") << false;
    QTest::newRow("not a number") << QByteArrayLiteral("4096x") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("huge") << QByteArrayLiteral("99999999999") << false;
    QTest::newRow("above the cap") << QByteArray::number(Scram::kMaxIterations + 1) << false;
    QTest::newRow("4096") << QByteArrayLiteral("4096") << true;
    QTest::newRow("10000") << QByteArrayLiteral("10000") << true;
}

void TestSasl::scramIterations()
{
    QFETCH(QByteArray, count);
    QFETCH(bool, accepted);
    Scram scram(Scram::Hash::Sha1, passwordCredentials(QStringLiteral("user"), QStringLiteral("pencil")),
                kSha1Nonce);
    QCOMPARE(scram.initialResponse().kind, Step::Kind::Respond);
    const Step step = scram.challenge(
        QByteArrayLiteral("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=") + count);
    QCOMPARE(step.kind, accepted ? Step::Kind::Respond : Step::Kind::Fail);
    if (count == "4095")
        QVERIFY2(step.error.contains(QStringLiteral("4096")), qPrintable(step.error));
}

void TestSasl::scramServerError()
{
    auto scram = scramAfterClientFinal();
    const Step step = scram->challenge(QByteArrayLiteral("e=invalid-proof"));
    QCOMPARE(step.kind, Step::Kind::Fail);
    QVERIFY2(step.error.contains(QStringLiteral("invalid-proof")), qPrintable(step.error));
    QCOMPARE(scram->serverErrorDetail(), QStringLiteral("invalid-proof"));
    QCOMPARE(scram->serverSuccess({}).kind, Step::Kind::Fail);

    // The same in success data (with an extension after it).
    auto other = scramAfterClientFinal();
    const Step viaSuccess = other->serverSuccess(QByteArrayLiteral("e=unknown-user,x=1"));
    QCOMPARE(viaSuccess.kind, Step::Kind::Fail);
    QVERIFY(viaSuccess.error.contains(QStringLiteral("unknown-user")));
}

void TestSasl::scramMandatoryExtension()
{
    Scram scram(Scram::Hash::Sha1, passwordCredentials(QStringLiteral("user"), QStringLiteral("pencil")),
                kSha1Nonce);
    QCOMPARE(scram.initialResponse().kind, Step::Kind::Respond);
    const Step step = scram.challenge(QByteArrayLiteral("m=magic,") + kSha1ServerFirst);
    QCOMPARE(step.kind, Step::Kind::Fail);
    QVERIFY(step.error.contains(QStringLiteral("m=")));

    // An optional extension after i= is ignored and does not break the proof... but it is part
    // of the AuthMessage, so only check that it is accepted.
    Scram withExtension(Scram::Hash::Sha1,
                        passwordCredentials(QStringLiteral("user"), QStringLiteral("pencil")), kSha1Nonce);
    QCOMPARE(withExtension.initialResponse().kind, Step::Kind::Respond);
    QCOMPARE(withExtension.challenge(kSha1ServerFirst + QByteArrayLiteral(",x=optional")).kind,
             Step::Kind::Respond);
}

void TestSasl::scramBadSalt()
{
    for (const QByteArray &salt : {QByteArrayLiteral("!!!"), QByteArray()}) {
        Scram scram(Scram::Hash::Sha1, passwordCredentials(QStringLiteral("user"), QStringLiteral("pencil")),
                    kSha1Nonce);
        QCOMPARE(scram.initialResponse().kind, Step::Kind::Respond);
        const Step step = scram.challenge(
            QByteArrayLiteral("r=fyko+d2lbbFgONRv9qkxdawL3rfc,s=") + salt + QByteArrayLiteral(",i=4096"));
        QCOMPARE(step.kind, Step::Kind::Fail);
    }
}

void TestSasl::scramUserNameEscaping()
{
    QCOMPARE(escapeSaslName(QStringLiteral("a=b,c")), QByteArrayLiteral("a=3Db=2Cc"));
    QCOMPARE(escapeSaslName(QStringLiteral("==,,")), QByteArrayLiteral("=3D=3D=2C=2C"));
    QCOMPARE(escapeSaslName(QStringLiteral("plain@example.org")), QByteArrayLiteral("plain@example.org"));

    Scram scram(Scram::Hash::Sha256,
                passwordCredentials(QStringLiteral("us=er,x"), QStringLiteral("pencil")), kSha256Nonce);
    const Step first = scram.initialResponse();
    QCOMPARE(first.response, QByteArrayLiteral("n,,n=us=3Der=2Cx,r=rOprNGfwEbeRWgbNEkqO"));

    // Non-ASCII user names are SASLprep'ed (NFKC) and sent as UTF-8.
    Scram accent(Scram::Hash::Sha256,
                 passwordCredentials(QStringLiteral("j\u0301os\u00e9"), QStringLiteral("pencil")), kSha256Nonce);
    QCOMPARE(accent.initialResponse().response,
             QByteArrayLiteral("n,,n=j\xcc\x81os\xc3\xa9,r=rOprNGfwEbeRWgbNEkqO"));

    // A user name SASLprep refuses: a control character.
    Scram control(Scram::Hash::Sha256,
                  passwordCredentials(QStringLiteral("us\u0007er"), QStringLiteral("pencil")), kSha256Nonce);
    QCOMPARE(control.initialResponse().kind, Step::Kind::Fail);
}

void TestSasl::scramEmptyChallengeFirst()
{
    // IMAP without SASL-IR: "+ " with nothing, then the client-first message.
    Scram scram(Scram::Hash::Sha1, passwordCredentials(QStringLiteral("user"), QStringLiteral("pencil")),
                kSha1Nonce);
    const Step first = scram.challenge({});
    QCOMPARE(first.kind, Step::Kind::Respond);
    QCOMPARE(first.response, QByteArrayLiteral("n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL"));
    QCOMPARE(scram.challenge(kSha1ServerFirst).response, kSha1ClientFinal);
}

void TestSasl::scramRandomNonce()
{
    const Credentials credentials = passwordCredentials(QStringLiteral("user"), QStringLiteral("pencil"));
    Scram a(Scram::Hash::Sha256, credentials);
    Scram b(Scram::Hash::Sha256, credentials);
    const QByteArray first = a.initialResponse().response;
    const QByteArray second = b.initialResponse().response;
    QVERIFY(first.startsWith("n,,n=user,r="));
    QVERIFY(first != second);
    QVERIFY(first.size() >= QByteArrayLiteral("n,,n=user,r=").size() + 24);
    QVERIFY(!first.mid(12).contains(','));
}

void TestSasl::saslPrepRules()
{
    // ASCII passes through.
    QCOMPARE(saslPrep(QStringLiteral("pencil")), std::optional<QString>(QStringLiteral("pencil")));
    QCOMPARE(saslPrep(QStringLiteral("with space")), std::optional<QString>(QStringLiteral("with space")));
    // RFC 4013 §3 examples.
    QCOMPARE(saslPrep(QStringLiteral("I\u00ADX")), std::optional<QString>(QStringLiteral("IX")));
    QCOMPARE(saslPrep(QStringLiteral("user")), std::optional<QString>(QStringLiteral("user")));
    QCOMPARE(saslPrep(QStringLiteral("USER")), std::optional<QString>(QStringLiteral("USER")));
    QCOMPARE(saslPrep(QStringLiteral("\u00AA")), std::optional<QString>(QStringLiteral("a")));
    QCOMPARE(saslPrep(QStringLiteral("\u2168")), std::optional<QString>(QStringLiteral("IX")));
    QVERIFY(!saslPrep(QStringLiteral("\u0007")).has_value());
    QVERIFY(!saslPrep(QStringLiteral("\u0627\u0031")).has_value());  // bidi: RandAL must end it
    // Non-ASCII space becomes a space; prohibited characters are refused.
    QCOMPARE(saslPrep(QStringLiteral("a\u00A0b")), std::optional<QString>(QStringLiteral("a b")));
    QVERIFY(!saslPrep(QStringLiteral("a\uE000b")).has_value());  // private use
    QVERIFY(!saslPrep(QString(QChar(0xD800))).has_value());      // lone surrogate
    QCOMPARE(saslPrep(QStringLiteral("\u0627\u0628")), std::optional<QString>(QStringLiteral("\u0627\u0628")));
}

void TestSasl::xoauth2Bytes()
{
    XOAuth2 x(tokenCredentials(QStringLiteral("someuser@example.com"), QStringLiteral("ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg")));
    QVERIFY(x.hasInitialResponse());
    QVERIFY(x.exposesPassword());
    const Step step = x.initialResponse();
    QCOMPARE(step.kind, Step::Kind::Respond);
    QCOMPARE(step.response, QByteArrayLiteral("user=someuser@example.com\x01" "auth=Bearer "
                                              "ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg\x01\x01"));
    QCOMPARE(step.display,
             QStringLiteral("user=someuser@example.com^Aauth=Bearer ") + mask() + QStringLiteral("^A^A"));
    QCOMPARE(x.serverSuccess({}).kind, Step::Kind::Done);
}

void TestSasl::xoauth2ErrorChallenge()
{
    XOAuth2 x(tokenCredentials(QStringLiteral("someuser@example.com"), QStringLiteral("ya29.token")));
    QCOMPARE(x.initialResponse().kind, Step::Kind::Respond);
    const QByteArray error = QByteArrayLiteral(
        "{\"status\":\"401\",\"schemes\":\"bearer\",\"scope\":\"https://mail.google.com/\"}");
    QCOMPARE(x.describeChallenge(error), QString::fromUtf8(error));
    const Step ack = x.challenge(error);
    QCOMPARE(ack.kind, Step::Kind::Respond);
    QVERIFY(ack.response.isEmpty());
    QCOMPARE(ack.display, QStringLiteral("[acknowledging the server's error]"));
    QCOMPARE(x.lastServerError().status, QStringLiteral("401"));
    QCOMPARE(x.lastServerError().schemes, QStringLiteral("bearer"));
    QCOMPARE(x.lastServerError().scope, QStringLiteral("https://mail.google.com/"));
    QVERIFY(x.serverErrorDetail().contains(QStringLiteral("https://mail.google.com/")));
    QCOMPARE(x.challenge(error).kind, Step::Kind::Fail);
}

void TestSasl::oauthBearerRfc7628()
{
    // RFC 7628 §4.1
    OAuthBearer bearer(tokenCredentials(QStringLiteral("user@example.com"),
                                        QStringLiteral("vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg=="),
                                        QStringLiteral("server.example.com"), 143));
    QVERIFY(bearer.hasInitialResponse());
    const Step step = bearer.initialResponse();
    QCOMPARE(step.kind, Step::Kind::Respond);
    QCOMPARE(step.response,
             QByteArrayLiteral("n,a=user@example.com,\x01host=server.example.com\x01port=143\x01"
                               "auth=Bearer vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==\x01\x01"));
    QCOMPARE(step.display, QStringLiteral("n,a=user@example.com,^Ahost=server.example.com^Aport=143^A"
                                          "auth=Bearer ")
                 + mask() + QStringLiteral("^A^A"));

    // The authzid is a saslname: ',' and '=' escaped; host and port left out when unknown.
    OAuthBearer escaped(tokenCredentials(QStringLiteral("a,b=c"), QStringLiteral("tok")));
    QCOMPARE(escaped.initialResponse().response,
             QByteArrayLiteral("n,a=a=2Cb=3Dc,\x01" "auth=Bearer tok\x01\x01"));
}

void TestSasl::oauthBearerErrorChallenge()
{
    // RFC 7628 §4.3/§3.2.2: the server reports the error as base64 JSON; the client sends ^A.
    OAuthBearer bearer(tokenCredentials(QStringLiteral("user@example.com"), QStringLiteral("expired-token"),
                                        QStringLiteral("server.example.com"), 143));
    QCOMPARE(bearer.initialResponse().kind, Step::Kind::Respond);
    const QByteArray wire = QByteArrayLiteral(
        "eyJzdGF0dXMiOiJpbnZhbGlkX3Rva2VuIiwic2NvcGUiOiJleGFtcGxlX3Njb3BlIiwib3BlbmlkLWNvbmZpZ3VyYXRpb24i"
        "OiJodHRwczovL2V4YW1wbGUuY29tLy53ZWxsLWtub3duL29wZW5pZC1jb25maWd1cmF0aW9uIn0=");
    const QByteArray decoded = QByteArray::fromBase64(wire);
    QCOMPARE(decoded, QByteArrayLiteral("{\"status\":\"invalid_token\",\"scope\":\"example_scope\","
                                        "\"openid-configuration\":"
                                        "\"https://example.com/.well-known/openid-configuration\"}"));
    QCOMPARE(bearer.describeChallenge(decoded), QString::fromUtf8(decoded));
    // A server that pretty-prints its JSON still gets a one-line description.
    const QByteArray pretty = QJsonDocument::fromJson(decoded).toJson(QJsonDocument::Indented);
    QVERIFY(pretty.contains('\n'));
    QCOMPARE(bearer.describeChallenge(pretty), QString::fromUtf8(json(QJsonDocument::fromJson(decoded).object())));
    QVERIFY(bearer.describeChallenge(decoded).contains(QStringLiteral("invalid_token")));

    const Step ack = bearer.challenge(decoded);
    QCOMPARE(ack.kind, Step::Kind::Respond);
    QCOMPARE(ack.response, QByteArray(1, '\x01'));
    QCOMPARE(ack.display, QStringLiteral("[acknowledging the server's error]"));
    const OAuthServerError &error = bearer.lastServerError();
    QVERIFY(error.isJson);
    QCOMPARE(error.status, QStringLiteral("invalid_token"));
    QCOMPARE(error.scope, QStringLiteral("example_scope"));
    QCOMPARE(error.openidConfiguration, QStringLiteral("https://example.com/.well-known/openid-configuration"));
    QCOMPARE(error.raw, decoded);
    QVERIFY(bearer.serverErrorDetail().contains(QStringLiteral("invalid_token")));

    // A challenge that is not JSON is still acknowledged and kept raw.
    OAuthBearer other(tokenCredentials(QStringLiteral("u"), QStringLiteral("t")));
    QCOMPARE(other.initialResponse().kind, Step::Kind::Respond);
    const Step rawAck = other.challenge(QByteArrayLiteral("token expired"));
    QCOMPARE(rawAck.response, QByteArray(1, '\x01'));
    QVERIFY(!other.lastServerError().isJson);
    QCOMPARE(other.serverErrorDetail(), QStringLiteral("token expired"));
}

void TestSasl::oauthRejectsBadToken()
{
    for (const QString &token : {QString(), QStringLiteral("a\u0001b"), QStringLiteral("with space"),
                                 QStringLiteral("=abc")}) {
        OAuthBearer bearer(tokenCredentials(QStringLiteral("u"), token));
        QCOMPARE(bearer.initialResponse().kind, Step::Kind::Fail);
        XOAuth2 x(tokenCredentials(QStringLiteral("u"), token));
        QCOMPARE(x.initialResponse().kind, Step::Kind::Fail);
    }
    XOAuth2 x(tokenCredentials(QStringLiteral("u\u0001auth=Bearer evil"), QStringLiteral("tok")));
    QCOMPARE(x.initialResponse().kind, Step::Kind::Fail);
}

void TestSasl::factory()
{
    const Credentials credentials = passwordCredentials(QStringLiteral("u"), QStringLiteral("p"));
    for (const QByteArray &name : supportedMechanisms()) {
        auto mechanism = createMechanism(name, credentials);
        QVERIFY2(mechanism, name.constData());
        QCOMPARE(mechanism->name(), name);
        auto lower = createMechanism(name.toLower(), credentials);
        QVERIFY(lower);
        QCOMPARE(lower->name(), name);
    }
    QCOMPARE(supportedMechanisms().size(), 7);
    QCOMPARE(supportedMechanisms().constFirst(), QByteArrayLiteral("SCRAM-SHA-256"));
    QVERIFY(!createMechanism(QByteArrayLiteral("GSSAPI"), credentials));
    QVERIFY(!createMechanism(QByteArrayLiteral("SCRAM-SHA-256-PLUS"), credentials));
    QVERIFY(createMechanism(QByteArrayLiteral("Scram-Sha-1"), credentials));
}

void TestSasl::registryDescribesEachMechanism()
{
    // The table the policy, the factory and the CLI read agrees with the mechanisms themselves.
    Credentials credentials = passwordCredentials(QStringLiteral("u"), QStringLiteral("p"));
    credentials.token = QStringLiteral("t");
    QCOMPARE(mechanismRegistry().size(), supportedMechanisms().size());
    for (const MechanismInfo &info : mechanismRegistry()) {
        const auto mechanism = info.create(credentials);
        QVERIFY(mechanism);
        QCOMPARE(mechanism->name(), info.name);
        QCOMPARE(mechanism->exposesPassword(), info.exposesSecret);
        const bool oauth = dynamic_cast<const OAuthMechanism *>(mechanism.get()) != nullptr;
        QCOMPARE(info.credential == CredentialKind::Token, oauth);
        QCOMPARE(findMechanism(info.name.toLower()), &info);
    }
    QVERIFY(!findMechanism("GSSAPI"));
    QCOMPARE(autoPreferenceOrder(true, true),
             QList<QByteArray>({"OAUTHBEARER", "XOAUTH2", "SCRAM-SHA-256", "SCRAM-SHA-1", "CRAM-MD5", "PLAIN", "LOGIN"}));
    QCOMPARE(autoPreferenceOrder(true, false),
             QList<QByteArray>({"SCRAM-SHA-256", "SCRAM-SHA-1", "CRAM-MD5", "PLAIN", "LOGIN"}));
}

void TestSasl::displayNeverLeaksSecrets()
{
    const QByteArray password = QByteArrayLiteral("pencil");
    const QByteArray token = QByteArrayLiteral("s3cr3tT0kenValue");
    QList<Step> steps;

    {
        Plain plain(passwordCredentials(QStringLiteral("user"), QString::fromUtf8(password)));
        steps << plain.initialResponse();
        Plain serverFirst(passwordCredentials(QStringLiteral("user"), QString::fromUtf8(password)));
        steps << serverFirst.challenge({});
        Login login(passwordCredentials(QStringLiteral("user"), QString::fromUtf8(password)));
        steps << login.challenge("Username:") << login.challenge("Password:");
    }
    QByteArray cramDigest;
    {
        CramMd5 cram(passwordCredentials(QStringLiteral("user"), QString::fromUtf8(password)));
        const Step step = cram.challenge(QByteArrayLiteral("<1896.697170952@postoffice.reston.mci.net>"));
        cramDigest = step.response.mid(5);
        QCOMPARE(cramDigest.size(), 32);
        steps << step;
    }
    {
        Scram sha1(Scram::Hash::Sha1, passwordCredentials(QStringLiteral("user"), QString::fromUtf8(password)),
                   kSha1Nonce);
        steps << sha1.initialResponse() << sha1.challenge(kSha1ServerFirst) << sha1.challenge(kSha1ServerFinal);
        Scram sha256(Scram::Hash::Sha256,
                     passwordCredentials(QStringLiteral("user"), QString::fromUtf8(password)), kSha256Nonce);
        steps << sha256.initialResponse() << sha256.challenge(kSha256ServerFirst)
              << sha256.challenge(kSha256ServerFinal);
        Scram failing(Scram::Hash::Sha1, passwordCredentials(QStringLiteral("user"), QString::fromUtf8(password)),
                      kSha1Nonce);
        steps << failing.initialResponse() << failing.challenge(kSha1ServerFirst)
              << failing.challenge(QByteArrayLiteral("v=AAAA")) << failing.serverSuccess({});
    }
    {
        XOAuth2 x(tokenCredentials(QStringLiteral("user"), QString::fromUtf8(token)));
        steps << x.initialResponse() << x.challenge("{\"status\":\"401\"}");
        OAuthBearer b(tokenCredentials(QStringLiteral("user"), QString::fromUtf8(token),
                                       QStringLiteral("imap.example.com"), 993));
        steps << b.initialResponse() << b.challenge("{\"status\":\"invalid_token\"}");
    }

    const QList<QByteArray> secrets = {password,
                                       token,
                                       cramDigest,
                                       QByteArrayLiteral("v0X8v3Bz2T0CJGbJQyF0X+HI4Ts="),
                                       QByteArrayLiteral("dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ="),
                                       password.toBase64(),
                                       token.toBase64()};
    assertRedacted(steps, secrets);
    if (QTest::currentTestFailed())
        return;
    for (const Step &step : steps) {
        if (step.kind == Step::Kind::Respond)
            QVERIFY2(!step.display.isEmpty(), step.response.constData());
    }
}

void TestSasl::policy_data()
{
    QTest::addColumn<QByteArrayList>("offered");
    QTest::addColumn<QByteArray>("requested");
    QTest::addColumn<bool>("hasPassword");
    QTest::addColumn<bool>("hasToken");
    QTest::addColumn<bool>("encrypted");
    QTest::addColumn<bool>("plaintextAllowed");
    QTest::addColumn<QByteArray>("expected");  // mechanism, or "!" + failure name

    const QByteArrayList all = {"PLAIN", "LOGIN", "CRAM-MD5", "SCRAM-SHA-1", "SCRAM-SHA-256",
                                "XOAUTH2", "OAUTHBEARER"};
    const QByteArrayList plainLogin = {"PLAIN", "LOGIN"};
    const QByteArrayList scram1Plain = {"PLAIN", "SCRAM-SHA-1"};
    const QByteArrayList cramPlain = {"LOGIN", "PLAIN", "CRAM-MD5"};
    const QByteArrayList oauthOnly = {"XOAUTH2", "OAUTHBEARER"};
    const QByteArrayList xoauthPlain = {"PLAIN", "XOAUTH2"};
    const QByteArrayList unsupported = {"GSSAPI", "NTLM", "SCRAM-SHA-256-PLUS"};

    // Auto
    QTest::newRow("auto, TLS, all") << all << QByteArray("auto") << true << false << true << false << QByteArray("SCRAM-SHA-256");
    QTest::newRow("auto, plain text, all") << all << QByteArray("auto") << true << false << false << false << QByteArray("SCRAM-SHA-256");
    QTest::newRow("auto, lower case offers") << QByteArrayList{"plain", "scram-sha-1"} << QByteArray("AUTO") << true << false << true << false << QByteArray("SCRAM-SHA-1");
    QTest::newRow("auto, empty request") << scram1Plain << QByteArray() << true << false << true << false << QByteArray("SCRAM-SHA-1");
    QTest::newRow("auto, TLS, PLAIN LOGIN") << plainLogin << QByteArray("auto") << true << false << true << false << QByteArray("PLAIN");
    QTest::newRow("auto, plain text, PLAIN LOGIN") << plainLogin << QByteArray("auto") << true << false << false << false << QByteArray("!NeedsEncryption");
    QTest::newRow("auto, plain text allowed, PLAIN LOGIN") << plainLogin << QByteArray("auto") << true << false << false << true << QByteArray("PLAIN");
    QTest::newRow("auto, plain text, CRAM beats PLAIN") << cramPlain << QByteArray("auto") << true << false << false << false << QByteArray("CRAM-MD5");
    QTest::newRow("auto, TLS, CRAM before PLAIN") << cramPlain << QByteArray("auto") << true << false << true << false << QByteArray("CRAM-MD5");
    QTest::newRow("auto, SCRAM before PLAIN") << scram1Plain << QByteArray("auto") << true << false << true << true << QByteArray("SCRAM-SHA-1");
    QTest::newRow("auto, nothing offered") << QByteArrayList() << QByteArray("auto") << true << false << true << false << QByteArray("!NoneOffered");
    QTest::newRow("auto, nothing supported") << unsupported << QByteArray("auto") << true << true << true << false << QByteArray("!NoneOffered");
    // Tokens
    QTest::newRow("token, TLS, all") << all << QByteArray("auto") << false << true << true << false << QByteArray("OAUTHBEARER");
    QTest::newRow("token and password, TLS, all") << all << QByteArray("auto") << true << true << true << false << QByteArray("OAUTHBEARER");
    QTest::newRow("token, TLS, XOAUTH2 PLAIN") << xoauthPlain << QByteArray("auto") << false << true << true << false << QByteArray("XOAUTH2");
    QTest::newRow("token, TLS, no OAuth offered") << plainLogin << QByteArray("auto") << false << true << true << false << QByteArray("!NoUsableCredentials");
    QTest::newRow("token and password, no OAuth offered") << scram1Plain << QByteArray("auto") << true << true << true << false << QByteArray("SCRAM-SHA-1");
    QTest::newRow("token, plain text") << oauthOnly << QByteArray("auto") << false << true << false << false << QByteArray("!NeedsEncryption");
    QTest::newRow("token, plain text, SCRAM fallback") << all << QByteArray("auto") << true << true << false << false << QByteArray("SCRAM-SHA-256");
    QTest::newRow("password, OAuth only") << oauthOnly << QByteArray("auto") << true << false << true << false << QByteArray("!NoUsableCredentials");
    QTest::newRow("no secrets") << all << QByteArray("auto") << false << false << true << false << QByteArray("!NoUsableCredentials");
    // Explicit
    QTest::newRow("requested PLAIN, TLS") << all << QByteArray("plain") << true << false << true << false << QByteArray("PLAIN");
    QTest::newRow("requested PLAIN, plain text") << all << QByteArray("PLAIN") << true << false << false << false << QByteArray("!NeedsEncryption");
    QTest::newRow("requested PLAIN, plain text allowed") << all << QByteArray("PLAIN") << true << false << false << true << QByteArray("PLAIN");
    QTest::newRow("requested LOGIN, plain text") << plainLogin << QByteArray("LOGIN") << true << false << false << false << QByteArray("!NeedsEncryption");
    QTest::newRow("requested CRAM, plain text") << cramPlain << QByteArray("CRAM-MD5") << true << false << false << false << QByteArray("CRAM-MD5");
    QTest::newRow("requested SCRAM-256, not offered") << scram1Plain << QByteArray("SCRAM-SHA-256") << true << false << true << false << QByteArray("!RequestedNotOffered");
    QTest::newRow("requested unsupported") << unsupported << QByteArray("GSSAPI") << true << false << true << false << QByteArray("!RequestedNotOffered");
    QTest::newRow("requested, nothing offered") << QByteArrayList() << QByteArray("PLAIN") << true << false << true << false << QByteArray("!NoneOffered");
    QTest::newRow("requested XOAUTH2 without token") << all << QByteArray("XOAUTH2") << true << false << true << false << QByteArray("!NoUsableCredentials");
    QTest::newRow("requested SCRAM without password") << all << QByteArray("SCRAM-SHA-1") << false << true << true << false << QByteArray("!NoUsableCredentials");
    QTest::newRow("requested OAUTHBEARER, plain text") << all << QByteArray("OAUTHBEARER") << false << true << false << false << QByteArray("!NeedsEncryption");
    QTest::newRow("requested XOAUTH2 over token pref") << all << QByteArray("xoauth2") << false << true << true << false << QByteArray("XOAUTH2");
}

void TestSasl::policy()
{
    QFETCH(QByteArrayList, offered);
    QFETCH(QByteArray, requested);
    QFETCH(bool, hasPassword);
    QFETCH(bool, hasToken);
    QFETCH(bool, encrypted);
    QFETCH(bool, plaintextAllowed);
    QFETCH(QByteArray, expected);

    SelectionRequest request;
    request.offered = offered;
    request.requested = requested;
    request.hasPassword = hasPassword;
    request.hasToken = hasToken;
    request.encrypted = encrypted;
    request.plaintextAllowed = plaintextAllowed;
    const Selection selection = selectMechanism(request);
    QVERIFY(!selection.message.isEmpty());

    if (expected.startsWith('!')) {
        QVERIFY2(!selection.ok(), selection.mechanism.constData());
        QVERIFY(selection.mechanism.isEmpty());
        static const QHash<QByteArray, SelectionFailure> reasons = {
            {"NoneOffered", SelectionFailure::NoneOffered},
            {"RequestedNotOffered", SelectionFailure::RequestedNotOffered},
            {"NeedsEncryption", SelectionFailure::NeedsEncryption},
            {"NoUsableCredentials", SelectionFailure::NoUsableCredentials}};
        QVERIFY(reasons.contains(expected.mid(1)));
        QVERIFY2(*selection.failure == reasons.value(expected.mid(1)), qPrintable(selection.message));
    } else {
        QVERIFY2(selection.ok(), qPrintable(selection.message));
        QCOMPARE(selection.mechanism, expected);
        // The safety rule holds for every choice.
        auto mechanism = createMechanism(selection.mechanism, {});
        QVERIFY(mechanism);
        QVERIFY(encrypted || plaintextAllowed || !mechanism->exposesPassword());
    }
}

void TestSasl::policyMessagesTranslatedAndNonEmpty()
{
    Credentials credentials;
    credentials.password = QStringLiteral("secret-password");
    const Selection selection = selectMechanism({QByteArrayLiteral("PLAIN")}, QByteArrayLiteral("auto"),
                                                credentials, false, false);
    QCOMPARE(*selection.failure, SelectionFailure::NeedsEncryption);
    QVERIFY(selection.message.contains(QStringLiteral("PLAIN")));
    QVERIFY(!selection.message.contains(credentials.password));

    const Selection missing = selectMechanism({QByteArrayLiteral("PLAIN"), QByteArrayLiteral("LOGIN")},
                                              QByteArrayLiteral("SCRAM-SHA-256"), credentials, true, false);
    QCOMPARE(*missing.failure, SelectionFailure::RequestedNotOffered);
    QVERIFY(missing.message.contains(QStringLiteral("PLAIN LOGIN")));

    QCOMPARE(autoPreferenceOrder(true, false),
             (QList<QByteArray>{"SCRAM-SHA-256", "SCRAM-SHA-1", "CRAM-MD5", "PLAIN", "LOGIN"}));
    QCOMPARE(autoPreferenceOrder(false, true), (QList<QByteArray>{"OAUTHBEARER", "XOAUTH2"}));
}

QTEST_GUILESS_MAIN(TestSasl)
#include "tst_sasl.moc"
