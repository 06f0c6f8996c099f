// Long OAuth2 access tokens (Microsoft's exceed 4 KB): SMTP keeps the AUTH command within 512
// octets (RFC 4954 §4), IMAP uses SASL-IR only when the line stays within 8192 octets; a short
// token still goes on the command line. The token never reaches the transcript.
#include "ProtocolSupport.h"

#include "imap/ImapCheck.h"
#include "smtp/SmtpCheck.h"

using namespace md;
using namespace md::test;

namespace {

QString longToken(int bytes)
{
    QString token;
    while (token.size() < bytes)
        token += QStringLiteral("eyJ0eXAiOiJKV1QiLCJub25jZSI6IkFCQyJ9.");
    token.truncate(bytes);
    return token;
}

QByteArray xoauth2(const QString &user, const QString &token)
{
    return ("user=" + user.toUtf8()
        + "\x01"
          "auth=Bearer "
        + token.toUtf8() + "\x01\x01")
        .toBase64();
}

}  // namespace

class TestLongTokens : public QObject
{
    Q_OBJECT

    static ServerSettings settings(Protocol protocol, const FakeServer &server, const QString &token)
    {
        ServerSettings s = fakeSettings(protocol, server, Security::Tls);
        s.user = QStringLiteral("alice@example.test");
        s.token = token;
        s.authMechanism = QStringLiteral("xoauth2");
        return s;
    }
    static void verifyNoToken(const CheckResult &r, const QString &token)
    {
        for (const TranscriptEvent &e : r.transcript) {
            QVERIFY(!e.text.contains(token.left(64)));
            QVERIFY(!e.text.toUtf8().contains(xoauth2(QStringLiteral("alice@example.test"), token).left(64)));
        }
    }

    /// Runs `check` against `server` (listening) to the end; the dialogue must have gone as scripted.
    static void play(FakeServer &server, Check &check, CheckResult *result)
    {
        *result = runToEnd(check);
        QVERIFY2(result->ok, qPrintable(result->failureMessage));
        QTRY_VERIFY(server.isFinished());
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
    }

private Q_SLOTS:
    void smtpSendsASixKilobyteTokenOnItsOwnLine()
    {
        const QString token = longToken(6 * 1024);
        FakeServer server;
        QVERIFY(server.loadScenarioFile(QStringLiteral("smtp/ok-long-token.txt")));
        QVERIFY(server.listen());
        SmtpCheck check(settings(Protocol::Smtp, server, token));
        CheckResult r;
        play(server, check, &r);
        const QList<QByteArray> lines = server.receivedTexts();
        QVERIFY(lines.contains("AUTH XOAUTH2"));
        QVERIFY(lines.contains(xoauth2(QStringLiteral("alice@example.test"), token)));  // the response, whole
        for (const QByteArray &line : lines)
            QVERIFY(!line.startsWith("AUTH ") || line.size() + 2 <= SmtpCheck::kMaxCommandLine);
        verifyNoToken(r, token);
    }

    void smtpShortTokenStaysOnTheAuthLine()
    {
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("@implicit-tls\n"
                                                   "S: 220 smtp.example.test ESMTP\n"
                                                   "C: EHLO *\n"
                                                   "S: 250-smtp.example.test\n"
                                                   "S: 250 AUTH XOAUTH2\n"
                                                   "C: AUTH XOAUTH2 *\n"
                                                   "S: 235 2.7.0 Accepted\n"
                                                   "C: QUIT\n"
                                                   "S: 221 Bye\n")));
        QVERIFY(server.listen());
        SmtpCheck check(settings(Protocol::Smtp, server, QStringLiteral("short-token")));
        CheckResult r;
        play(server, check, &r);
    }

    void imapSendsASixKilobyteTokenAfterTheContinuation()
    {
        const QString token = longToken(6 * 1024);
        FakeServer server;
        QVERIFY(server.loadScenarioFile(QStringLiteral("imap/ok-long-token.txt")));
        QVERIFY(server.listen());
        ImapCheck check(settings(Protocol::Imap, server, token));
        CheckResult r;
        play(server, check, &r);
        QVERIFY(server.receivedTexts().contains("a1 AUTHENTICATE XOAUTH2"));
        QVERIFY(server.receivedTexts().contains(xoauth2(QStringLiteral("alice@example.test"), token)));
        verifyNoToken(r, token);
    }

    void imapShortTokenUsesSaslIr()
    {
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("@implicit-tls\n"
                                                   "S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=XOAUTH2] ready\n"
                                                   "C: a1 AUTHENTICATE XOAUTH2 *\n"
                                                   "S: a1 NO [AUTHENTICATIONFAILED] Nope\n"
                                                   "...")));
        QVERIFY(server.listen());
        ImapCheck check(settings(Protocol::Imap, server, QStringLiteral("short-token")));
        const CheckResult r = runToEnd(check);
        QVERIFY(!r.ok);
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
        QVERIFY(server.receivedTexts().value(0).startsWith("a1 AUTHENTICATE XOAUTH2 "));
    }
};

QTEST_GUILESS_MAIN(TestLongTokens)
#include "tst_long_tokens.moc"
