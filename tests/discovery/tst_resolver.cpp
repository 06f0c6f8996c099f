// The c-ares Resolver against a real nsd on 127.0.0.1 and ::1 (tests/discovery/resolver-zone).
#include "net/Resolver.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using namespace md;

namespace {

quint16 dnsPort()
{
    QFile env(qEnvironmentVariable("MAILDOCTOR_DNS_ENV"));
    if (!env.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : env.readAll().split('\n')) {
        if (line.startsWith("DNS_PORT="))
            return quint16(line.mid(9).replace('\'', "").toUInt());
    }
    return 0;
}

Resolver::Result run(Resolver &resolver, Resolver::Type type, const QString &name)
{
    std::optional<Resolver::Result> result;
    QObject context;
    resolver.lookup(type, name, &context, [&result](const Resolver::Result &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
        return {};
    return *result;
}

}  // namespace

class TestResolver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_port = dnsPort();
        QVERIFY2(m_port != 0, "MAILDOCTOR_DNS_ENV must name the dns.env that nsd.sh wrote");
    }

    void records_data()
    {
        QTest::addColumn<QString>("server");
        QTest::newRow("IPv4 server") << QStringLiteral("127.0.0.1");
        QTest::newRow("IPv6 server") << QStringLiteral("::1");
    }

    void records()
    {
        QFETCH(QString, server);
        Resolver::Config config;
        config.server = QHostAddress(server);
        config.port = m_port;
        Resolver resolver(config);
        QVERIFY2(resolver.isValid(), qPrintable(resolver.errorString()));

        Resolver::Result a = run(resolver, Resolver::Type::Address, QStringLiteral("host.resolver.test"));
        QVERIFY2(a.ok(), qPrintable(a.error));
        QCOMPARE(a.addresses.size(), 2);
        QVERIFY(a.addresses.contains(QHostAddress(QStringLiteral("127.0.0.10"))));
        QVERIFY(a.addresses.contains(QHostAddress(QStringLiteral("::1"))));

        Resolver::Result v6 = run(resolver, Resolver::Type::Address, QStringLiteral("v6only.resolver.test"));
        QVERIFY2(v6.ok(), qPrintable(v6.error));
        QCOMPARE(v6.addresses, QList<QHostAddress> { QHostAddress(QStringLiteral("::1")) });

        Resolver::Result mx = run(resolver, Resolver::Type::Mx, QStringLiteral("resolver.test"));
        QVERIFY2(mx.ok(), qPrintable(mx.error));
        QCOMPARE(mx.mx.size(), 2);
        QCOMPARE(mx.mx.at(0).exchange, QStringLiteral("mx1.resolver.test"));
        QCOMPARE(mx.mx.at(0).preference, quint16(10));
        QCOMPARE(mx.mx.at(1).exchange, QStringLiteral("mx2.resolver.test"));

        Resolver::Result txt = run(resolver, Resolver::Type::Txt, QStringLiteral("long.resolver.test"));
        QVERIFY2(txt.ok(), qPrintable(txt.error));
        QCOMPARE(txt.txt, QList<QByteArray> { "part one, part two" });

        Resolver::Result srv = run(resolver, Resolver::Type::Srv, QStringLiteral("_imap._tcp.resolver.test"));
        QVERIFY2(srv.ok(), qPrintable(srv.error));
        QCOMPARE(srv.srv.size(), 2);
        const QList<SrvRecord> ordered = Resolver::orderSrv(srv.srv);
        QCOMPARE(ordered.at(0).target, QStringLiteral("imap2.resolver.test"));
        QCOMPARE(ordered.at(0).port, quint16(1143));
        QCOMPARE(ordered.at(1).port, quint16(143));

        Resolver::Result dot = run(resolver, Resolver::Type::Srv, QStringLiteral("_pop3._tcp.resolver.test"));
        QVERIFY2(dot.ok(), qPrintable(dot.error));
        QCOMPARE(dot.srv.size(), 1);
        QCOMPARE(dot.srv.at(0).target, QStringLiteral("."));

        Resolver::Result missing = run(resolver, Resolver::Type::Address, QStringLiteral("nothere.resolver.test"));
        QCOMPARE(missing.status, Resolver::Status::NotFound);
        Resolver::Result nodata = run(resolver, Resolver::Type::Srv, QStringLiteral("host.resolver.test"));
        QCOMPARE(nodata.status, Resolver::Status::NoData);
    }

    void silentServerTimesOut()
    {
        // A UDP socket that reads nothing: the lookup must end with Timeout, not hang.
        QUdpSocket silent;
        QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
        Resolver::Config config;
        config.server = QHostAddress::LocalHost;
        config.port = silent.localPort();
        config.timeoutMs = 200;
        config.tries = 1;
        Resolver resolver(config);
        Resolver::Result r = run(resolver, Resolver::Type::Txt, QStringLiteral("resolver.test"));
        QCOMPARE(r.status, Resolver::Status::Timeout);
    }

    void destroyedResolverCancels()
    {
        Resolver::Config config;
        config.server = QHostAddress::LocalHost;
        QUdpSocket silent;
        QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
        config.port = silent.localPort();
        std::optional<Resolver::Result> result;
        QObject context;
        {
            Resolver resolver(config);
            resolver.lookup(Resolver::Type::Mx, QStringLiteral("resolver.test"), &context,
                [&result](const Resolver::Result &r) { result = r; });
        }
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->status, Resolver::Status::Cancelled);
    }

    void parseServer_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("port");
        QTest::newRow("v4") << "127.0.0.1" << true << "127.0.0.1" << 53;
        QTest::newRow("v4 port") << "127.0.0.1:5353" << true << "127.0.0.1" << 5353;
        QTest::newRow("v6 bare") << "::1" << true << "::1" << 53;
        QTest::newRow("v6 port") << "[::1]:5353" << true << "::1" << 5353;
        QTest::newRow("v6 brackets") << "[fe80::1]" << true << "fe80::1" << 53;
        QTest::newRow("name") << "dns.example" << false << "" << 0;
        QTest::newRow("port 0") << "127.0.0.1:0" << false << "" << 0;
        QTest::newRow("port big") << "127.0.0.1:70000" << false << "" << 0;
        QTest::newRow("empty port") << "127.0.0.1:" << false << "" << 0;
        QTest::newRow("open bracket") << "[::1" << false << "" << 0;
    }

    void parseServer()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, address);
        QFETCH(int, port);
        const auto config = Resolver::parseServer(text);
        QCOMPARE(config.has_value(), valid);
        if (valid) {
            QCOMPARE(*config->server, QHostAddress(address));
            QCOMPARE(int(config->port), port);
        }
    }

    void srvOrder()
    {
        // RFC 2782: priority first; a zero weight goes first in its group; weights pick the rest.
        const QList<SrvRecord> records { { QStringLiteral("c"), 1, 20, 0 }, { QStringLiteral("a"), 1, 10, 60 },
            { QStringLiteral("b"), 1, 10, 0 }, { QStringLiteral("d"), 1, 10, 40 } };
        const QList<SrvRecord> low = Resolver::orderSrv(records, [](quint32) { return 0u; });
        QCOMPARE(low.at(0).target, QStringLiteral("b"));
        QCOMPARE(low.at(3).target, QStringLiteral("c"));
        // A draw beyond the first weight picks the second weighted record.
        const QList<SrvRecord> high = Resolver::orderSrv(records, [](quint32 bound) { return bound; });
        QCOMPARE(high.at(0).target, QStringLiteral("d"));
        QCOMPARE(high.at(3).target, QStringLiteral("c"));
    }

private:
    quint16 m_port = 0;
};

QTEST_GUILESS_MAIN(TestResolver)
#include "tst_resolver.moc"
