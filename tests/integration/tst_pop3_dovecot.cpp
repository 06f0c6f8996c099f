// maildoctor-cli pop3 against the real Dovecot (dovecot-pop3d) the fixture started: STLS and
// implicit TLS, AUTH and USER/PASS, the seeded mailbox's STAT, a wrong password, no secret shown.
#include "IntegrationSupport.h"

#include <QDir>
#include <QJsonArray>

using namespace md::test;

class TestPop3Dovecot : public QObject
{
    Q_OBJECT

    QHash<QString, QString> m_env;
    QByteArray m_password;

    // The fixture's ports are random, so the mode is never implied by the port: say it.
    QStringList asCarol(const QString &portKey) const
    {
        const QString security
            = portKey == QLatin1String("POP3_TLS_PORT") ? QStringLiteral("tls") : QStringLiteral("starttls");
        return { QStringLiteral("pop3"), QStringLiteral("--host"), QStringLiteral("localhost"),
            QStringLiteral("--port"), m_env.value(portKey), QStringLiteral("--security"), security,
            QStringLiteral("--ca-file"), m_env.value(QStringLiteral("CA_FILE")), QStringLiteral("--timeout"),
            QStringLiteral("20"), QStringLiteral("--user"), m_env.value(QStringLiteral("POP3_USER")),
            QStringLiteral("--password-env"), QStringLiteral("MD_TEST_PASSWORD") };
    }
    static QHash<QString, QString> passwordEnv(const QByteArray &password)
    {
        return { { QStringLiteral("MD_TEST_PASSWORD"), QString::fromUtf8(password) } };
    }
    static QStringList findingCodes(const QJsonObject &json)
    {
        QStringList codes;
        for (const QJsonValue &f : json.value(QStringLiteral("findings")).toArray())
            codes << f.toObject().value(QStringLiteral("code")).toString();
        return codes;
    }
    /// The messages in carol's Maildir (cur/ and new/): the check must not change them.
    QStringList maildirFiles() const
    {
        const QString root = m_env.value(QStringLiteral("MAILSERVER_DIR")) + QStringLiteral("/mail/carol/Maildir/");
        QStringList files;
        for (const char *sub : { "cur", "new" }) {
            const QDir dir(root + QLatin1String(sub));
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
                files << QLatin1String(sub) + QLatin1Char('/') + name.section(QLatin1Char(':'), 0, 0);
        }
        return files;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = serverEnv();
        QVERIFY2(!m_env.value(QStringLiteral("POP3_STARTTLS_PORT")).isEmpty(),
            "server.env from the mailserver fixture has no POP3 ports (MAILDOCTOR_SERVER_ENV)");
        m_password = m_env.value(QStringLiteral("POP3_PASSWORD")).toUtf8();
    }

    void passes_data()
    {
        QTest::addColumn<QString>("portKey");
        QTest::addColumn<QString>("auth");
        QTest::addColumn<QString>("command");
        QTest::newRow("stls auth plain") << QStringLiteral("POP3_STARTTLS_PORT") << QStringLiteral("plain")
                                         << QStringLiteral("AUTH PLAIN");
        QTest::newRow("stls user/pass") << QStringLiteral("POP3_STARTTLS_PORT") << QStringLiteral("user")
                                        << QStringLiteral("PASS");
        QTest::newRow("tls auth scram-sha-256") << QStringLiteral("POP3_TLS_PORT") << QStringLiteral("scram-sha-256")
                                                << QStringLiteral("AUTH SCRAM-SHA-256");
        QTest::newRow("tls user/pass") << QStringLiteral("POP3_TLS_PORT") << QStringLiteral("user")
                                       << QStringLiteral("PASS");
        QTest::newRow("tls auth login") << QStringLiteral("POP3_TLS_PORT") << QStringLiteral("login")
                                        << QStringLiteral("AUTH LOGIN");
    }

    void passes()
    {
        QFETCH(QString, portKey);
        QFETCH(QString, auth);
        QFETCH(QString, command);
        const QStringList before = maildirFiles();
        QCOMPARE(before.size(), m_env.value(QStringLiteral("POP3_MESSAGES")).toInt());
        const QStringList args = asCarol(portKey) + QStringList { QStringLiteral("--auth"), auth };
        const CliRun json = runCli(args + QStringList { QStringLiteral("--json") }, passwordEnv(m_password));
        QCOMPARE(json.exitCode, 0);
        const QJsonObject result = json.json();
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(result.value(QStringLiteral("protocol")).toString(), QStringLiteral("pop3"));
        QVERIFY(result.value(QStringLiteral("tls")).toObject().value(QStringLiteral("verified")).toBool());
        // The seeded mailbox: its count, and a size that is the messages' (each > 50 octets).
        const QJsonObject mailbox = result.value(QStringLiteral("mailbox")).toObject();
        QCOMPARE(
            mailbox.value(QStringLiteral("messages")).toInt(), m_env.value(QStringLiteral("POP3_MESSAGES")).toInt());
        QVERIFY(
            mailbox.value(QStringLiteral("octets")).toInt() > 50 * mailbox.value(QStringLiteral("messages")).toInt());
        const QStringList sent = sentLines(result);
        QVERIFY2(std::any_of(sent.begin(), sent.end(), [&](const QString &l) { return l.startsWith(command); }),
            qPrintable(sent.join(QLatin1Char('|'))));
        QVERIFY(sent.contains(QStringLiteral("STAT")));
        QCOMPARE(sent.last(), QStringLiteral("QUIT"));
        for (const QString &forbidden : { QStringLiteral("DELE"), QStringLiteral("RETR"), QStringLiteral("APOP") })
            QVERIFY(std::none_of(sent.begin(), sent.end(), [&](const QString &l) { return l.startsWith(forbidden); }));
        // STLS: CAPA again after the handshake, and only the list from inside TLS is used.
        const QJsonObject caps = result.value(QStringLiteral("capabilities")).toObject();
        if (portKey == QLatin1String("POP3_STARTTLS_PORT")) {
            QVERIFY(sent.contains(QStringLiteral("STLS")));
            QCOMPARE(sent.count(QStringLiteral("CAPA")), 2);
            QVERIFY(caps.value(QStringLiteral("before_tls")).toArray().contains(QStringLiteral("STLS")));
            QVERIFY(!caps.value(QStringLiteral("after_tls")).toArray().contains(QStringLiteral("STLS")));
        } else {
            QVERIFY(!sent.contains(QStringLiteral("STLS")));
            QVERIFY(caps.value(QStringLiteral("before_tls")).toArray().isEmpty());
        }
        QVERIFY(!leaksSecret(json.all(), m_password));
        // The text transcript and waterfall: the same check, no secret either.
        const CliRun text = runCli(args, passwordEnv(m_password));
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("PASSED"));
        QVERIFY(text.out.contains("stat"));
        QVERIFY(!leaksSecret(text.all(), m_password));
        // Nothing was deleted or changed.
        QCOMPARE(maildirFiles(), before);
    }

    void wrongPasswordIsAuthFailed_data()
    {
        QTest::addColumn<QString>("auth");
        QTest::newRow("auth plain") << QStringLiteral("plain");
        QTest::newRow("user/pass") << QStringLiteral("user");
    }

    void wrongPasswordIsAuthFailed()
    {
        QFETCH(QString, auth);
        const QByteArray wrong = "Wrong-pop3-Passw0rd";
        const CliRun run = runCli(asCarol(QStringLiteral("POP3_TLS_PORT"))
                + QStringList { QStringLiteral("--auth"), auth, QStringLiteral("--json") },
            passwordEnv(wrong));
        QCOMPARE(run.exitCode, 1);
        const QJsonObject result = run.json();
        QCOMPARE(findingCodes(result).value(0), QStringLiteral("auth.failed"));
        QVERIFY(result.value(QStringLiteral("mailbox")).isUndefined());
        QVERIFY(!leaksSecret(run.all(), wrong));
        QVERIFY(!leaksSecret(run.all(), m_password));
    }
};

QTEST_GUILESS_MAIN(TestPop3Dovecot)
#include "tst_pop3_dovecot.moc"
