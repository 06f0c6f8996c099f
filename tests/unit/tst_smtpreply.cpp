// SMTP reply parser, capabilities and message helpers: pure, no network.
#include "smtp/SmtpCapabilities.h"
#include "smtp/SmtpCheck.h"
#include "smtp/SmtpReply.h"

#include <QDateTime>
#include <QtTest>

using namespace md::smtp;

class TestSmtpReply : public QObject
{
    Q_OBJECT

    static QList<Reply> parseAll(ReplyParser &parser, const QByteArray &input)
    {
        parser.feed(input);
        QList<Reply> replies;
        while (auto r = parser.next())
            replies << *r;
        return replies;
    }

private Q_SLOTS:
    void singleLine()
    {
        ReplyParser p;
        const auto replies = parseAll(p, "220 mail.example.org ESMTP ready\r\n");
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies[0].code, 220);
        QCOMPARE(replies[0].text(), QStringLiteral("mail.example.org ESMTP ready"));
        QVERIFY(replies[0].enhancedCode.isEmpty());
        QCOMPARE(p.bufferedBytes(), 0);
    }

    void multiLine()
    {
        ReplyParser p;
        const auto replies = parseAll(p, "250-mail.example.org\r\n250-SIZE 10240000\r\n250-PIPELINING\r\n"
                                         "250 AUTH PLAIN LOGIN\r\n");
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies[0].lines.size(), 4);
        QCOMPARE(replies[0].lines[3], QByteArray("AUTH PLAIN LOGIN"));
        QCOMPARE(replies[0].rawLines[1], QByteArray("250-SIZE 10240000"));
    }

    void codeAloneIsValid()
    {
        ReplyParser p;
        const auto replies = parseAll(p, "250\r\n");
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies[0].code, 250);
        QVERIFY(!p.hasError());
    }

    void enhancedStatusCodes_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("enhanced");
        QTest::addColumn<QString>("text");
        QTest::newRow("auth ok") << QByteArray("235 2.7.0 Authentication successful\r\n") << 235
                                 << QStringLiteral("2.7.0") << QStringLiteral("Authentication successful");
        QTest::newRow("bad creds") << QByteArray("535 5.7.8 Error: authentication failed\r\n") << 535
                                   << QStringLiteral("5.7.8") << QStringLiteral("Error: authentication failed");
        QTest::newRow("gmail app password") << QByteArray("534-5.7.9 Application-specific password required.\r\n"
                                                          "534 5.7.9 Learn more at https://support.example\r\n")
                                            << 534 << QStringLiteral("5.7.9")
                                            << QStringLiteral("Application-specific password required. Learn more at "
                                                              "https://support.example");
        QTest::newRow("class mismatch ignored") << QByteArray("250 5.1.1 odd\r\n") << 250 << QString()
                                                << QStringLiteral("5.1.1 odd");
        QTest::newRow("three-digit parts") << QByteArray("550 5.123.456 x\r\n") << 550 << QStringLiteral("5.123.456")
                                           << QStringLiteral("x");
        QTest::newRow("not a code") << QByteArray("250 2.0 almost\r\n") << 250 << QString()
                                    << QStringLiteral("2.0 almost");
    }

    void enhancedStatusCodes()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, code);
        QFETCH(QString, enhanced);
        QFETCH(QString, text);
        ReplyParser p;
        const auto replies = parseAll(p, input);
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies[0].code, code);
        QCOMPARE(replies[0].enhancedCode, enhanced);
        QCOMPARE(replies[0].text(), text);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("no code") << QByteArray("hello there\r\n");
        QTest::newRow("two digits") << QByteArray("25 x\r\n");
        QTest::newRow("bad separator") << QByteArray("250xPIPELINING\r\n");
        QTest::newRow("code 1xx") << QByteArray("199 what\r\n");
        QTest::newRow("code changes") << QByteArray("250-a\r\n251 b\r\n");
        QTest::newRow("html") << QByteArray("<html><body>\r\n");
    }

    void malformed()
    {
        QFETCH(QByteArray, input);
        ReplyParser p;
        const auto replies = parseAll(p, input);
        QVERIFY(replies.isEmpty());
        QVERIFY(p.hasError());
        QVERIFY(!p.errorString().isEmpty());
        // Stays in error.
        p.feed("250 ok\r\n");
        QVERIFY(!p.next());
    }

    void errorNamesTheLine()
    {
        ReplyParser p;
        parseAll(p, "250-ok\r\n250-fine\r\nGARBAGE\r\n");
        QVERIFY(p.hasError());
        QVERIFY2(p.errorString().contains(QStringLiteral("3")), qPrintable(p.errorString()));
        QVERIFY2(p.errorString().contains(QStringLiteral("GARBAGE")), qPrintable(p.errorString()));
    }

    void splitAtEveryByte()
    {
        const QByteArray input = "220 hi\r\n250-mail\r\n250-SIZE 100\r\n250 8BITMIME\r\n535 5.7.8 no\r\n";
        ReplyParser whole;
        const auto expected = parseAll(whole, input);
        QCOMPARE(expected.size(), 3);
        for (int cut = 1; cut < input.size(); ++cut) {
            ReplyParser p;
            auto got = parseAll(p, input.left(cut));
            got += parseAll(p, input.mid(cut));
            QCOMPARE(got.size(), expected.size());
            for (int i = 0; i < got.size(); ++i) {
                QCOMPARE(got[i].code, expected[i].code);
                QCOMPARE(got[i].rawLines, expected[i].rawLines);
                QCOMPARE(got[i].enhancedCode, expected[i].enhancedCode);
            }
        }
        // And one byte at a time.
        ReplyParser p;
        QList<Reply> got;
        for (char c : input)
            got += parseAll(p, QByteArray(1, c));
        QCOMPARE(got.size(), expected.size());
        QCOMPARE(got.last().enhancedCode, QStringLiteral("5.7.8"));
    }

    void bufferedBytesShowsDataBehindAReply()
    {
        ReplyParser p;
        p.feed("220 2.0.0 Ready to start TLS\r\n250 injected\r\n");
        const auto first = p.next();
        QVERIFY(first);
        QCOMPARE(first->code, 220);
        QCOMPARE(p.bufferedBytes(), qsizetype(strlen("250 injected\r\n")));
        p.reset();
        QCOMPARE(p.bufferedBytes(), 0);
        QVERIFY(!p.next());

        ReplyParser partial;
        partial.feed("220 go\r\n25");
        QVERIFY(partial.next());
        QCOMPARE(partial.bufferedBytes(), 2);
    }

    void lineLengthBound()
    {
        ReplyParser::Limits limits;
        limits.maxLineLength = 100;
        ReplyParser p(limits);
        p.feed("250 " + QByteArray(200, 'x') + "\r\n");
        QVERIFY(p.hasError());

        // Without a line end, memory is bounded too.
        ReplyParser q(limits);
        for (int i = 0; i < 1000 && !q.hasError(); ++i)
            q.feed(QByteArray(64, 'y'));
        QVERIFY(q.hasError());
        QVERIFY(q.bufferedBytes() <= 100 + 64);
    }

    void maxLengthLineWithSplitCrLf()
    {
        // Found by fuzz_smtp_reply: exactly maxLineLength bytes, CR in one read, LF in the next.
        const QByteArray line = "250 " + QByteArray(4092, 'x');
        ReplyParser p;
        p.feed(line + "\r");
        QVERIFY2(!p.hasError(), qPrintable(p.errorString()));
        p.feed("\n");
        QVERIFY2(!p.hasError(), qPrintable(p.errorString()));
        const auto reply = p.next();
        QVERIFY(reply);
        QCOMPARE(reply->rawLines.first().size(), 4096);
        // One byte more is still too long.
        ReplyParser q;
        q.feed(line + "y\r");
        QVERIFY(q.hasError());
    }

    void lineCountAndReplySizeBounds()
    {
        ReplyParser::Limits limits;
        limits.maxLines = 10;
        ReplyParser p(limits);
        QByteArray many;
        for (int i = 0; i < 20; ++i)
            many += "250-line\r\n";
        p.feed(many);
        QVERIFY(p.hasError());
        QVERIFY(!p.next());

        ReplyParser::Limits sizeLimits;
        sizeLimits.maxReplyBytes = 1000;
        ReplyParser q(sizeLimits);
        for (int i = 0; i < 30; ++i)
            q.feed("250-" + QByteArray(60, 'z') + "\r\n");
        QVERIFY(q.hasError());
    }

    void bareLineFeedIsTolerated()
    {
        ReplyParser p;
        const auto replies = parseAll(p, "220 old server\n");
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies[0].text(), QStringLiteral("old server"));
    }

    void capabilities()
    {
        ReplyParser p;
        const auto replies = parseAll(p, "250-mx.example.org Hello\r\n250-SIZE 10240000\r\n250-PIPELINING\r\n"
                                         "250-8BITMIME\r\n250-ENHANCEDSTATUSCODES\r\n250-DSN\r\n250-SMTPUTF8\r\n"
                                         "250-CHUNKING\r\n250-STARTTLS\r\n250-AUTH PLAIN login SCRAM-SHA-256\r\n"
                                         "250-AUTH=CRAM-MD5\r\n250 X-VENDOR-THING 42\r\n");
        QCOMPARE(replies.size(), 1);
        const Capabilities caps = Capabilities::fromEhlo(replies[0]);
        QVERIFY(caps.esmtp);
        QCOMPARE(caps.serverName, QStringLiteral("mx.example.org"));
        QVERIFY(caps.hasSize);
        QCOMPARE(caps.sizeLimit, 10240000);
        QVERIFY(caps.pipelining);
        QVERIFY(caps.eightBitMime);
        QVERIFY(caps.enhancedStatusCodes);
        QVERIFY(caps.dsn);
        QVERIFY(caps.smtpUtf8);
        QVERIFY(caps.chunking);
        QVERIFY(caps.startTls);
        QCOMPARE(caps.authMechanisms,
                 (QList<QByteArray>{"PLAIN", "LOGIN", "SCRAM-SHA-256", "CRAM-MD5"}));
        QVERIFY(caps.all.contains(QStringLiteral("X-VENDOR-THING 42")));
        QCOMPARE(caps.all.size(), 11);
    }

    void capabilitiesWithoutExtensions()
    {
        ReplyParser p;
        const auto replies = parseAll(p, "250 tiny.example\r\n");
        const Capabilities caps = Capabilities::fromEhlo(replies[0]);
        QVERIFY(!caps.startTls);
        QVERIFY(caps.authMechanisms.isEmpty());
        QVERIFY(caps.all.isEmpty());
    }

    void dotStuffing()
    {
        QCOMPARE(dotStuff("a\r\n.b\r\n..c\r\n"), QByteArray("a\r\n..b\r\n...c\r\n.\r\n"));
        QCOMPARE(dotStuff(".\r\n"), QByteArray("..\r\n.\r\n"));
        QCOMPARE(dotStuff("no end"), QByteArray("no end\r\n.\r\n"));
        QCOMPARE(dotStuff("mid.dot\r\n"), QByteArray("mid.dot\r\n.\r\n"));
    }

    void testMessageHasTheHeadersThatMatter()
    {
        const QByteArray msg = buildTestMessage(QStringLiteral("a@example.test"),
                                                {QStringLiteral("b@example.test"), QStringLiteral("c@example.test")},
                                                QStringLiteral("smtp.example.test"),
                                                QDateTime(QDate(2026, 11, 22), QTime(13, 5, 9), Qt::UTC),
                                                QStringLiteral("example.test"));
        QVERIFY(msg.startsWith("From: <a@example.test>\r\n"));
        QVERIFY(msg.contains("\r\nTo: <b@example.test>, <c@example.test>\r\n"));
        QVERIFY(msg.contains("\r\nDate: Sun, 22 Nov 2026 13:05:09 +0000\r\n"));
        QVERIFY(QRegularExpression(QStringLiteral("\r\nMessage-ID: <[0-9a-f-]{36}@example\\.test>\r\n"))
                    .match(QString::fromLatin1(msg))
                    .hasMatch());
        QVERIFY(msg.contains("\r\n\r\n"));  // header/body separator
        // Every line ends in CRLF; no bare LF.
        QCOMPARE(msg.count('\n'), msg.count("\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestSmtpReply)
#include "tst_smtpreply.moc"
