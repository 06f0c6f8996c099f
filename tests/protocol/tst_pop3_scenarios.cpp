// The POP3 check against scripted servers: the dialogues in tests/scenarios/pop3 (hostile,
// broken or rarely seen peers; the ordinary ones run against the real Dovecot).
#include "ProtocolSupport.h"

#include "pop3/Pop3Check.h"

#include <QJsonObject>

using namespace md;
using namespace md::test;

namespace {

const QString kUser = QStringLiteral("alice");
const QString kPassword = QStringLiteral("s3cret-pass");

}  // namespace

class TestPop3Scenarios : public QObject
{
    Q_OBJECT

    static ServerSettings settings(const FakeServer &server, Security security, const QString &auth = {})
    {
        ServerSettings s = fakeSettings(Protocol::Pop3, server, security);
        s.user = kUser;
        s.password = kPassword;
        if (!auth.isEmpty())
            s.authMechanism = auth;
        return s;
    }
    static CheckResult run(ServerSettings settings)
    {
        Pop3Check check(std::move(settings));
        return runToEnd(check);
    }
    static bool serverDone(const FakeServer &server)
    {
        return QTest::qWaitFor([&server] { return server.isFinished(); }, 10000);
    }
    /// The password never shows in the transcript, neither as such nor base64-encoded.
    static bool transcriptLeaksSecret(const CheckResult &r)
    {
        const QString plain = QString::fromLatin1(QByteArray("\0alice\0s3cret-pass", 18).toBase64());
        const QString login = QString::fromLatin1(kPassword.toUtf8().toBase64());
        for (const TranscriptEvent &e : r.transcript) {
            if (e.text.contains(kPassword) || e.text.contains(plain) || e.text.contains(login))
                return true;
        }
        return false;
    }
    static QString firstCode(const CheckResult &r)
    {
        return r.findings.isEmpty() ? QString() : r.findings.first().code;
    }

private Q_SLOTS:
    void stlsUserPass()
    {
        FakeServer server;
        QVERIFY(server.loadScenarioFile(QStringLiteral("pop3/ok-stls-user-pass.txt")));
        QVERIFY(server.listen());
        const CheckResult r = run(settings(server, Security::StartTls, QStringLiteral("user")));
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QVERIFY(serverDone(server));
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
        QVERIFY(r.tls && r.tls->verified);
        // Dot-unstuffed, and only the list from inside TLS counts after STLS.
        QCOMPARE(r.capabilitiesBeforeTls,
            QStringList(
                { QStringLiteral("TOP"), QStringLiteral("USER"), QStringLiteral("STLS"), QStringLiteral(".X-DOT") }));
        QCOMPARE(r.capabilitiesAfterTls,
            QStringList({ QStringLiteral("TOP"), QStringLiteral("USER"), QStringLiteral("RESP-CODES"),
                QStringLiteral("SASL PLAIN") }));
        QVERIFY(r.protocolFacts.value(QStringLiteral("apop_timestamp")).toBool());
        const QJsonObject mailbox = r.protocolFacts.value(QStringLiteral("mailbox")).toObject();
        QCOMPARE(mailbox.value(QStringLiteral("messages")).toInteger(), 2);
        QCOMPARE(mailbox.value(QStringLiteral("octets")).toInteger(), 320);
        QVERIFY(!transcriptLeaksSecret(r));
        // The password went out only inside TLS; nothing after QUIT.
        for (const ReceivedLine &line : server.receivedLines()) {
            if (line.text.startsWith("PASS") || line.text.startsWith("USER"))
                QVERIFY(line.encrypted);
        }
        QCOMPARE(server.receivedTexts().last(), QByteArray("QUIT"));
        QVERIFY(!server.receivedBytes().contains("APOP"));
        QVERIFY(r.findings.isEmpty());
    }

    void tlsAuthPlainWithInitialResponse()
    {
        FakeServer server;
        QVERIFY(server.loadScenarioFile(QStringLiteral("pop3/ok-tls-auth-plain.txt")));
        QVERIFY(server.listen());
        const CheckResult r = run(settings(server, Security::Tls));
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QVERIFY(serverDone(server));
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
        QCOMPARE(
            r.protocolFacts.value(QStringLiteral("mailbox")).toObject().value(QStringLiteral("messages")).toInteger(),
            0);
        QVERIFY(r.step(QStringLiteral("auth"))->detail.contains(QStringLiteral("PLAIN")));
        QVERIFY(!transcriptLeaksSecret(r));
    }

    void saslChallengesThenStatRefused()
    {
        FakeServer server;
        QVERIFY(server.loadScenarioFile(QStringLiteral("pop3/sasl-challenge.txt")));
        QVERIFY(server.listen());
        const CheckResult r = run(settings(server, Security::Tls, QStringLiteral("login")));
        QVERIFY(!r.ok);
        QVERIFY(serverDone(server));
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
        QCOMPARE(r.failedStep, QStringLiteral("stat"));
        QCOMPARE(firstCode(r), QStringLiteral("pop3.command_failed"));
        QVERIFY(!transcriptLeaksSecret(r));
    }

    void startTlsInjectionAborts()
    {
        FakeServer server;
        QVERIFY(server.loadScenarioFile(QStringLiteral("pop3/starttls-injection.txt")));
        QVERIFY(server.listen());
        const CheckResult r = run(settings(server, Security::StartTls));
        QVERIFY(!r.ok);
        QCOMPARE_ENUM(r.failure, FailureKind::StartTlsInjection);
        QCOMPARE(r.failedStep, QStringLiteral("starttls"));
        QCOMPARE(firstCode(r), QStringLiteral("starttls.injection"));
        QVERIFY(serverDone(server));
        QVERIFY(linesAfter(server, "STLS").isEmpty());
        QVERIFY(!server.isEncrypted());
        QVERIFY(!server.receivedBytes().contains("USER"));
        QVERIFY(!server.receivedBytes().contains("AUTH"));
        QVERIFY(r.capabilitiesAfterTls.isEmpty());
    }

    void strippedStlsStops()
    {
        FakeServer server;
        QVERIFY(server.loadScenarioFile(QStringLiteral("pop3/attack-starttls-stripped.txt")));
        QVERIFY(server.listen());
        const CheckResult r = run(settings(server, Security::StartTls, QStringLiteral("user")));
        QVERIFY(!r.ok);
        QCOMPARE_ENUM(r.failure, FailureKind::StartTlsUnavailable);
        QCOMPARE(firstCode(r), QStringLiteral("starttls.not_offered"));
        // The fix is implicit TLS on POP3's port.
        QCOMPARE(r.findings.first().fix.value(QStringLiteral("port")).toInt(), 995);
        QVERIFY(serverDone(server));
        QCOMPARE(server.receivedTexts(), QList<QByteArray>({ "CAPA" }));
    }

    void serverFindings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("auth");
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("responseCode");
        QTest::addColumn<QString>("finding");
        QTest::newRow("in use") << QStringLiteral("pop3/in-use.txt") << QStringLiteral("user")
                                << QStringLiteral("login") << QStringLiteral("IN-USE") << QStringLiteral("pop3.in_use");
        QTest::newRow("maildrop locked, no code")
            << QStringLiteral("pop3/maildrop-locked.txt") << QStringLiteral("user") << QStringLiteral("login")
            << QString() << QStringLiteral("pop3.in_use");
        QTest::newRow("login delay") << QStringLiteral("pop3/login-delay.txt") << QStringLiteral("user")
                                     << QStringLiteral("login") << QStringLiteral("LOGIN-DELAY")
                                     << QStringLiteral("pop3.login_delay");
        QTest::newRow("auth") << QStringLiteral("pop3/auth-failed.txt") << QStringLiteral("plain")
                              << QStringLiteral("auth") << QStringLiteral("AUTH") << QStringLiteral("auth.failed");
        QTest::newRow("sys/temp") << QStringLiteral("pop3/sys-temp.txt") << QStringLiteral("plain")
                                  << QStringLiteral("auth") << QStringLiteral("SYS/TEMP")
                                  << QStringLiteral("pop3.temporary_failure");
        QTest::newRow("sys/perm") << QStringLiteral("pop3/sys-perm.txt") << QStringLiteral("user")
                                  << QStringLiteral("login") << QStringLiteral("SYS/PERM")
                                  << QStringLiteral("pop3.permanent_failure");
        QTest::newRow("greeting -ERR") << QStringLiteral("pop3/greeting-err.txt") << QString()
                                       << QStringLiteral("greeting") << QStringLiteral("SYS/PERM")
                                       << QStringLiteral("pop3.greeting_rejected");
    }

    void serverFindings()
    {
        QFETCH(QString, file);
        QFETCH(QString, auth);
        QFETCH(QString, step);
        QFETCH(QString, responseCode);
        QFETCH(QString, finding);
        FakeServer server;
        QVERIFY(server.loadScenarioFile(file));
        QVERIFY(server.listen());
        const CheckResult r = run(settings(server, Security::Tls, auth));
        QVERIFY(!r.ok);
        QCOMPARE_ENUM(r.failure, FailureKind::Rejected);
        QCOMPARE(r.failedStep, step);
        QCOMPARE(r.step(step)->responseCode, responseCode);
        QVERIFY2(firstCode(r) == finding, qPrintable(describe(r)));
        QCOMPARE(r.findings.size(), 1);
        QVERIFY(knownFindingCodes().contains(finding));
        QVERIFY(!transcriptLeaksSecret(r));
        QVERIFY(serverDone(server));
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
        if (finding == QLatin1String("pop3.login_delay"))
            QVERIFY2(r.findings.first().detail.contains(QStringLiteral("900")), qPrintable(r.findings.first().detail));
    }

    void droppedMidResponse()
    {
        FakeServer server;
        QVERIFY(server.loadScenarioFile(QStringLiteral("pop3/drop-mid-response.txt")));
        QVERIFY(server.listen());
        const CheckResult r = run(settings(server, Security::Tls));
        QVERIFY(!r.ok);
        QCOMPARE_ENUM(r.failure, FailureKind::Closed);
        QCOMPARE(r.failedStep, QStringLiteral("capa"));
        QCOMPARE(firstCode(r), QStringLiteral("server.closed"));
        // The partial list was not used, and nothing secret was sent.
        QVERIFY(r.capabilitiesAfterTls.isEmpty() && r.capabilitiesBeforeTls.isEmpty());
        QVERIFY(!server.receivedBytes().contains("USER"));
        QVERIFY(serverDone(server));
    }

    void oversizedLineIsAProtocolError()
    {
        FakeServer server;
        QVERIFY(server.loadScenario(
            QStringLiteral("@implicit-tls\nS: +OK ") + QString(5000, QLatin1Char('x')) + QStringLiteral("\n...\n")));
        QVERIFY(server.listen());
        const CheckResult r = run(settings(server, Security::Tls));
        QVERIFY(!r.ok);
        QCOMPARE_ENUM(r.failure, FailureKind::ProtocolError);
        QCOMPARE(r.failedStep, QStringLiteral("greeting"));
        QVERIFY(server.receivedTexts().isEmpty());
    }

    void otherProtocolOnThePort()
    {
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("@implicit-tls\nS: * OK [CAPABILITY IMAP4rev1] ready\n...\n")));
        QVERIFY(server.listen());
        const CheckResult r = run(settings(server, Security::Tls));
        QVERIFY(!r.ok);
        QCOMPARE(firstCode(r), QStringLiteral("port.wrong_service"));
        QVERIFY2(r.findings.first().title.contains(QStringLiteral("IMAP")), qPrintable(r.findings.first().title));
        QVERIFY(r.findings.first().title.contains(QStringLiteral("POP3")));
    }

    void plaintextUserPassNeedsConsent()
    {
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("S: +OK ready\nC: CAPA\nS: +OK\nS: USER\nS: .\n...\n")));
        QVERIFY(server.listen());
        const CheckResult r = run(settings(server, Security::None, QStringLiteral("user")));
        QVERIFY(!r.ok);
        QCOMPARE_ENUM(r.failure, FailureKind::PlaintextRefused);
        QCOMPARE(firstCode(r), QStringLiteral("auth.plaintext_refused"));
        QVERIFY(serverDone(server));
        QVERIFY(!server.receivedBytes().contains("USER"));
        QVERIFY(!server.receivedBytes().contains("PASS"));
    }

    void serverWithoutCapaUsesUserPass()
    {
        // RFC 1939 servers without RFC 2449: CAPA fails, auto falls back to USER/PASS over TLS.
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("@implicit-tls\n"
                                                   "S: +OK old server\n"
                                                   "C: CAPA\n"
                                                   "S: -ERR unknown command\n"
                                                   "C: USER alice\n"
                                                   "S: +OK\n"
                                                   "C: PASS s3cret-pass\n"
                                                   "S: +OK\n"
                                                   "C: STAT\n"
                                                   "S: +OK 1 100\n"
                                                   "C: QUIT\n"
                                                   "S: +OK\n"
                                                   "X\n")));
        QVERIFY(server.listen());
        const CheckResult r = run(settings(server, Security::Tls));
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QCOMPARE_ENUM(r.step(QStringLiteral("capa"))->status, Step::Status::Warning);
        QCOMPARE_ENUM(r.step(QStringLiteral("login"))->status, Step::Status::Ok);
        QVERIFY(serverDone(server));
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
        QVERIFY(!transcriptLeaksSecret(r));
    }

    void echoedPasswordIsMasked()
    {
        // A server that repeats the PASS line in its error must not put the password anywhere.
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("@implicit-tls\n"
                                                   "S: +OK ready\n"
                                                   "C: CAPA\n"
                                                   "S: +OK\n"
                                                   "S: USER\n"
                                                   "S: .\n"
                                                   "C: USER alice\n"
                                                   "S: +OK\n"
                                                   "C: PASS s3cret-pass\n"
                                                   "S: -ERR Bad command: PASS s3cret-pass\n"
                                                   "...\n")));
        QVERIFY(server.listen());
        const CheckResult r = run(settings(server, Security::Tls, QStringLiteral("user")));
        QVERIFY(!r.ok);
        QCOMPARE(firstCode(r), QStringLiteral("auth.failed"));
        QVERIFY(!transcriptLeaksSecret(r));
        QVERIFY(!r.failureMessage.contains(kPassword));
        for (const Finding &f : r.findings)
            QVERIFY(!f.detail.contains(kPassword) && !f.title.contains(kPassword));
        for (const Step &step : r.steps)
            QVERIFY(!step.serverText.contains(kPassword) && !step.detail.contains(kPassword));
    }
};

QTEST_GUILESS_MAIN(TestPop3Scenarios)
#include "tst_pop3_scenarios.moc"
