// The SMTP check against scripted servers: the dialogues in tests/scenarios/smtp and inline ones.
#include "ProtocolSupport.h"

#include "smtp/SmtpCheck.h"

using namespace md;
using namespace md::test;

class TestSmtpScenarios : public QObject
{
    Q_OBJECT

    static CheckResult run(ServerSettings settings)
    {
        SmtpCheck check(std::move(settings));
        return runToEnd(check);
    }
    static bool anyLineStartsWith(const FakeServer &server, const QByteArray &prefix)
    {
        for (const QByteArray &line : server.receivedTexts()) {
            if (line.startsWith(prefix))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void happyPlainWithConsent()
    {
        FakeServer server;
        QVERIFY(server.loadScenarioFile(QStringLiteral("smtp/ok-plain.txt")));
        QVERIFY(server.listen());
        ServerSettings s = fakeSettings(Protocol::Smtp, server, Security::None);
        s.user = QStringLiteral("alice");
        s.password = QStringLiteral("s3cret-pass");
        s.allowPlaintextAuth = true;
        const CheckResult r = run(s);
        QVERIFY2(r.ok, qPrintable(r.failureMessage));
        QTRY_VERIFY(server.isFinished());
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
        QVERIFY(!r.tls);
        QVERIFY(r.capabilitiesBeforeTls.contains(QStringLiteral("SIZE 10240000")));
        QCOMPARE(r.step(QStringLiteral("auth"))->replyCode, 235);
        QCOMPARE(r.step(QStringLiteral("auth"))->enhancedCode, QStringLiteral("2.7.0"));
        // The EHLO name we configured went out.
        QCOMPARE(server.receivedTexts().first(), QByteArray("EHLO client.example.test"));
        for (const TranscriptEvent &e : r.transcript)
            QVERIFY(!e.text.contains(QStringLiteral("s3cret-pass")));
    }

    void happyStartTls()
    {
        FakeServer server;
        QVERIFY(server.loadScenarioFile(QStringLiteral("smtp/ok-starttls.txt")));
        QVERIFY(server.listen());
        ServerSettings s = fakeSettings(Protocol::Smtp, server, Security::StartTls);
        s.user = QStringLiteral("alice");
        s.password = QStringLiteral("s3cret-pass");
        s.authMechanism = QStringLiteral("plain");
        const CheckResult r = run(s);
        QVERIFY2(r.ok, qPrintable(r.failureMessage));
        QTRY_VERIFY(server.isFinished());
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
        QVERIFY(r.tls && r.tls->verified);
        // Capabilities from before TLS are kept apart; AUTH was only learnt inside TLS.
        QVERIFY(r.capabilitiesBeforeTls.contains(QStringLiteral("STARTTLS")));
        QVERIFY(!r.capabilitiesBeforeTls.contains(QStringLiteral("AUTH PLAIN LOGIN")));
        QVERIFY(r.capabilitiesAfterTls.contains(QStringLiteral("AUTH PLAIN LOGIN")));
        // The credentials travelled encrypted, and the transcript says so.
        for (const ReceivedLine &line : server.receivedLines()) {
            if (line.text.startsWith("AUTH"))
                QVERIFY(line.encrypted);
        }
        bool sawEncryptedAuth = false;
        for (const TranscriptEvent &e : r.transcript) {
            if (e.kind == TranscriptEvent::Kind::Sent && e.text.startsWith(QStringLiteral("AUTH PLAIN")))
                sawEncryptedAuth = e.encrypted;
        }
        QVERIFY(sawEncryptedAuth);
    }

    void ehloRefusedFallsBackToHelo()
    {
        FakeServer server;
        QVERIFY(server.loadScenarioFile(QStringLiteral("smtp/ehlo-refused.txt")));
        QVERIFY(server.listen());
        const CheckResult r = run(fakeSettings(Protocol::Smtp, server, Security::None));
        QVERIFY2(r.ok, qPrintable(r.failureMessage));
        QTRY_VERIFY(server.isFinished());
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
        QCOMPARE_ENUM(r.step(QStringLiteral("ehlo"))->status, Step::Status::Warning);
        QCOMPARE(r.step(QStringLiteral("ehlo"))->replyCode, 502);
        QCOMPARE_ENUM(r.step(QStringLiteral("helo"))->status, Step::Status::Ok);
        QVERIFY(r.capabilitiesBeforeTls.isEmpty());
    }

    void ehloRefusedMeansNoStartTls()
    {
        // HELO has no extensions, so STARTTLS can't be there: the check must stop, not go plain.
        FakeServer server;
        QVERIFY(server.loadScenarioFile(QStringLiteral("smtp/ehlo-refused.txt")));
        QVERIFY(server.listen());
        ServerSettings s = fakeSettings(Protocol::Smtp, server, Security::StartTls);
        s.user = QStringLiteral("alice");
        s.password = QStringLiteral("pw");
        const CheckResult r = run(s);
        QVERIFY(!r.ok);
        QCOMPARE_ENUM(r.failure, FailureKind::StartTlsUnavailable);
        QVERIFY(!anyLineStartsWith(server, "AUTH"));
    }

    void greeting421()
    {
        FakeServer server;
        QVERIFY(server.loadScenarioFile(QStringLiteral("smtp/greeting-421.txt")));
        QVERIFY(server.listen());
        const CheckResult r = run(fakeSettings(Protocol::Smtp, server, Security::StartTls));
        QVERIFY(!r.ok);
        QCOMPARE_ENUM(r.failure, FailureKind::Rejected);
        QCOMPARE(r.failedStep, QStringLiteral("greeting"));
        QCOMPARE(r.step(QStringLiteral("greeting"))->replyCode, 421);
        QCOMPARE(r.step(QStringLiteral("greeting"))->enhancedCode, QStringLiteral("4.3.2"));
        QVERIFY(r.failureMessage.contains(QStringLiteral("Service not available")));
        QVERIFY(!r.findings.isEmpty());
        QVERIFY(!anyLineStartsWith(server, "EHLO"));
    }

    void greeting554()
    {
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("S: 554 5.7.1 Your IP is on a block list\n...\n")));
        QVERIFY(server.listen());
        const CheckResult r = run(fakeSettings(Protocol::Smtp, server, Security::StartTls));
        QVERIFY(!r.ok);
        QCOMPARE_ENUM(r.failure, FailureKind::Rejected);
        QCOMPARE(r.step(QStringLiteral("greeting"))->replyCode, 554);
    }

    void connectionDroppedMidReply()
    {
        FakeServer server;
        QVERIFY(server.loadScenarioFile(QStringLiteral("smtp/drop-mid-reply.txt")));
        QVERIFY(server.listen());
        const CheckResult r = run(fakeSettings(Protocol::Smtp, server, Security::None));
        QVERIFY(!r.ok);
        QCOMPARE_ENUM(r.failure, FailureKind::Closed);
        QCOMPARE(r.failedStep, QStringLiteral("ehlo"));
        // The truncated reply never became a capability list.
        QVERIFY(r.capabilitiesBeforeTls.isEmpty());
    }

    void startTlsInjectionAborts()
    {
        FakeServer server;
        QVERIFY(server.loadScenarioFile(QStringLiteral("smtp/starttls-injection.txt")));
        QVERIFY(server.listen());
        ServerSettings s = fakeSettings(Protocol::Smtp, server, Security::StartTls);
        s.user = QStringLiteral("alice");
        s.password = QStringLiteral("s3cret-pass");
        const CheckResult r = run(s);
        QVERIFY(!r.ok);
        QCOMPARE_ENUM(r.failure, FailureKind::StartTlsInjection);
        QCOMPARE(r.failedStep, QStringLiteral("starttls"));
        QTRY_VERIFY(server.isFinished());
        // Nothing after STARTTLS: no handshake-protected command, no credentials.
        QVERIFY(linesAfter(server, "STARTTLS").isEmpty());
        QVERIFY(!server.receivedBytes().contains("AUTH"));
        QVERIFY(!server.isEncrypted());
        // The injected "250 pwned" was never treated as a reply.
        for (const TranscriptEvent &e : r.transcript)
            QVERIFY(!(e.kind == TranscriptEvent::Kind::Received && e.text.contains(QStringLiteral("pwned"))));
    }

    void startTlsNotOfferedStops()
    {
        FakeServer server;
        QVERIFY(server.loadScenarioFile(QStringLiteral("smtp/starttls-not-offered.txt")));
        QVERIFY(server.listen());
        ServerSettings s = fakeSettings(Protocol::Smtp, server, Security::StartTls);
        s.user = QStringLiteral("alice");
        s.password = QStringLiteral("s3cret-pass");
        const CheckResult r = run(s);
        QVERIFY(!r.ok);
        QCOMPARE_ENUM(r.failure, FailureKind::StartTlsUnavailable);
        QCOMPARE(r.failedStep, QStringLiteral("starttls"));
        QVERIFY(!anyLineStartsWith(server, "AUTH"));
        QVERIFY(!anyLineStartsWith(server, "STARTTLS"));
    }

    void startTlsRefused_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::newRow("454") << QStringLiteral("454 4.7.0 TLS not available due to temporary reason");
        QTest::newRow("502") << QStringLiteral("502 5.5.1 Unrecognized command");
        QTest::newRow("354") << QStringLiteral("354 go ahead");
        QTest::newRow("250") << QStringLiteral("250 OK");
    }

    void startTlsRefused()
    {
        QFETCH(QString, reply);
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("S: 220 hi\nC: EHLO *\nS: 250-hi\nS: 250-STARTTLS\nS: 250 AUTH PLAIN\n"
                                                   "C: STARTTLS\nS: %1\n...\n")
                                        .arg(reply)));
        QVERIFY(server.listen());
        ServerSettings s = fakeSettings(Protocol::Smtp, server, Security::StartTls);
        s.user = QStringLiteral("alice");
        s.password = QStringLiteral("s3cret-pass");
        const CheckResult r = run(s);
        QVERIFY(!r.ok);
        QCOMPARE(r.failedStep, QStringLiteral("starttls"));
        QVERIFY(linesAfter(server, "STARTTLS").isEmpty());
        QVERIFY(!server.receivedBytes().contains("AUTH"));
    }

    void silentServerTimesOut()
    {
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("W: 8000\nX\n")));
        QVERIFY(server.listen());
        ServerSettings s = fakeSettings(Protocol::Smtp, server, Security::StartTls);
        s.timeouts.replyMs = 1500;
        const CheckResult r = run(s);
        QVERIFY(!r.ok);
        QCOMPARE_ENUM(r.failure, FailureKind::GreetingTimeout);
        QCOMPARE(r.failedStep, QStringLiteral("greeting"));
    }

    void silentAfterCommandTimesOut()
    {
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("S: 220 hi\nC: EHLO *\nW: 8000\nX\n")));
        QVERIFY(server.listen());
        ServerSettings s = fakeSettings(Protocol::Smtp, server, Security::None);
        s.timeouts.replyMs = 1500;  // also the greeting's limit: generous for a loaded machine
        const CheckResult r = run(s);
        QVERIFY(!r.ok);
        QCOMPARE_ENUM(r.failure, FailureKind::ReplyTimeout);
        QCOMPARE(r.failedStep, QStringLiteral("ehlo"));
    }

    void garbageIsAProtocolError()
    {
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("S: HTTP/1.1 400 Bad Request\n...\n")));
        QVERIFY(server.listen());
        const CheckResult r = run(fakeSettings(Protocol::Smtp, server, Security::None));
        QVERIFY(!r.ok);
        QCOMPARE_ENUM(r.failure, FailureKind::ProtocolError);
        QVERIFY(r.failureMessage.contains(QStringLiteral("HTTP/1.1")));
    }

    void endlessLineIsBounded()
    {
        FakeServer server;
        QString script = QStringLiteral("S! 220 ");
        script += QString(200000, QLatin1Char('A'));
        script += QStringLiteral("\n...\n");
        QVERIFY(server.loadScenario(script));
        QVERIFY(server.listen());
        const CheckResult r = run(fakeSettings(Protocol::Smtp, server, Security::None));
        QVERIFY(!r.ok);
        QCOMPARE_ENUM(r.failure, FailureKind::ProtocolError);
    }

    void badBase64ChallengeFails()
    {
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("S: 220 hi\nC: EHLO *\nS: 250-hi\nS: 250 AUTH LOGIN\n"
                                                   "C: AUTH LOGIN\nS: 334 !!!not base64!!!\n...\n")));
        QVERIFY(server.listen());
        ServerSettings s = fakeSettings(Protocol::Smtp, server, Security::None);
        s.user = QStringLiteral("alice");
        s.password = QStringLiteral("pw");
        s.allowPlaintextAuth = true;
        const CheckResult r = run(s);
        QVERIFY(!r.ok);
        QCOMPARE_ENUM(r.failure, FailureKind::ProtocolError);
        QCOMPARE(r.failedStep, QStringLiteral("auth"));
    }

    void authNotOffered()
    {
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("S: 220 hi\nC: EHLO *\nS: 250-hi\nS: 250 SIZE 1000\n...\n")));
        QVERIFY(server.listen());
        ServerSettings s = fakeSettings(Protocol::Smtp, server, Security::None);
        s.user = QStringLiteral("alice");
        s.password = QStringLiteral("pw");
        s.allowPlaintextAuth = true;
        const CheckResult r = run(s);
        QVERIFY(!r.ok);
        QCOMPARE_ENUM(r.failure, FailureKind::AuthUnavailable);
    }

    void recipientRejected()
    {
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral(
            "S: 220 hi\nC: EHLO *\nS: 250-hi\nS: 250 ENHANCEDSTATUSCODES\nC: MAIL FROM:<a@example.test>\n"
            "S: 250 2.1.0 Ok\nC: RCPT TO:<nobody@example.test>\nS: 550 5.1.1 <nobody@example.test>: Recipient address "
            "rejected: User unknown\n...\n")));
        QVERIFY(server.listen());
        ServerSettings s = fakeSettings(Protocol::Smtp, server, Security::None);
        s.from = QStringLiteral("a@example.test");
        s.to = {QStringLiteral("nobody@example.test")};
        const CheckResult r = run(s);
        QVERIFY(!r.ok);
        QCOMPARE_ENUM(r.failure, FailureKind::Rejected);
        QCOMPARE(r.failedStep, QStringLiteral("rcpt_to"));
        QCOMPARE(r.step(QStringLiteral("rcpt_to"))->enhancedCode, QStringLiteral("5.1.1"));
    }

    void sendUsesDotStuffingAndEndsWithADot()
    {
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral(
            "S: 220 hi\nC: EHLO *\nS: 250 hi\nC: MAIL FROM:<a@example.test>\nS: 250 ok\nC: RCPT TO:<b@example.test>\n"
            "S: 250 ok\nC: DATA\nS: 354 go\nC: From: <a@example.test>\n...\nC: .\nS: 250 2.0.0 queued as 123\n"
            "C: QUIT\nS: 221 bye\n")));
        QVERIFY(server.listen());
        ServerSettings s = fakeSettings(Protocol::Smtp, server, Security::None);
        s.from = QStringLiteral("a@example.test");
        s.to = {QStringLiteral("b@example.test")};
        s.send = true;
        const CheckResult r = run(s);
        QVERIFY2(r.ok, qPrintable(r.failureMessage));
        QTRY_VERIFY(server.isFinished());
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
        QVERIFY(server.receivedBytes().contains("\r\nMessage-ID: <"));
        QVERIFY(server.receivedBytes().contains("\r\n\r\nThis is a test message"));
    }

    void certificateProblemsAreNamed_data()
    {
        QTest::addColumn<QString>("cert");
        QTest::addColumn<int>("error");
        QTest::newRow("wrong host") << QStringLiteral("wronghost") << int(QSslError::HostNameMismatch);
        QTest::newRow("expired") << QStringLiteral("expired") << int(QSslError::CertificateExpired);
        QTest::newRow("self-signed") << QStringLiteral("selfsigned") << int(QSslError::SelfSignedCertificate);
        QTest::newRow("unknown CA") << QStringLiteral("unknownca") << int(QSslError::SelfSignedCertificateInChain);
    }

    void certificateProblemsAreNamed()
    {
        QFETCH(QString, cert);
        QFETCH(int, error);
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("@implicit-tls\n@cert %1\nS: 220 hi\n...\n").arg(cert)));
        QVERIFY(server.listen());
        ServerSettings s = fakeSettings(Protocol::Smtp, server, Security::Tls);
        s.user = QStringLiteral("alice");
        s.password = QStringLiteral("s3cret-pass");
        const CheckResult r = run(s);
        QVERIFY(!r.ok);
        QCOMPARE_ENUM(r.failure, FailureKind::TlsVerification);
        QVERIFY(r.tls);
        QVERIFY2(r.tls->errorCodes.contains(error), qPrintable(r.tls->errors.join(QStringLiteral("; "))));
        QVERIFY(!r.tls->chain.isEmpty());
        QVERIFY(server.receivedTexts().isEmpty());
        if (error == int(QSslError::HostNameMismatch)) {
            // The names the certificate is valid for are offered, so the user can pick the right host.
            const QString validFor = r.failureMessage.section(QStringLiteral("valid for:"), 1);
            QVERIFY2(validFor.contains(QStringLiteral("mail.wrong.example")) && validFor.contains(QStringLiteral(" wrong.example")),
                     qPrintable(r.failureMessage));
        }
    }

    void pinnedKeyTrustsASelfSignedServer()
    {
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("@implicit-tls\n@cert selfsigned\nS: 220 hi\nC: EHLO *\nS: 250 hi\n"
                                                   "C: QUIT\nS: 221 bye\n")));
        QVERIFY(server.listen());
        ServerSettings s = fakeSettings(Protocol::Smtp, server, Security::Tls);
        s.caFile.clear();
        const auto certs = QSslCertificate::fromPath(TestPki::path(QStringLiteral("selfsigned.pem")));
        QCOMPARE(certs.size(), 1);
        s.pinnedSpki = spkiSha256(certs.first());
        const CheckResult r = run(s);
        QVERIFY2(r.ok, qPrintable(r.failureMessage));
        QVERIFY(r.tls->pinned);
        QVERIFY(!r.tls->errors.isEmpty());  // the verification errors are still reported
    }

    void echoedAuthIsMasked()
    {
        // sendmail-style: "500 5.5.1 Command unrecognized: <our line>" must not leak the credentials.
        const QByteArray encoded = QByteArray("\0alice\0s3cret-pass", 18).toBase64();
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("S: 220 hi\nC: EHLO *\nS: 250-hi\nS: 250 AUTH PLAIN\nC: AUTH PLAIN *\n"
                                                   "S: 500 5.5.1 Command unrecognized: \"AUTH PLAIN %1\"\n...\n")
                                        .arg(QString::fromLatin1(encoded))));
        QVERIFY(server.listen());
        ServerSettings s = fakeSettings(Protocol::Smtp, server, Security::None);
        s.user = QStringLiteral("alice");
        s.password = QStringLiteral("s3cret-pass");
        s.allowPlaintextAuth = true;
        const CheckResult r = run(s);
        QVERIFY(!r.ok);
        QCOMPARE(r.step(QStringLiteral("auth"))->replyCode, 500);
        const QString head = QString::fromLatin1(encoded.left(12));
        for (const TranscriptEvent &e : r.transcript)
            QVERIFY2(!e.text.contains(head), qPrintable(e.text));
        QVERIFY2(!r.failureMessage.contains(head), qPrintable(r.failureMessage));
        QVERIFY(!r.step(QStringLiteral("auth"))->serverText.contains(head));
        QVERIFY(r.step(QStringLiteral("auth"))->serverText.contains(QStringLiteral("Command unrecognized")));
    }

    void pinMismatchFailsEvenForAValidChain()
    {
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("@implicit-tls\nS: 220 hi\n...\n")));
        QVERIFY(server.listen());
        ServerSettings s = fakeSettings(Protocol::Smtp, server, Security::Tls);
        s.pinnedSpki = QByteArray(32, '\x42');
        const CheckResult r = run(s);
        QVERIFY(!r.ok);
        QCOMPARE_ENUM(r.failure, FailureKind::TlsVerification);
        QVERIFY(r.failureMessage.contains(QStringLiteral("pinned")));
    }

    // ---- input validated where the commands are built ---------------------------------------

    void unusableInputIsAUsageErrorNamingTheField_data()
    {
        QTest::addColumn<QString>("field");   // what the message must name
        QTest::addColumn<QString>("step");    // the step that refuses it
        QTest::addColumn<QString>("helo");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QStringList>("to");
        QTest::addColumn<QString>("user");
        const QString ok = QStringLiteral("a@example.test");
        const QStringList okTo{QStringLiteral("b@example.test")};
        QTest::newRow("CR LF in the sender") << QStringLiteral("sender address") << QStringLiteral("mail_from")
                                             << QString() << QStringLiteral("a@example.test>\r\nRSET\r\nMAIL FROM:<x@y.test")
                                             << okTo << QString();
        QTest::newRow("angle bracket in a recipient")
            << QStringLiteral("recipient address") << QStringLiteral("rcpt_to") << QString() << ok
            << QStringList{QStringLiteral("b@example.test> NOTIFY=NEVER")} << QString();
        QTest::newRow("LF in the EHLO name") << QStringLiteral("EHLO name") << QStringLiteral("ehlo")
                                             << QStringLiteral("client.example.test\nRSET") << QString() << QStringList()
                                             << QString();
        QTest::newRow("CR LF in the user name") << QStringLiteral("user name") << QStringLiteral("auth") << QString()
                                                << QString() << QStringList() << QStringLiteral("alice\r\nQUIT");
        QTest::newRow("not an address") << QStringLiteral("recipient address") << QStringLiteral("rcpt_to") << QString()
                                        << ok << QStringList{QStringLiteral("bob")} << QString();
    }

    void unusableInputIsAUsageErrorNamingTheField()
    {
        // What a GUI field could hold reaches the core without the CLI's checks: the core refuses
        // it before it goes on the wire, and says which field it is.
        QFETCH(QString, field);
        QFETCH(QString, step);
        QFETCH(QString, helo);
        QFETCH(QString, from);
        QFETCH(QStringList, to);
        QFETCH(QString, user);
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("@implicit-tls\nS: 220 mail.example.test ESMTP\nC: EHLO *\n"
                                                   "S: 250-mail.example.test\nS: 250-AUTH PLAIN\nS: 250 SIZE 1000\n"
                                                   "C: MAIL FROM:<a@example.test>\nS: 250 2.1.0 Ok\n...\n")));
        QVERIFY(server.listen());
        ServerSettings s = fakeSettings(Protocol::Smtp, server, Security::Tls);
        if (!helo.isEmpty())
            s.heloName = helo;
        s.from = from;
        s.to = to;
        if (!user.isEmpty()) {
            s.user = user;
            s.password = QStringLiteral("s3cret-pass");
        }
        const CheckResult r = run(s);
        QVERIFY(!r.ok);
        QCOMPARE_ENUM(r.failure, FailureKind::Usage);
        QCOMPARE(r.failedStep, step);
        QVERIFY2(r.failureMessage.contains(field), qPrintable(r.failureMessage));
        QVERIFY(!r.failureMessage.contains(QLatin1Char('\n')) && !r.failureMessage.contains(QLatin1Char('\r')));
        QCOMPARE(r.findings.first().code, QStringLiteral("check.usage"));
        QTRY_VERIFY(server.isFinished());
        // Nothing injected reached the server: the offending command was never sent.
        for (const QByteArray &line : server.receivedTexts()) {
            QVERIFY2(!line.startsWith("RSET") && !line.startsWith("QUIT") && !line.contains("NOTIFY")
                         && !line.startsWith("RCPT") && !line.startsWith("AUTH"),
                     line.constData());
        }
        QVERIFY(!server.receivedBytes().contains("x@y.test"));
    }

    void unusableHostIsAUsageError()
    {
        ServerSettings s;
        s.host = QStringLiteral("mail.example.test\r\nX");
        s.port = 587;
        const CheckResult r = run(s);
        QCOMPARE_ENUM(r.failure, FailureKind::Usage);
        QVERIFY2(r.failureMessage.contains(QStringLiteral("host name")) && r.failureMessage.contains(QStringLiteral("\\r\\n")),
                 qPrintable(r.failureMessage));
    }
};

QTEST_GUILESS_MAIN(TestSmtpScenarios)
#include "tst_smtp_scenarios.moc"
