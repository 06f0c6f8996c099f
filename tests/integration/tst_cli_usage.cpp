// maildoctor-cli's contract with scripts: exit 2 with a one-line reason for bad usage,
// defaults derived between --port and --security. Needs no server.
#include "IntegrationSupport.h"

#include <QTemporaryFile>

using namespace md::test;

class TestCliUsage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badUsageExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        const auto l = [](std::initializer_list<const char *> items) {
            QStringList list;
            for (const char *i : items)
                list << QString::fromUtf8(i);
            return list;
        };
        QTest::newRow("unknown option") << l({"smtp", "--host", "x", "--frobnicate"}) << QStringLiteral("frobnicate");
        QTest::newRow("missing value") << l({"smtp", "--host"}) << QStringLiteral("host");
        QTest::newRow("no command") << l({"--host", "x"}) << QStringLiteral("command");
        QTest::newRow("unknown command") << l({"nntp", "--host", "x"}) << QStringLiteral("nntp");
        QTest::newRow("auth user is POP3 only") << l({"imap", "--host", "x", "--user", "u", "--auth", "user"}) << QStringLiteral("--auth");
        QTest::newRow("proxy password in URL") << l({"pop3", "--host", "x", "--proxy", "socks5://u:pw@127.0.0.1:1080"}) << QStringLiteral("--proxy-password-env");
        QTest::newRow("proxy user without password") << l({"smtp", "--host", "x", "--proxy", "socks5://u@127.0.0.1:1080"}) << QStringLiteral("--proxy-password-env");
        QTest::newRow("proxy scheme") << l({"imap", "--host", "x", "--proxy", "ftp://127.0.0.1:21"}) << QStringLiteral("socks5://");
        QTest::newRow("proxy without port") << l({"imap", "--host", "x", "--proxy", "http://127.0.0.1"}) << QStringLiteral("port");
        QTest::newRow("dns server not an address") << l({"smtp", "--host", "x", "--dns-server", "ns.example"}) << QStringLiteral("--dns-server needs an IP address");
        QTest::newRow("dns server with a proxy") << l({"imap", "--host", "x", "--dns-server", "127.0.0.1", "--proxy", "socks5://127.0.0.1:1080"}) << QStringLiteral("do not go together");
        QTest::newRow("dns server twice") << l({"pop3", "--host", "x", "--dns-server", "127.0.0.1", "--dns-server", "::1"}) << QStringLiteral("--dns-server was given more than once");
        QTest::newRow("no host") << l({"smtp"}) << QStringLiteral("--host");
        QTest::newRow("bad port") << l({"smtp", "--host", "x", "--port", "70000"}) << QStringLiteral("--port");
        QTest::newRow("bad security") << l({"smtp", "--host", "x", "--security", "ssl3"}) << QStringLiteral("--security");
        QTest::newRow("bad auth") << l({"smtp", "--host", "x", "--auth", "ntlm"}) << QStringLiteral("--auth");
        QTest::newRow("unreadable CA file") << l({"smtp", "--host", "x", "--ca-file", "/nonexistent/ca.pem"})
                                            << QStringLiteral("/nonexistent/ca.pem");
        QTest::newRow("empty password variable")
            << l({"smtp", "--host", "x", "--user", "a", "--password-env", "MD_SURELY_UNSET_VARIABLE"})
            << QStringLiteral("MD_SURELY_UNSET_VARIABLE");
        QTest::newRow("user without password") << l({"smtp", "--host", "x", "--user", "a"}) << QStringLiteral("--user");
        QTest::newRow("to without from") << l({"smtp", "--host", "x", "--to", "b@example.test"}) << QStringLiteral("--from");
        QTest::newRow("send without to") << l({"smtp", "--host", "x", "--from", "a@example.test", "--send"})
                                         << QStringLiteral("--send");
        QTest::newRow("auth without user") << l({"smtp", "--host", "x", "--auth", "plain"}) << QStringLiteral("--user");
        QTest::newRow("password mechanism with only a token")
            << l({"smtp", "--host", "x", "--user", "a", "--token-env", "HOME", "--auth", "plain"})
            << QStringLiteral("password");
        QTest::newRow("plain is not a security mode") << l({"smtp", "--host", "x", "--security", "plain"})
                                                      << QStringLiteral("--security");
        QTest::newRow("bad timeout") << l({"smtp", "--host", "x", "--timeout", "soon"}) << QStringLiteral("--timeout");
        QTest::newRow("NaN timeout") << l({"smtp", "--host", "x", "--timeout", "nan"}) << QStringLiteral("--timeout");
        QTest::newRow("zero timeout") << l({"smtp", "--host", "x", "--timeout", "0.0001"}) << QStringLiteral("--timeout");
        QTest::newRow("bad pin") << l({"smtp", "--host", "x", "--pin-spki", "abc"}) << QStringLiteral("--pin-spki");
        QTest::newRow("address with CRLF") << l({"smtp", "--host", "x", "--from", "a@b\r\nRCPT TO:<c@d>"})
                                           << QStringLiteral("mail address");
        QTest::newRow("both password sources")
            << l({"smtp", "--host", "x", "--user", "a", "--password-env", "HOME", "--password-stdin"})
            << QStringLiteral("--password-stdin");
    }

    void badUsageExitsTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const CliRun run = runCli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.startsWith(QStringLiteral("maildoctor-cli: ")), qPrintable(err));
        QVERIFY2(err.section(QLatin1Char('\n'), 0, 0).contains(mentions), qPrintable(err));
    }

    void garbageCaFileExitsTwo()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("this is not a certificate\n");
        file.close();
        const CliRun run = runCli({QStringLiteral("smtp"), QStringLiteral("--host"), QStringLiteral("x"),
                                   QStringLiteral("--ca-file"), file.fileName()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("PEM"));
    }

    void emptyStdinPasswordExitsTwo()
    {
        const CliRun run = runCli({QStringLiteral("smtp"), QStringLiteral("--host"), QStringLiteral("x"),
                                   QStringLiteral("--user"), QStringLiteral("a"), QStringLiteral("--password-stdin")},
                                  {}, QByteArray(""));
        QCOMPARE(run.exitCode, 2);
    }

    void overlongStdinPasswordExitsTwo()
    {
        // Refused, not silently cut: a cut password would fail the login for a wrong reason.
        const CliRun run = runCli({QStringLiteral("smtp"), QStringLiteral("--host"), QStringLiteral("x"),
                                   QStringLiteral("--user"), QStringLiteral("a"), QStringLiteral("--password-stdin")},
                                  {}, QByteArray(5000, 'p') + "\n");
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("4096"));
    }

    void helpAndVersion()
    {
        const CliRun help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("maildoctor-cli smtp --host HOST"));
        QVERIFY(help.out.contains("--password-env"));
        const CliRun version = runCli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("maildoctor-cli "));
    }

    void explainTerms_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("enhanced code") << QStringList{QStringLiteral("5.7.1")} << QStringLiteral("Permanent");
        QTest::newRow("reply code") << QStringList{QStringLiteral("535")} << QStringLiteral("RFC 4954");
        QTest::newRow("imap code") << QStringList{QStringLiteral("AUTHENTICATIONFAILED")} << QStringLiteral("RFC 5530");
        QTest::newRow("size as one argument") << QStringList{QStringLiteral("SIZE 10240000")} << QStringLiteral("9.8 MiB");
        QTest::newRow("size as two arguments") << QStringList{QStringLiteral("SIZE"), QStringLiteral("10240000")}
                                               << QStringLiteral("9.8 MiB");
        QTest::newRow("capability") << QStringList{QStringLiteral("idle")} << QStringLiteral("RFC 2177");
    }

    void explainTerms()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const CliRun run = runCli(QStringList{QStringLiteral("explain")} + args);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(QString::fromUtf8(run.out).contains(mentions), run.out.constData());
        QVERIFY(run.err.isEmpty());
    }

    void explainUnknownTermExitsTwo()
    {
        const CliRun unknown = runCli({QStringLiteral("explain"), QStringLiteral("FROBNICATE")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.startsWith("maildoctor-cli: "));
        QVERIFY(unknown.err.contains("FROBNICATE"));
        const CliRun empty = runCli({QStringLiteral("explain")});
        QCOMPARE(empty.exitCode, 2);
    }

    // The defaults: tls → 465, starttls → 587; 465 → tls, anything else → starttls. A name under
    // .invalid fails at once without any lookup (RFC 6761), yet the result names port and mode.
    void portAndSecurityDefaults_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("security");
        QTest::newRow("security tls") << QStringList{QStringLiteral("--security"), QStringLiteral("tls")} << 465
                                      << QStringLiteral("tls");
        QTest::newRow("security starttls") << QStringList{QStringLiteral("--security"), QStringLiteral("starttls")} << 587
                                           << QStringLiteral("starttls");
        QTest::newRow("port 465") << QStringList{QStringLiteral("--port"), QStringLiteral("465")} << 465
                                  << QStringLiteral("tls");
        QTest::newRow("port 2525") << QStringList{QStringLiteral("--port"), QStringLiteral("2525")} << 2525
                                   << QStringLiteral("starttls");
        QTest::newRow("nothing") << QStringList{} << 587 << QStringLiteral("starttls");
    }

    void portAndSecurityDefaults()
    {
        QFETCH(QStringList, args);
        QFETCH(int, port);
        QFETCH(QString, security);
        // An unresolvable name: nothing is contacted, the result still names port and mode.
        const CliRun run = runCli(QStringList{QStringLiteral("smtp"), QStringLiteral("--host"),
                                              QStringLiteral("no-such-host.invalid"), QStringLiteral("--json")}
                                  + args);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json().value(QStringLiteral("port")).toInt(), port);
        QCOMPARE(run.json().value(QStringLiteral("security")).toString(), security);
    }
};

QTEST_GUILESS_MAIN(TestCliUsage)
#include "tst_cli_usage.moc"
