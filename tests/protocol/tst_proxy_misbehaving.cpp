// Proxies that misbehave or refuse, scripted on loopback (the real danted and tinyproxy are in
// tests/integration/tst_proxy_dovecot.cpp): a SOCKS5 proxy that cannot reach the server, HTTP
// CONNECT answered with 407 or 502, a proxy that accepts and then says nothing. Each must end
// in its proxy finding at the connect step, with nothing sent to any mail server.
#include "ProtocolSupport.h"

#include "pop3/Pop3Check.h"

#include <QTcpServer>
#include <QTcpSocket>

using namespace md;
using namespace md::test;

namespace {

/// A one-connection proxy: each time the client has sent something, the next scripted answer
/// goes back (an empty answer: stay silent).
class ScriptedProxy : public QObject
{
public:
    explicit ScriptedProxy(QList<QByteArray> answers) : m_answers(std::move(answers))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                m_received += socket->readAll();
                if (m_answers.isEmpty())
                    return;
                const QByteArray answer = m_answers.takeFirst();
                if (!answer.isEmpty())
                    socket->write(answer);
            });
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    QByteArray received() const { return m_received; }

private:
    QTcpServer m_server;
    QList<QByteArray> m_answers;
    QByteArray m_received;
};

}  // namespace

class TestProxyMisbehaving : public QObject
{
    Q_OBJECT

    static CheckResult runThrough(ProxySettings::Type type, quint16 proxyPort, int timeoutMs = 5000)
    {
        ServerSettings s;
        s.protocol = Protocol::Pop3;
        s.host = QStringLiteral("mail.example.test");  // never resolved here: the proxy would
        s.port = 995;
        s.security = Security::Tls;
        s.user = QStringLiteral("alice");
        s.password = QStringLiteral("s3cret-pass");
        s.timeouts = Timeouts::uniform(timeoutMs);
        s.proxy.type = type;
        s.proxy.host = QStringLiteral("127.0.0.1");
        s.proxy.port = proxyPort;
        Pop3Check check(s);
        return runToEnd(check);
    }

private Q_SLOTS:
    void proxyFailures_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QList<QByteArray>>("answers");
        QTest::addColumn<int>("failure");
        QTest::addColumn<QString>("finding");
        QTest::addColumn<QByteArray>("request");
        using T = ProxySettings::Type;
        // RFC 1928 §6: REP 05 "connection refused" after the no-authentication method (00).
        QTest::newRow("socks5 target refused")
            << int(T::Socks5)
            << QList<QByteArray> { QByteArray("\x05\x00", 2),
                   QByteArray("\x05\x05\x00\x01\x00\x00\x00\x00\x00\x00", 10) }
            << int(FailureKind::ProxyRefused) << QStringLiteral("proxy.refused") << QByteArray("mail.example.test");
        // REP 02 "connection not allowed by ruleset".
        QTest::newRow("socks5 ruleset") << int(T::Socks5)
                                        << QList<QByteArray> { QByteArray("\x05\x00", 2),
                                               QByteArray("\x05\x02\x00\x01\x00\x00\x00\x00\x00\x00", 10) }
                                        << int(FailureKind::ProxyRefused) << QStringLiteral("proxy.refused")
                                        << QByteArray("mail.example.test");
        // The proxy accepts no offered method (FF): it wants a login we do not have.
        QTest::newRow("socks5 no acceptable method")
            << int(T::Socks5) << QList<QByteArray> { QByteArray("\x05\xff", 2) } << int(FailureKind::ProxyAuthFailed)
            << QStringLiteral("proxy.auth_failed") << QByteArray();
        QTest::newRow("http 407") << int(T::Http)
                                  << QList<QByteArray> { "HTTP/1.1 407 Proxy Authentication Required\r\n"
                                                         "Proxy-Authenticate: Basic realm=\"office\"\r\n"
                                                         "Content-Length: 0\r\n\r\n" }
                                  << int(FailureKind::ProxyAuthFailed) << QStringLiteral("proxy.auth_failed")
                                  << QByteArray("CONNECT mail.example.test:995");
        QTest::newRow("http 502") << int(T::Http)
                                  << QList<QByteArray> { "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n" }
                                  << int(FailureKind::ProxyRefused) << QStringLiteral("proxy.refused")
                                  << QByteArray("CONNECT mail.example.test:995");
        QTest::newRow("http 403") << int(T::Http)
                                  << QList<QByteArray> { "HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n" }
                                  << int(FailureKind::ProxyRefused) << QStringLiteral("proxy.refused")
                                  << QByteArray("CONNECT mail.example.test:995");
    }

    void proxyFailures()
    {
        QFETCH(int, type);
        QFETCH(QList<QByteArray>, answers);
        QFETCH(int, failure);
        QFETCH(QString, finding);
        QFETCH(QByteArray, request);
        ScriptedProxy proxy(answers);
        QVERIFY(proxy.listen());
        const CheckResult r = runThrough(ProxySettings::Type(type), proxy.port());
        QVERIFY(!r.ok);
        QVERIFY2(r.failure == FailureKind(failure), qPrintable(describe(r)));
        QCOMPARE(r.failedStep, QStringLiteral("connect"));
        QCOMPARE(r.findings.size(), 1);
        QCOMPARE(r.findings.first().code, finding);
        QVERIFY(knownFindingCodes().contains(finding));
        // The name went to the proxy as a name (socks5h / CONNECT host:port), never resolved here.
        QCOMPARE_ENUM(r.steps.first().status, Step::Status::Skipped);
        QVERIFY(proxy.received().contains(request));
        QVERIFY(!proxy.received().contains("s3cret-pass"));
    }

    void silentProxyTimesOut()
    {
        ScriptedProxy proxy({ QByteArray() });
        QVERIFY(proxy.listen());
        const CheckResult r = runThrough(ProxySettings::Type::Socks5, proxy.port(), 300);
        QVERIFY(!r.ok);
        QCOMPARE_ENUM(r.failure, FailureKind::ProxyRefused);
        QCOMPARE(r.failedStep, QStringLiteral("connect"));
        QVERIFY2(r.failureMessage.contains(QStringLiteral("0.3 s")), qPrintable(r.failureMessage));
        QCOMPARE(r.findings.first().code, QStringLiteral("proxy.refused"));
    }
};

QTEST_GUILESS_MAIN(TestProxyMisbehaving)
#include "tst_proxy_misbehaving.moc"
