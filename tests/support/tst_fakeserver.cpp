// Self-test of the scripted fake server: a plain QSslSocket client in the same event loop.

#include "FakeServer.h"
#include "TestPki.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>

using namespace md::test;

namespace {

/// The client side: collects everything it reads, remembers each readyRead chunk.
struct Client
{
    QSslSocket socket;
    QByteArray received;
    QList<QByteArray> chunks;
    QList<QSslError> sslErrors;
    bool disconnected = false;

    Client()
    {
        QObject::connect(&socket, &QIODevice::readyRead, &socket, [this] {
            const QByteArray chunk = socket.readAll();
            chunks.append(chunk);
            received += chunk;
        });
        QObject::connect(&socket, &QAbstractSocket::disconnected, &socket, [this] { disconnected = true; });
        QObject::connect(&socket, &QSslSocket::sslErrors, &socket,
                         [this](const QList<QSslError> &errors) { sslErrors += errors; });
        socket.setSslConfiguration(TestPki::clientConfiguration());
    }
    void send(const QByteArray &line) { socket.write(line + "\r\n"); }
    bool has(const QByteArray &text) const { return received.contains(text); }
};

} // namespace

class TestFakeServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!TestPki::dir().isEmpty());
        QVERIFY(QFile::exists(TestPki::caFile()));
        QCOMPARE(TestPki::caCertificates().size(), 1);
    }

    void glob_data()
    {
        QTest::addColumn<QByteArray>("pattern");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("match");
        QTest::newRow("exact") << QByteArray("QUIT") << QByteArray("QUIT") << true;
        QTest::newRow("case") << QByteArray("QUIT") << QByteArray("quit") << false;
        QTest::newRow("star-tail") << QByteArray("EHLO *") << QByteArray("EHLO host.example") << true;
        QTest::newRow("star-empty") << QByteArray("EHLO *") << QByteArray("EHLO ") << true;
        QTest::newRow("star-no-space") << QByteArray("EHLO *") << QByteArray("EHLO") << false;
        QTest::newRow("star-middle") << QByteArray("A* LOGIN *") << QByteArray("A001 LOGIN u p") << true;
        QTest::newRow("backtrack") << QByteArray("*a*b") << QByteArray("xaxaxb") << true;
        QTest::newRow("prefix-only") << QByteArray("AUTH") << QByteArray("AUTH PLAIN") << false;
        QTest::newRow("star-all") << QByteArray("*") << QByteArray("") << true;
    }
    void glob()
    {
        QFETCH(QByteArray, pattern);
        QFETCH(QByteArray, text);
        QFETCH(bool, match);
        QCOMPARE(Scenario::globMatch(pattern, text), match);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("steps");
        QTest::newRow("basic") << QStringLiteral("# c\nS: 220 hi\n\nC: EHLO *\nX\n") << true << 3;
        QTest::newRow("crlf-file") << QStringLiteral("S: 220 hi\r\nC: QUIT\r\n") << true << 2;
        QTest::newRow("directives") << QStringLiteral("@implicit-tls\n@cert expired\n@timeout 50\nS: hi") << true << 1;
        QTest::newRow("directive-late") << QStringLiteral("S: hi\n@implicit-tls") << false << 0;
        QTest::newRow("unknown-directive") << QStringLiteral("@foo") << false << 0;
        QTest::newRow("garbage") << QStringLiteral("S: hi\nhello") << false << 0;
        QTest::newRow("bad-wait") << QStringLiteral("W: soon") << false << 0;
        QTest::newRow("bad-escape") << QStringLiteral("S! \\q") << false << 0;
        QTest::newRow("skip-then-send") << QStringLiteral("...\nS: hi") << false << 0;
        QTest::newRow("skip-last") << QStringLiteral("S: hi\n...") << true << 2;
        QTest::newRow("star-skip") << QStringLiteral("*\nC: QUIT") << true << 2;
    }
    void parse()
    {
        QFETCH(QString, script);
        QFETCH(bool, valid);
        QFETCH(int, steps);
        const Scenario s = Scenario::fromString(script);
        QCOMPARE(s.isValid(), valid);
        if (valid)
            QCOMPARE(s.steps().size(), steps);
        else
            QVERIFY(s.errorString().startsWith(QStringLiteral("<string>:")));
    }

    void parseDetails()
    {
        const Scenario s = Scenario::fromString(
            QStringLiteral("@cert wronghost\nS: 220 a b \nS! 250 x\\r\\n\\x00\\\\\nC: AUTH PLAIN *\nW: 25\nTLS"));
        QVERIFY2(s.isValid(), qPrintable(s.errorString()));
        QCOMPARE(s.certName(), QStringLiteral("wronghost"));
        QVERIFY(!s.implicitTls());
        QCOMPARE(s.steps().at(0).data, QByteArray("220 a b \r\n"));
        QCOMPARE(s.steps().at(1).data, QByteArray("250 x\r\n\0\\", 9));
        QCOMPARE(s.steps().at(2).kind, ScenarioStep::Kind::Expect);
        QCOMPARE(s.steps().at(2).data, QByteArray("AUTH PLAIN *"));
        QCOMPARE(s.steps().at(2).lineNumber, 4);
        QCOMPARE(s.steps().at(3).milliseconds, 25);
        QCOMPARE(s.steps().at(4).kind, ScenarioStep::Kind::StartTls);
    }

    void scenarioFiles_data()
    {
        QTest::addColumn<QString>("path");
        const QDir root(QStringLiteral(MAILDOCTOR_SCENARIO_DIR));
        for (const QString &sub : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            for (const QString &file : QDir(root.filePath(sub)).entryList({QStringLiteral("*.txt")}, QDir::Files)) {
                const QString path = sub + QLatin1Char('/') + file;
                QTest::newRow(qPrintable(path)) << path;
            }
        }
    }
    void scenarioFiles()
    {
        QFETCH(QString, path);
        const Scenario s = Scenario::fromFile(path);
        QVERIFY2(s.isValid(), qPrintable(s.errorString()));
        QVERIFY(!s.steps().isEmpty());
    }

    void plainDialogue()
    {
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("S: 220 fake ESMTP\n"
                                                   "C: EHLO *\n"
                                                   "S: 250-fake\n"
                                                   "S: 250 SIZE 1000\n"
                                                   "C: QUIT\n"
                                                   "S: 221 bye\n")));
        QVERIFY(server.listen());
        QVERIFY(server.port() != 0);
        QSignalSpy finished(&server, &FakeServer::finished);
        Client c;
        c.socket.connectToHost(QStringLiteral("127.0.0.1"), server.port());
        QTRY_VERIFY(c.has("220 fake ESMTP\r\n"));
        c.send("EHLO client.example");
        QTRY_VERIFY(c.has("250 SIZE 1000\r\n"));
        c.send("QUIT");
        QTRY_VERIFY(c.disconnected);
        QCOMPARE(c.received, QByteArray("220 fake ESMTP\r\n250-fake\r\n250 SIZE 1000\r\n221 bye\r\n"));
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(server.isFinished());
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
        QCOMPARE(server.receivedTexts(), (QList<QByteArray>{"EHLO client.example", "QUIT"}));
        QCOMPARE(server.receivedBytes(), QByteArray("EHLO client.example\r\nQUIT\r\n"));
        QVERIFY(!server.receivedLines().at(0).encrypted);
        QVERIFY(!server.isEncrypted());
        QCOMPARE(server.connectionCount(), 1);
    }

    void mismatchIsRecorded()
    {
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("S: 220 hi\nC: EHLO *\nS: 250 ok\nC: QUIT")));
        QVERIFY(server.listen());
        Client c;
        c.socket.connectToHost(QStringLiteral("127.0.0.1"), server.port());
        QTRY_VERIFY(c.has("220 hi"));
        c.send("HELO client");
        QTRY_VERIFY(c.disconnected); // the server closes on a mismatch
        QTRY_VERIFY(server.isFinished());
        QCOMPARE(server.failures().size(), 1);
        QVERIFY2(server.failures().first().contains(QStringLiteral("<string>:2:")), qPrintable(server.failureReport()));
        QVERIFY(server.failures().first().contains(QStringLiteral("HELO client")));
        QVERIFY(!c.has("250 ok"));
    }

    void injectionArrivesInOneSegment()
    {
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("S: 220 hi\n"
                                                   "C: STARTTLS\n"
                                                   "S: 220 Go ahead\n"
                                                   "S: 250 injected\n"
                                                   "W: 2000\n"  // long enough that the client reads first, even under load
                                                   "X")));
        QVERIFY(server.listen());
        Client c;
        c.socket.connectToHost(QStringLiteral("127.0.0.1"), server.port());
        QTRY_VERIFY(c.has("220 hi\r\n"));
        const qsizetype before = c.chunks.size();
        c.send("STARTTLS");
        QTRY_VERIFY(c.chunks.size() > before);
        // The first read after STARTTLS already holds both lines (the server is still in W:).
        QCOMPARE(c.chunks.at(before), QByteArray("220 Go ahead\r\n250 injected\r\n"));
        QVERIFY(!server.isFinished());
        QTRY_VERIFY(server.isFinished());
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
    }

    void startTls()
    {
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("S: 220 hi\n"
                                                   "C: EHLO *\n"
                                                   "S: 250 STARTTLS\n"
                                                   "C: STARTTLS\n"
                                                   "S: 220 Go ahead\n"
                                                   "TLS\n"
                                                   "C: EHLO *\n"
                                                   "S: 250 AUTH PLAIN\n"
                                                   "C: QUIT\n"
                                                   "S: 221 bye\n")));
        QVERIFY(server.listen());
        Client c;
        QSignalSpy encrypted(&c.socket, &QSslSocket::encrypted);
        c.socket.connectToHost(QStringLiteral("127.0.0.1"), server.port()); // IP SAN 127.0.0.1
        QTRY_VERIFY(c.has("220 hi\r\n"));
        c.send("EHLO me");
        QTRY_VERIFY(c.has("250 STARTTLS\r\n"));
        c.send("STARTTLS");
        QTRY_VERIFY(c.has("220 Go ahead\r\n"));
        c.socket.startClientEncryption();
        QTRY_COMPARE(encrypted.count(), 1);
        QVERIFY2(c.sslErrors.isEmpty(), qPrintable(c.sslErrors.value(0).errorString()));
        QVERIFY(c.socket.peerCertificate().subjectAlternativeNames().values(QSsl::DnsEntry).contains(
            QStringLiteral("localhost")));
        c.send("EHLO me");
        QTRY_VERIFY(c.has("250 AUTH PLAIN\r\n"));
        QVERIFY(server.isEncrypted());
        c.send("QUIT");
        QTRY_VERIFY(c.has("221 bye\r\n"));
        QTRY_VERIFY(server.isFinished());
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
        const QList<ReceivedLine> lines = server.receivedLines();
        QCOMPARE(lines.size(), 4);
        QVERIFY(!lines.at(0).encrypted);
        QVERIFY(!lines.at(1).encrypted);
        QVERIFY(lines.at(2).encrypted);
        QVERIFY(lines.at(3).encrypted);
        QCOMPARE(lines.at(3).text, QByteArray("QUIT"));
    }

    void clientHelloDuringWaitBeforeTls()
    {
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("C: STARTTLS\nS: 220 Go ahead\nW: 300\nTLS\nC: NOOP\nS: 250 ok")));
        QVERIFY(server.listen());
        Client c;
        QSignalSpy encrypted(&c.socket, &QSslSocket::encrypted);
        c.socket.connectToHost(QStringLiteral("127.0.0.1"), server.port());
        c.send("STARTTLS");
        QTRY_VERIFY(c.has("220 Go ahead\r\n"));
        c.socket.startClientEncryption(); // ClientHello arrives while the server is in W: 300
        QTRY_COMPARE(encrypted.count(), 1);
        c.send("NOOP");
        QTRY_VERIFY(c.has("250 ok\r\n"));
        QTRY_VERIFY(server.isFinished());
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
    }

    void plaintextAfterStartTlsIsFailure()
    {
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("S: 220 hi\nC: STARTTLS\nW: 200\nS: 220 Go ahead\nTLS\n...")));
        QVERIFY(server.listen());
        Client c;
        c.socket.connectToHost(QStringLiteral("127.0.0.1"), server.port());
        QTRY_VERIFY(c.has("220 hi\r\n"));
        c.send("STARTTLS\r\nEHLO pipelined"); // pipelined past STARTTLS: forbidden
        QTRY_VERIFY(c.has("220 Go ahead\r\n"));
        c.socket.abort();
        QTRY_VERIFY(server.isFinished());
        QCOMPARE(server.failures().size(), 1);
        QVERIFY2(server.failures().first().contains(QStringLiteral("EHLO pipelined")), qPrintable(server.failureReport()));
    }

    void implicitTls()
    {
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("@implicit-tls\n"
                                                   "S: * OK IMAP ready\n"
                                                   "C: A1 LOGOUT\n"
                                                   "S: * BYE\n"
                                                   "S: A1 OK done\n")));
        QVERIFY(server.listen());
        Client c;
        c.socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.port());
        QTRY_VERIFY(c.has("* OK IMAP ready\r\n"));
        QVERIFY(c.socket.isEncrypted());
        c.send("A1 LOGOUT");
        QTRY_VERIFY(c.disconnected);
        QCOMPARE(c.received, QByteArray("* OK IMAP ready\r\n* BYE\r\nA1 OK done\r\n"));
        QTRY_VERIFY(server.isFinished());
        QVERIFY(server.isEncrypted());
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
        QVERIFY(server.receivedLines().at(0).encrypted);
    }

    void rejectedCertificate_data()
    {
        QTest::addColumn<QString>("cert");
        QTest::addColumn<QSslError::SslError>("error");
        QTest::newRow("wronghost") << QStringLiteral("wronghost") << QSslError::HostNameMismatch;
        QTest::newRow("expired") << QStringLiteral("expired") << QSslError::CertificateExpired;
        QTest::newRow("selfsigned") << QStringLiteral("selfsigned") << QSslError::SelfSignedCertificate;
        // unknownca-chain.pem sends the untrusted root along, hence "self-signed in chain".
        QTest::newRow("unknownca") << QStringLiteral("unknownca") << QSslError::SelfSignedCertificateInChain;
    }
    void rejectedCertificate()
    {
        QFETCH(QString, cert);
        QFETCH(QSslError::SslError, error);
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("@implicit-tls\n@cert %1\nS: * OK\n...").arg(cert)));
        QVERIFY(server.listen());
        Client c;
        c.socket.connectToHostEncrypted(QStringLiteral("localhost"), server.port());
        QTRY_VERIFY(c.disconnected);
        QVERIFY(!c.sslErrors.isEmpty());
        bool found = false;
        for (const QSslError &e : std::as_const(c.sslErrors))
            found = found || e.error() == error;
        QVERIFY2(found, qPrintable(c.sslErrors.first().errorString()));
        QTRY_VERIFY(server.isFinished());
        QVERIFY(!server.isEncrypted());
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
    }

    void partialThenClose()
    {
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("S: 220 hi\nC: EHLO *\nS: 250-first\nS! 250 par\nX\nC: never")));
        QVERIFY(server.listen());
        Client c;
        c.socket.connectToHost(QStringLiteral("127.0.0.1"), server.port());
        QTRY_VERIFY(c.has("220 hi\r\n"));
        c.send("EHLO me");
        QTRY_VERIFY(c.disconnected);
        QCOMPARE(c.received, QByteArray("220 hi\r\n250-first\r\n250 par"));
        QTRY_VERIFY(server.isFinished());
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
    }

    void waitDelays()
    {
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("S: one\nW: 300\nS: two\nX")));
        QVERIFY(server.listen());
        Client c;
        QElapsedTimer clock;
        c.socket.connectToHost(QStringLiteral("127.0.0.1"), server.port());
        QTRY_VERIFY(c.has("one\r\n"));
        clock.start();
        QVERIFY(!c.has("two"));
        QTRY_VERIFY(c.has("two\r\n"));
        QVERIFY2(clock.elapsed() >= 200, qPrintable(QString::number(clock.elapsed())));
        QTRY_VERIFY(server.isFinished());
    }

    void skipUntil()
    {
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("S: 220 hi\n...\nC: QUIT\nS: 221 bye\n")));
        QVERIFY(server.listen());
        Client c;
        c.socket.connectToHost(QStringLiteral("127.0.0.1"), server.port());
        QTRY_VERIFY(c.has("220 hi\r\n"));
        c.send("NOOP");
        c.send("RSET");
        c.send("QUIT");
        QTRY_VERIFY(c.has("221 bye\r\n"));
        QTRY_VERIFY(server.isFinished());
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
        QCOMPARE(server.receivedTexts(), (QList<QByteArray>{"NOOP", "RSET", "QUIT"}));
    }

    void trailingSkipReadsUntilClientCloses()
    {
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("S: 220 hi\n...")));
        QVERIFY(server.listen());
        Client c;
        c.socket.connectToHost(QStringLiteral("127.0.0.1"), server.port());
        QTRY_VERIFY(c.has("220 hi\r\n"));
        c.send("ONE");
        c.send("TWO");
        QTRY_COMPARE(server.receivedLines().size(), 2);
        QVERIFY(!server.isFinished());
        QVERIFY(!c.disconnected);
        c.socket.disconnectFromHost();
        QTRY_VERIFY(server.isFinished());
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
    }

    void clientCloseWhileExpecting()
    {
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("S: 220 hi\nC: EHLO *\nS: 250 ok")));
        QVERIFY(server.listen());
        Client c;
        c.socket.connectToHost(QStringLiteral("127.0.0.1"), server.port());
        QTRY_VERIFY(c.has("220 hi\r\n"));
        c.socket.disconnectFromHost();
        QTRY_VERIFY(server.isFinished());
        QCOMPARE(server.failures().size(), 1);
        QVERIFY2(server.failures().first().contains(QStringLiteral(":2: client closed")), qPrintable(server.failureReport()));
    }

    void overlongLine()
    {
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("S: 220 hi\nC: *\n")));
        QVERIFY(server.listen());
        Client c;
        c.socket.connectToHost(QStringLiteral("127.0.0.1"), server.port());
        QTRY_VERIFY(c.has("220 hi\r\n"));
        c.socket.write(QByteArray(70 * 1024, 'a'));
        QTRY_VERIFY(c.disconnected);
        QTRY_VERIFY(server.isFinished());
        QCOMPARE(server.failures().size(), 1);
        QVERIFY2(server.failures().first().contains(QStringLiteral("longer than 65536")), qPrintable(server.failureReport()));
        QVERIFY(server.receivedBytes().size() <= 70 * 1024);
    }

    void bareLineFeedIsFailure()
    {
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("C: NOOP\n")));
        QVERIFY(server.listen());
        Client c;
        c.socket.connectToHost(QStringLiteral("127.0.0.1"), server.port());
        c.socket.write("NOOP\n");
        QTRY_VERIFY(server.isFinished());
        QCOMPARE(server.failures().size(), 1);
        QVERIFY(!server.receivedLines().first().crlf);
    }

    void serverTimeout()
    {
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("@timeout 200\nS: 220 hi\nC: EHLO *")));
        QVERIFY(server.listen());
        Client c;
        c.socket.connectToHost(QStringLiteral("127.0.0.1"), server.port());
        QTRY_VERIFY(c.disconnected);
        QTRY_VERIFY(server.isFinished());
        QCOMPARE(server.failures().size(), 1);
        QVERIFY2(server.failures().first().contains(QStringLiteral("timed out")), qPrintable(server.failureReport()));
    }

    void sequentialConnections()
    {
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("S: first\nC: BYE")));
        QVERIFY(server.loadScenario(QStringLiteral("S: second\nC: BYE")));
        QVERIFY(server.listen());
        QSignalSpy perConnection(&server, &FakeServer::connectionFinished);
        Client a, b;
        a.socket.connectToHost(QStringLiteral("127.0.0.1"), server.port());
        QTRY_VERIFY(a.has("first\r\n"));
        // b is queued behind a: its first byte may only come after a's connection finished.
        qsizetype finishedWhenBHeard = -1;
        QObject::connect(&b.socket, &QIODevice::readyRead, &b.socket, [&] {
            if (finishedWhenBHeard < 0)
                finishedWhenBHeard = perConnection.size();
        });
        b.socket.connectToHost(QStringLiteral("127.0.0.1"), server.port());
        QTRY_COMPARE(b.socket.state(), QAbstractSocket::ConnectedState);
        a.send("BYE");
        QTRY_VERIFY(b.has("second\r\n"));
        QCOMPARE(finishedWhenBHeard, 1);
        b.send("BYE");
        QTRY_VERIFY(server.isFinished());
        QCOMPARE(perConnection.count(), 2);
        QCOMPARE(server.receivedLines().at(1).connection, 1);
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));

        Client extra; // beyond the last scenario
        extra.socket.connectToHost(QStringLiteral("127.0.0.1"), server.port());
        QTRY_VERIFY(extra.disconnected);
        QTRY_COMPARE(server.failures().size(), 1);
        QVERIFY(server.failures().first().contains(QStringLiteral("unexpected connection")));
    }

    void scenarioFileDialogue()
    {
        FakeServer server;
        QVERIFY2(server.loadScenarioFile(QStringLiteral("smtp/ok-plain.txt")), qPrintable(server.failureReport()));
        QVERIFY(server.listen());
        Client c;
        c.socket.connectToHost(QStringLiteral("127.0.0.1"), server.port());
        QTRY_VERIFY(c.has("\r\n"));
        c.send("EHLO me");
        QTRY_VERIFY(c.has("250 AUTH PLAIN LOGIN\r\n"));
        c.send("AUTH PLAIN AHVzZXIAc2VjcmV0");
        QTRY_VERIFY(c.has("235 2.7.0"));
        c.send("QUIT");
        QTRY_VERIFY(c.disconnected);
        QTRY_VERIFY(server.isFinished());
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
    }

    void badScenarioIsFailure()
    {
        FakeServer server;
        QVERIFY(!server.loadScenarioFile(QStringLiteral("smtp/does-not-exist.txt")));
        QCOMPARE(server.failures().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFakeServer)
#include "tst_fakeserver.moc"
