// maildoctor-cli imap against the real Dovecot the fixture started.
#include "IntegrationSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QUuid>

using namespace md::test;

class TestImapDovecot : public QObject
{
    Q_OBJECT

    QHash<QString, QString> m_env;
    QByteArray m_password;

    // The fixture's ports are random, so the mode is never implied by the port: say it.
    QStringList base(const QString &portKey, QString security = {}) const
    {
        if (security.isEmpty())
            security = portKey == QLatin1String("IMAP_TLS_PORT") ? QStringLiteral("tls") : QStringLiteral("starttls");
        return {QStringLiteral("imap"), QStringLiteral("--host"), QStringLiteral("localhost"), QStringLiteral("--port"),
                m_env.value(portKey), QStringLiteral("--security"), security, QStringLiteral("--ca-file"),
                m_env.value(QStringLiteral("CA_FILE")), QStringLiteral("--timeout"), QStringLiteral("20")};
    }
    QStringList asAlice(const QString &portKey, const QString &security = {}) const
    {
        return base(portKey, security) + QStringList{QStringLiteral("--user"), m_env.value(QStringLiteral("MAIL_USER")),
                                                     QStringLiteral("--password-env"), QStringLiteral("MD_TEST_PASSWORD")};
    }
    QHash<QString, QString> passwordEnv(const QByteArray &password) const
    {
        return {{QStringLiteral("MD_TEST_PASSWORD"), QString::fromUtf8(password)}};
    }
    static QJsonObject stepNamed(const QJsonObject &json, const QString &name)
    {
        for (const QJsonValue &step : json.value(QStringLiteral("steps")).toArray()) {
            if (step.toObject().value(QStringLiteral("name")).toString() == name)
                return step.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = serverEnv();
        QVERIFY2(!m_env.value(QStringLiteral("IMAP_STARTTLS_PORT")).isEmpty(),
                 "server.env from the mailserver fixture is missing (MAILDOCTOR_SERVER_ENV)");
        m_password = m_env.value(QStringLiteral("MAIL_PASSWORD")).toUtf8();
    }

    void passes_data()
    {
        QTest::addColumn<QString>("portKey");
        QTest::addColumn<QString>("auth");
        QTest::addColumn<QString>("command");
        QTest::newRow("starttls authenticate plain") << QStringLiteral("IMAP_STARTTLS_PORT") << QStringLiteral("plain")
                                                     << QStringLiteral("AUTHENTICATE PLAIN");
        QTest::newRow("starttls login") << QStringLiteral("IMAP_STARTTLS_PORT") << QStringLiteral("login")
                                        << QStringLiteral("LOGIN");
        QTest::newRow("tls authenticate plain") << QStringLiteral("IMAP_TLS_PORT") << QStringLiteral("plain")
                                                << QStringLiteral("AUTHENTICATE PLAIN");
        QTest::newRow("tls login") << QStringLiteral("IMAP_TLS_PORT") << QStringLiteral("login") << QStringLiteral("LOGIN");
        QTest::newRow("starttls scram-sha-256") << QStringLiteral("IMAP_STARTTLS_PORT") << QStringLiteral("scram-sha-256")
                                                << QStringLiteral("AUTHENTICATE SCRAM-SHA-256");
    }

    void passes()
    {
        QFETCH(QString, portKey);
        QFETCH(QString, auth);
        QFETCH(QString, command);
        const QStringList args = asAlice(portKey) + QStringList{QStringLiteral("--auth"), auth};
        const CliRun json = runCli(args + QStringList{QStringLiteral("--json")}, passwordEnv(m_password));
        QCOMPARE(json.exitCode, 0);
        const QJsonObject result = json.json();
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(result.value(QStringLiteral("protocol")).toString(), QStringLiteral("imap"));
        QVERIFY(result.value(QStringLiteral("tls")).toObject().value(QStringLiteral("verified")).toBool());
        // The mailbox facts.
        QVERIFY(result.value(QStringLiteral("folder_count")).toInt() >= 4);
        QStringList names;
        for (const QJsonValue &f : result.value(QStringLiteral("folders")).toArray())
            names << f.toObject().value(QStringLiteral("name")).toString();
        QVERIFY(names.contains(QStringLiteral("INBOX")));
        const QJsonObject special = result.value(QStringLiteral("special_use")).toObject();
        QCOMPARE(special.value(QStringLiteral("sent")).toString(), QStringLiteral("Sent"));
        QCOMPARE(special.value(QStringLiteral("drafts")).toString(), QStringLiteral("Drafts"));
        QCOMPARE(special.value(QStringLiteral("trash")).toString(), QStringLiteral("Trash"));
        const QJsonObject inbox = result.value(QStringLiteral("inbox")).toObject();
        QVERIFY(inbox.value(QStringLiteral("exists")).isDouble());
        QVERIFY(inbox.value(QStringLiteral("uidvalidity")).toDouble() > 0);
        // Capabilities from before TLS were not reused after it.
        if (portKey == QLatin1String("IMAP_STARTTLS_PORT")) {
            const QJsonObject caps = result.value(QStringLiteral("capabilities")).toObject();
            QVERIFY(caps.value(QStringLiteral("before_tls")).toArray().contains(QJsonValue(QStringLiteral("STARTTLS"))));
            QVERIFY(!caps.value(QStringLiteral("after_tls")).toArray().contains(QJsonValue(QStringLiteral("STARTTLS"))));
        }
        QVERIFY(!leaksSecret(json.all(), m_password));

        const CliRun text = runCli(args, passwordEnv(m_password));
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(QRegularExpression(QStringLiteral(" C: a\\d+ %1 ").arg(command)).match(QString::fromUtf8(text.out)).hasMatch(),
                 text.out.constData());
        QVERIFY(text.out.contains("EXAMINE INBOX"));
        // The summary lists the folders with their special use, and the INBOX count.
        QVERIFY2(text.out.contains("\nMailbox:\n"), text.out.constData());
        QVERIFY(QRegularExpression(QStringLiteral("\n  INBOX: \\d+ message")).match(QString::fromUtf8(text.out)).hasMatch());
        QVERIFY(text.out.contains("\n    Sent  (sent)\n"));
        QVERIFY(text.out.contains("\n    Drafts  (drafts)\n"));
        QVERIFY(text.out.contains("PASSED"));
        QVERIFY2(!leaksSecret(text.all(), m_password), text.out.constData());
        if (auth == QLatin1String("login")) {
            // LOGIN shows the user name and a mask, never the password.
            QVERIFY(QRegularExpression(QStringLiteral("C: a\\d+ LOGIN \"alice\" •+"))
                        .match(QString::fromUtf8(text.out))
                        .hasMatch());
        }
    }

    void inboxCountMatches()
    {
        // Bob's mailbox is only ever touched here: put three messages there, then count.
        const QString maildir = m_env.value(QStringLiteral("INBOX_MAILDIR2"));
        QVERIFY(!maildir.isEmpty());
        QDir(maildir).mkpath(QStringLiteral("new"));
        const QDir newDir(maildir + QStringLiteral("/new"));
        const QDir curDir(maildir + QStringLiteral("/cur"));
        const int before = int(newDir.entryList(QDir::Files).size() + curDir.entryList(QDir::Files).size());
        for (int i = 0; i < 3; ++i) {
            QFile f(newDir.filePath(QStringLiteral("17000000%1.M%2P1.maildoctor").arg(i).arg(QUuid::createUuid().toString(QUuid::Id128))));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("From: carol@example.test\r\nTo: bob@example.test\r\nSubject: test " + QByteArray::number(i)
                    + "\r\n\r\nHello.\r\n");
            f.close();
            f.setPermissions(f.permissions() | QFileDevice::ReadOther | QFileDevice::WriteOther);
        }
        const QStringList args = base(QStringLiteral("IMAP_TLS_PORT"))
                                 + QStringList{QStringLiteral("--user"), m_env.value(QStringLiteral("MAIL_USER2")),
                                               QStringLiteral("--password-env"), QStringLiteral("MD_TEST_PASSWORD"),
                                               QStringLiteral("--json")};
        const CliRun run = runCli(args, passwordEnv(m_env.value(QStringLiteral("MAIL_PASSWORD2")).toUtf8()));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(QStringLiteral("inbox")).toObject().value(QStringLiteral("exists")).toInt(), before + 3);
        QVERIFY(stepNamed(run.json(), QStringLiteral("examine")).value(QStringLiteral("detail")).toString().contains(
            QString::number(before + 3)));
    }

    void wrongPasswordFails()
    {
        const QByteArray wrong = "not-alices-password";
        const CliRun run = runCli(asAlice(QStringLiteral("IMAP_STARTTLS_PORT"))
                                      + QStringList{QStringLiteral("--auth"), QStringLiteral("plain"), QStringLiteral("--json")},
                                  passwordEnv(wrong));
        QCOMPARE(run.exitCode, 1);
        const QJsonObject result = run.json();
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(), false);
        const QJsonObject auth = stepNamed(result, QStringLiteral("auth"));
        QCOMPARE(auth.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(auth.value(QStringLiteral("response_code")).toString(), QStringLiteral("AUTHENTICATIONFAILED"));
        const QJsonArray findings = result.value(QStringLiteral("findings")).toArray();
        QVERIFY(!findings.isEmpty());
        const QJsonObject first = findings.first().toObject();
        QVERIFY2((first.value(QStringLiteral("detail")).toString() + first.value(QStringLiteral("title")).toString())
                     .contains(QStringLiteral("AUTHENTICATIONFAILED")),
                 qPrintable(first.value(QStringLiteral("detail")).toString()));
        QVERIFY(!leaksSecret(run.all(), wrong));
        QVERIFY(stepNamed(result, QStringLiteral("list")).isEmpty());
    }

    void wrongPasswordWithLoginFails()
    {
        const QByteArray wrong = "not-alices-password";
        const CliRun run = runCli(asAlice(QStringLiteral("IMAP_TLS_PORT"))
                                      + QStringList{QStringLiteral("--auth"), QStringLiteral("login"), QStringLiteral("--json")},
                                  passwordEnv(wrong));
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(stepNamed(run.json(), QStringLiteral("login")).value(QStringLiteral("response_code")).toString(),
                 QStringLiteral("AUTHENTICATIONFAILED"));
        QVERIFY(!leaksSecret(run.all(), wrong));
    }

    void loginWithARealPassword_data()
    {
        QTest::addColumn<QString>("portKey");
        QTest::addColumn<QString>("auth");
        QTest::newRow("starttls login") << QStringLiteral("IMAP_STARTTLS_PORT") << QStringLiteral("login");
        QTest::newRow("tls login") << QStringLiteral("IMAP_TLS_PORT") << QStringLiteral("login");
        QTest::newRow("tls authenticate plain") << QStringLiteral("IMAP_TLS_PORT") << QStringLiteral("plain");
    }

    void loginWithARealPassword()
    {
        // dave's password has spaces, quotes, a backslash and non-ASCII letters: LOGIN sends it
        // as a literal (Dovecot offers LITERAL+), raw UTF-8, and Dovecot accepts it.
        QFETCH(QString, portKey);
        QFETCH(QString, auth);
        const QByteArray password = m_env.value(QStringLiteral("MAIL_PASSWORD3")).toUtf8();
        QVERIFY(password.contains(' ') && password.contains('"') && password.contains('\\') && password.contains("\xc3"));
        const QStringList args = base(portKey)
                                 + QStringList{QStringLiteral("--user"), m_env.value(QStringLiteral("MAIL_USER3")),
                                               QStringLiteral("--password-env"), QStringLiteral("MD_TEST_PASSWORD"),
                                               QStringLiteral("--auth"), auth};
        const CliRun json = runCli(args + QStringList{QStringLiteral("--json")}, passwordEnv(password));
        QVERIFY2(json.exitCode == 0, json.all().constData());
        if (auth == QLatin1String("login")) {
            const QStringList sent = sentLines(json.json());
            const bool literal = std::any_of(sent.begin(), sent.end(), [](const QString &line) {
                return line.contains(QStringLiteral("LOGIN \"dave\" {")) && line.endsWith(QLatin1String("}"));
            });
            QVERIFY2(literal, qPrintable(sent.join(QLatin1Char('\n'))));
        }
        QVERIFY(!leaksSecret(json.all(), password));
        const CliRun text = runCli(args, passwordEnv(password));
        QCOMPARE(text.exitCode, 0);
        QVERIFY(!leaksSecret(text.all(), password));

        // One byte off is a wrong password, not an unusable one.
        const QByteArray wrong = password.chopped(1);
        const CliRun bad = runCli(args + QStringList{QStringLiteral("--json")}, passwordEnv(wrong));
        QCOMPARE(bad.exitCode, 1);
        const QJsonArray findings = bad.json().value(QStringLiteral("findings")).toArray();
        QVERIFY(!findings.isEmpty());
        QCOMPARE(findings.first().toObject().value(QStringLiteral("code")).toString(), QStringLiteral("auth.failed"));
        QVERIFY(!leaksSecret(bad.all(), wrong));
    }

    void oauthTokens_data()
    {
        QTest::addColumn<QString>("mechanism");
        QTest::newRow("xoauth2") << QStringLiteral("xoauth2");
        QTest::newRow("oauthbearer") << QStringLiteral("oauthbearer");
    }

    void oauthTokens()
    {
        QFETCH(QString, mechanism);
        const QString token = m_env.value(QStringLiteral("OAUTH_TOKEN"));
        QVERIFY(!token.isEmpty());
        const QStringList args = base(QStringLiteral("IMAP_STARTTLS_PORT"))
                                 + QStringList{QStringLiteral("--user"), m_env.value(QStringLiteral("MAIL_USER")),
                                               QStringLiteral("--token-env"), QStringLiteral("MD_TEST_TOKEN"),
                                               QStringLiteral("--auth"), mechanism, QStringLiteral("--json")};
        const CliRun good = runCli(args, {{QStringLiteral("MD_TEST_TOKEN"), token}});
        QCOMPARE(good.exitCode, 0);
        QVERIFY(!leaksSecret(good.all(), token.toUtf8()));

        const QString badToken = QStringLiteral("expired-token-12345");
        const CliRun bad = runCli(args, {{QStringLiteral("MD_TEST_TOKEN"), badToken}});
        QCOMPARE(bad.exitCode, 1);
        // The server's decoded JSON error is part of the failure.
        const QString message = bad.json().value(QStringLiteral("failure")).toObject().value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("status")), qPrintable(message));
        QVERIFY(!leaksSecret(bad.all(), badToken.toUtf8()));
    }

    void plaintextLoginRefusedWithoutConsent()
    {
        const CliRun run = runCli(asAlice(QStringLiteral("IMAP_STARTTLS_PORT"), QStringLiteral("none"))
                                      + QStringList{QStringLiteral("--auth"), QStringLiteral("login"), QStringLiteral("--json")},
                                  passwordEnv(m_password));
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json().value(QStringLiteral("failure")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("plaintext_refused"));
        // The check got as far as the server's greeting, then sent no login of any kind.
        QCOMPARE(run.json().value(QStringLiteral("failure")).toObject().value(QStringLiteral("step")).toString(),
                 QStringLiteral("login"));
        QVERIFY(run.json().value(QStringLiteral("transcript")).toArray().size() > 3);
        const QStringList sent = sentLines(run.json());
        for (const QString &line : sent)
            QVERIFY2(!line.contains(QStringLiteral("LOGIN")) && !line.contains(QStringLiteral("AUTHENTICATE")),
                     qPrintable(line));
    }

    void noUserStillChecksTheConnection()
    {
        const CliRun run = runCli(base(QStringLiteral("IMAP_STARTTLS_PORT")) + QStringList{QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(stepNamed(run.json(), QStringLiteral("auth")).isEmpty());
        QCOMPARE(stepNamed(run.json(), QStringLiteral("logout")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestImapDovecot)
#include "tst_imap_dovecot.moc"
