// The diagnoser on real IMAP check results: the IMAP check runs in this process against the
// scripted FakeServer, for responses a real server won't give on demand (PREAUTH, LOGINDISABLED
// without TLS, provider texts, response codes). Each row names the finding code, its severity
// and the fix (as maildoctor-cli flags) the situation must produce.
#include "ProtocolSupport.h"

#include "diagnosis/Diagnoser.h"
#include "imap/ImapCheck.h"
#include "transcript/Report.h"

using namespace md;
using namespace md::test;

class TestDiagnosisImap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(!TestPki::dir().isEmpty()); }

    void findings_data()
    {
        QTest::addColumn<QString>("script");  // inline, or "file:NAME" under tests/scenarios/imap
        QTest::addColumn<int>("security");
        QTest::addColumn<QString>("login");   // "" no user, "password", "token"
        QTest::addColumn<bool>("allowPlain");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QString>("flags");
        QTest::addColumn<QString>("mentions");

        const int tls = int(Security::Tls);
        const int starttls = int(Security::StartTls);
        const int none = int(Security::None);
        const QString tlsGreeting =
            QStringLiteral("@implicit-tls\nS: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN AUTH=XOAUTH2] ready\n");
        const QString authPlain = QStringLiteral("C: a1 AUTHENTICATE PLAIN *\n");

        QTest::newRow("imap.preauth")
            << QStringLiteral("file:preauth-starttls.txt") << starttls << QStringLiteral("password") << false
            << QStringLiteral("imap.preauth") << QStringLiteral("error") << QStringLiteral("--port 993 --security tls")
            << QStringLiteral("PREAUTH");
        QTest::newRow("imap.login_disabled")
            << QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready\n...\n") << none
            << QStringLiteral("password") << true << QStringLiteral("imap.login_disabled") << QStringLiteral("error")
            << QStringLiteral("--security starttls") << QStringLiteral("LOGINDISABLED");
        QTest::newRow("imap.greeting_rejected")
            << QStringLiteral("file:bye-greeting.txt") << starttls << QString() << false
            << QStringLiteral("imap.greeting_rejected") << QStringLiteral("error") << QString()
            << QStringLiteral("Too many connections");
        QTest::newRow("auth.failed [AUTHENTICATIONFAILED]")
            << tlsGreeting + authPlain + QStringLiteral("S: a1 NO [AUTHENTICATIONFAILED] Authentication failed.\n...\n")
            << tls << QStringLiteral("password") << false << QStringLiteral("auth.failed") << QStringLiteral("error")
            << QString() << QStringLiteral("[AUTHENTICATIONFAILED] Authentication failed.");
        QTest::newRow("auth.app_password_required (Gmail IMAP)")
            << tlsGreeting + authPlain
                   + QStringLiteral("S: a1 NO [ALERT] Application-specific password required: "
                                    "https://support.google.com/accounts/answer/185833 (Failure)\n...\n")
            << tls << QStringLiteral("password") << false << QStringLiteral("auth.app_password_required")
            << QStringLiteral("error") << QString() << QStringLiteral("185833");
        QTest::newRow("auth.oauth_token_rejected (IMAP)")
            << tlsGreeting
                   + QStringLiteral("C: a1 AUTHENTICATE XOAUTH2 *\nS: + eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVy"
                                    "Iiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==\nC: *\n"
                                    "S: a1 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)\n...\n")
            << tls << QStringLiteral("token") << false << QStringLiteral("auth.oauth_token_rejected")
            << QStringLiteral("error") << QString() << QStringLiteral("\"status\":\"400\"");
        QTest::newRow("auth.tls_required [PRIVACYREQUIRED]")
            << QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 STARTTLS SASL-IR AUTH=PLAIN] ready\n") + authPlain
                   + QStringLiteral("S: a1 NO [PRIVACYREQUIRED] Connection is not secure\n...\n")
            << none << QStringLiteral("password") << true << QStringLiteral("auth.tls_required") << QStringLiteral("error")
            << QStringLiteral("--security starttls") << QStringLiteral("PRIVACYREQUIRED");
        // RFC 2221: a login referral is not a wrong password.
        QTest::newRow("imap.referral")
            << tlsGreeting + authPlain
                   + QStringLiteral("S: a1 NO [REFERRAL imap://alice;AUTH=*@imap2.example.test/] Remote server\n...\n")
            << tls << QStringLiteral("password") << false << QStringLiteral("imap.referral") << QStringLiteral("error")
            << QStringLiteral("--host imap2.example.test") << QStringLiteral("imap2.example.test");
        QTest::newRow("imap.temporary_failure [UNAVAILABLE]")
            << tlsGreeting + authPlain
                   + QStringLiteral("S: a1 NO [UNAVAILABLE] Authentication backend temporarily unavailable\n...\n")
            << tls << QStringLiteral("password") << false << QStringLiteral("imap.temporary_failure")
            << QStringLiteral("error") << QString() << QStringLiteral("UNAVAILABLE");
        QTest::newRow("imap.command_failed (LIST)")
            << tlsGreeting + authPlain
                   + QStringLiteral("S: a1 OK Logged in\nC: a2 LIST \"\" \"*\"\nS: a2 NO [SERVERBUG] Internal error "
                                    "occurred\n...\n")
            << tls << QStringLiteral("password") << false << QStringLiteral("imap.command_failed")
            << QStringLiteral("error") << QString() << QStringLiteral("SERVERBUG");
        QTest::newRow("starttls.not_offered (IMAP)")
            << QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\n...\n") << starttls
            << QStringLiteral("password") << false << QStringLiteral("starttls.not_offered") << QStringLiteral("error")
            << QStringLiteral("--port 993 --security tls") << QStringLiteral("993");
        QTest::newRow("starttls.rejected (IMAP)")
            << QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 STARTTLS] ready\nC: a1 STARTTLS\n"
                              "S: a1 NO [UNAVAILABLE] TLS not available right now\n...\n")
            << starttls << QStringLiteral("password") << false << QStringLiteral("starttls.rejected")
            << QStringLiteral("error") << QStringLiteral("--port 993 --security tls") << QStringLiteral("TLS not available");
        QTest::newRow("starttls.injection (IMAP)")
            << QStringLiteral("file:starttls-injection.txt") << starttls << QStringLiteral("password") << false
            << QStringLiteral("starttls.injection") << QStringLiteral("error")
            << QStringLiteral("--port 993 --security tls") << QStringLiteral("injection");
        QTest::newRow("port.wrong_service (SMTP greeting)")
            << QStringLiteral("S: 220 mail.example.test ESMTP Postfix\n...\n") << starttls << QString() << false
            << QStringLiteral("port.wrong_service") << QStringLiteral("error") << QStringLiteral("--port 143")
            << QStringLiteral("SMTP");
    }

    void findings()
    {
        QFETCH(QString, script);
        QFETCH(int, security);
        QFETCH(QString, login);
        QFETCH(bool, allowPlain);
        QFETCH(QString, code);
        QFETCH(QString, severity);
        QFETCH(QString, flags);
        QFETCH(QString, mentions);

        FakeServer server;
        if (script.startsWith(QLatin1String("file:")))
            QVERIFY(server.loadScenarioFile(QStringLiteral("imap/") + script.mid(5)));
        else
            QVERIFY2(server.loadScenario(script), qPrintable(server.failureReport()));
        QVERIFY(server.listen());
        ServerSettings s = fakeSettings(Protocol::Imap, server, Security(security));
        if (login == QLatin1String("password")) {
            s.user = QStringLiteral("alice");
            s.password = QStringLiteral("s3cret-pass");
        } else if (login == QLatin1String("token")) {
            s.user = QStringLiteral("alice@gmail.com");
            s.token = QStringLiteral("ya29.expired-token");
            s.authMechanism = QStringLiteral("xoauth2");
        }
        s.allowPlaintextAuth = allowPlain;

        ImapCheck check(s);
        const CheckResult r = runToEnd(check);
        QVERIFY2(!r.ok, qPrintable(describe(r)));
        QVERIFY2(!r.findings.isEmpty(), qPrintable(describe(r)));
        const Finding &f = r.findings.first();
        QVERIFY2(f.code == code, qPrintable(describe(r)));
        QCOMPARE(toString(f.severity), severity);
        QCOMPARE(renderFixFlags(f.fix), flags);
        QVERIFY2(f.detail.contains(mentions, Qt::CaseInsensitive), qPrintable(f.detail));
        QVERIFY2(!namesCliFlags(f), qPrintable(f.detail));
        QVERIFY(knownFindingCodes().contains(f.code));
        const QString text = renderSummaryText(r);
        QVERIFY(text.contains(QStringLiteral("(%1)").arg(code)));
        if (!flags.isEmpty())
            QVERIFY2(text.contains(QStringLiteral("Try: ") + flags), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisImap)
#include "tst_diagnosis_imap.moc"
