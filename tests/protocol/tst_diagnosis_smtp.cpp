// The diagnoser on real SMTP check results: the SMTP check runs in this process against the
// scripted FakeServer (provider texts and envelope replies a real server won't give on demand),
// a real OpenSSL server limited to TLS 1.1, and a port-25 forwarder. Each row names the finding
// code, its severity and the fix (as maildoctor-cli flags) the situation must produce.
#include "ProtocolSupport.h"

#include "diagnosis/Diagnoser.h"
#include "smtp/SmtpCheck.h"
#include "transcript/Report.h"

#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

using namespace md;
using namespace md::test;

namespace {

/// A TLS server that speaks nothing newer than TLS 1.1, as old mail servers do: OpenSSL answers
/// a TLS 1.2+ ClientHello with a protocol_version alert.
class OldTlsServer : public QTcpServer
{
public:
    QStringList errors;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            errors << socket->errorString();
            return;
        }
        QString error;
        QSslConfiguration config = TestPki::serverConfiguration(QStringLiteral("server"), &error);
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
        config.setProtocol(QSsl::TlsV1_1);
        QT_WARNING_POP
        socket->setSslConfiguration(config);
        connect(socket, &QSslSocket::errorOccurred, this, [this, socket] { errors << socket->errorString(); });
        socket->startServerEncryption();
    }
};

/// Listens on 127.0.0.1:25 and passes every connection on to `target` (a FakeServer), so that
/// a check configured for port 25 talks to a scripted server.
class PortForwarder : public QTcpServer
{
public:
    explicit PortForwarder(quint16 target) : m_target(target) {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *client = new QTcpSocket(this);
        client->setSocketDescriptor(descriptor);
        auto *upstream = new QTcpSocket(this);
        connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] { upstream->write(client->readAll()); });
        connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
        connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        upstream->connectToHost(QHostAddress::LocalHost, m_target);
    }

private:
    quint16 m_target;
};

}  // namespace

class TestDiagnosisSmtp : public QObject
{
    Q_OBJECT

    /// Runs the SMTP check against `server` with `settings`.
    static CheckResult run(ServerSettings settings)
    {
        SmtpCheck check(std::move(settings));
        return runToEnd(check);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(!TestPki::dir().isEmpty()); }

    // Columns: the script (inline, or "file:NAME" under tests/scenarios/smtp), how the check is
    // configured, and what the first finding must be.
    void findings_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("security");
        QTest::addColumn<QString>("login");     // "" no user, "password", "token"
        QTest::addColumn<QString>("mechanism");
        QTest::addColumn<QString>("envelope");  // "from>to", "from>to!" (send)
        QTest::addColumn<bool>("allowPlain");
        QTest::addColumn<int>("replyMs");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QString>("flags");
        QTest::addColumn<QString>("mentions");  // the finding's detail must contain this

        const int tls = int(Security::Tls);
        const int starttls = int(Security::StartTls);
        const int none = int(Security::None);
        const QString ehloStartTls = QStringLiteral("S: 220 hi\nC: EHLO *\nS: 250-hi\nS: 250-STARTTLS\nS: 250 AUTH PLAIN\n");
        const QString ehloPlain = QStringLiteral("S: 220 mail.example.test ESMTP\nC: EHLO *\nS: 250-mail.example.test\n"
                                                 "S: 250-ENHANCEDSTATUSCODES\nS: 250 AUTH PLAIN LOGIN\n");
        const QString envelope = QStringLiteral("a@example.test>b@elsewhere.test");
        const QString mailFrom = QStringLiteral("C: MAIL FROM:<a@example.test>\n");
        const QString rcptTo = QStringLiteral("S: 250 2.1.0 Ok\nC: RCPT TO:<b@elsewhere.test>\n");
        const QString authOk = QStringLiteral("C: AUTH PLAIN *\nS: 235 2.7.0 Authentication successful\n");

        // STARTTLS
        QTest::newRow("starttls.not_offered")
            << QStringLiteral("file:starttls-not-offered.txt") << starttls << QStringLiteral("password") << QString()
            << QString() << false << 0 << QStringLiteral("starttls.not_offered") << QStringLiteral("error")
            << QStringLiteral("--port 465 --security tls") << QStringLiteral("465");
        QTest::newRow("starttls.rejected")
            << ehloStartTls + QStringLiteral("C: STARTTLS\nS: 454 4.7.0 TLS not available due to temporary reason\n...\n")
            << starttls << QStringLiteral("password") << QString() << QString() << false << 0
            << QStringLiteral("starttls.rejected") << QStringLiteral("error") << QStringLiteral("--port 465 --security tls")
            << QStringLiteral("454 4.7.0 TLS not available");
        QTest::newRow("starttls.injection")
            << QStringLiteral("file:starttls-injection.txt") << starttls << QStringLiteral("password") << QString()
            << QString() << false << 0 << QStringLiteral("starttls.injection") << QStringLiteral("error")
            << QStringLiteral("--port 465 --security tls") << QStringLiteral("injection");

        // Authentication
        QTest::newRow("auth.not_offered (port 25 style MX)")
            << QStringLiteral("file:diag-port25-relay.txt") << none << QStringLiteral("password") << QString()
            << QString() << true << 0 << QStringLiteral("auth.not_offered") << QStringLiteral("error")
            << QStringLiteral("--port 587 --security starttls") << QStringLiteral("587");
        QTest::newRow("auth.not_offered before STARTTLS")
            << QStringLiteral("S: 220 hi\nC: EHLO *\nS: 250-hi\nS: 250 STARTTLS\n...\n") << none
            << QStringLiteral("password") << QString() << QString() << true << 0 << QStringLiteral("auth.not_offered")
            << QStringLiteral("error") << QStringLiteral("--security starttls") << QStringLiteral("STARTTLS");
        QTest::newRow("auth.mechanism_unavailable")
            << QStringLiteral("@implicit-tls\nS: 220 hi\nC: EHLO *\nS: 250-hi\nS: 250 AUTH PLAIN LOGIN\n...\n") << tls
            << QStringLiteral("password") << QStringLiteral("cram-md5") << QString() << false << 0
            << QStringLiteral("auth.mechanism_unavailable") << QStringLiteral("error") << QStringLiteral("--auth plain")
            << QStringLiteral("PLAIN, LOGIN");
        QTest::newRow("auth.mechanism_unavailable (OAuth only)")
            << QStringLiteral("@implicit-tls\nS: 220 hi\nC: EHLO *\nS: 250-hi\nS: 250 AUTH XOAUTH2\n...\n") << tls
            << QStringLiteral("password") << QString() << QString() << false << 0
            << QStringLiteral("auth.mechanism_unavailable") << QStringLiteral("error")
            << QStringLiteral("--auth xoauth2 --token-env VAR") << QStringLiteral("OAuth2");
        QTest::newRow("auth.app_password_required (Gmail 534 5.7.9)")
            << QStringLiteral("file:diag-gmail-app-password.txt") << tls << QStringLiteral("password") << QString()
            << QString() << false << 0 << QStringLiteral("auth.app_password_required") << QStringLiteral("error")
            << QString() << QStringLiteral("Application-specific password required");
        QTest::newRow("auth.basic_auth_disabled (Microsoft 5.7.139)")
            << QStringLiteral("file:diag-microsoft-basic-auth.txt") << starttls << QStringLiteral("password") << QString()
            << QString() << false << 0 << QStringLiteral("auth.basic_auth_disabled") << QStringLiteral("error")
            << QStringLiteral("--auth xoauth2 --token-env VAR") << QStringLiteral("5.7.139");
        QTest::newRow("auth.basic_auth_disabled (Microsoft 5.7.3)")
            << QStringLiteral("@implicit-tls\nS: 220 hi\nC: EHLO *\nS: 250-hi\nS: 250-ENHANCEDSTATUSCODES\n"
                              "S: 250 AUTH PLAIN XOAUTH2\nC: AUTH PLAIN *\nS: 535 5.7.3 Authentication unsuccessful "
                              "[MN2PR05CA0012.namprd05.prod.outlook.com]\n...\n")
            << tls << QStringLiteral("password") << QString() << QString() << false << 0
            << QStringLiteral("auth.basic_auth_disabled") << QStringLiteral("error")
            << QStringLiteral("--auth xoauth2 --token-env VAR") << QStringLiteral("5.7.3");
        QTest::newRow("auth.basic_auth_disabled (tenant SMTP AUTH off)")
            << QStringLiteral("@implicit-tls\nS: 220 hi\nC: EHLO *\nS: 250-hi\nS: 250-ENHANCEDSTATUSCODES\n"
                              "S: 250 AUTH PLAIN XOAUTH2\nC: AUTH PLAIN *\nS: 535 5.7.139 Authentication unsuccessful, "
                              "SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled "
                              "for more information.\n...\n")
            << tls << QStringLiteral("password") << QString() << QString() << false << 0
            << QStringLiteral("auth.basic_auth_disabled") << QStringLiteral("error")
            << QStringLiteral("--auth xoauth2 --token-env VAR") << QStringLiteral("Authenticated SMTP");
        // Issue 8: a STARTTLS demand to AUTH is not a wrong password.
        QTest::newRow("auth.tls_required (530 5.7.0 to AUTH in plaintext)")
            << QStringLiteral("S: 220 mail.example.test ESMTP\nC: EHLO *\nS: 250-mail.example.test\n"
                              "S: 250-STARTTLS\nS: 250-ENHANCEDSTATUSCODES\nS: 250 AUTH PLAIN LOGIN\n"
                              "C: AUTH PLAIN *\nS: 530 5.7.0 Must issue a STARTTLS command first\n...\n")
            << none << QStringLiteral("password") << QString() << QString() << true << 0
            << QStringLiteral("auth.tls_required") << QStringLiteral("error") << QStringLiteral("--security starttls")
            << QStringLiteral("Must issue a STARTTLS command first");
        QTest::newRow("auth.oauth_token_rejected (Gmail JSON challenge)")
            << QStringLiteral("file:diag-gmail-oauth-rejected.txt") << tls << QStringLiteral("token")
            << QStringLiteral("xoauth2") << QString() << false << 0 << QStringLiteral("auth.oauth_token_rejected")
            << QStringLiteral("error") << QString() << QStringLiteral("https://mail.google.com/");
        QTest::newRow("auth.failed")
            << ehloPlain + QStringLiteral("C: AUTH PLAIN *\nS: 535 5.7.8 Error: authentication failed: "
                                          "authentication failure\n...\n")
            << none << QStringLiteral("password") << QString() << QString() << true << 0 << QStringLiteral("auth.failed")
            << QStringLiteral("error") << QString() << QStringLiteral("535 5.7.8 Error: authentication failed");
        QTest::newRow("auth.tls_required (538 at AUTH)")
            << QStringLiteral("S: 220 hi\nC: EHLO *\nS: 250-hi\nS: 250-STARTTLS\nS: 250 AUTH PLAIN\nC: AUTH PLAIN *\n"
                              "S: 538 5.7.11 Encryption required for requested authentication mechanism\n...\n")
            << none << QStringLiteral("password") << QString() << QString() << true << 0
            << QStringLiteral("auth.tls_required") << QStringLiteral("error") << QStringLiteral("--security starttls")
            << QStringLiteral("538 5.7.11");
        QTest::newRow("auth.tls_required (530 STARTTLS first)")
            << QStringLiteral("S: 220 hi\nC: EHLO *\nS: 250-hi\nS: 250 STARTTLS\n") + mailFrom
                   + QStringLiteral("S: 530 5.7.0 Must issue a STARTTLS command first\n...\n")
            << none << QString() << QString() << envelope << false << 0 << QStringLiteral("auth.tls_required")
            << QStringLiteral("error") << QStringLiteral("--security starttls") << QStringLiteral("STARTTLS command first");
        QTest::newRow("auth.required")
            << ehloPlain + mailFrom + QStringLiteral("S: 530 5.7.0 Authentication required\n...\n") << none << QString()
            << QString() << envelope << false << 0 << QStringLiteral("auth.required") << QStringLiteral("error")
            << QString() << QStringLiteral("user name and password");
        QTest::newRow("auth.exchange_failed (unusable token)")
            << QStringLiteral("@implicit-tls\nS: 220 hi\nC: EHLO *\nS: 250-hi\nS: 250 AUTH XOAUTH2\n...\n") << tls
            << QStringLiteral("bad token") << QStringLiteral("xoauth2") << QString() << false << 0
            << QStringLiteral("auth.exchange_failed") << QStringLiteral("error") << QString()
            << QStringLiteral("token");

        // Greeting and EHLO
        QTest::newRow("smtp.ip_blocked (554 block list in the greeting)")
            << QStringLiteral("S: 554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using "
                              "zen.spamhaus.org\n...\n")
            << starttls << QString() << QString() << QString() << false << 0 << QStringLiteral("smtp.ip_blocked")
            << QStringLiteral("error") << QString() << QStringLiteral("zen.spamhaus.org");
        QTest::newRow("smtp.greeting_rejected (421)")
            << QStringLiteral("file:greeting-421.txt") << starttls << QString() << QString() << QString() << false << 0
            << QStringLiteral("smtp.greeting_rejected") << QStringLiteral("error") << QString()
            << QStringLiteral("421 4.3.2");
        QTest::newRow("smtp.helo_rejected")
            << QStringLiteral("S: 220 hi\nC: EHLO *\nS: 550 5.7.1 Helo command rejected: need fully-qualified hostname\n"
                              "C: HELO *\nS: 550 5.7.1 Helo command rejected: need fully-qualified hostname\n...\n")
            << none << QString() << QString() << QString() << false << 0 << QStringLiteral("smtp.helo_rejected")
            << QStringLiteral("error") << QString() << QStringLiteral("fully-qualified");

        // Envelope and message
        QTest::newRow("smtp.sender_rejected")
            << ehloPlain + authOk + mailFrom
                   + QStringLiteral("S: 553 5.7.1 <a@example.test>: Sender address rejected: not owned by user alice\n...\n")
            << none << QStringLiteral("password") << QString() << envelope << true << 0
            << QStringLiteral("smtp.sender_rejected") << QStringLiteral("error") << QString()
            << QStringLiteral("not owned by user");
        QTest::newRow("smtp.recipient_rejected")
            << ehloPlain + authOk + mailFrom + rcptTo
                   + QStringLiteral("S: 550 5.1.1 <b@elsewhere.test>: Recipient address rejected: User unknown in "
                                    "virtual mailbox table\n...\n")
            << none << QStringLiteral("password") << QString() << envelope << true << 0
            << QStringLiteral("smtp.recipient_rejected") << QStringLiteral("error") << QString()
            << QStringLiteral("User unknown");
        QTest::newRow("smtp.relay_denied")
            << ehloPlain + mailFrom + rcptTo
                   + QStringLiteral("S: 554 5.7.1 <b@elsewhere.test>: Relay access denied\n...\n")
            << none << QString() << QString() << envelope << false << 0 << QStringLiteral("smtp.relay_denied")
            << QStringLiteral("error") << QString() << QStringLiteral("Relay access denied");
        QTest::newRow("smtp.message_too_large")
            << QStringLiteral("file:diag-message-too-large.txt") << none << QString() << QString()
            << QStringLiteral("a@example.test>b@example.test!") << false << 0 << QStringLiteral("smtp.message_too_large")
            << QStringLiteral("error") << QString() << QStringLiteral("1000 bytes");
        QTest::newRow("smtp.message_rejected")
            << ehloPlain + QStringLiteral("C: MAIL FROM:<a@example.test>\nS: 250 ok\nC: RCPT TO:<b@example.test>\n"
                                          "S: 250 ok\nC: DATA\nS: 354 go\nC: From: <a@example.test>\n...\nC: .\n"
                                          "S: 554 5.7.1 Message rejected as spam by Content Filtering\n...\n")
            << none << QString() << QString() << QStringLiteral("a@example.test>b@example.test!") << false << 0
            << QStringLiteral("smtp.message_rejected") << QStringLiteral("error") << QString()
            << QStringLiteral("spam");
        QTest::newRow("smtp.temporary_failure")
            << ehloPlain + authOk + mailFrom + rcptTo
                   + QStringLiteral("S: 451 4.3.0 Mail server temporarily rejected message.\n...\n")
            << none << QStringLiteral("password") << QString() << envelope << true << 0
            << QStringLiteral("smtp.temporary_failure") << QStringLiteral("error") << QString()
            << QStringLiteral("temporarily rejected");
        QTest::newRow("smtp.mailbox_full")
            << ehloPlain + authOk + mailFrom + rcptTo
                   + QStringLiteral("S: 552 5.2.2 <b@elsewhere.test> Quota exceeded (mailbox for user is full)\n...\n")
            << none << QStringLiteral("password") << QString() << envelope << true << 0
            << QStringLiteral("smtp.mailbox_full") << QStringLiteral("error") << QString()
            << QStringLiteral("mailbox for user is full");
        QTest::newRow("smtp.greylisted")
            << ehloPlain + authOk + mailFrom + rcptTo
                   + QStringLiteral("S: 450 4.2.0 <b@elsewhere.test>: Recipient address rejected: Greylisted, see "
                                    "http://postgrey.schweikert.ch/help/example.test.html\n...\n")
            << none << QStringLiteral("password") << QString() << envelope << true << 0
            << QStringLiteral("smtp.greylisted") << QStringLiteral("error") << QString()
            << QStringLiteral("Greylisted");
        QTest::newRow("smtp.rate_limited (Gmail 4.7.28)")
            << ehloPlain + authOk + mailFrom + rcptTo
                   + QStringLiteral("S: 421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating "
                                    "from your IP address.\nS: 421 4.7.28 To protect our users from spam, mail sent "
                                    "from your IP address has been temporarily rate limited.\n...\n")
            << none << QStringLiteral("password") << QString() << envelope << true << 0
            << QStringLiteral("smtp.rate_limited") << QStringLiteral("error") << QString()
            << QStringLiteral("unusual rate");
        QTest::newRow("smtp.rate_limited (daily quota)")
            << ehloPlain + authOk + mailFrom
                   + QStringLiteral("S: 550 5.4.5 Daily user sending limit exceeded. For more information on Gmail's "
                                    "sending limits, go to https://support.google.com/a/answer/166852\n...\n")
            << none << QStringLiteral("password") << QString() << envelope << true << 0
            << QStringLiteral("smtp.rate_limited") << QStringLiteral("error") << QString()
            << QStringLiteral("sending limit");

        // The server misbehaves
        QTest::newRow("server.closed")
            << QStringLiteral("file:drop-mid-reply.txt") << none << QString() << QString() << QString() << false << 0
            << QStringLiteral("server.closed") << QStringLiteral("error") << QString() << QStringLiteral("ehlo");
        QTest::newRow("server.timeout")
            << QStringLiteral("S: 220 hi\nC: EHLO *\nW: 8000\nX\n") << none << QString() << QString() << QString()
            << false << 1500 << QStringLiteral("server.timeout") << QStringLiteral("error") << QString()
            << QStringLiteral("ehlo");
        QTest::newRow("server.protocol_error")
            << QStringLiteral("S: 220 hi\nC: EHLO *\nS: 250-hi\nS: 251 changed my mind\n...\n") << none << QString()
            << QString() << QString() << false << 0 << QStringLiteral("server.protocol_error") << QStringLiteral("error")
            << QString() << QStringLiteral("251");
        QTest::newRow("port.wrong_service (IMAP greeting)")
            << QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 STARTTLS] imap.example.test ready\n...\n") << starttls
            << QString() << QString() << QString() << false << 0 << QStringLiteral("port.wrong_service")
            << QStringLiteral("error") << QStringLiteral("--port 587") << QStringLiteral("IMAP");
        QTest::newRow("port.wrong_service (HTTP)")
            << QStringLiteral("S: HTTP/1.1 400 Bad Request\n...\n") << none << QString() << QString() << QString()
            << false << 0 << QStringLiteral("port.wrong_service") << QStringLiteral("error")
            << QStringLiteral("--port 587") << QStringLiteral("HTTP");

        // TLS on the fake server's certificates (tests/support/make-certs.sh)
        QTest::newRow("tls.hostname_mismatch")
            << QStringLiteral("@implicit-tls\n@cert wronghost\nS: 220 hi\n...\n") << tls << QString() << QString()
            << QString() << false << 0 << QStringLiteral("tls.hostname_mismatch") << QStringLiteral("error")
            << QStringLiteral("--host mail.wrong.example") << QStringLiteral("wrong.example");
        QTest::newRow("tls.expired")
            << QStringLiteral("@implicit-tls\n@cert expired\nS: 220 hi\n...\n") << tls << QString() << QString()
            << QString() << false << 0 << QStringLiteral("tls.expired") << QStringLiteral("error") << QString()
            << QStringLiteral("2020-02-01");
        QTest::newRow("tls.untrusted (unknown CA)")
            << QStringLiteral("@implicit-tls\n@cert unknownca\nS: 220 hi\n...\n") << tls << QString() << QString()
            << QString() << false << 0 << QStringLiteral("tls.untrusted") << QStringLiteral("error") << QString()
            << QStringLiteral("Untrusted Test CA");
        QTest::newRow("tls.untrusted (self-signed)")
            << QStringLiteral("@implicit-tls\n@cert selfsigned\nS: 220 hi\n...\n") << tls << QString() << QString()
            << QString() << false << 0 << QStringLiteral("tls.untrusted") << QStringLiteral("error") << QString()
            << QStringLiteral("self-signed");
        QTest::newRow("tls.handshake_failed (handshake_failure alert)")
            << QStringLiteral("W: 200\nS! \\x15\\x03\\x03\\x00\\x02\\x02\\x28\nX\n") << tls << QString() << QString()
            << QString() << false << 0 << QStringLiteral("tls.handshake_failed") << QStringLiteral("error") << QString()
            << QStringLiteral("handshake failure");
        QTest::newRow("tls.handshake_failed (closed)")
            << QStringLiteral("X\n") << tls << QString() << QString() << QString() << false << 0
            << QStringLiteral("tls.handshake_failed") << QStringLiteral("error") << QString()
            << QStringLiteral("closed");
        QTest::newRow("security.starttls_expected")
            << QStringLiteral("S: 220 mail.example.test ESMTP ready\n...\n") << tls << QString() << QString()
            << QString() << false << 0 << QStringLiteral("security.starttls_expected") << QStringLiteral("error")
            << QStringLiteral("--security starttls") << QStringLiteral("wrong version number");
        QTest::newRow("security.implicit_tls_expected")
            << QStringLiteral("@implicit-tls\n@timeout 3000\nS: 220 hi\n...\n") << starttls << QString() << QString()
            << QString() << false << 400 << QStringLiteral("security.implicit_tls_expected") << QStringLiteral("error")
            << QStringLiteral("--security tls") << QStringLiteral("implicit TLS");

        // Passed checks
        QTest::newRow("security.none")
            << QStringLiteral("file:ok-plain.txt") << none << QStringLiteral("password") << QString() << QString()
            << true << 0 << QStringLiteral("security.none") << QStringLiteral("warning")
            << QStringLiteral("--port 465 --security tls") << QStringLiteral("readable");
        QTest::newRow("auth.not_tested")
            << QStringLiteral("file:ehlo-refused.txt") << none << QString() << QString() << QString() << false << 0
            << QStringLiteral("auth.not_tested") << QStringLiteral("info") << QString() << QStringLiteral("user name");
    }

    void findings()
    {
        QFETCH(QString, script);
        QFETCH(int, security);
        QFETCH(QString, login);
        QFETCH(QString, mechanism);
        QFETCH(QString, envelope);
        QFETCH(bool, allowPlain);
        QFETCH(int, replyMs);
        QFETCH(QString, code);
        QFETCH(QString, severity);
        QFETCH(QString, flags);
        QFETCH(QString, mentions);

        FakeServer server;
        if (script.startsWith(QLatin1String("file:")))
            QVERIFY(server.loadScenarioFile(QStringLiteral("smtp/") + script.mid(5)));
        else
            QVERIFY2(server.loadScenario(script), qPrintable(server.failureReport()));
        QVERIFY(server.listen());
        ServerSettings s = fakeSettings(Protocol::Smtp, server, Security(security));
        if (!login.isEmpty()) {
            s.user = QStringLiteral("alice");
            if (login == QLatin1String("password"))
                s.password = QStringLiteral("s3cret-pass");
            else if (login == QLatin1String("token"))
                s.token = QStringLiteral("ya29.expired-token");
            else
                s.token = login;  // a token the mechanism refuses to send
        }
        if (!mechanism.isEmpty())
            s.authMechanism = mechanism;
        if (!envelope.isEmpty()) {
            s.send = envelope.endsWith(QLatin1Char('!'));
            const QString e = s.send ? envelope.chopped(1) : envelope;
            s.from = e.section(QLatin1Char('>'), 0, 0);
            s.to = {e.section(QLatin1Char('>'), 1)};
        }
        s.allowPlaintextAuth = allowPlain;
        if (replyMs)
            s.timeouts.replyMs = replyMs;

        const CheckResult r = run(s);
        QVERIFY2(!r.findings.isEmpty(), qPrintable(describe(r)));
        const Finding *f = severity == QLatin1String("error") ? &r.findings.first() : findCode(r.findings, code);
        QVERIFY2(f && f->code == code, qPrintable(describe(r)));
        QCOMPARE(toString(f->severity), severity);
        QCOMPARE(renderFixFlags(f->fix), flags);
        QVERIFY2(f->detail.contains(mentions, Qt::CaseInsensitive), qPrintable(f->detail));
        QVERIFY2(!namesCliFlags(*f), qPrintable(f->detail));
        QVERIFY(!f->title.isEmpty());
        QVERIFY(knownFindingCodes().contains(f->code));
        // A failed check is explained by errors first; a passed one has none.
        QCOMPARE(r.ok, r.findings.first().severity != Finding::Severity::Error);
        // What the CLI prints: the findings come last, with the fix as flags to paste.
        const QString text = renderSummaryText(r);
        QVERIFY(text.contains(QStringLiteral("(%1)").arg(code)));
        if (!flags.isEmpty())
            QVERIFY2(text.contains(QStringLiteral("Try: ") + flags), qPrintable(text));
    }

    void hostnameMismatchSuggestsTheCertificatesName()
    {
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("@implicit-tls\n@cert wronghost\nS: 220 hi\n...\n")));
        QVERIFY(server.listen());
        const CheckResult r = run(fakeSettings(Protocol::Smtp, server, Security::Tls));
        const QList<Finding> findings = r.findings;
        const Finding *f = findCode(findings, QStringLiteral("tls.hostname_mismatch"));
        QVERIFY2(f, qPrintable(describe(r)));
        const QString host = f->fix.value(QStringLiteral("host")).toString();
        QVERIFY2(host == QLatin1String("wrong.example") || host == QLatin1String("mail.wrong.example"), qPrintable(host));
    }

    void oldTlsServerIsNamed()
    {
        OldTlsServer old;
        QVERIFY(old.listen(QHostAddress::LocalHost));
        ServerSettings s;
        s.protocol = Protocol::Smtp;
        s.host = QStringLiteral("localhost");
        s.port = old.serverPort();
        s.security = Security::Tls;
        s.caFile = TestPki::caFile();
        s.timeouts = Timeouts::uniform(5000);
        const CheckResult r = run(s);
        QVERIFY(!r.ok);
        QCOMPARE_ENUM(r.failure, FailureKind::TlsHandshake);
        QVERIFY2(!r.findings.isEmpty(), qPrintable(describe(r)));
        const Finding &f = r.findings.first();
        QVERIFY2(f.code == QLatin1String("tls.old_protocol"), qPrintable(describe(r) + old.errors.join(QLatin1Char('\n'))));
        QCOMPARE(toString(f.severity), QStringLiteral("error"));
        QVERIFY(f.fix.isEmpty());  // nothing to change on this side
    }

    void pinnedKeys()
    {
        // A self-signed server trusted by its pinned key: passes, with a note.
        {
            FakeServer server;
            QVERIFY(server.loadScenario(QStringLiteral("@implicit-tls\n@cert selfsigned\nS: 220 hi\nC: EHLO *\n"
                                                       "S: 250 hi\nC: QUIT\nS: 221 bye\n")));
            QVERIFY(server.listen());
            ServerSettings s = fakeSettings(Protocol::Smtp, server, Security::Tls);
            s.caFile.clear();
            const auto certs = QSslCertificate::fromPath(TestPki::path(QStringLiteral("selfsigned.pem")));
            QCOMPARE(certs.size(), 1);
            s.pinnedSpki = spkiSha256(certs.first());
            const CheckResult r = run(s);
            QVERIFY2(r.ok, qPrintable(describe(r)));
            const Finding *f = findCode(r.findings, QStringLiteral("tls.pinned"));
            QVERIFY2(f, qPrintable(describe(r)));
            QCOMPARE(toString(f->severity), QStringLiteral("info"));
        }
        // A valid chain whose key is not the pinned one.
        {
            FakeServer server;
            QVERIFY(server.loadScenario(QStringLiteral("@implicit-tls\nS: 220 hi\n...\n")));
            QVERIFY(server.listen());
            ServerSettings s = fakeSettings(Protocol::Smtp, server, Security::Tls);
            s.pinnedSpki = QByteArray(32, '\x42');
            const CheckResult r = run(s);
            QVERIFY(!r.ok);
            QCOMPARE(r.findings.first().code, QStringLiteral("tls.pin_mismatch"));
        }
        // A self-signed server whose key is not the pinned one: the pin, not the chain, is the story.
        {
            FakeServer server;
            QVERIFY(server.loadScenario(QStringLiteral("@implicit-tls\n@cert selfsigned\nS: 220 hi\n...\n")));
            QVERIFY(server.listen());
            ServerSettings s = fakeSettings(Protocol::Smtp, server, Security::Tls);
            s.caFile.clear();
            s.pinnedSpki = QByteArray(32, '\x42');
            const CheckResult r = run(s);
            QVERIFY(!r.ok);
            QCOMPARE(r.findings.first().code, QStringLiteral("tls.pin_mismatch"));
            QVERIFY(r.findings.first().detail.contains(r.tls->chain.first().spkiSha256));
        }
    }

    void port25ForSubmission()
    {
        FakeServer server;
        QVERIFY(server.loadScenarioFile(QStringLiteral("smtp/ehlo-refused.txt")));
        QVERIFY(server.listen());
        PortForwarder forwarder(server.port());
        ServerSettings s = fakeSettings(Protocol::Smtp, server, Security::None);
        CheckResult r;
        if (forwarder.listen(QHostAddress::LocalHost, 25)) {
            // Root (as in CI): a real connection to 127.0.0.1:25.
            s.port = 25;
            r = run(s);
        } else {
            // Port 25 can't be bound (an ordinary user, or a local MTA holds it): run the same
            // dialogue on the fake server's own port and read the result as the port-25
            // setting would have produced it.
            r = run(s);
            r.port = 25;
            r.findings = diagnose(r);
        }
        QVERIFY2(r.ok, qPrintable(describe(r)));
        const Finding *f = findCode(r.findings, QStringLiteral("port.25_for_submission"));
        QVERIFY2(f, qPrintable(describe(r)));
        QCOMPARE(toString(f->severity), QStringLiteral("warning"));
        QCOMPARE(renderFixFlags(f->fix), QStringLiteral("--port 587 --security starttls"));
    }

    void usageProblem()
    {
        ServerSettings s;
        s.protocol = Protocol::Smtp;
        const CheckResult r = run(s);
        QCOMPARE(r.findings.first().code, QStringLiteral("check.usage"));
    }

    // Cancelling is not a usage problem: the finding says so, and each step is announced as it
    // begins (what a window shows as "running").
    void cancelledWhileWaiting()
    {
        FakeServer server;
        QVERIFY2(server.loadScenario(QStringLiteral("S: 220 slow.example ESMTP\nC: EHLO *\nW: 5000\nX\n")),
                 qPrintable(server.failureReport()));
        QVERIFY(server.listen());
        SmtpCheck check(fakeSettings(Protocol::Smtp, server, Security::None));
        QSignalSpy started(&check, &Check::stepStarted);
        QSignalSpy finished(&check, &Check::finished);
        connect(&check, &Check::stepStarted, &check, [&check](const QString &name) {
            if (name == QLatin1String("ehlo"))
                QTimer::singleShot(50, &check, &Check::cancel);
        });
        check.start();
        QVERIFY(finished.wait(5000));
        QVERIFY(check.result().findings.isEmpty());  // conclusions are the reader's (one direction)
        CheckResult r = check.result();
        r.findings = diagnose(r);
        QCOMPARE(toString(r.failure), QStringLiteral("cancelled"));
        QCOMPARE(r.findings.first().code, QStringLiteral("check.cancelled"));
        QStringList names;
        for (const QList<QVariant> &args : std::as_const(started))
            names << args.first().toString();
        const bool announced = names.value(0) == QLatin1String("resolve") && names.contains(QStringLiteral("ehlo"));
        QVERIFY2(announced, qPrintable(names.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisSmtp)
#include "tst_diagnosis_smtp.moc"
