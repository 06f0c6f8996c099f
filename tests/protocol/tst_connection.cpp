// Connection on its own, against loopback sockets the test controls.
#include "ProtocolSupport.h"

#include "FakeServer.h"
#include "net/CaFile.h"
#include "net/Connection.h"
#include "TestPki.h"

#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace md;
using md::test::FakeServer;
using md::test::TestPki;

class TestConnection : public QObject
{
    Q_OBJECT

    /// Lets everything `connection` has queued run: two full turns of the event loop after the
    /// last signal, marked by queued calls of our own (no fixed wait that passes vacuously on a
    /// slow machine). A retry, a second report or a new attempt would be queued work too.
    static bool settled(QObject *connection)
    {
        for (int turn = 0; turn < 2; ++turn) {
            bool reached = false;
            QMetaObject::invokeMethod(
                connection, [&reached] { reached = true; }, Qt::QueuedConnection);
            if (!QTest::qWaitFor([&reached] { return reached; }, 10000))
                return false;
        }
        return true;
    }

    static quint16 closedPort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost))
            return 0;
        const quint16 port = probe.serverPort();
        probe.close();
        return port;
    }

private Q_SLOTS:
    void refusedPortFailsOnce()
    {
        Connection connection({});
        QSignalSpy failed(&connection, &Connection::failed);
        connection.open(QStringLiteral("127.0.0.1"), closedPort(), false);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE_ENUM(failed.first().at(0).value<FailureKind>(), FailureKind::ConnectionRefused);
        QVERIFY(settled(&connection));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(connection.state(), Connection::State::Closed);
    }

    void abortDuringAFailedAttemptEndsEverything()
    {
        // A caller that gives up when an attempt fails (a GUI's Cancel) must not see the
        // connection carry on with the next address or report anything afterwards.
        Connection connection({});
        QSignalSpy connecting(&connection, &Connection::connecting);
        QSignalSpy failed(&connection, &Connection::failed);
        bool attemptFailed = false;
        connect(&connection, &Connection::attemptFailed, this, [&] {
            attemptFailed = true;
            connection.abort();
        });
        connection.open(QStringLiteral("127.0.0.1"), closedPort(), false);
        QTRY_VERIFY_WITH_TIMEOUT(attemptFailed, 10000);
        QVERIFY(settled(&connection));
        QCOMPARE(connecting.size(), 1);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(connection.state(), Connection::State::Closed);
    }

    void reportsTheAddressThatAnswered()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        Connection connection({});
        QSignalSpy connected(&connection, &Connection::connected);
        connection.open(QStringLiteral("127.0.0.1"), server.serverPort(), false);
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 10000);
        QCOMPARE(connected.first().at(0).value<QHostAddress>(), QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(connection.state(), Connection::State::Plain);
    }

    void invalidNamesFailWithoutAsking_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("subdomain") << QStringLiteral("mail.example.invalid");
        QTest::newRow("absolute") << QStringLiteral("smtp.INVALID.");
        QTest::newRow("bare") << QStringLiteral("invalid");
    }

    void invalidNamesFailWithoutAsking()
    {
        // RFC 6761 §6.4: answered negatively here, no name server is ever asked.
        QFETCH(QString, host);
        Connection connection({});
        QSignalSpy failed(&connection, &Connection::failed);
        QSignalSpy resolved(&connection, &Connection::resolved);
        connection.open(host, 25, false);
        QCOMPARE(connection.state(), Connection::State::Idle);  // no lookup was started
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE_ENUM(failed.first().at(0).value<FailureKind>(), FailureKind::HostNotFound);
        QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("RFC 6761")));
        QCOMPARE(resolved.size(), 0);
    }

    void absoluteNamesVerifyAgainstTheirPlainForm()
    {
        // "mail.example.com." resolves like "mail.example.com"; certificates never carry the dot.
        QCOMPARE(Connection::verifyName(QStringLiteral("mail.example.com.")), QStringLiteral("mail.example.com"));
        QCOMPARE(Connection::verifyName(QStringLiteral("mail.example.com")), QStringLiteral("mail.example.com"));
        QCOMPARE(Connection::verifyName(QStringLiteral("::1")), QStringLiteral("::1"));
    }

    void ipv6LiteralInBrackets()
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHostIPv6))
            QFAIL("this machine has no ::1; the tests need IPv6 loopback");
        Connection connection({});
        QSignalSpy connected(&connection, &Connection::connected);
        connection.open(QStringLiteral("[::1]"), server.serverPort(), false);
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 10000);
        QCOMPARE(connected.first().at(0).value<QHostAddress>(), QHostAddress(QHostAddress::LocalHostIPv6));
    }

    void plainUntilTlsThenTheSameConnectionEncrypted()
    {
        // No TLS object exists before TLS starts (so the TLS stack can load on another thread
        // meanwhile, net/TlsWarmup.h); then the connected descriptor moves to a QSslSocket: the
        // same TCP connection goes on encrypted, and a line written just before the switch is
        // not lost.
        FakeServer server;
        QVERIFY(server.loadScenario(QStringLiteral("S: 220 hello\nC: GO\nTLS\nC: SECRET\nS: 250 ok\n")));
        QVERIFY(server.listen());
        Connection::Options options;
        options.caFile = TestPki::caFile();
        Connection connection(options);
        QByteArray received;
        connect(&connection, &Connection::dataReceived, this, [&](const QByteArray &data) { received += data; });
        QSignalSpy encrypted(&connection, &Connection::encrypted);
        QSignalSpy failed(&connection, &Connection::failed);
        connection.open(QStringLiteral("localhost"), server.port(), false);
        QTRY_COMPARE_WITH_TIMEOUT(received, QByteArray("220 hello\r\n"), 10000);
        QCOMPARE(connection.state(), Connection::State::Plain);
        QVERIFY(connection.findChildren<QSslSocket *>().isEmpty());

        connection.write("GO\r\n");
        connection.startTls();
        QTRY_COMPARE_WITH_TIMEOUT(encrypted.size(), 1, 10000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
        QVERIFY(connection.tlsReport().verified);
        QCOMPARE(connection.findChildren<QSslSocket *>().size(), 1);

        received.clear();
        connection.write("SECRET\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(received, QByteArray("250 ok\r\n"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(server.isFinished(), 10000);
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
        QCOMPARE(server.connectionCount(), 1);
        QVERIFY(server.isEncrypted());
    }

    void undecodableCaFileFailsWhenTlsStarts()
    {
        // The front ends check a CA file's text only (no TLS stack yet); the parse happens when
        // TLS starts, and a file that yields no certificate ends the check as a usage problem.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("broken.pem"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("-----BEGIN CERTIFICATE-----\nthis is not base64 DER\n-----END CERTIFICATE-----\n");
        file.close();
        QVERIFY(looksLikePemCertificates(path));

        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        Connection::Options options;
        options.caFile = path;
        Connection connection(options);
        QSignalSpy failed(&connection, &Connection::failed);
        connection.open(QStringLiteral("127.0.0.1"), server.serverPort(), true);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE_ENUM(failed.first().at(0).value<FailureKind>(), FailureKind::Usage);
        QVERIFY(failed.first().at(1).toString().contains(path));
        QCOMPARE(connection.state(), Connection::State::Closed);
    }

    void caFileTextCheck()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto write = [&dir](const char *name, const QByteArray &bytes) {
            QFile file(dir.filePath(QString::fromLatin1(name)));
            if (file.open(QIODevice::WriteOnly))
                file.write(bytes);
            return file.fileName();
        };
        QVERIFY(looksLikePemCertificates(TestPki::caFile()));
        QVERIFY(!looksLikePemCertificates(
            write("key.pem", "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")));
        QVERIFY(!looksLikePemCertificates(write("cut.pem", "-----BEGIN CERTIFICATE-----\nMIIB\n")));
        QVERIFY(!looksLikePemCertificates(write("empty.pem", QByteArray())));
        QVERIFY(!looksLikePemCertificates(dir.path()));
        QVERIFY(!looksLikePemCertificates(dir.filePath(QStringLiteral("missing.pem"))));
    }
};

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
