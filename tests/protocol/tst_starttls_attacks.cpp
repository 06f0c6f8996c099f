// STARTTLS attack resistance, for SMTP and IMAP: the attack classes of "Why TLS is better without
// STARTTLS" (Poddebniak et al., USENIX Security 2021) played by a scripted server. Every test
// checks that the check stops with a clear failure (or goes on safely), that no credential and
// no command after the STARTTLS command leaked in plaintext, and that nothing from before the
// handshake is used after it.
#include "ProtocolSupport.h"

#include "imap/ImapCheck.h"
#include "smtp/SmtpCheck.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace md;
using namespace md::test;

// Runs a verifying helper and ends the test function at once if it failed.
#define VERIFY_BY(call)                  \
    do {                                 \
        call;                            \
        if (QTest::currentTestFailed()) \
            return;                      \
    } while (false)

namespace {

const QString kUser = QStringLiteral("alice");
const QString kPassword = QStringLiteral("s3cret-pass");
const QByteArray kCramChallenge = "PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UuZXhhbXBsZS5uZXQ+";
/// base64("alice " + HMAC-MD5(s3cret-pass, <1896.697170952@postoffice.example.net>) in hex)
const QByteArray kCramResponse = "YWxpY2UgOWIxODlkMTZhYjlkOWE1M2E4MGY0NWZmYTI1MDMxNzk=";

QByteArray plainResponse()
{
    return QByteArray("\0alice\0s3cret-pass", 18).toBase64();
}

}  // namespace

class TestStartTlsAttacks : public QObject
{
    Q_OBJECT

    static ServerSettings settings(Protocol protocol, const FakeServer &server, Security security)
    {
        ServerSettings s = fakeSettings(protocol, server, security);
        s.user = kUser;
        s.password = kPassword;
        // Short, so that a broken protection shows as a failed test rather than a long wait.
        s.timeouts.replyMs = 2000;
        return s;
    }
    static CheckResult run(ServerSettings settings)
    {
        if (settings.protocol == Protocol::Imap) {
            ImapCheck check(std::move(settings));
            return runToEnd(check);
        }
        SmtpCheck check(std::move(settings));
        return runToEnd(check);
    }
    static bool serverDone(const FakeServer &server)
    {
        return QTest::qWaitFor([&server] { return server.isFinished(); }, 10000);
    }
    /// The command word of a client line: "AUTH" for "AUTH PLAIN ...", "LOGIN" for "a3 LOGIN ...".
    static QByteArray verb(Protocol protocol, const QByteArray &line)
    {
        QList<QByteArray> words = line.split(' ');
        if (protocol == Protocol::Imap)
            words.removeFirst();  // the tag
        return words.value(0).toUpper();
    }

    /// No credential of any form reached the server, over any connection.
    static void verifyNoCredentials(Protocol protocol, const FakeServer &server)
    {
        const QByteArray bytes = server.receivedBytes();
        QVERIFY2(!bytes.contains(kPassword.toUtf8()), bytes.constData());
        QVERIFY2(!bytes.contains(plainResponse()), bytes.constData());
        QVERIFY2(!bytes.contains(kPassword.toUtf8().toBase64()), bytes.constData());
        for (const QByteArray &line : server.receivedTexts()) {
            const QByteArray v = verb(protocol, line);
            QVERIFY2(v != "AUTH" && v != "LOGIN" && v != "AUTHENTICATE", line.constData());
        }
    }

    /// Nothing followed the STARTTLS command (no pipelining, no plaintext fallback, nothing
    /// inside a handshake that must not have happened).
    static void verifyNothingAfterStartTls(Protocol protocol, const FakeServer &server)
    {
        const QList<QByteArray> texts = server.receivedTexts();
        qsizetype at = -1;
        for (qsizetype i = 0; i < texts.size(); ++i) {
            if (verb(protocol, texts.at(i)) == "STARTTLS")
                at = i;
        }
        QVERIFY2(at >= 0, "STARTTLS was never sent");
        QCOMPARE(at, texts.size() - 1);
        QVERIFY2(server.receivedBytes().endsWith("STARTTLS\r\n"), server.receivedBytes().constData());
        QVERIFY(!server.isEncrypted());
    }

    static void verifyFailed(const CheckResult &r, FailureKind kind, const QString &step)
    {
        QVERIFY(!r.ok);
        QCOMPARE_ENUM(r.failure, kind);
        QCOMPARE(r.failedStep, step);
        QVERIFY(!r.failureMessage.isEmpty());
        QVERIFY(!r.findings.isEmpty());
        QCOMPARE_ENUM(r.findings.first().severity, Finding::Severity::Error);
    }

    static QString smtpPrelude()
    {
        return QStringLiteral("S: 220 mail.example.test ESMTP ready\nC: EHLO *\nS: 250-mail.example.test Hello\n"
                              "S: 250-STARTTLS\nS: 250-AUTH PLAIN LOGIN\nS: 250 ENHANCEDSTATUSCODES\nC: STARTTLS\n");
    }
    static QString imapPrelude()
    {
        return QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN SASL-IR] ready\nC: a1 STARTTLS\n");
    }

    /// How many TCP connections the check started, by its own transcript.
    static int connectAttempts(const CheckResult &r)
    {
        int attempts = 0;
        for (const TranscriptEvent &e : r.transcript) {
            if (e.kind == TranscriptEvent::Kind::Info && e.text.startsWith(QStringLiteral("Connecting to ")))
                ++attempts;
        }
        return attempts;
    }

private Q_SLOTS:
    // ---- response injection ----------------------------------------------------------------

    void smtpResponseInjection_data()
    {
        QTest::addColumn<QString>("script");
        QTest::newRow("forged EHLO reply (file)") << QString();
        QTest::newRow("one reply") << smtpPrelude() + QStringLiteral("S: 220 2.0.0 go ahead\nS: 250 pwned\nTLS\n...\n");
        QTest::newRow("partial line") << smtpPrelude() + QStringLiteral("S: 220 2.0.0 go ahead\nS! 250-AUTH PLAIN\nTLS\n...\n");
        QTest::newRow("a single byte") << smtpPrelude() + QStringLiteral("S: 220 2.0.0 go ahead\nS! 2\nTLS\n...\n");
        QTest::newRow("forged success") << smtpPrelude() + QStringLiteral("S: 220 2.0.0 go ahead\nS: 235 2.7.0 ok\nTLS\n...\n");
        // Malformed: the parser fails on it and drops it; it was injected all the same.
        QTest::newRow("malformed line") << smtpPrelude() + QStringLiteral("S: 220 2.0.0 go ahead\nS: XYZ injected\nTLS\n...\n");
    }

    void smtpResponseInjection()
    {
        QFETCH(QString, script);
        FakeServer server;
        QVERIFY(script.isEmpty() ? server.loadScenarioFile(QStringLiteral("smtp/attack-injection-multiline.txt"))
                                 : server.loadScenario(script));
        QVERIFY(server.listen());
        const CheckResult r = run(settings(Protocol::Smtp, server, Security::StartTls));
        VERIFY_BY(verifyFailed(r, FailureKind::StartTlsInjection, QStringLiteral("starttls")));
        QVERIFY(serverDone(server));
        VERIFY_BY(verifyNothingAfterStartTls(Protocol::Smtp, server));
        VERIFY_BY(verifyNoCredentials(Protocol::Smtp, server));
        QVERIFY(r.capabilitiesAfterTls.isEmpty());
        QVERIFY(!r.tls);  // no handshake was even attempted
        // The injected bytes were never treated as a reply: the STARTTLS reply is the last one.
        QString lastReceived;
        for (const TranscriptEvent &e : r.transcript) {
            if (e.kind == TranscriptEvent::Kind::Received)
                lastReceived = e.text;
        }
        QCOMPARE(lastReceived.left(4), QStringLiteral("220 "));
        QVERIFY2(lastReceived.contains(QStringLiteral("TLS")) || lastReceived.contains(QStringLiteral("go ahead")),
                 qPrintable(lastReceived));
    }

    void imapResponseInjection_data()
    {
        QTest::addColumn<QString>("script");
        QTest::newRow("forged capabilities (file)") << QString();
        QTest::newRow("forged tagged OK") << imapPrelude() +
            QStringLiteral("S: a1 OK Begin TLS\nS: a2 OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] done\nTLS\n...\n");
        QTest::newRow("partial line") << imapPrelude() + QStringLiteral("S: a1 OK Begin TLS\nS! * CAPABILITY IMAP4rev1\nTLS\n...\n");
        QTest::newRow("continuation") << imapPrelude() + QStringLiteral("S: a1 OK Begin TLS\nS: + \nTLS\n...\n");
        QTest::newRow("alert") << imapPrelude() +
            QStringLiteral("S: a1 OK Begin TLS\nS: * OK [ALERT] Password expired, call 555\nTLS\n...\n");
        QTest::newRow("malformed bare LF") << imapPrelude() + QStringLiteral("S: a1 OK Begin TLS\nS! * OK injected\n\nTLS\n...\n");
    }

    void imapResponseInjection()
    {
        QFETCH(QString, script);
        FakeServer server;
        QVERIFY(script.isEmpty() ? server.loadScenarioFile(QStringLiteral("imap/starttls-injection.txt"))
                                 : server.loadScenario(script));
        QVERIFY(server.listen());
        const CheckResult r = run(settings(Protocol::Imap, server, Security::StartTls));
        VERIFY_BY(verifyFailed(r, FailureKind::StartTlsInjection, QStringLiteral("starttls")));
        QVERIFY(serverDone(server));
        VERIFY_BY(verifyNothingAfterStartTls(Protocol::Imap, server));
        VERIFY_BY(verifyNoCredentials(Protocol::Imap, server));
        QVERIFY(r.capabilitiesAfterTls.isEmpty());
        QVERIFY(!r.protocolFacts.contains(QStringLiteral("alerts")));
        QVERIFY(!r.tls);
    }

    // ---- STARTTLS stripping ----------------------------------------------------------------

    void smtpStripping_data()
    {
        QTest::addColumn<QString>("reply");  // empty: STARTTLS not advertised
        QTest::addColumn<int>("kind");
        QTest::newRow("not advertised") << QString() << int(FailureKind::StartTlsUnavailable);
        QTest::newRow("454") << QStringLiteral("454 4.7.0 TLS not available due to temporary reason")
                             << int(FailureKind::Rejected);
        QTest::newRow("502") << QStringLiteral("502 5.5.1 Unrecognized command") << int(FailureKind::Rejected);
        QTest::newRow("354") << QStringLiteral("354 Start mail input") << int(FailureKind::Rejected);
        QTest::newRow("250") << QStringLiteral("250 2.0.0 OK") << int(FailureKind::Rejected);
    }

    void smtpStripping()
    {
        QFETCH(QString, reply);
        QFETCH(int, kind);
        FakeServer server;
        QVERIFY(reply.isEmpty() ? server.loadScenarioFile(QStringLiteral("smtp/attack-starttls-stripped.txt"))
                                : server.loadScenario(smtpPrelude() + QStringLiteral("S: %1\n...\n").arg(reply)));
        QVERIFY(server.listen());
        const CheckResult r = run(settings(Protocol::Smtp, server, Security::StartTls));
        VERIFY_BY(verifyFailed(r, FailureKind(kind), QStringLiteral("starttls")));
        QVERIFY(serverDone(server));
        VERIFY_BY(verifyNoCredentials(Protocol::Smtp, server));
        if (reply.isEmpty())  // only the EHLO went out
            QCOMPARE(server.receivedTexts(), QList<QByteArray>({"EHLO client.example.test"}));
        else
            VERIFY_BY(verifyNothingAfterStartTls(Protocol::Smtp, server));
        QVERIFY(!r.tls);
    }

    void imapStripping_data()
    {
        QTest::addColumn<QString>("reply");  // empty: STARTTLS not advertised
        QTest::addColumn<int>("kind");
        QTest::newRow("not advertised") << QString() << int(FailureKind::StartTlsUnavailable);
        QTest::newRow("BAD") << QStringLiteral("a1 BAD Unknown command") << int(FailureKind::Rejected);
        QTest::newRow("NO") << QStringLiteral("a1 NO TLS not available") << int(FailureKind::Rejected);
        QTest::newRow("continuation") << QStringLiteral("+ go ahead") << int(FailureKind::ProtocolError);
        QTest::newRow("untagged OK only") << QStringLiteral("* OK go ahead") << int(FailureKind::ReplyTimeout);
    }

    void imapStripping()
    {
        QFETCH(QString, reply);
        QFETCH(int, kind);
        FakeServer server;
        QVERIFY(reply.isEmpty() ? server.loadScenarioFile(QStringLiteral("imap/attack-starttls-stripped.txt"))
                                : server.loadScenario(imapPrelude() + QStringLiteral("S: %1\n...\n").arg(reply)));
        QVERIFY(server.listen());
        ServerSettings s = settings(Protocol::Imap, server, Security::StartTls);
        s.timeouts.replyMs = 2000;  // the untagged-only row waits this out; 2 s is safe under load
        const CheckResult r = run(s);
        VERIFY_BY(verifyFailed(r, FailureKind(kind), QStringLiteral("starttls")));
        QVERIFY(serverDone(server));
        VERIFY_BY(verifyNoCredentials(Protocol::Imap, server));
        if (reply.isEmpty())  // the greeting carried the capabilities: nothing went out at all
            QVERIFY(server.receivedTexts().isEmpty());
        else
            VERIFY_BY(verifyNothingAfterStartTls(Protocol::Imap, server));
        QVERIFY(!r.tls);
    }

    // ---- PREAUTH -----------------------------------------------------------------------------

    void imapPreauthWhenEncryptionRequired_data()
    {
        QTest::addColumn<QString>("greeting");
        QTest::newRow("plain PREAUTH") << QStringLiteral("* PREAUTH ready");
        QTest::newRow("PREAUTH offering STARTTLS") << QStringLiteral("* PREAUTH [CAPABILITY IMAP4rev1 STARTTLS] ready");
        QTest::newRow("PREAUTH with alert") << QStringLiteral("* PREAUTH [ALERT] Welcome back, no password needed");
    }

    void imapPreauthWhenEncryptionRequired()
    {
        QFETCH(QString, greeting);
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("S: %1\n...\n").arg(greeting)));
        QVERIFY(server.listen());
        const CheckResult r = run(settings(Protocol::Imap, server, Security::StartTls));
        VERIFY_BY(verifyFailed(r, FailureKind::PreauthUnencrypted, QStringLiteral("greeting")));
        QVERIFY(serverDone(server));
        // Not a byte: no STARTTLS (PREAUTH rules it out), no LIST in an unencrypted session.
        QVERIFY2(server.receivedBytes().isEmpty(), server.receivedBytes().constData());
        QVERIFY(!r.protocolFacts.contains(QStringLiteral("alerts")));
        QVERIFY(!r.step(QStringLiteral("list")));
    }

    // ---- capability tampering --------------------------------------------------------------

    void imapCapabilityTampering()
    {
        FakeServer server;
        QVERIFY(server.loadScenarioFile(QStringLiteral("imap/attack-capability-tamper.txt")));
        QVERIFY(server.listen());
        const CheckResult r = run(settings(Protocol::Imap, server, Security::StartTls));
        QVERIFY2(r.ok, qPrintable(r.failureMessage));
        QVERIFY(serverDone(server));
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
        // The post-TLS set, exactly; the plaintext ones (greeting, and the untagged data before
        // the STARTTLS OK) are kept apart and never mixed in.
        QCOMPARE(r.capabilitiesAfterTls, QStringList({QStringLiteral("IMAP4REV1"), QStringLiteral("AUTH=CRAM-MD5"),
                                                      QStringLiteral("LOGINDISABLED")}));
        QCOMPARE(r.capabilitiesBeforeTls, QStringList({QStringLiteral("IMAP4REV1"), QStringLiteral("STARTTLS"),
                                                       QStringLiteral("AUTH=PLAIN"), QStringLiteral("SASL-IR")}));
        // CRAM-MD5 was used, as only the post-TLS set offers; PLAIN (pre-TLS) never.
        const QList<QByteArray> texts = server.receivedTexts();
        const qsizetype at = texts.indexOf("a3 AUTHENTICATE CRAM-MD5");
        QVERIFY(at >= 0);
        QCOMPARE(texts.value(at + 1), kCramResponse);
        QVERIFY(!server.receivedBytes().contains("PLAIN"));
        QVERIFY(!server.receivedBytes().contains(plainResponse()));
        QVERIFY(r.step(QStringLiteral("auth"))->detail.contains(QStringLiteral("CRAM-MD5")));
    }

    void imapCapabilityTamperingRefuses_data()
    {
        QTest::addColumn<QString>("auth");
        QTest::addColumn<QString>("preCaps");
        QTest::addColumn<QString>("postCaps");
        QTest::addColumn<QString>("step");
        QTest::newRow("LOGINDISABLED only after TLS")
            << QStringLiteral("login") << QStringLiteral("IMAP4rev1 STARTTLS") << QStringLiteral("IMAP4rev1 LOGINDISABLED")
            << QStringLiteral("login");
        QTest::newRow("PLAIN only before TLS")
            << QStringLiteral("plain") << QStringLiteral("IMAP4rev1 STARTTLS AUTH=PLAIN SASL-IR")
            << QStringLiteral("IMAP4rev1 AUTH=CRAM-MD5") << QStringLiteral("auth");
        QTest::newRow("no mechanism after TLS")
            << QStringLiteral("auto") << QStringLiteral("IMAP4rev1 STARTTLS AUTH=PLAIN")
            << QStringLiteral("IMAP4rev1 LOGINDISABLED") << QStringLiteral("login");
    }

    void imapCapabilityTamperingRefuses()
    {
        QFETCH(QString, auth);
        QFETCH(QString, preCaps);
        QFETCH(QString, postCaps);
        QFETCH(QString, step);
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("S: * OK [CAPABILITY %1] ready\nC: a1 STARTTLS\n"
                                                   "S: * CAPABILITY %1\nS: a1 OK Begin TLS\nTLS\n"
                                                   "C: a2 CAPABILITY\nS: * CAPABILITY %2\nS: a2 OK done\n...\n")
                                        .arg(preCaps, postCaps)));
        QVERIFY(server.listen());
        ServerSettings s = settings(Protocol::Imap, server, Security::StartTls);
        s.authMechanism = auth;
        const CheckResult r = run(s);
        VERIFY_BY(verifyFailed(r, FailureKind::AuthUnavailable, step));
        QVERIFY(serverDone(server));
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
        VERIFY_BY(verifyNoCredentials(Protocol::Imap, server));
        QStringList expected;
        for (const QString &cap : postCaps.split(QLatin1Char(' ')))
            expected << cap.toUpper();
        QCOMPARE(r.capabilitiesAfterTls, expected);
    }

    void smtpCapabilityTampering()
    {
        FakeServer server;
        QVERIFY(server.loadScenarioFile(QStringLiteral("smtp/attack-capability-tamper.txt")));
        QVERIFY(server.listen());
        const CheckResult r = run(settings(Protocol::Smtp, server, Security::StartTls));
        QVERIFY2(r.ok, qPrintable(r.failureMessage));
        QVERIFY(serverDone(server));
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
        QCOMPARE(r.capabilitiesAfterTls, QStringList({QStringLiteral("AUTH CRAM-MD5"), QStringLiteral("ENHANCEDSTATUSCODES")}));
        QVERIFY(r.capabilitiesBeforeTls.contains(QStringLiteral("AUTH PLAIN LOGIN")));
        const QList<QByteArray> texts = server.receivedTexts();
        const qsizetype at = texts.indexOf("AUTH CRAM-MD5");
        QVERIFY(at >= 0);
        QCOMPARE(texts.value(at + 1), kCramResponse);
        QVERIFY(!server.receivedBytes().contains("AUTH PLAIN"));
        QVERIFY(!server.receivedBytes().contains("AUTH LOGIN"));
        QVERIFY(!server.receivedBytes().contains(plainResponse()));
    }

    void smtpCapabilityTamperingRefusesPlain()
    {
        // Asked for PLAIN explicitly: PLAIN was only offered before TLS, so the check fails.
        FakeServer server;
        QVERIFY(server.loadScenario(smtpPrelude() +
                                    QStringLiteral("S: 220 2.0.0 go ahead\nTLS\nC: EHLO *\nS: 250-mail.example.test\n"
                                                   "S: 250 AUTH CRAM-MD5\n...\n")));
        QVERIFY(server.listen());
        ServerSettings s = settings(Protocol::Smtp, server, Security::StartTls);
        s.authMechanism = QStringLiteral("PLAIN");
        const CheckResult r = run(s);
        VERIFY_BY(verifyFailed(r, FailureKind::AuthUnavailable, QStringLiteral("auth")));
        QVERIFY(serverDone(server));
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
        VERIFY_BY(verifyNoCredentials(Protocol::Smtp, server));
        QCOMPARE(r.capabilitiesAfterTls, QStringList({QStringLiteral("AUTH CRAM-MD5")}));
    }

    // ---- UI spoofing ([ALERT]) -------------------------------------------------------------

    void imapPlaintextAlertIsNotTrusted()
    {
        FakeServer server;
        QVERIFY(server.loadScenarioFile(QStringLiteral("imap/attack-alert-spoofing.txt")));
        QVERIFY(server.listen());
        const CheckResult r = run(settings(Protocol::Imap, server, Security::StartTls));
        QVERIFY2(r.ok, qPrintable(r.failureMessage));
        QVERIFY(serverDone(server));
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));

        const QString post = QStringLiteral("Scheduled maintenance tonight at 22:00 UTC");
        const QStringList forged = {QStringLiteral("re-enter your password"), QStringLiteral("Call +1 555 0100")};
        // Only the alert from inside TLS is the server's word.
        QCOMPARE(r.protocolFacts.value(QStringLiteral("alerts")).toArray(), QJsonArray({post}));
        QCOMPARE(r.facts.alerts, QStringList({post}));
        // The forged greeting alert is neither the greeting step's detail nor its server text
        // (the JSON's "detail" and "server_text").
        const Step *greeting = r.step(QStringLiteral("greeting"));
        QVERIFY(greeting);
        for (const QString &text : forged) {
            QVERIFY2(!greeting->detail.contains(text), qPrintable(greeting->detail));
            QVERIFY2(!greeting->serverText.contains(text), qPrintable(greeting->serverText));
        }
        QVERIFY(!greeting->detail.isEmpty());
        // The forged ones are in the transcript, marked unencrypted and possibly forged, never
        // as "Server alert".
        for (const QString &text : forged) {
            bool flagged = false;
            for (const TranscriptEvent &e : r.transcript) {
                if (!e.text.contains(text))
                    continue;
                QVERIFY2(!e.encrypted, qPrintable(e.text));
                QVERIFY2(!e.text.startsWith(QStringLiteral("Server alert")), qPrintable(e.text));
                if (e.kind == TranscriptEvent::Kind::Info && e.text.contains(QStringLiteral("possibly forged")))
                    flagged = true;
            }
            QVERIFY2(flagged, qPrintable(text));
        }
        bool trusted = false;
        for (const TranscriptEvent &e : r.transcript) {
            if (e.kind == TranscriptEvent::Kind::Info && e.text == QStringLiteral("Server alert: ") + post)
                trusted = e.encrypted;
        }
        QVERIFY(trusted);
    }

    void imapAlertInsideTlsSurvivesAFailure()
    {
        // A tagged NO carrying [ALERT] after TLS: the alert is the server's, and explains the
        // failure; it is kept even though the check stops there.
        FakeServer server;
        QVERIFY(server.loadScenario(imapPrelude() + QStringLiteral(
                                        "S: a1 OK Begin TLS\nTLS\nC: a2 CAPABILITY\n"
                                        "S: * CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR\nS: a2 OK done\n"
                                        "C: a3 AUTHENTICATE PLAIN *\n"
                                        "S: a3 NO [ALERT] Your password has expired, change it at the web portal\n...\n")));
        QVERIFY(server.listen());
        const CheckResult r = run(settings(Protocol::Imap, server, Security::StartTls));
        VERIFY_BY(verifyFailed(r, FailureKind::Rejected, QStringLiteral("auth")));
        QCOMPARE(r.protocolFacts.value(QStringLiteral("alerts")).toArray(),
                 QJsonArray({QStringLiteral("Your password has expired, change it at the web portal")}));
    }

    // ---- referrals ---------------------------------------------------------------------------

    void imapReferralIsNotFollowed_data()
    {
        QTest::addColumn<QString>("auth");
        QTest::addColumn<QString>("answer");  // %1: the referral URL
        QTest::addColumn<bool>("succeeds");
        QTest::newRow("NO [REFERRAL] to AUTHENTICATE")
            << QStringLiteral("plain") << QStringLiteral("a3 NO [REFERRAL %1] Try another server") << false;
        QTest::newRow("NO [REFERRAL] to LOGIN")
            << QStringLiteral("login") << QStringLiteral("a3 NO [REFERRAL %1] Try another server") << false;
        QTest::newRow("login referral on OK")
            << QStringLiteral("login") << QStringLiteral("a3 OK [REFERRAL %1] Logged in, but better use the other server")
            << true;
    }

    void imapReferralIsNotFollowed()
    {
        QFETCH(QString, auth);
        QFETCH(QString, answer);
        QFETCH(bool, succeeds);
        FakeServer server;
        QVERIFY(server.listen());
        // The referral points back at this very server: following it would show as a second
        // connection (and an "unexpected connection" failure, as there is one scenario only).
        const QString url = QStringLiteral("imap://alice;AUTH=*@localhost:%1/").arg(server.port());
        QString script = QStringLiteral(
            "S: * OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready\nC: a1 STARTTLS\nS: a1 OK Begin TLS\nTLS\n"
            "C: a2 CAPABILITY\nS: * CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN LOGIN-REFERRALS\nS: a2 OK done\nC: a3 *\n");
        script += QStringLiteral("S: %1\n").arg(answer.arg(url));
        script += succeeds ? QStringLiteral("C: a4 LIST \"\" \"*\"\nS: a4 OK done\nC: a5 EXAMINE INBOX\nS: * 0 EXISTS\n"
                                            "S: a5 OK done\nC: a6 LOGOUT\nS: * BYE bye\nS: a6 OK done\n")
                           : QStringLiteral("...\n");
        QVERIFY(server.loadScenario(script));
        ServerSettings s = settings(Protocol::Imap, server, Security::StartTls);
        s.authMechanism = auth;
        ImapCheck check(s);
        QSignalSpy finished(&check, &Check::finished);
        const CheckResult r = runToEnd(check);
        QCOMPARE(r.ok, succeeds);
        if (!succeeds)
            VERIFY_BY(verifyFailed(r, FailureKind::Rejected, auth == QLatin1String("login") ? QStringLiteral("login")
                                                                                  : QStringLiteral("auth")));
        QVERIFY(serverDone(server));
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
        QVERIFY(onlyConnectionsSoFar(server, 1));  // no (wrong) second connection
        QCOMPARE(connectAttempts(r), 1);  // and the check itself never tried another
        QCOMPARE(finished.count(), 1);
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
        // Credentials went out once, on the one encrypted connection, and only there.
        int credentialLines = 0;
        for (const ReceivedLine &line : server.receivedLines()) {
            if (line.text.startsWith("a3 ")) {
                ++credentialLines;
                QVERIFY(line.encrypted);
                QCOMPARE(line.connection, 0);
            }
        }
        QCOMPARE(credentialLines, 1);
    }

    void imapByeReferralGreeting()
    {
        FakeServer server;
        QVERIFY(server.listen());
        QVERIFY(server.loadScenario(
            QStringLiteral("S: * BYE [REFERRAL imap://alice@localhost:%1/] Server moved\n...\n").arg(server.port())));
        const CheckResult r = run(settings(Protocol::Imap, server, Security::StartTls));
        VERIFY_BY(verifyFailed(r, FailureKind::Rejected, QStringLiteral("greeting")));
        QVERIFY(serverDone(server));
        QVERIFY(onlyConnectionsSoFar(server, 1));
        QCOMPARE(connectAttempts(r), 1);
        QVERIFY(server.receivedBytes().isEmpty());
    }

    // ---- certificates ------------------------------------------------------------------------

    void certificateProblemsAreNamed_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::addColumn<int>("security");
        QTest::addColumn<QString>("cert");
        QTest::addColumn<QList<int>>("errors");  // any of these names the problem
        const QList<std::tuple<const char *, Protocol, Security>> modes = {
            {"SMTP STARTTLS", Protocol::Smtp, Security::StartTls},
            {"IMAP STARTTLS", Protocol::Imap, Security::StartTls},
            {"IMAP TLS", Protocol::Imap, Security::Tls},
        };
        for (const auto &mode : modes) {
            // Plain variables: C++17 lambdas cannot capture structured bindings.
            const char *name = std::get<0>(mode);
            const Protocol protocol = std::get<1>(mode);
            const Security security = std::get<2>(mode);
            const auto row = [&](const char *what) -> QTestData & {
                return QTest::newRow(qPrintable(QStringLiteral("%1, %2").arg(QLatin1String(name), QLatin1String(what))))
                       << int(protocol) << int(security);
            };
            row("self-signed") << QStringLiteral("selfsigned") << QList<int>{int(QSslError::SelfSignedCertificate)};
            row("unknown root") << QStringLiteral("unknownca")
                                 << QList<int>{int(QSslError::SelfSignedCertificateInChain),
                                               int(QSslError::UnableToGetLocalIssuerCertificate)};
            row("wrong host") << QStringLiteral("wronghost") << QList<int>{int(QSslError::HostNameMismatch)};
            row("expired") << QStringLiteral("expired") << QList<int>{int(QSslError::CertificateExpired)};
        }
    }

    void certificateProblemsAreNamed()
    {
        QFETCH(int, protocol);
        QFETCH(int, security);
        QFETCH(QString, cert);
        QFETCH(QList<int>, errors);
        const auto proto = Protocol(protocol);
        const auto sec = Security(security);
        QString script = QStringLiteral("@cert %1\n").arg(cert);
        if (sec == Security::Tls)
            script += QStringLiteral("@implicit-tls\nS: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] ready\n...\n");
        else if (proto == Protocol::Smtp)
            script += smtpPrelude() + QStringLiteral("S: 220 2.0.0 go ahead\nTLS\n...\n");
        else
            script += imapPrelude() + QStringLiteral("S: a1 OK Begin TLS\nTLS\n...\n");
        FakeServer server;
        QVERIFY(server.loadScenario(script));
        QVERIFY(server.listen());
        const CheckResult r = run(settings(proto, server, sec));
        VERIFY_BY(verifyFailed(r, FailureKind::TlsVerification, QStringLiteral("tls")));
        QVERIFY(r.tls);
        QVERIFY(!r.tls->verified);
        QVERIFY(!r.tls->chain.isEmpty());
        bool named = false;
        for (const int code : errors)
            named = named || r.tls->errorCodes.contains(code);
        QVERIFY2(named, qPrintable(r.tls->errors.join(QStringLiteral("; "))));
        // The failure message names the problem in words, too.
        for (const QString &error : r.tls->errors)
            QVERIFY2(r.failureMessage.contains(error), qPrintable(r.failureMessage));
        QVERIFY(serverDone(server));
        QVERIFY(!server.isEncrypted());
        VERIFY_BY(verifyNoCredentials(proto, server));
        if (sec == Security::StartTls)
            VERIFY_BY(verifyNothingAfterStartTls(proto, server));
        else
            QVERIFY(server.receivedBytes().isEmpty());
    }

    // ---- the transcript's encrypted flag ---------------------------------------------------

    void transcriptMarksEncryption_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::addColumn<QString>("file");
        QTest::newRow("SMTP") << int(Protocol::Smtp) << QStringLiteral("smtp/ok-starttls.txt");
        QTest::newRow("IMAP") << int(Protocol::Imap) << QStringLiteral("imap/ok-starttls-continuation.txt");
    }

    void transcriptMarksEncryption()
    {
        QFETCH(int, protocol);
        QFETCH(QString, file);
        FakeServer server;
        QVERIFY(server.loadScenarioFile(file));
        QVERIFY(server.listen());
        ServerSettings s = settings(Protocol(protocol), server, Security::StartTls);
        if (Protocol(protocol) == Protocol::Smtp)
            s.authMechanism = QStringLiteral("plain");
        const CheckResult r = run(s);
        QVERIFY2(r.ok, qPrintable(r.failureMessage));
        QVERIFY(serverDone(server));
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));

        // Every line the client sent is flagged as the server saw it travel.
        QList<bool> sentFlags;
        for (const TranscriptEvent &e : r.transcript) {
            if (e.kind == TranscriptEvent::Kind::Sent)
                sentFlags << e.encrypted;
        }
        QList<bool> wireFlags;
        for (const ReceivedLine &line : server.receivedLines())
            wireFlags << line.encrypted;
        QCOMPARE(sentFlags, wireFlags);
        QVERIFY(sentFlags.contains(false) && sentFlags.contains(true));

        // One boundary: plaintext up to the end of the handshake, encrypted from then on.
        qsizetype established = -1;
        for (qsizetype i = 0; i < r.transcript.size(); ++i) {
            if (r.transcript.at(i).kind == TranscriptEvent::Kind::Tls &&
                r.transcript.at(i).text.startsWith(QStringLiteral("TLS established"))) {
                established = i;
                break;
            }
        }
        QVERIFY(established > 0);
        for (qsizetype i = 0; i < r.transcript.size(); ++i) {
            const TranscriptEvent &e = r.transcript.at(i);
            QVERIFY2(e.encrypted == (i >= established), qPrintable(QStringLiteral("%1: %2").arg(i).arg(e.text)));
        }
        // The STARTTLS exchange itself is plaintext; the capabilities asked again are encrypted.
        bool sawStartTlsReply = false;
        for (const TranscriptEvent &e : r.transcript) {
            if (e.kind == TranscriptEvent::Kind::Sent && e.text.endsWith(QStringLiteral("STARTTLS")))
                QVERIFY(!e.encrypted);
            if (e.kind == TranscriptEvent::Kind::Received && e.text.contains(QStringLiteral("TLS")) &&
                (e.text.startsWith(QStringLiteral("220 ")) || e.text.startsWith(QStringLiteral("a2 OK")))) {
                QVERIFY(!e.encrypted);
                sawStartTlsReply = true;
            }
        }
        QVERIFY(sawStartTlsReply);
    }
};

QTEST_GUILESS_MAIN(TestStartTlsAttacks)
#include "tst_starttls_attacks.moc"
