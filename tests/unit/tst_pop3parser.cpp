// POP3 response parser (RFC 1939 §3, RFC 2449 §8, RFC 3206, RFC 5034), POP3 terms for
// `explain`, protocol traits and the proxy URL: pure, no network.
#include "account/ServerSettings.h"
#include "diagnosis/Explain.h"
#include "pop3/Pop3Parser.h"

#include <QtTest>

using namespace md;
using namespace md::pop3;

class TestPop3Parser : public QObject
{
    Q_OBJECT

    static QList<Response> parseAll(ResponseParser &parser, const QByteArray &input)
    {
        parser.feed(input);
        QList<Response> responses;
        while (auto r = parser.next())
            responses << *r;
        return responses;
    }

private Q_SLOTS:
    void statusLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<QByteArray>("text");
        using S = Response::Status;
        QTest::newRow("ok") << QByteArray("+OK Dovecot ready.") << int(S::Ok) << QByteArray()
                            << QByteArray("Dovecot ready.");
        QTest::newRow("ok alone") << QByteArray("+OK") << int(S::Ok) << QByteArray() << QByteArray();
        QTest::newRow("lower case") << QByteArray("+ok fine") << int(S::Ok) << QByteArray() << QByteArray("fine");
        QTest::newRow("err") << QByteArray("-ERR no such message") << int(S::Err) << QByteArray()
                             << QByteArray("no such message");
        QTest::newRow("in-use") << QByteArray("-ERR [IN-USE] Mailbox is locked") << int(S::Err) << QByteArray("IN-USE")
                                << QByteArray("Mailbox is locked");
        QTest::newRow("login-delay") << QByteArray("-ERR [LOGIN-DELAY] wait") << int(S::Err)
                                     << QByteArray("LOGIN-DELAY") << QByteArray("wait");
        QTest::newRow("sys/temp") << QByteArray("-ERR [SYS/TEMP] try later") << int(S::Err) << QByteArray("SYS/TEMP")
                                  << QByteArray("try later");
        QTest::newRow("sys/perm") << QByteArray("-ERR [SYS/PERM] broken") << int(S::Err) << QByteArray("SYS/PERM")
                                  << QByteArray("broken");
        QTest::newRow("auth, lower case") << QByteArray("-ERR [auth] Authentication failed.") << int(S::Err)
                                          << QByteArray("AUTH") << QByteArray("Authentication failed.");
        QTest::newRow("not a code: space")
            << QByteArray("-ERR [not a code] x") << int(S::Err) << QByteArray() << QByteArray("[not a code] x");
        QTest::newRow("not a code: empty level")
            << QByteArray("-ERR [SYS/] x") << int(S::Err) << QByteArray() << QByteArray("[SYS/] x");
        QTest::newRow("not a code: unclosed")
            << QByteArray("-ERR [IN-USE x") << int(S::Err) << QByteArray() << QByteArray("[IN-USE x");
        QTest::newRow("continuation") << QByteArray("+ VXNlcm5hbWU6") << int(S::Continuation) << QByteArray()
                                      << QByteArray("VXNlcm5hbWU6");
        QTest::newRow("empty continuation") << QByteArray("+") << int(S::Continuation) << QByteArray() << QByteArray();
    }

    void statusLines()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, status);
        QFETCH(QByteArray, code);
        QFETCH(QByteArray, text);
        const auto r = ResponseParser::parseStatusLine(line);
        QVERIFY(r);
        QCOMPARE(int(r->status), status);
        QCOMPARE(r->code, code);
        QCOMPARE(r->text, text);
        QCOMPARE(r->raw, line);
    }

    void malformedStatusLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("imap") << QByteArray("* OK IMAP ready");
        QTest::newRow("smtp") << QByteArray("220 mail ESMTP");
        QTest::newRow("okay") << QByteArray("+OKAY");
        QTest::newRow("error") << QByteArray("-ERROR x");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("plus word") << QByteArray("+foo");
    }

    void malformedStatusLines()
    {
        QFETCH(QByteArray, line);
        QVERIFY(!ResponseParser::parseStatusLine(line));
        ResponseParser p;
        QVERIFY(parseAll(p, line + "\r\n").isEmpty());
        QVERIFY(p.hasError());
        // An error is final: nothing more comes out until reset().
        QVERIFY(parseAll(p, "+OK fine\r\n").isEmpty());
        p.reset();
        QCOMPARE(parseAll(p, "+OK fine\r\n").size(), 1);
    }

    void multiLineWithDotUnstuffing()
    {
        ResponseParser p;
        p.setMultiLineExpected(true);
        const auto r = parseAll(p, "+OK list follows\r\nTOP\r\n..hidden\r\n...\r\nSASL PLAIN\r\n.\r\n");
        QCOMPARE(r.size(), 1);
        QVERIFY(r[0].multiLine);
        QCOMPARE(r[0].lines, QList<QByteArray>({ "TOP", ".hidden", "..", "SASL PLAIN" }));
        QCOMPARE(p.bufferedBytes(), 0);
    }

    void multiLineExpectedButErrIsOneLine()
    {
        ResponseParser p;
        p.setMultiLineExpected(true);
        const auto r = parseAll(p, "-ERR [SYS/TEMP] not now\r\n+OK\r\nX\r\n.\r\n");
        QCOMPARE(r.size(), 2);
        QVERIFY(r[0].isErr() && !r[0].multiLine);
        QVERIFY(r[1].isOk() && r[1].multiLine);
        QCOMPARE(r[1].lines, QList<QByteArray>({ "X" }));
    }

    void splitAnywhere()
    {
        const QByteArray input = "+OK\r\nUSER\r\nSTLS\r\n.\r\n";
        ResponseParser whole;
        whole.setMultiLineExpected(true);
        const auto reference = parseAll(whole, input);
        QCOMPARE(reference.size(), 1);
        for (int i = 0; i < input.size(); ++i) {
            ResponseParser p;
            p.setMultiLineExpected(true);
            p.feed(input.left(i));
            p.feed(input.mid(i));
            const auto r = p.next();
            QVERIFY(r);
            QCOMPARE(r->lines, reference[0].lines);
            QVERIFY(!p.next());
        }
    }

    void bareLineFeedsAccepted()
    {
        ResponseParser p;
        const auto r = parseAll(p, "+OK a\n-ERR b\n");
        QCOMPARE(r.size(), 2);
        QCOMPARE(r[1].text, QByteArray("b"));
    }

    void unfinishedBodyIsBuffered()
    {
        ResponseParser p;
        p.setMultiLineExpected(true);
        QVERIFY(parseAll(p, "+OK\r\nUSER\r\nSASL PL").isEmpty());
        QVERIFY(!p.hasError());
        QVERIFY(p.bufferedBytes() > 0);
        p.reset();
        QCOMPARE(p.bufferedBytes(), 0);
    }

    void dataBehindAResponseIsVisible()
    {
        // What the STLS injection check relies on.
        ResponseParser p;
        p.feed("+OK Begin TLS\r\n+OK injected\r\n");
        QVERIFY(p.next());
        QVERIFY(p.bufferedBytes() > 0);
        ResponseParser q;
        q.feed("+OK Begin TLS\r\nhalf a li");
        QVERIFY(q.next());
        QVERIFY(q.bufferedBytes() > 0);
    }

    void bounds()
    {
        ResponseParser::Limits limits;
        limits.maxLineLength = 20;
        limits.maxLines = 3;
        limits.maxResponseBytes = 60;
        {
            ResponseParser p(limits);
            QVERIFY(parseAll(p, "+OK " + QByteArray(30, 'x') + "\r\n").isEmpty());
            QVERIFY(p.hasError());
        }
        {
            ResponseParser p(limits);
            p.feed(QByteArray(25, 'x'));  // no line end yet, already too long
            QVERIFY(p.hasError());
        }
        {
            ResponseParser p(limits);
            p.setMultiLineExpected(true);
            QVERIFY(parseAll(p, "+OK\r\na\r\nb\r\nc\r\nd\r\n.\r\n").isEmpty());
            QVERIFY2(p.errorString().contains(QStringLiteral("3")), qPrintable(p.errorString()));
        }
        {
            ResponseParser::Limits bytes = limits;
            bytes.maxLines = 100;
            ResponseParser p(bytes);
            p.setMultiLineExpected(true);
            QByteArray body = "+OK\r\n";
            for (int i = 0; i < 10; ++i)
                body += "0123456789\r\n";
            QVERIFY(parseAll(p, body + ".\r\n").isEmpty());
            QVERIFY(p.hasError());
        }
        {
            // A line of exactly the limit is fine, even when its CRLF arrives later.
            ResponseParser p(limits);
            p.feed("+OK " + QByteArray(16, 'y') + '\r');
            QVERIFY(!p.hasError());
            p.feed("\n");
            QVERIFY(p.next());
        }
    }

    void traits()
    {
        QCOMPARE(defaultPort(Protocol::Pop3, Security::Tls), quint16(995));
        QCOMPARE(defaultPort(Protocol::Pop3, Security::StartTls), quint16(110));
        QCOMPARE(defaultPort(Protocol::Pop3, Security::None), quint16(110));
        QVERIFY(defaultSecurity(Protocol::Pop3, 995) == Security::Tls);
        QVERIFY(defaultSecurity(Protocol::Pop3, 110) == Security::StartTls);
        QVERIFY(defaultSecurity(Protocol::Pop3, 993) == Security::StartTls);
        QCOMPARE(defaultPort(Protocol::Smtp, Security::Tls), quint16(465));
        QCOMPARE(defaultPort(Protocol::Imap, Security::StartTls), quint16(143));
        QCOMPARE(toString(Protocol::Pop3), QStringLiteral("pop3"));
        QVERIFY(protocolFromString(QStringLiteral("pop3")) == Protocol::Pop3);
        QVERIFY(!protocolFromString(QStringLiteral("nntp")));
    }

    void proxyUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        using T = ProxySettings::Type;
        QTest::newRow("socks5") << QStringLiteral("socks5://127.0.0.1:1080") << true << int(T::Socks5)
                                << QStringLiteral("127.0.0.1") << 1080 << QString();
        QTest::newRow("socks5h") << QStringLiteral("socks5h://proxy.example.test:1080/") << true << int(T::Socks5)
                                 << QStringLiteral("proxy.example.test") << 1080 << QString();
        QTest::newRow("socks5 user") << QStringLiteral("socks5://bob@[::1]:9050") << true << int(T::Socks5)
                                     << QStringLiteral("::1") << 9050 << QStringLiteral("bob");
        QTest::newRow("http") << QStringLiteral("http://127.0.0.1:3128") << true << int(T::Http)
                              << QStringLiteral("127.0.0.1") << 3128 << QString();
        QTest::newRow("password in url") << QStringLiteral("socks5://bob:pw@127.0.0.1:1080") << false << 0 << QString()
                                         << 0 << QString();
        QTest::newRow("no port") << QStringLiteral("socks5://127.0.0.1") << false << 0 << QString() << 0 << QString();
        QTest::newRow("https") << QStringLiteral("https://127.0.0.1:3128") << false << 0 << QString() << 0 << QString();
        QTest::newRow("socks4") << QStringLiteral("socks4://127.0.0.1:1080") << false << 0 << QString() << 0
                                << QString();
        QTest::newRow("path") << QStringLiteral("http://127.0.0.1:3128/x") << false << 0 << QString() << 0 << QString();
        QTest::newRow("http user") << QStringLiteral("http://bob@127.0.0.1:3128") << false << 0 << QString() << 0
                                   << QString();
        QTest::newRow("line break") << QStringLiteral("http://127.0.0.1:3128\r\nX") << false << 0 << QString() << 0
                                    << QString();
        QTest::newRow("garbage") << QStringLiteral("not a url") << false << 0 << QString() << 0 << QString();
    }

    void proxyUrls()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        QFETCH(int, type);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        QString error;
        const auto proxy = ProxySettings::fromUrl(url, &error);
        QCOMPARE(bool(proxy), ok);
        if (!ok) {
            QVERIFY(!error.isEmpty());
            QVERIFY(!error.contains(QStringLiteral("pw")));  // a password in the URL is never echoed
            return;
        }
        QCOMPARE(int(proxy->type), type);
        QCOMPARE(proxy->host, host);
        QCOMPARE(int(proxy->port), port);
        QCOMPARE(proxy->user, user);
        QVERIFY(proxy->password.isEmpty());
        QVERIFY(proxy->displayUrl().contains(QString::number(port)));
    }

    void explainPop3Terms_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("[IN-USE]") << QStringLiteral("[IN-USE]") << QStringLiteral("another session");
        QTest::newRow("LOGIN-DELAY code") << QStringLiteral("[LOGIN-DELAY]") << QStringLiteral("sooner");
        QTest::newRow("SYS/TEMP bare") << QStringLiteral("SYS/TEMP") << QStringLiteral("temporary");
        QTest::newRow("[AUTH]") << QStringLiteral("[AUTH]") << QStringLiteral("credentials");
        QTest::newRow("AUTH stays SMTP") << QStringLiteral("AUTH") << QStringLiteral("RFC 4954");
        QTest::newRow("SASL capability") << QStringLiteral("SASL PLAIN SCRAM-SHA-256") << QStringLiteral("RFC 7677");
        QTest::newRow("USER capability") << QStringLiteral("USER") << QStringLiteral("PASS");
        QTest::newRow("STLS capability") << QStringLiteral("STLS") << QStringLiteral("TLS");
        QTest::newRow("UIDL capability") << QStringLiteral("UIDL") << QStringLiteral("RFC 1939");
    }

    void explainPop3Terms()
    {
        QFETCH(QString, term);
        QFETCH(QString, mentions);
        const auto text = explain(term);
        QVERIFY2(text, qPrintable(term));
        QVERIFY2(text->contains(mentions), qPrintable(*text));
    }
};

QTEST_GUILESS_MAIN(TestPop3Parser)
#include "tst_pop3parser.moc"
