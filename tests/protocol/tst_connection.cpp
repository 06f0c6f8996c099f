// Connection on its own, against loopback sockets the test controls.
#include "ProtocolSupport.h"

#include "net/Connection.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

using namespace md;

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
};

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
