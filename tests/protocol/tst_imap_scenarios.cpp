// The IMAP check against scripted servers: the dialogues in tests/scenarios/imap and inline ones.
#include "ProtocolSupport.h"

#include "imap/ImapCheck.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace md;
using namespace md::test;

namespace {

const QString kUser = QStringLiteral("alice");
const QString kPassword = QStringLiteral("s3cret-pass");

/// PLAIN's initial response for kUser / kPassword, base64 as on the wire.
QByteArray plainResponse()
{
    return QByteArray("\0alice\0s3cret-pass", 18).toBase64();
}

}  // namespace

class TestImapScenarios : public QObject
{
    Q_OBJECT

    static ServerSettings settings(const FakeServer &server, Security security, bool withUser = true)
    {
        ServerSettings s = fakeSettings(Protocol::Imap, server, security);
        if (withUser) {
            s.user = kUser;
            s.password = kPassword;
        }
        return s;
    }
    static CheckResult run(ServerSettings settings)
    {
        ImapCheck check(std::move(settings));
        return runToEnd(check);
    }
    /// A scenario file with a directive put in front (directives must precede the steps).
    static bool loadWith(FakeServer &server, const QString &directive, const QString &file)
    {
        QFile f(Scenario::scenarioPath(file));
        if (!f.open(QIODevice::ReadOnly))
            return false;
        return server.addScenario(Scenario::fromString(directive + QLatin1Char('\n') + QString::fromUtf8(f.readAll()), file));
    }
    static bool anyLineStartsWith(const FakeServer &server, const QByteArray &prefix)
    {
        for (const QByteArray &line : server.receivedTexts()) {
            const qsizetype space = line.indexOf(' ');  // after the tag
            if (space >= 0 && line.mid(space + 1).startsWith(prefix))
                return true;
        }
        return false;
    }
    /// The password never shows in the transcript, neither as such nor base64-encoded.
    static bool transcriptLeaksSecret(const CheckResult &r)
    {
        const QString b64 = QString::fromLatin1(plainResponse());
        for (const TranscriptEvent &e : r.transcript) {
            if (e.text.contains(kPassword) || e.text.contains(b64))
                return true;
        }
        return false;
    }
    /// Plays `script` (implicit TLS) to a check that logs in with the LOGIN command.
    static CheckResult runLogin(FakeServer &server, const QString &script, const QString &user, const QString &password)
    {
        if (!server.loadScenario(script) || !server.listen())
            return {};
        ServerSettings s = settings(server, Security::Tls);
        s.user = user;
        s.password = password;
        s.authMechanism = QStringLiteral("login");
        return run(s);
    }
    static bool serverDone(const FakeServer &server)
    {
        return QTest::qWaitFor([&server] { return server.isFinished(); }, 10000);
    }

private Q_SLOTS:
    // ---- happy paths ----------------------------------------------------------------------

    void happyStartTlsSaslIr()
    {
        FakeServer server;
        QVERIFY(server.loadScenarioFile(QStringLiteral("imap/ok-starttls-sasl-ir.txt")));
        QVERIFY(server.listen());
        const CheckResult r = run(settings(server, Security::StartTls));
        QVERIFY2(r.ok, qPrintable(r.failureMessage));
        QVERIFY(serverDone(server));
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
        QVERIFY(r.tls && r.tls->verified);

        // SASL-IR: the initial response on the AUTHENTICATE line, inside TLS.
        bool sawAuth = false;
        for (const ReceivedLine &line : server.receivedLines()) {
            if (line.text.startsWith("a3 ")) {
                QCOMPARE(line.text, QByteArray("a3 AUTHENTICATE PLAIN " + plainResponse()));
                QVERIFY(line.encrypted);
                sawAuth = true;
            }
        }
        QVERIFY(sawAuth);
        QVERIFY(!transcriptLeaksSecret(r));
        QCOMPARE(r.step(QStringLiteral("auth"))->detail.contains(QStringLiteral("PLAIN")), true);
        // Typed facts: what the diagnoser and views read instead of transcript lines.
        QCOMPARE(r.facts.mechanism, QStringLiteral("PLAIN"));
        QVERIFY2(r.facts.banner.startsWith(QStringLiteral("* OK ")), qPrintable(r.facts.banner));
        QVERIFY(!r.facts.preauth);

        // Capabilities: the greeting's (before TLS) and the ones asked for inside TLS, then
        // replaced by the post-login [CAPABILITY] code.
        QCOMPARE(r.capabilitiesBeforeTls,
                 QStringList({QStringLiteral("IMAP4REV1"), QStringLiteral("STARTTLS"), QStringLiteral("LOGINDISABLED")}));
        QCOMPARE(r.capabilitiesAfterTls,
                 QStringList({QStringLiteral("IMAP4REV1"), QStringLiteral("SPECIAL-USE"), QStringLiteral("ID")}));

        // LIST: every folder, special use (RFC 6154), the modified UTF-7 name decoded.
        QCOMPARE(r.protocolFacts.value(QStringLiteral("folder_count")).toInt(), 5);
        const QJsonObject special = r.protocolFacts.value(QStringLiteral("special_use")).toObject();
        QCOMPARE(special.value(QStringLiteral("sent")).toString(), QStringLiteral("Sent Items"));
        QCOMPARE(special.value(QStringLiteral("trash")).toString(), QStringLiteral("Trash"));
        QCOMPARE(special.value(QStringLiteral("drafts")).toString(), QStringLiteral("Entwürfe"));
        QVERIFY(!special.contains(QStringLiteral("junk")));
        QStringList names;
        for (const QJsonValue &v : r.protocolFacts.value(QStringLiteral("folders")).toArray())
            names << v.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(names, QStringList({QStringLiteral("INBOX"), QStringLiteral("Sent Items"), QStringLiteral("Trash"),
                                     QStringLiteral("Entwürfe"), QStringLiteral("Archive")}));

        // EXAMINE: counted, read-only.
        const QJsonObject inbox = r.protocolFacts.value(QStringLiteral("inbox")).toObject();
        QCOMPARE(inbox.value(QStringLiteral("exists")).toInteger(), 17);
        QCOMPARE(inbox.value(QStringLiteral("uidvalidity")).toInteger(), 1700000000);
        QCOMPARE_ENUM(r.step(QStringLiteral("examine"))->status, Step::Status::Ok);
        QCOMPARE(r.step(QStringLiteral("examine"))->responseCode, QStringLiteral("READ-ONLY"));
        QVERIFY(!server.receivedTexts().contains("a5 SELECT INBOX"));
        QCOMPARE_ENUM(r.step(QStringLiteral("logout"))->status, Step::Status::Ok);
        QVERIFY(r.findings.isEmpty() || r.findings.first().severity != Finding::Severity::Error);
    }

    void happyStartTlsWithoutSaslIr()
    {
        FakeServer server;
        QVERIFY(server.loadScenarioFile(QStringLiteral("imap/ok-starttls-continuation.txt")));
        QVERIFY(server.listen());
        const CheckResult r = run(settings(server, Security::StartTls));
        QVERIFY2(r.ok, qPrintable(r.failureMessage));
        QVERIFY(serverDone(server));
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
        // The mechanism alone, then the initial response on its own line after "+ ".
        const QList<QByteArray> texts = server.receivedTexts();
        const qsizetype at = texts.indexOf("a4 AUTHENTICATE PLAIN");
        QVERIFY(at >= 0);
        QCOMPARE(texts.value(at + 1), plainResponse());
        QVERIFY(!transcriptLeaksSecret(r));
        QCOMPARE(r.protocolFacts.value(QStringLiteral("inbox")).toObject().value(QStringLiteral("exists")).toInteger(), 3);
    }

    void happyStartTlsLoginAndLogoutClose()
    {
        FakeServer server;
        QVERIFY(server.loadScenarioFile(QStringLiteral("imap/ok-starttls-login.txt")));
        QVERIFY(server.listen());
        ServerSettings s = settings(server, Security::StartTls);
        s.authMechanism = QStringLiteral("login");
        const CheckResult r = run(s);
        QVERIFY2(r.ok, qPrintable(r.failureMessage));
        QVERIFY(serverDone(server));
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
        // LOGIN went out inside TLS, and the transcript masks the password.
        for (const ReceivedLine &line : server.receivedLines()) {
            if (line.text.startsWith("a3 LOGIN"))
                QVERIFY(line.encrypted);
        }
        QVERIFY(!transcriptLeaksSecret(r));
        bool sawMaskedLogin = false;
        for (const TranscriptEvent &e : r.transcript) {
            if (e.kind == TranscriptEvent::Kind::Sent && e.text.startsWith(QStringLiteral("a3 LOGIN \"alice\" ")))
                sawMaskedLogin = e.encrypted;
        }
        QVERIFY(sawMaskedLogin);
        QVERIFY(r.step(QStringLiteral("login")));
        QCOMPARE(r.facts.mechanism, QStringLiteral("LOGIN"));
        // A folder name sent as a literal.
        QStringList names;
        for (const QJsonValue &v : r.protocolFacts.value(QStringLiteral("folders")).toArray())
            names << v.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(names, QStringList({QStringLiteral("INBOX"), QStringLiteral("Gesendet")}));
        QCOMPARE(r.protocolFacts.value(QStringLiteral("inbox")).toObject().value(QStringLiteral("exists")).toInteger(), 0);
        // The server closed after BYE without a tagged OK: still a clean end.
        QCOMPARE_ENUM(r.step(QStringLiteral("logout"))->status, Step::Status::Ok);
        QCOMPARE_ENUM(r.failure, FailureKind::None);
    }

    // ---- greetings ------------------------------------------------------------------------

    void preauthOnImplicitTlsSkipsAuth()
    {
        FakeServer server;
        QVERIFY(server.loadScenarioFile(QStringLiteral("imap/preauth.txt")));
        QVERIFY(server.listen());
        const CheckResult r = run(settings(server, Security::Tls));
        QVERIFY2(r.ok, qPrintable(r.failureMessage));
        QVERIFY(serverDone(server));
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
        QVERIFY(r.step(QStringLiteral("auth")));
        QCOMPARE_ENUM(r.step(QStringLiteral("auth"))->status, Step::Status::Skipped);
        QVERIFY(r.facts.preauth);
        QVERIFY(r.facts.mechanism.isEmpty());
        QVERIFY(!anyLineStartsWith(server, "LOGIN"));
        QVERIFY(!anyLineStartsWith(server, "AUTHENTICATE"));
        QVERIFY(!anyLineStartsWith(server, "CAPABILITY"));  // the greeting carried them
        QCOMPARE(r.protocolFacts.value(QStringLiteral("inbox")).toObject().value(QStringLiteral("exists")).toInteger(), 2);
    }

    void preauthOnStartTlsFails()
    {
        FakeServer server;
        QVERIFY(server.loadScenarioFile(QStringLiteral("imap/preauth-starttls.txt")));
        QVERIFY(server.listen());
        const CheckResult r = run(settings(server, Security::StartTls));
        QVERIFY(!r.ok);
        QCOMPARE_ENUM(r.failure, FailureKind::PreauthUnencrypted);
        QCOMPARE(r.failedStep, QStringLiteral("greeting"));
        QVERIFY(!r.findings.isEmpty());
        QVERIFY(serverDone(server));
        // Nothing at all was sent: no STARTTLS (ruled out), no credentials, no LIST.
        QVERIFY2(server.receivedBytes().isEmpty(), server.receivedBytes().constData());
        QVERIFY(!r.tls);
    }

    void byeGreetingIsQuoted()
    {
        FakeServer server;
        QVERIFY(server.loadScenarioFile(QStringLiteral("imap/bye-greeting.txt")));
        QVERIFY(server.listen());
        const CheckResult r = run(settings(server, Security::StartTls));
        QVERIFY(!r.ok);
        QCOMPARE_ENUM(r.failure, FailureKind::Rejected);
        QCOMPARE(r.failedStep, QStringLiteral("greeting"));
        QVERIFY2(r.failureMessage.contains(QStringLiteral("Too many connections from your address")),
                 qPrintable(r.failureMessage));
        QCOMPARE(r.step(QStringLiteral("greeting"))->serverText,
                 QStringLiteral("Too many connections from your address, try again later"));
        QVERIFY(!r.findings.isEmpty());
        QVERIFY(serverDone(server));
        QVERIFY(server.receivedBytes().isEmpty());
    }

    void notAGreetingIsAProtocolError()
    {
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("S: 220 mail.example.test ESMTP\n...\n")));
        QVERIFY(server.listen());
        const CheckResult r = run(settings(server, Security::StartTls));
        QVERIFY(!r.ok);
        QCOMPARE_ENUM(r.failure, FailureKind::ProtocolError);
        QCOMPARE(r.failedStep, QStringLiteral("greeting"));
    }

    // ---- LOGINDISABLED --------------------------------------------------------------------

    void loginDisabledRefusesLogin_data()
    {
        QTest::addColumn<int>("security");
        QTest::newRow("plain, consent given") << int(Security::None);
        QTest::newRow("implicit TLS") << int(Security::Tls);
    }

    void loginDisabledRefusesLogin()
    {
        QFETCH(int, security);
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("%1S: * OK [CAPABILITY IMAP4rev1 LOGINDISABLED AUTH=PLAIN] ready\n...\n")
                                        .arg(Security(security) == Security::Tls ? QStringLiteral("@implicit-tls\n")
                                                                                 : QString())));
        QVERIFY(server.listen());
        ServerSettings s = settings(server, Security(security));
        s.authMechanism = QStringLiteral("login");
        s.allowPlaintextAuth = true;
        const CheckResult r = run(s);
        QVERIFY(!r.ok);
        QCOMPARE_ENUM(r.failure, FailureKind::AuthUnavailable);
        QCOMPARE(r.failedStep, QStringLiteral("login"));
        QVERIFY2(r.failureMessage.contains(QStringLiteral("LOGINDISABLED")), qPrintable(r.failureMessage));
        QVERIFY(!r.findings.isEmpty());
        QVERIFY(serverDone(server));
        QVERIFY(!anyLineStartsWith(server, "LOGIN"));
        QVERIFY(!anyLineStartsWith(server, "AUTHENTICATE"));
        QVERIFY(!server.receivedBytes().contains(kPassword.toUtf8()));
    }

    void loginDisabledAutoUsesAuthenticate()
    {
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral(
            "@implicit-tls\n"
            "S: * OK [CAPABILITY IMAP4rev1 LOGINDISABLED AUTH=PLAIN] ready\n"
            "C: a1 AUTHENTICATE PLAIN\n"
            "S! + \\r\\n\n"
            "C: *\n"
            "S: a1 OK Logged in\n"
            "C: a2 LIST \"\" \"*\"\n"
            "S: a2 OK done\n"
            "C: a3 EXAMINE INBOX\n"
            "S: * 1 EXISTS\n"
            "S: a3 OK done\n"
            "C: a4 LOGOUT\n"
            "S: * BYE bye\n"
            "S: a4 OK done\n")));
        QVERIFY(server.listen());
        const CheckResult r = run(settings(server, Security::Tls));
        QVERIFY2(r.ok, qPrintable(r.failureMessage));
        QVERIFY(serverDone(server));
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
        QVERIFY(!anyLineStartsWith(server, "LOGIN"));
        QVERIFY(r.step(QStringLiteral("auth")));
        QVERIFY(!r.step(QStringLiteral("login")));
    }

    // ---- STARTTLS ---------------------------------------------------------------------------

    void untaggedBeforeStartTlsOkIsDiscarded_data()
    {
        QTest::addColumn<bool>("sameSegment");
        QTest::newRow("separate segments") << false;
        QTest::newRow("same segment, before the OK") << true;
    }

    void untaggedBeforeStartTlsOkIsDiscarded()
    {
        QFETCH(bool, sameSegment);
        QFile f(Scenario::scenarioPath(QStringLiteral("imap/starttls-untagged-before-ok.txt")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString script = QString::fromUtf8(f.readAll());
        if (sameSegment)
            script.remove(QStringLiteral("W: 50\n"));
        FakeServer server;
        QVERIFY(server.loadScenario(script));
        QVERIFY(server.listen());
        const CheckResult r = run(settings(server, Security::StartTls));
        // Untagged data before the tagged OK is legal: no injection, the check goes on ...
        QVERIFY2(r.ok, qPrintable(r.failureMessage));
        QVERIFY(serverDone(server));
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
        // ... but nothing of it is used: no SASL-IR (the plaintext caps claimed it), no
        // capability from it recorded, no message count from the plaintext "99 EXISTS".
        QVERIFY(server.receivedTexts().contains("a4 AUTHENTICATE PLAIN"));
        QCOMPARE(r.capabilitiesBeforeTls,
                 QStringList({QStringLiteral("IMAP4REV1"), QStringLiteral("STARTTLS"), QStringLiteral("LOGINDISABLED")}));
        QCOMPARE(r.capabilitiesAfterTls, QStringList({QStringLiteral("IMAP4REV1"), QStringLiteral("AUTH=PLAIN")}));
        const QJsonObject inbox = r.protocolFacts.value(QStringLiteral("inbox")).toObject();
        QVERIFY(inbox.value(QStringLiteral("exists")).isNull());
        QCOMPARE_ENUM(r.step(QStringLiteral("examine"))->status, Step::Status::Warning);
    }

    void startTlsInjectionAborts()
    {
        FakeServer server;
        QVERIFY(server.loadScenarioFile(QStringLiteral("imap/starttls-injection.txt")));
        QVERIFY(server.listen());
        const CheckResult r = run(settings(server, Security::StartTls));
        QVERIFY(!r.ok);
        QCOMPARE_ENUM(r.failure, FailureKind::StartTlsInjection);
        QCOMPARE(r.failedStep, QStringLiteral("starttls"));
        QVERIFY(!r.findings.isEmpty());
        QVERIFY(serverDone(server));
        QVERIFY(linesAfter(server, "a1 STARTTLS").isEmpty());
        QVERIFY(!server.isEncrypted());
        QVERIFY(!server.receivedBytes().contains("AUTHENTICATE"));
        QVERIFY(!server.receivedBytes().contains("LOGIN "));
        QVERIFY(r.capabilitiesAfterTls.isEmpty());
    }

    // ---- framing and bounds -----------------------------------------------------------------

    void droppedMidLiteral()
    {
        FakeServer server;
        QVERIFY(server.loadScenarioFile(QStringLiteral("imap/drop-mid-literal.txt")));
        QVERIFY(server.listen());
        const CheckResult r = run(settings(server, Security::Tls));
        QVERIFY(!r.ok);
        QCOMPARE_ENUM(r.failure, FailureKind::Closed);
        QCOMPARE(r.failedStep, QStringLiteral("list"));
        QVERIFY(!r.protocolFacts.contains(QStringLiteral("folders")));
        // The half-received response never reached the transcript as a line.
        for (const TranscriptEvent &e : r.transcript)
            QVERIFY(!(e.kind == TranscriptEvent::Kind::Received && e.text.contains(QStringLiteral("{10}"))));
        QVERIFY(serverDone(server));
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
    }

    void oversizedLiteralIsAProtocolError()
    {
        FakeServer server;
        QVERIFY(server.loadScenarioFile(QStringLiteral("imap/literal-too-large.txt")));
        QVERIFY(server.listen());
        const CheckResult r = run(settings(server, Security::Tls));
        QVERIFY(!r.ok);
        QCOMPARE_ENUM(r.failure, FailureKind::ProtocolError);
        QCOMPARE(r.failedStep, QStringLiteral("list"));
        QVERIFY2(r.failureMessage.contains(QStringLiteral("literal")), qPrintable(r.failureMessage));
        QVERIFY(!r.findings.isEmpty());
        QVERIFY(serverDone(server));
        // It stopped at once: no further command after LIST.
        QVERIFY(linesAfter(server, "a1 LIST").isEmpty());
    }

    void tagMismatchIsAProtocolError()
    {
        FakeServer server;
        QVERIFY(server.loadScenarioFile(QStringLiteral("imap/tag-mismatch.txt")));
        QVERIFY(server.listen());
        const CheckResult r = run(settings(server, Security::Tls));
        QVERIFY(!r.ok);
        QCOMPARE_ENUM(r.failure, FailureKind::ProtocolError);
        QCOMPARE(r.failedStep, QStringLiteral("list"));
        QVERIFY2(r.failureMessage.contains(QStringLiteral("a9")) && r.failureMessage.contains(QStringLiteral("a1")),
                 qPrintable(r.failureMessage));
        QVERIFY(serverDone(server));
        QVERIFY(linesAfter(server, "a1 LIST").isEmpty());
    }

    void authenticationFailedIsRejected()
    {
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral(
            "@implicit-tls\n"
            "S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready\n"
            "C: a1 AUTHENTICATE PLAIN *\n"
            "S: a1 NO [AUTHENTICATIONFAILED] Authentication failed.\n"
            "...\n")));
        QVERIFY(server.listen());
        const CheckResult r = run(settings(server, Security::Tls));
        QVERIFY(!r.ok);
        QCOMPARE_ENUM(r.failure, FailureKind::Rejected);
        QCOMPARE(r.failedStep, QStringLiteral("auth"));
        QCOMPARE(r.step(QStringLiteral("auth"))->responseCode, QStringLiteral("AUTHENTICATIONFAILED"));
        QVERIFY(!transcriptLeaksSecret(r));
    }

    void echoedCredentialsAreMasked_data()
    {
        QTest::addColumn<QString>("auth");
        QTest::addColumn<QString>("script");
        QTest::newRow("AUTHENTICATE echoed") << QStringLiteral("plain") << QStringLiteral(
            "@implicit-tls\n"
            "S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready\n"
            "C: a1 AUTHENTICATE PLAIN *\n"
            "S: a1 BAD Unknown command: AUTHENTICATE PLAIN %1\n...\n").arg(QString::fromLatin1(plainResponse()));
        QTest::newRow("LOGIN echoed") << QStringLiteral("login") << QStringLiteral(
            "@implicit-tls\n"
            "S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\n"
            "C: a1 LOGIN *\n"
            "S: a1 NO Bad arguments: \"alice\" \"s3cret-pass\"\n...\n");
        QTest::newRow("truncated echo") << QStringLiteral("plain") << QStringLiteral(
            "@implicit-tls\n"
            "S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready\n"
            "C: a1 AUTHENTICATE PLAIN *\n"
            "S: a1 BAD Line too long: AUTHENTICATE PLAIN %1...\n...\n").arg(QString::fromLatin1(plainResponse().left(16)));
    }

    void echoedCredentialsAreMasked()
    {
        // A server that repeats our command back must not put the secret into the result.
        QFETCH(QString, auth);
        QFETCH(QString, script);
        FakeServer server;
        QVERIFY(server.loadScenario(script));
        QVERIFY(server.listen());
        ServerSettings s = settings(server, Security::Tls);
        s.authMechanism = auth;
        const CheckResult r = run(s);
        QVERIFY(!r.ok);
        const QByteArray prefix = plainResponse().left(16);
        QVERIFY(!transcriptLeaksSecret(r));
        for (const TranscriptEvent &e : r.transcript)
            QVERIFY2(!e.text.contains(QString::fromLatin1(prefix)), qPrintable(e.text));
        QVERIFY2(!r.failureMessage.contains(kPassword) && !r.failureMessage.contains(QString::fromLatin1(prefix)),
                 qPrintable(r.failureMessage));
        for (const Step &step : r.steps)
            QVERIFY(!step.serverText.contains(kPassword) && !step.serverText.contains(QString::fromLatin1(prefix)));
        for (const Finding &f : r.findings)
            QVERIFY(!f.detail.contains(kPassword) && !f.detail.contains(QString::fromLatin1(prefix)));
    }

    // ---- LOGIN with real passwords (RFC 9051 §4.3, §6.2.3; RFC 7888) -----------------------

    void loginSendsLiteralsWhenQuotingCannot_data()
    {
        // A password with spaces, quotes, a backslash and non-ASCII letters, raw UTF-8.
        const QString password = QStringLiteral("Gr8 \"p\u00e4ss\" \\x!");
        const QByteArray pw = password.toUtf8();
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("capabilities");
        QTest::addColumn<QList<QByteArray>>("wire");  // exactly what the server must read
        QTest::addColumn<QList<bool>>("continuation");  // the server sends "+" after this line
        QTest::newRow("synchronizing literal, waits for +")
            << kUser << password << QStringLiteral("IMAP4rev1")
            << QList<QByteArray>{"a1 LOGIN \"alice\" {" + QByteArray::number(pw.size()) + "}", pw}
            << QList<bool>{true, false};
        QTest::newRow("LITERAL+: no wait")
            << kUser << password << QStringLiteral("IMAP4rev1 LITERAL+")
            << QList<QByteArray>{"a1 LOGIN \"alice\" {" + QByteArray::number(pw.size()) + "+}", pw}
            << QList<bool>{false, false};
        QTest::newRow("LITERAL-: no wait up to 4096 bytes")
            << kUser << password << QStringLiteral("IMAP4rev1 LITERAL-")
            << QList<QByteArray>{"a1 LOGIN \"alice\" {" + QByteArray::number(pw.size()) + "+}", pw}
            << QList<bool>{false, false};
        const QString longPassword = QStringLiteral("\u00e4").repeated(2100);  // 4200 bytes
        QTest::newRow("LITERAL-: longer than 4096 bytes synchronizes")
            << kUser << longPassword << QStringLiteral("IMAP4rev1 LITERAL-")
            << QList<QByteArray>{"a1 LOGIN \"alice\" {4200}", longPassword.toUtf8()} << QList<bool>{true, false};
        QTest::newRow("quotes and backslash quoted")
            << kUser << QStringLiteral("Gr8 \"pass\" \\x!") << QStringLiteral("IMAP4rev1")
            << QList<QByteArray>{"a1 LOGIN \"alice\" \"Gr8 \\\"pass\\\" \\\\x!\""} << QList<bool>{false};
        QTest::newRow("non-ASCII user and password, two literals")
            << QStringLiteral("j\u00f6rg") << password << QStringLiteral("IMAP4rev1")
            << QList<QByteArray>{"a1 LOGIN {5}", "j\xc3\xb6rg {" + QByteArray::number(pw.size()) + "}", pw}
            << QList<bool>{true, true, false};
    }

    void loginSendsLiteralsWhenQuotingCannot()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, capabilities);
        QFETCH(QList<QByteArray>, wire);
        QFETCH(QList<bool>, continuation);
        QString script = QStringLiteral("@implicit-tls\nS: * OK [CAPABILITY %1] ready\n").arg(capabilities);
        for (qsizetype i = 0; i < wire.size(); ++i) {
            // C: lines are globs: escape nothing, the texts hold no '*'.
            script += QStringLiteral("C: %1\n").arg(QString::fromUtf8(wire.at(i)));
            if (continuation.at(i))
                script += QStringLiteral("S: + Ready for literal data\n");
        }
        script += QStringLiteral("S: a1 OK Logged in\nC: a2 LIST \"\" \"*\"\nS: a2 OK done\n"
                                 "C: a3 EXAMINE INBOX\nS: * 0 EXISTS\nS: a3 OK done\nC: a4 LOGOUT\nS: a4 OK bye\n");
        FakeServer server;
        const CheckResult r = runLogin(server, script, user, password);
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QTRY_VERIFY(server.isFinished());
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
        QCOMPARE(server.receivedTexts().mid(0, wire.size()), wire);
        // The transcript masks the password, quoted or literal, and its literal's size.
        const QByteArray pw = password.toUtf8();
        for (const TranscriptEvent &e : r.transcript) {
            QVERIFY2(!e.text.contains(password), qPrintable(e.text));
            if (e.kind == TranscriptEvent::Kind::Sent && e.text.startsWith(QStringLiteral("a1 LOGIN")))
                QVERIFY2(!e.text.contains(QString::number(pw.size())), qPrintable(e.text));
        }
        QVERIFY(r.step(QStringLiteral("login")));
        QCOMPARE_ENUM(r.step(QStringLiteral("login"))->status, Step::Status::Ok);
    }

    void refusedLiteralIsNeverSent()
    {
        // The server answers the literal announcement with a tagged NO instead of "+": the
        // password must not follow. (A client that did not wait would have sent it together
        // with the first line, before the server's answer.)
        const QString password = QStringLiteral("p\u00e4ssw\u00f6rd-secret");
        FakeServer server;
        const CheckResult r = runLogin(server,
                                       QStringLiteral("@implicit-tls\n"
                                                      "S: * OK [CAPABILITY IMAP4rev1] ready\n"
                                                      "C: a1 LOGIN \"alice\" {%1}\n"
                                                      "S: a1 NO [AUTHENTICATIONFAILED] Literal refused\n"
                                                      "...\n")
                                           .arg(password.toUtf8().size()),
                                       kUser, password);
        QVERIFY(!r.ok);
        QTRY_VERIFY(server.isFinished());
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
        QVERIFY(server.receivedBytes().contains("a1 LOGIN"));
        QVERIFY(!server.receivedBytes().contains(password.toUtf8()));
        QCOMPARE(r.failedStep, QStringLiteral("login"));
    }

    void echoedLiteralPasswordIsMasked()
    {
        // The password went as a literal; a server that repeats it back must not put it into
        // the result either.
        const QString password = QStringLiteral("Gr8 \"p\u00e4ss\" \\x!");
        FakeServer server;
        const CheckResult r = runLogin(server,
                                       QStringLiteral("@implicit-tls\n"
                                                      "S: * OK [CAPABILITY IMAP4rev1 LITERAL+] ready\n"
                                                      "C: a1 LOGIN \"alice\" {%1+}\n"
                                                      "C: *\n"
                                                      "S: a1 NO Bad arguments: alice %2\n"
                                                      "...\n")
                                           .arg(password.toUtf8().size())
                                           .arg(password),
                                       kUser, password);
        QVERIFY(!r.ok);
        QTRY_VERIFY(server.isFinished());
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
        QVERIFY(server.receivedBytes().contains(password.toUtf8()));  // it did go out, as a literal
        bool sawEcho = false;
        for (const TranscriptEvent &e : r.transcript) {
            QVERIFY2(!e.text.contains(password), qPrintable(e.text));
            sawEcho = sawEcho || e.text.contains(QStringLiteral("Bad arguments: alice ") + sasl::mask());
        }
        QVERIFY(sawEcho);
        QVERIFY(!r.failureMessage.contains(password));
        for (const Step &step : r.steps)
            QVERIFY(!step.serverText.contains(password) && !step.detail.contains(password));
        for (const Finding &f : r.findings)
            QVERIFY(!f.detail.contains(password));
    }

    void loginCannotCarryLineBreaksOrNul_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("field");
        QTest::newRow("LF in password") << kUser << QStringLiteral("pass\nword") << QStringLiteral("password");
        QTest::newRow("CR in password") << kUser << QStringLiteral("pass\rword") << QStringLiteral("password");
        QTest::newRow("NUL in password") << kUser << QString(QStringLiteral("pass") + QChar(0) + QStringLiteral("w"))
                                         << QStringLiteral("password");
        QTest::newRow("CR LF in user") << QStringLiteral("alice\r\na2 DELETE INBOX") << kPassword
                                       << QStringLiteral("user name");
    }

    void loginCannotCarryLineBreaksOrNul()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, field);
        FakeServer server;
        const CheckResult r = runLogin(
            server, QStringLiteral("@implicit-tls\nS: * OK [CAPABILITY IMAP4rev1 LITERAL+] ready\n...\n"), user, password);
        QVERIFY(!r.ok);
        QCOMPARE_ENUM(r.failure, FailureKind::Usage);
        QVERIFY2(r.failureMessage.contains(field, Qt::CaseInsensitive), qPrintable(r.failureMessage));
        QVERIFY(!r.findings.isEmpty());
        QCOMPARE(r.findings.first().code, QStringLiteral("check.usage"));
        QVERIFY(!findCode(r.findings, QStringLiteral("auth.mechanism_unavailable")));
        QTRY_VERIFY(server.isFinished());
        QVERIFY(!server.receivedBytes().contains("LOGIN"));
        QVERIFY(!server.receivedBytes().contains("DELETE"));
    }

    void autoUsesLoginWhenOnlyTokenMechanismsAreOffered()
    {
        // A password and AUTH=XOAUTH2 alone: the LOGIN command still works, AUTHENTICATE cannot.
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral(
            "@implicit-tls\n"
            "S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=XOAUTH2] ready\n"
            "C: a1 LOGIN \"alice\" \"s3cret-pass\"\n"
            "S: a1 OK Logged in\n"
            "C: a2 LIST \"\" \"*\"\n"
            "S: a2 OK done\n"
            "C: a3 EXAMINE INBOX\n"
            "S: * 0 EXISTS\n"
            "S: a3 OK done\n"
            "C: a4 LOGOUT\n"
            "S: a4 OK bye\n")));
        QVERIFY(server.listen());
        const CheckResult r = run(settings(server, Security::Tls));
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QVERIFY(r.step(QStringLiteral("login")));
        QTRY_VERIFY(server.isFinished());
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
    }
};

QTEST_GUILESS_MAIN(TestImapScenarios)
#include "tst_imap_scenarios.moc"
