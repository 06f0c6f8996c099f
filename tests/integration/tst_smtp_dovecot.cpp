// maildoctor-cli smtp against the real Dovecot submission service the fixture started.
#include "IntegrationSupport.h"

#include "net/TlsReport.h"

#include <QDir>
#include <QJsonArray>
#include <QSslCertificate>
#include <QTemporaryDir>

using namespace md::test;

class TestSmtpDovecot : public QObject
{
    Q_OBJECT

    QHash<QString, QString> m_env;
    QByteArray m_password;

    // The fixture's ports are random, so the mode is never implied by the port: say it.
    QStringList base(const QString &portKey, QString security = {}) const
    {
        if (security.isEmpty())
            security = portKey == QLatin1String("SMTP_TLS_PORT") ? QStringLiteral("tls") : QStringLiteral("starttls");
        return {QStringLiteral("smtp"), QStringLiteral("--host"), QStringLiteral("localhost"), QStringLiteral("--port"),
                m_env.value(portKey), QStringLiteral("--security"), security, QStringLiteral("--ca-file"),
                m_env.value(QStringLiteral("CA_FILE")), QStringLiteral("--timeout"), QStringLiteral("20")};
    }
    QStringList withUser(const QString &portKey, const QString &security = {}) const
    {
        return base(portKey, security) + QStringList{QStringLiteral("--user"), m_env.value(QStringLiteral("MAIL_USER")),
                                           QStringLiteral("--password-env"), QStringLiteral("MD_TEST_PASSWORD")};
    }
    QHash<QString, QString> passwordEnv() const
    {
        return {{QStringLiteral("MD_TEST_PASSWORD"), QString::fromUtf8(m_password)}};
    }
    static QStringList stepNames(const QJsonObject &json)
    {
        QStringList names;
        for (const QJsonValue &step : json.value(QStringLiteral("steps")).toArray())
            names << step.toObject().value(QStringLiteral("name")).toString();
        return names;
    }
    static QJsonObject stepNamed(const QJsonObject &json, const QString &name)
    {
        for (const QJsonValue &step : json.value(QStringLiteral("steps")).toArray()) {
            if (step.toObject().value(QStringLiteral("name")).toString() == name)
                return step.toObject();
        }
        return {};
    }
    int relayedCount() const
    {
        return int(QDir(m_env.value(QStringLiteral("RELAYED_DIR"))).entryList(QDir::Files).size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = serverEnv();
        QVERIFY2(!m_env.value(QStringLiteral("SMTP_STARTTLS_PORT")).isEmpty(),
                 "server.env from the mailserver fixture is missing (MAILDOCTOR_SERVER_ENV)");
        m_password = m_env.value(QStringLiteral("MAIL_PASSWORD")).toUtf8();
        QVERIFY(!m_password.isEmpty());
    }

    void passes_data()
    {
        QTest::addColumn<QString>("portKey");
        QTest::addColumn<QString>("security");
        QTest::addColumn<QString>("auth");
        QTest::newRow("starttls plain") << QStringLiteral("SMTP_STARTTLS_PORT") << QStringLiteral("starttls")
                                        << QStringLiteral("plain");
        QTest::newRow("starttls login") << QStringLiteral("SMTP_STARTTLS_PORT") << QStringLiteral("starttls")
                                        << QStringLiteral("login");
        QTest::newRow("tls plain") << QStringLiteral("SMTP_TLS_PORT") << QStringLiteral("tls") << QStringLiteral("plain");
        QTest::newRow("tls login") << QStringLiteral("SMTP_TLS_PORT") << QStringLiteral("tls") << QStringLiteral("login");
    }

    void passes()
    {
        QFETCH(QString, portKey);
        QFETCH(QString, security);
        QFETCH(QString, auth);
        const QStringList args = withUser(portKey, security) + QStringList{QStringLiteral("--auth"), auth};
        const CliRun json = runCli(args + QStringList{QStringLiteral("--json")}, passwordEnv());
        QCOMPARE(json.exitCode, 0);
        const QJsonObject result = json.json();
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(result.value(QStringLiteral("security")).toString(), security);
        QCOMPARE(result.value(QStringLiteral("protocol")).toString(), QStringLiteral("smtp"));
        const QJsonObject tls = result.value(QStringLiteral("tls")).toObject();
        QCOMPARE(tls.value(QStringLiteral("verified")).toBool(), true);
        QVERIFY(tls.value(QStringLiteral("protocol")).toString().startsWith(QStringLiteral("TLSv1.")));
        const QJsonObject authStep = stepNamed(result, QStringLiteral("auth"));
        QCOMPARE(authStep.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(authStep.value(QStringLiteral("reply_code")).toInt(), 235);
        QVERIFY(authStep.value(QStringLiteral("detail")).toString().contains(auth.toUpper()));
        const QJsonObject caps = result.value(QStringLiteral("capabilities")).toObject();
        QVERIFY(!caps.value(QStringLiteral("after_tls")).toArray().isEmpty());
        if (security == QLatin1String("starttls")) {
            QVERIFY(stepNames(result).contains(QStringLiteral("starttls")));
            QVERIFY(caps.value(QStringLiteral("before_tls")).toArray().contains(QJsonValue(QStringLiteral("STARTTLS"))));
            // STARTTLS is not advertised again inside TLS.
            QVERIFY(!caps.value(QStringLiteral("after_tls")).toArray().contains(QJsonValue(QStringLiteral("STARTTLS"))));
        } else {
            QVERIFY(!stepNames(result).contains(QStringLiteral("starttls")));
        }
        QVERIFY(!leaksSecret(json.all(), m_password));

        const CliRun text = runCli(args, passwordEnv());
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("PASSED"));
        QVERIFY(text.out.contains("C: AUTH " + auth.toUpper().toLatin1()));
        QVERIFY(text.out.contains("235"));
        QVERIFY2(!leaksSecret(text.all(), m_password), text.out.constData());
    }

    void autoPicksTheStrongestMechanism()
    {
        const CliRun run = runCli(withUser(QStringLiteral("SMTP_STARTTLS_PORT")) + QStringList{QStringLiteral("--json")},
                                  passwordEnv());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(stepNamed(run.json(), QStringLiteral("auth")).value(QStringLiteral("detail")).toString().contains(
            QStringLiteral("SCRAM-SHA-256")));
        QVERIFY(!leaksSecret(run.all(), m_password));
    }

    void scramMechanisms_data()
    {
        QTest::addColumn<QString>("mechanism");
        QTest::newRow("scram-sha-256") << QStringLiteral("scram-sha-256");
        QTest::newRow("scram-sha-1") << QStringLiteral("scram-sha-1");
        QTest::newRow("cram-md5") << QStringLiteral("cram-md5");
    }

    void scramMechanisms()
    {
        QFETCH(QString, mechanism);
        const QStringList args = withUser(QStringLiteral("SMTP_TLS_PORT")) + QStringList{QStringLiteral("--auth"), mechanism,
                                                                                         QStringLiteral("--json")};
        const CliRun good = runCli(args, passwordEnv());
        QCOMPARE(good.exitCode, 0);
        QVERIFY(stepNamed(good.json(), QStringLiteral("auth")).value(QStringLiteral("detail")).toString().contains(
            mechanism.toUpper()));
        QVERIFY(!leaksSecret(good.all(), m_password));
        const CliRun bad = runCli(args, {{QStringLiteral("MD_TEST_PASSWORD"), QStringLiteral("wrong-password-here")}});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(!leaksSecret(bad.all(), "wrong-password-here"));
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
        const QStringList args = base(QStringLiteral("SMTP_STARTTLS_PORT"))
                                 + QStringList{QStringLiteral("--user"), m_env.value(QStringLiteral("MAIL_USER")),
                                               QStringLiteral("--token-env"), QStringLiteral("MD_TEST_TOKEN"),
                                               QStringLiteral("--auth"), mechanism, QStringLiteral("--json")};
        const CliRun good = runCli(args, {{QStringLiteral("MD_TEST_TOKEN"), token}});
        QCOMPARE(good.exitCode, 0);
        QVERIFY(!leaksSecret(good.all(), token.toUtf8()));

        const QString badToken = QStringLiteral("revoked-token-6789");
        const CliRun bad = runCli(args, {{QStringLiteral("MD_TEST_TOKEN"), badToken}});
        QCOMPARE(bad.exitCode, 1);
        const QString message = bad.json().value(QStringLiteral("failure")).toObject().value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("status")), qPrintable(message));
        QCOMPARE(stepNamed(bad.json(), QStringLiteral("auth")).value(QStringLiteral("reply_code")).toInt(), 535);
        QVERIFY(!leaksSecret(bad.all(), badToken.toUtf8()));
    }

    void pinnedKeyReplacesTheCaFile()
    {
        const auto certs = QSslCertificate::fromPath(m_env.value(QStringLiteral("CERT_DIR")) + QStringLiteral("/server.pem"));
        QCOMPARE(certs.size(), 1);
        const QByteArray spki = md::spkiSha256(certs.first());
        const QStringList noCa = {QStringLiteral("smtp"), QStringLiteral("--host"), QStringLiteral("localhost"),
                                  QStringLiteral("--port"), m_env.value(QStringLiteral("SMTP_TLS_PORT")),
                                  QStringLiteral("--security"), QStringLiteral("tls"), QStringLiteral("--json")};
        // Without the CA the private certificate is untrusted...
        const CliRun untrusted = runCli(noCa);
        QCOMPARE(untrusted.exitCode, 1);
        QCOMPARE(untrusted.json().value(QStringLiteral("failure")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("tls_verification"));
        // ...the pin trusts exactly this key, as colon hex, plain hex or base64.
        for (const QString &form : {QString::fromLatin1(spki.toHex(':')), QString::fromLatin1(spki.toHex()),
                                    QString::fromLatin1(spki.toBase64())}) {
            const CliRun pinned = runCli(noCa + QStringList{QStringLiteral("--pin-spki"), form});
            QCOMPARE(pinned.exitCode, 0);
            QCOMPARE(pinned.json().value(QStringLiteral("tls")).toObject().value(QStringLiteral("pinned")).toBool(), true);
        }
        // A wrong pin fails even though the CA file would have verified the chain.
        QByteArray wrong = spki;
        wrong[0] = char(wrong[0] ^ 0x01);
        const CliRun mismatch = runCli(noCa + QStringList{QStringLiteral("--ca-file"), m_env.value(QStringLiteral("CA_FILE")),
                                                          QStringLiteral("--pin-spki"), QString::fromLatin1(wrong.toHex())});
        QCOMPARE(mismatch.exitCode, 1);
        QCOMPARE(mismatch.json().value(QStringLiteral("failure")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("tls_verification"));
    }

    // --dns-server: the server name is looked up with that server (nsd with the resolver.test
    // zone), which the system's resolver does not know; the check then runs as usual.
    void dnsServerLooksTheNameUp()
    {
        const QString dnsServer = envFile(qEnvironmentVariable("MAILDOCTOR_DNS_ENV")).value(QStringLiteral("DNS_SERVER"));
        QVERIFY2(!dnsServer.isEmpty(), "MAILDOCTOR_DNS_ENV must name the dns.env of nsd.sh");
        const auto certs
            = QSslCertificate::fromPath(m_env.value(QStringLiteral("CERT_DIR")) + QStringLiteral("/server.pem"));
        QCOMPARE(certs.size(), 1);
        // The certificate names localhost, not mail.resolver.test: the pin trusts its key.
        const QStringList args = { QStringLiteral("smtp"), QStringLiteral("--host"), QStringLiteral("mail.resolver.test"),
            QStringLiteral("--port"), m_env.value(QStringLiteral("SMTP_TLS_PORT")), QStringLiteral("--security"),
            QStringLiteral("tls"), QStringLiteral("--pin-spki"), QString::fromLatin1(md::spkiSha256(certs.first()).toHex()),
            QStringLiteral("--dns-server"), dnsServer, QStringLiteral("--json") };
        const CliRun run = runCli(args);
        QVERIFY2(run.exitCode == 0, run.all().constData());
        const QJsonObject result = run.json();
        const QJsonObject dns = stepNamed(result, QStringLiteral("resolve"));
        QCOMPARE(dns.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY2(dns.value(QStringLiteral("detail")).toString().contains(QLatin1String("127.0.0.1")),
            qPrintable(dns.value(QStringLiteral("detail")).toString()));
        QCOMPARE(stepNamed(result, QStringLiteral("greeting")).value(QStringLiteral("status")).toString(),
            QStringLiteral("ok"));
        // A name the zone does not have: not found, said as such.
        QStringList missing = args;
        missing[2] = QStringLiteral("nothing-here.resolver.test");
        const CliRun notFound = runCli(missing);
        QCOMPARE(notFound.exitCode, 1);
        QCOMPARE(notFound.json().value(QStringLiteral("failure")).toObject().value(QStringLiteral("kind")).toString(),
            QStringLiteral("host_not_found"));
    }

    void tlsReportDescribesTheChain()
    {
        const CliRun run = runCli(base(QStringLiteral("SMTP_TLS_PORT")) + QStringList{QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject tls = run.json().value(QStringLiteral("tls")).toObject();
        const QJsonArray chain = tls.value(QStringLiteral("chain")).toArray();
        QCOMPARE(chain.size(), 2);
        const QJsonObject leaf = chain.first().toObject();
        QCOMPARE(leaf.value(QStringLiteral("subject")).toString(), QStringLiteral("CN=localhost"));
        QCOMPARE(leaf.value(QStringLiteral("issuer")).toString(), QStringLiteral("CN=Mail Doctor Test CA"));
        QVERIFY(leaf.value(QStringLiteral("subject_alt_names")).toArray().contains(QJsonValue(QStringLiteral("DNS:localhost"))));
        QVERIFY(leaf.value(QStringLiteral("days_left")).toInt() > 700);
        QCOMPARE(leaf.value(QStringLiteral("sha256")).toString().size(), 32 * 3 - 1);
        QCOMPARE(leaf.value(QStringLiteral("spki_sha256")).toString().size(), 32 * 3 - 1);
        QVERIFY(tls.value(QStringLiteral("errors")).toArray().isEmpty());
        const CliRun text = runCli(base(QStringLiteral("SMTP_TLS_PORT")));
        QVERIFY(text.out.contains("SPKI SHA-256: " + leaf.value(QStringLiteral("spki_sha256")).toString().toLatin1()));
    }

    void wrongPasswordFails()
    {
        const QByteArray wrong = "definitely-not-the-password";
        const CliRun run = runCli(withUser(QStringLiteral("SMTP_STARTTLS_PORT"))
                                      + QStringList{QStringLiteral("--auth"), QStringLiteral("plain"), QStringLiteral("--json")},
                                  {{QStringLiteral("MD_TEST_PASSWORD"), QString::fromLatin1(wrong)}});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject result = run.json();
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(), false);
        const QJsonObject authStep = stepNamed(result, QStringLiteral("auth"));
        QCOMPARE(authStep.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(authStep.value(QStringLiteral("reply_code")).toInt(), 535);
        const QJsonArray findings = result.value(QStringLiteral("findings")).toArray();
        QVERIFY(!findings.isEmpty());
        QCOMPARE(findings.first().toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QVERIFY(!leaksSecret(run.all(), wrong));
        QVERIFY(!stepNames(result).contains(QStringLiteral("mail_from")));
    }

    void passwordFromStdin()
    {
        const QStringList args = base(QStringLiteral("SMTP_TLS_PORT"))
                                 + QStringList{QStringLiteral("--user"), m_env.value(QStringLiteral("MAIL_USER")),
                                               QStringLiteral("--password-stdin"), QStringLiteral("--auth"),
                                               QStringLiteral("login")};
        const CliRun run = runCli(args, {}, m_password + "\n");
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!leaksSecret(run.all(), m_password));
    }

    void envelopeTestSendsNothing()
    {
        const int before = relayedCount();
        const CliRun run = runCli(withUser(QStringLiteral("SMTP_STARTTLS_PORT"))
                                      + QStringList{QStringLiteral("--from"), m_env.value(QStringLiteral("MAIL_ADDRESS")),
                                                    QStringLiteral("--to"), QStringLiteral("bob@example.test"),
                                                    QStringLiteral("--to"), QStringLiteral("carol@example.test"),
                                                    QStringLiteral("--json")},
                                  passwordEnv());
        QCOMPARE(run.exitCode, 0);
        const QStringList names = stepNames(run.json());
        QCOMPARE(names.count(QStringLiteral("rcpt_to")), 2);
        QVERIFY(names.contains(QStringLiteral("mail_from")));
        QVERIFY(names.contains(QStringLiteral("rset")));
        QVERIFY(!names.contains(QStringLiteral("data")));
        const QStringList sent = sentLines(run.json());
        QVERIFY(sent.contains(QStringLiteral("RSET")));
        QVERIFY(!sent.contains(QStringLiteral("DATA")));
        QCOMPARE(relayedCount(), before);
    }

    void sendDeliversThroughTheRelay()
    {
        const CliRun run = runCli(withUser(QStringLiteral("SMTP_TLS_PORT"))
                                      + QStringList{QStringLiteral("--from"), m_env.value(QStringLiteral("MAIL_ADDRESS")),
                                                    QStringLiteral("--to"), QStringLiteral("bob@example.test"),
                                                    QStringLiteral("--send")},
                                  passwordEnv());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!leaksSecret(run.all(), m_password));
        const auto match = QRegularExpression(QStringLiteral("Message-ID: (<[^>]+>)")).match(QString::fromUtf8(run.out));
        QVERIFY(match.hasMatch());
        const QByteArray messageId = match.captured(1).toUtf8();
        // The relay sink writes one file per message; find ours by its Message-ID.
        const QDir relayed(m_env.value(QStringLiteral("RELAYED_DIR")));
        QByteArray delivered;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     for (const QString &name : relayed.entryList(QDir::Files)) {
                                         QFile f(relayed.filePath(name));
                                         if (f.open(QIODevice::ReadOnly)) {
                                             const QByteArray content = f.readAll();
                                             if (content.contains(messageId)) {
                                                 delivered = content;
                                                 return true;
                                             }
                                         }
                                     }
                                     return false;
                                 }()),
                                 10000);
        QVERIFY(delivered.contains("Subject: Mail Doctor test message"));
        QVERIFY(delivered.contains("To: <bob@example.test>"));
    }

    void plaintextAuthIsRefusedWithoutConsent()
    {
        const CliRun run = runCli(withUser(QStringLiteral("SMTP_STARTTLS_PORT"), QStringLiteral("none"))
                                      + QStringList{QStringLiteral("--json")},
                                  passwordEnv());
        QCOMPARE(run.exitCode, 1);
        const QJsonObject result = run.json();
        QCOMPARE(result.value(QStringLiteral("failure")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("plaintext_refused"));
        const QStringList sent = sentLines(result);
        QVERIFY(sent.contains(QStringLiteral("QUIT")) || !sent.isEmpty());
        for (const QString &line : sent)
            QVERIFY2(!line.startsWith(QStringLiteral("AUTH")), qPrintable(line));
    }

    void plaintextAuthWithConsent()
    {
        const CliRun run = runCli(withUser(QStringLiteral("SMTP_STARTTLS_PORT"), QStringLiteral("none"))
                                      + QStringList{QStringLiteral("--allow-plaintext-auth"), QStringLiteral("--auth"),
                                                    QStringLiteral("plain"), QStringLiteral("--json")},
                                  passwordEnv());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.json().value(QStringLiteral("tls")).isNull());
        QVERIFY(!leaksSecret(run.all(), m_password));
    }

    // --report FILE.html: the app's report from the CLI, redacted; an unwritable path is exit 2.
    void reportFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.html"));
        const CliRun run = runCli(withUser(QStringLiteral("SMTP_STARTTLS_PORT"))
                                      + QStringList{QStringLiteral("--report"), path},
                                  passwordEnv());
        QCOMPARE(run.exitCode, 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray html = file.readAll();
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        QVERIFY(html.contains("PASSED"));
        QVERIFY(html.contains("EHLO"));
        QVERIFY(html.contains("application/json"));
        QVERIFY(!leaksSecret(html, m_password));
        const CliRun bad = runCli(withUser(QStringLiteral("SMTP_STARTTLS_PORT"))
                                      + QStringList{QStringLiteral("--report"), dir.filePath(QStringLiteral("no/such/dir/r.html"))},
                                  passwordEnv());
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("report"));
    }
};

QTEST_GUILESS_MAIN(TestSmtpDovecot)
#include "tst_smtp_dovecot.moc"
