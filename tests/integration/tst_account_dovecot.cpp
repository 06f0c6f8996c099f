// Saved accounts used for real: `account test` and an exported msmtp file against the Dovecot
// fixture, with the password in a real gnome-keyring (the test runs inside with-keyring.sh).
#include "AccountSupport.h"

#include <QJsonArray>

using namespace md::test;

class TestAccountDovecot : public QObject
{
    Q_OBJECT

    QHash<QString, QString> m_env;
    QByteArray m_password;

    // An account on the fixture: SMTP with STARTTLS, and IMAP with implicit TLS or POP3 with STLS.
    CliRun addFixtureAccount(const Sandbox &box, const QString &name, const QByteArray &password,
        const QString &incoming = QStringLiteral("imap")) const
    {
        const bool pop3 = incoming == QLatin1String("pop3");
        const QString in = QStringLiteral("--") + incoming + QLatin1Char('-');
        const QStringList arguments = { QStringLiteral("account"), QStringLiteral("add"), name,
            QStringLiteral("--email"), m_env.value(QStringLiteral("MAIL_ADDRESS")), QStringLiteral("--smtp-host"),
            QStringLiteral("localhost"), QStringLiteral("--smtp-port"),
            m_env.value(QStringLiteral("SMTP_STARTTLS_PORT")), QStringLiteral("--smtp-security"),
            QStringLiteral("starttls"), QStringLiteral("--smtp-user"), m_env.value(QStringLiteral("MAIL_USER")),
            in + QStringLiteral("host"), QStringLiteral("localhost"), in + QStringLiteral("port"),
            m_env.value(pop3 ? QStringLiteral("POP3_STARTTLS_PORT") : QStringLiteral("IMAP_TLS_PORT")),
            in + QStringLiteral("security"), pop3 ? QStringLiteral("starttls") : QStringLiteral("tls"),
            in + QStringLiteral("user"), m_env.value(QStringLiteral("MAIL_USER")), QStringLiteral("--ca-file"),
            m_env.value(QStringLiteral("CA_FILE")), QStringLiteral("--password-env"),
            QStringLiteral("MD_TEST_PASSWORD") };
        return box.cli(arguments, { { QStringLiteral("MD_TEST_PASSWORD"), QString::fromUtf8(password) } });
    }

    static QStringList findingCodes(const QJsonObject &check)
    {
        QStringList codes;
        for (const QJsonValue &f : check.value(QStringLiteral("findings")).toArray())
            codes << f.toObject().value(QStringLiteral("code")).toString();
        return codes;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("WITH_KEYRING_DAEMON_PID"),
            "run this test through tests/support/keyring/with-keyring.sh");
        m_env = serverEnv();
        QVERIFY2(!m_env.value(QStringLiteral("SMTP_STARTTLS_PORT")).isEmpty(),
            "server.env from the mailserver fixture is missing (MAILDOCTOR_SERVER_ENV)");
        m_password = m_env.value(QStringLiteral("MAIL_PASSWORD")).toUtf8();
        QVERIFY(!m_password.isEmpty());
    }

    void testWithTheStoredPassword()
    {
        Sandbox box(true);
        const CliRun add = addFixtureAccount(box, QStringLiteral("Fixture"), m_password);
        QVERIFY2(add.exitCode == 0, add.err.constData());

        // A restart: a new process reads the profile and the keychain; no password is given.
        const CliRun json = box.cli({ QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("Fixture"),
            QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("20") });
        QVERIFY2(json.exitCode == 0, json.all().constData());
        const QJsonObject result = json.json();
        QCOMPARE(result.value(QStringLiteral("account")).toString(), QStringLiteral("Fixture"));
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(), true);
        const QJsonArray checks = result.value(QStringLiteral("checks")).toArray();
        QCOMPARE(checks.size(), 2);
        QCOMPARE(checks.at(0).toObject().value(QStringLiteral("protocol")).toString(), QStringLiteral("smtp"));
        QCOMPARE(checks.at(1).toObject().value(QStringLiteral("protocol")).toString(), QStringLiteral("imap"));
        for (const QJsonValue &check : checks) {
            const QJsonObject c = check.toObject();
            QVERIFY(c.value(QStringLiteral("ok")).toBool());
            QCOMPARE(c.value(QStringLiteral("host")).toString(), QStringLiteral("localhost"));
            // It logged in: the login step ran and passed (the password came from the keychain).
            bool loggedIn = false;
            for (const QJsonValue &step : c.value(QStringLiteral("steps")).toArray()) {
                const QJsonObject s = step.toObject();
                if (s.value(QStringLiteral("name")).toString() == QLatin1String("auth")
                    || s.value(QStringLiteral("name")).toString() == QLatin1String("login"))
                    loggedIn = s.value(QStringLiteral("status")).toString() == QLatin1String("ok");
            }
            QVERIFY2(loggedIn, QJsonDocument(c).toJson().constData());
            QVERIFY(!findingCodes(c).contains(QStringLiteral("auth.not_tested")));
        }
        QVERIFY(!leaksSecret(json.all(), m_password));

        // The text form: the same transcript and summary as smtp / imap, one after the other.
        const CliRun text = box.cli({ QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("Fixture"),
            QStringLiteral("--timeout"), QStringLiteral("20") });
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("== Outgoing (SMTP): localhost port"));
        QVERIFY(text.out.contains("== Incoming (IMAP): localhost port"));
        QVERIFY(text.out.contains("C: EHLO"));
        QVERIFY(text.out.contains("Steps:"));
        QVERIFY(!leaksSecret(text.all(), m_password));

        const CliRun smtpOnly = box.cli({ QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("Fixture"),
            QStringLiteral("--smtp-only"), QStringLiteral("--json") });
        QCOMPARE(smtpOnly.exitCode, 0);
        QCOMPARE(smtpOnly.json().value(QStringLiteral("checks")).toArray().size(), 1);
    }

    void sameJsonAsTheSingleChecks()
    {
        // Each entry of "checks" is what `smtp --json` prints: the same fields.
        Sandbox box(true);
        QCOMPARE(addFixtureAccount(box, QStringLiteral("Same"), m_password).exitCode, 0);
        const CliRun account = box.cli({ QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("Same"),
            QStringLiteral("--smtp-only"), QStringLiteral("--json") });
        const CliRun single = box.cli(
            { QStringLiteral("smtp"), QStringLiteral("--host"), QStringLiteral("localhost"), QStringLiteral("--port"),
                m_env.value(QStringLiteral("SMTP_STARTTLS_PORT")), QStringLiteral("--security"),
                QStringLiteral("starttls"), QStringLiteral("--ca-file"), m_env.value(QStringLiteral("CA_FILE")),
                QStringLiteral("--user"), m_env.value(QStringLiteral("MAIL_USER")), QStringLiteral("--password-env"),
                QStringLiteral("MD_TEST_PASSWORD"), QStringLiteral("--json") },
            { { QStringLiteral("MD_TEST_PASSWORD"), QString::fromUtf8(m_password) } });
        QCOMPARE(single.exitCode, 0);
        const QJsonObject fromAccount = account.json().value(QStringLiteral("checks")).toArray().first().toObject();
        QCOMPARE(fromAccount.keys(), single.json().keys());
        // The same steps (the sent lines hold SCRAM nonces that differ from run to run).
        const auto steps = [](const QJsonObject &result) {
            QStringList names;
            for (const QJsonValue &step : result.value(QStringLiteral("steps")).toArray())
                names << step.toObject().value(QStringLiteral("name")).toString();
            return names;
        };
        QVERIFY(steps(fromAccount).contains(QStringLiteral("auth")));
        QCOMPARE(steps(fromAccount), steps(single.json()));
    }

    void pop3Account()
    {
        Sandbox box(true);
        const CliRun add = addFixtureAccount(box, QStringLiteral("Pop"), m_password, QStringLiteral("pop3"));
        QVERIFY2(add.exitCode == 0, add.err.constData());
        const CliRun run = box.cli({ QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("Pop"),
            QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("20") });
        QVERIFY2(run.exitCode == 0, run.all().constData());
        const QJsonArray checks = run.json().value(QStringLiteral("checks")).toArray();
        QCOMPARE(checks.size(), 2);
        QCOMPARE(checks.at(1).toObject().value(QStringLiteral("protocol")).toString(), QStringLiteral("pop3"));
        QVERIFY(checks.at(1).toObject().value(QStringLiteral("ok")).toBool());
        QVERIFY(!leaksSecret(run.all(), m_password));

        const CliRun only = box.cli({ QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("Pop"),
            QStringLiteral("--pop3-only"), QStringLiteral("--json") });
        QCOMPARE(only.exitCode, 0);
        QCOMPARE(only.json().value(QStringLiteral("checks")).toArray().size(), 1);
        QCOMPARE(box.cli({ QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("Pop"),
                             QStringLiteral("--imap-only") })
                     .exitCode,
            2);
    }

    void wrongStoredPasswordFails()
    {
        Sandbox box(true);
        QCOMPARE(addFixtureAccount(box, QStringLiteral("Wrong"), "not-the-password").exitCode, 0);
        const CliRun run = box.cli({ QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("Wrong"),
            QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("20") });
        QCOMPARE(run.exitCode, 1);
        const QJsonObject result = run.json();
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(), false);
        const QJsonArray checks = result.value(QStringLiteral("checks")).toArray();
        QCOMPARE(checks.size(), 2);
        for (const QJsonValue &check : checks)
            QVERIFY2(findingCodes(check.toObject()).contains(QStringLiteral("auth.failed")),
                qPrintable(findingCodes(check.toObject()).join(QLatin1Char(','))));
        QVERIFY(!leaksSecret(run.all(), "not-the-password"));

        // A password given for the run replaces the stored one.
        const CliRun given = box.cli({ QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("Wrong"),
                                         QStringLiteral("--password-stdin"), QStringLiteral("--imap-only") },
            {}, m_password + '\n');
        QVERIFY2(given.exitCode == 0, given.all().constData());
    }

    void msmtpSendsWithTheKeychainPassword()
    {
        Sandbox box(true);
        QCOMPARE(addFixtureAccount(box, QStringLiteral("Sender"), m_password).exitCode, 0);
        const CliRun exported = box.cli({ QStringLiteral("account"), QStringLiteral("export"), QStringLiteral("Sender"),
            QStringLiteral("--format"), QStringLiteral("msmtp") });
        QCOMPARE(exported.exitCode, 0);
        QVERIFY(exported.out.contains("passwordeval secret-tool lookup"));
        QVERIFY(!leaksSecret(exported.out, m_password));

        QTemporaryDir dir;
        const QString config = dir.filePath(QStringLiteral("msmtprc"));
        {
            QFile f(config);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(exported.out);
            f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        const QByteArray marker = "md-msmtp-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        const QByteArray message = "From: " + m_env.value(QStringLiteral("MAIL_ADDRESS")).toUtf8()
            + "\r\nTo: bob@example.test\r\nSubject: " + marker + "\r\nMessage-ID: <" + marker
            + "@example.test>\r\n\r\nSent by msmtp.\r\n";
        const CliRun sent = box.run(QStringLiteral("msmtp"),
            { QStringLiteral("--file=") + config, QStringLiteral("--account=Sender"), QStringLiteral("--"),
                QStringLiteral("bob@example.test") },
            {}, message, 60000);
        QVERIFY2(sent.exitCode == 0, sent.all().constData());

        // The relay sink writes one file per message; ours carries the marker.
        const QDir relayed(m_env.value(QStringLiteral("RELAYED_DIR")));
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
            for (const QString &file : relayed.entryList(QDir::Files)) {
                QFile f(relayed.filePath(file));
                if (f.open(QIODevice::ReadOnly) && f.readAll().contains(marker))
                    return true;
            }
            return false;
        }()),
            10000);
    }
};

QTEST_GUILESS_MAIN(TestAccountDovecot)
#include "tst_account_dovecot.moc"
