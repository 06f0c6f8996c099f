// maildoctor-cli smtp/imap/pop3 --proxy through real proxies from Debian that this test starts
// on free loopback ports (config and logs in a temporary directory, stopped at the end):
//   danted (dante-server)  SOCKS5 without authentication, and with user name / password
//                          (RFC 1929; dante checks a system user, created here: needs root)
//   tinyproxy              HTTP CONNECT, allowed only to the Dovecot fixture's TLS ports
// Checked: a check through each passes and the proxy's own log shows the connection; a wrong
// proxy password → proxy.auth_failed; a target the proxy refuses → proxy.refused; nothing
// listening → proxy.unreachable; no password (mail or proxy) in any output.
#include "IntegrationSupport.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <unistd.h>

using namespace md::test;

namespace {

const QString kProxyUser = QStringLiteral("maildoctor-proxy");
const QByteArray kProxyPassword = "Pr0xy-test-pass";

quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

bool runQuietly(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(5000))
        return false;
    p.write(input);
    p.closeWriteChannel();
    return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

}  // namespace

class TestProxyDovecot : public QObject
{
    Q_OBJECT

    QHash<QString, QString> m_env;
    QTemporaryDir m_dir;
    QList<QProcess *> m_proxies;
    quint16 m_socksPort = 0;  ///< dante, no authentication
    quint16 m_socksAuthPort = 0;  ///< dante, user name / password
    quint16 m_httpPort = 0;  ///< tinyproxy
    bool m_createdUser = false;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString env(const char *key) const { return m_env.value(QLatin1String(key)); }

    static bool accepts(quint16 port)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        return socket.waitForConnected(200);
    }

    void startProxy(const QString &program, const QStringList &args, quint16 port)
    {
        auto *process = new QProcess(this);
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->setStandardOutputFile(
            path(QFileInfo(program).fileName() + QString::number(port) + QStringLiteral(".out")));
        process->start(program, args);
        QVERIFY2(process->waitForStarted(5000), qPrintable(program + QStringLiteral(" did not start")));
        m_proxies << process;
        QTRY_VERIFY2_WITH_TIMEOUT(accepts(port), qPrintable(program + QStringLiteral(" does not listen")), 10000);
    }

    QString danteConfig(quint16 port, bool withUser) const
    {
        QString rules;
        // Only the fixture's TLS ports; everything else is blocked (the refusal test uses that).
        for (const char *key : { "SMTP_TLS_PORT", "IMAP_TLS_PORT", "POP3_TLS_PORT" }) {
            rules += QStringLiteral("socks pass { from: 127.0.0.0/8 to: 127.0.0.1/32 port = %1 log: connect error }\n")
                         .arg(env(key));
        }
        const bool root = geteuid() == 0;
        return QStringLiteral("logoutput: %1\n"
                              "internal: 127.0.0.1 port = %2\n"
                              "external: 127.0.0.1\n"
                              "clientmethod: none\n"
                              "socksmethod: %3\n"
                              "%4"
                              "client pass { from: 127.0.0.0/8 to: 0.0.0.0/0 log: connect error }\n"
                              "%5"
                              "socks block { from: 0.0.0.0/0 to: 0.0.0.0/0 log: connect error }\n")
            .arg(path(QStringLiteral("danted-%1.log").arg(port)))
            .arg(port)
            .arg(withUser ? QStringLiteral("username") : QStringLiteral("none"),
                root ? QStringLiteral("user.privileged: root\nuser.unprivileged: nobody\n") : QString(), rules);
    }

    void writeFile(const QString &name, const QString &text)
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
    }

    QString proxyLog(const QString &name) const
    {
        QFile file(path(name));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    /// A check of `protocol` on the fixture's TLS port, by name (the proxy resolves "localhost").
    QStringList check(const QString &protocol, const QString &proxyUrl, const QString &portKey = {}) const
    {
        const QString key = portKey.isEmpty() ? protocol.toUpper() + QStringLiteral("_TLS_PORT") : portKey;
        QStringList args { protocol, QStringLiteral("--host"), QStringLiteral("localhost"), QStringLiteral("--port"),
            m_env.value(key), QStringLiteral("--security"), QStringLiteral("tls"), QStringLiteral("--ca-file"),
            env("CA_FILE"), QStringLiteral("--timeout"), QStringLiteral("10"), QStringLiteral("--proxy"), proxyUrl,
            QStringLiteral("--json") };
        if (protocol == QLatin1String("pop3")) {
            args << QStringLiteral("--user") << env("POP3_USER") << QStringLiteral("--password-env")
                 << QStringLiteral("MD_TEST_PASSWORD");
        }
        return args;
    }
    QHash<QString, QString> secrets(const QByteArray &proxyPassword = kProxyPassword) const
    {
        return { { QStringLiteral("MD_TEST_PASSWORD"), env("POP3_PASSWORD") },
            { QStringLiteral("MD_PROXY_PASSWORD"), QString::fromUtf8(proxyPassword) } };
    }
    static QString firstFinding(const QJsonObject &json)
    {
        return json.value(QStringLiteral("findings"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
    static QString transcriptText(const QJsonObject &json)
    {
        QStringList lines;
        for (const QJsonValue &e : json.value(QStringLiteral("transcript")).toArray())
            lines << e.toObject().value(QStringLiteral("text")).toString();
        return lines.join(QLatin1Char('\n'));
    }
    void verifyNoSecret(const CliRun &run, const QByteArray &proxyPassword = kProxyPassword)
    {
        QVERIFY(!leaksSecret(run.all(), proxyPassword));
        QVERIFY(!leaksSecret(run.all(), env("POP3_PASSWORD").toUtf8()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = serverEnv();
        QVERIFY2(!env("POP3_TLS_PORT").isEmpty(), "server.env from the mailserver fixture is missing");
        QVERIFY(m_dir.isValid());
        // dante and tinyproxy drop privileges as root: let them reach their config and logs.
        QFile::setPermissions(m_dir.path(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                | QFileDevice::ExeOther);

        // dante's "username" method checks the system's password database (RFC 1929 over PAM-less
        // getpwnam/crypt): a dedicated system user with a known password, created for this test.
        QVERIFY2(geteuid() == 0, "the SOCKS5 user test creates a system user and needs root (CI runs as root)");
        if (!runQuietly(QStringLiteral("id"), { kProxyUser })) {
            QVERIFY(runQuietly(QStringLiteral("useradd"),
                { QStringLiteral("--system"), QStringLiteral("--no-create-home"), QStringLiteral("--shell"),
                    QStringLiteral("/usr/sbin/nologin"), kProxyUser }));
            m_createdUser = true;
        }
        QVERIFY(runQuietly(QStringLiteral("chpasswd"), {}, kProxyUser.toUtf8() + ':' + kProxyPassword + '\n'));

        m_socksPort = freePort();
        m_socksAuthPort = freePort();
        m_httpPort = freePort();
        QVERIFY(m_socksPort && m_socksAuthPort && m_httpPort);
        writeFile(QStringLiteral("danted.conf"), danteConfig(m_socksPort, false));
        writeFile(QStringLiteral("danted-auth.conf"), danteConfig(m_socksAuthPort, true));
        QString tinyproxy = QStringLiteral("Port %1\nListen 127.0.0.1\nTimeout 30\nLogFile \"%2\"\nLogLevel Connect\n"
                                           "MaxClients 20\nAllow 127.0.0.1\n")
                                .arg(m_httpPort)
                                .arg(path(QStringLiteral("tinyproxy.log")));
        for (const char *key : { "SMTP_TLS_PORT", "IMAP_TLS_PORT", "POP3_TLS_PORT" })
            tinyproxy += QStringLiteral("ConnectPort %1\n").arg(env(key));
        writeFile(QStringLiteral("tinyproxy.conf"), tinyproxy);

        startProxy(QStringLiteral("/usr/sbin/danted"),
            { QStringLiteral("-f"), path(QStringLiteral("danted.conf")), QStringLiteral("-N"), QStringLiteral("1"),
                QStringLiteral("-p"), path(QStringLiteral("danted.pid")) },
            m_socksPort);
        startProxy(QStringLiteral("/usr/sbin/danted"),
            { QStringLiteral("-f"), path(QStringLiteral("danted-auth.conf")), QStringLiteral("-N"), QStringLiteral("1"),
                QStringLiteral("-p"), path(QStringLiteral("danted-auth.pid")) },
            m_socksAuthPort);
        startProxy(QStringLiteral("/usr/bin/tinyproxy"),
            { QStringLiteral("-d"), QStringLiteral("-c"), path(QStringLiteral("tinyproxy.conf")) }, m_httpPort);
    }

    void cleanupTestCase()
    {
        for (QProcess *process : std::as_const(m_proxies)) {
            process->terminate();
            if (!process->waitForFinished(5000)) {
                process->kill();
                process->waitForFinished(5000);
            }
        }
        if (m_createdUser)
            runQuietly(QStringLiteral("userdel"), { kProxyUser });
    }

    void passesThroughProxy_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("kind");
        for (const char *protocol : { "smtp", "imap", "pop3" }) {
            for (const char *kind : { "socks5", "socks5-user", "http" })
                QTest::addRow("%s via %s", protocol, kind)
                    << QString::fromLatin1(protocol) << QString::fromLatin1(kind);
        }
    }

    void passesThroughProxy()
    {
        QFETCH(QString, protocol);
        QFETCH(QString, kind);
        QString url;
        QString log;
        QStringList extra;
        if (kind == QLatin1String("socks5")) {
            url = QStringLiteral("socks5://127.0.0.1:%1").arg(m_socksPort);
            log = QStringLiteral("danted-%1.log").arg(m_socksPort);
        } else if (kind == QLatin1String("socks5-user")) {
            url = QStringLiteral("socks5://%1@127.0.0.1:%2").arg(kProxyUser).arg(m_socksAuthPort);
            log = QStringLiteral("danted-%1.log").arg(m_socksAuthPort);
            extra << QStringLiteral("--proxy-password-env") << QStringLiteral("MD_PROXY_PASSWORD");
        } else {
            url = QStringLiteral("http://127.0.0.1:%1").arg(m_httpPort);
            log = QStringLiteral("tinyproxy.log");
        }
        const QString port = env(qPrintable(protocol.toUpper() + QStringLiteral("_TLS_PORT")));
        const CliRun run = runCli(check(protocol, url) + extra, secrets());
        const QJsonObject json = run.json();
        QVERIFY2(run.exitCode == 0, run.out.constData());
        QCOMPARE(json.value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(json.value(QStringLiteral("tls")).toObject().value(QStringLiteral("verified")).toBool());
        const QJsonObject proxy = json.value(QStringLiteral("proxy")).toObject();
        QCOMPARE(proxy.value(QStringLiteral("type")).toString(),
            kind == QLatin1String("http") ? QStringLiteral("http") : QStringLiteral("socks5"));
        // No local lookup: the resolve step is skipped and the transcript names the proxy.
        const QJsonObject resolve = json.value(QStringLiteral("steps")).toArray().first().toObject();
        QCOMPARE(resolve.value(QStringLiteral("name")).toString(), QStringLiteral("resolve"));
        QCOMPARE(resolve.value(QStringLiteral("status")).toString(), QStringLiteral("skipped"));
        QVERIFY(transcriptText(json).contains(
            QStringLiteral("through the %1 proxy")
                .arg(kind == QLatin1String("http") ? QStringLiteral("HTTP") : QStringLiteral("SOCKS5"))));
        if (protocol == QLatin1String("pop3"))
            QCOMPARE(json.value(QStringLiteral("mailbox")).toObject().value(QStringLiteral("messages")).toInt(),
                env("POP3_MESSAGES").toInt());
        // The proxy's own log shows the connection to the server's port.
        if (kind == QLatin1String("http")) {
            QTRY_VERIFY_WITH_TIMEOUT(proxyLog(log).contains(QStringLiteral("CONNECT localhost:%1").arg(port)), 5000);
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(proxyLog(log).contains(QStringLiteral("127.0.0.1.%1").arg(port)), 5000);
            if (kind == QLatin1String("socks5-user"))
                QVERIFY(proxyLog(log).contains(QStringLiteral("username%%1@").arg(kProxyUser)));
        }
        verifyNoSecret(run);
    }

    void wrongProxyPasswordIsProxyAuthFailed()
    {
        const QByteArray wrong = "Wr0ng-proxy-pass";
        const CliRun run = runCli(check(QStringLiteral("pop3"),
                                      QStringLiteral("socks5://%1@127.0.0.1:%2").arg(kProxyUser).arg(m_socksAuthPort))
                + QStringList { QStringLiteral("--proxy-password-env"), QStringLiteral("MD_PROXY_PASSWORD") },
            secrets(wrong));
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(firstFinding(run.json()), QStringLiteral("proxy.auth_failed"));
        QCOMPARE(run.json().value(QStringLiteral("failure")).toObject().value(QStringLiteral("kind")).toString(),
            QStringLiteral("proxy_auth_failed"));
        verifyNoSecret(run, wrong);
        QTRY_VERIFY_WITH_TIMEOUT(proxyLog(QStringLiteral("danted-%1.log").arg(m_socksAuthPort))
                                     .contains(QStringLiteral("password authentication failed")),
            5000);
    }

    void proxyWithoutUserAtAuthProxyIsProxyAuthFailed()
    {
        const CliRun run = runCli(
            check(QStringLiteral("imap"), QStringLiteral("socks5://127.0.0.1:%1").arg(m_socksAuthPort)), secrets());
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(firstFinding(run.json()), QStringLiteral("proxy.auth_failed"));
    }

    void refusedTargetIsProxyRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("socks5 rule blocks the port") << QStringLiteral("socks5");
        QTest::newRow("tinyproxy ConnectPort") << QStringLiteral("http");
    }

    void refusedTargetIsProxyRefused()
    {
        QFETCH(QString, kind);
        const QString url = kind == QLatin1String("http") ? QStringLiteral("http://127.0.0.1:%1").arg(m_httpPort)
                                                          : QStringLiteral("socks5://127.0.0.1:%1").arg(m_socksPort);
        // POP3 with STLS: its port is not among those the proxies allow.
        QStringList args = check(QStringLiteral("pop3"), url, QStringLiteral("POP3_STARTTLS_PORT"));
        args[args.indexOf(QStringLiteral("tls"))] = QStringLiteral("starttls");
        const CliRun run = runCli(args, secrets());
        QCOMPARE(run.exitCode, 1);
        const QJsonObject json = run.json();
        QCOMPARE(firstFinding(json), QStringLiteral("proxy.refused"));
        QCOMPARE(json.value(QStringLiteral("failure")).toObject().value(QStringLiteral("step")).toString(),
            QStringLiteral("connect"));
        verifyNoSecret(run);
        // The proxy got the name, not an address looked up here (socks5h), and logged its refusal.
        const QString port = env("POP3_STARTTLS_PORT");
        if (kind == QLatin1String("http")) {
            QTRY_VERIFY_WITH_TIMEOUT(
                proxyLog(QStringLiteral("tinyproxy.log")).contains(QStringLiteral("CONNECT localhost:%1").arg(port)),
                5000);
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(
                proxyLog(QStringLiteral("danted-%1.log").arg(m_socksPort)).contains(QStringLiteral("block(")), 5000);
            QVERIFY(proxyLog(QStringLiteral("danted-%1.log").arg(m_socksPort))
                        .contains(QStringLiteral("localhost.%1").arg(port)));
        }
    }

    void nothingListeningIsProxyUnreachable_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::newRow("socks5") << QStringLiteral("socks5");
        QTest::newRow("http") << QStringLiteral("http");
    }

    void nothingListeningIsProxyUnreachable()
    {
        QFETCH(QString, scheme);
        const quint16 closed = freePort();
        const CliRun run = runCli(
            check(QStringLiteral("smtp"), QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(closed)), secrets());
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(firstFinding(run.json()), QStringLiteral("proxy.unreachable"));
    }
};

QTEST_GUILESS_MAIN(TestProxyDovecot)
#include "tst_proxy_dovecot.moc"
