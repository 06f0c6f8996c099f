// maildoctor-cli discover against real servers in a private network namespace (netns-run.sh):
// nsd as the only name server (also behind the system resolver), an HTTPS server with the test
// CA serving good, malformed, oversized, DTD/entity and redirecting autoconfig documents and PACC
// with a good and a wrong digest, and the real Dovecot on the standard ports. No lookup leaves
// the machine: the namespace has nothing but loopback.
#include "discovery/Discovery.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace md;

namespace {

struct Run {
    int exitCode = -1;
    QJsonObject json;
    QByteArray out;
    QByteArray err;
    qint64 ms = 0;
};

Run runCli(const QStringList &arguments, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    Run run;
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(MAILDOCTOR_CLI), arguments);
    if (!process.waitForFinished(60000))
        process.kill();
    run.ms = clock.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.json = QJsonDocument::fromJson(run.out).object();
    return run;
}

Run discover(const QStringList &arguments)
{
    return runCli(QStringList { QStringLiteral("discover") } + arguments);
}

QStringList common()
{
    return { QStringLiteral("--json"), QStringLiteral("--ca-file"), qEnvironmentVariable("DISCOVERY_CA_FILE"),
        QStringLiteral("--ispdb-url"), QStringLiteral("https://ispdb.test/v1.1/") };
}

QJsonObject source(const QJsonObject &json, const QString &name, const QString &queryPart = {})
{
    for (const QJsonValue &v : json.value(QLatin1String("sources")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("name")).toString() == name
            && o.value(QLatin1String("query")).toString().contains(queryPart))
            return o;
    }
    return {};
}

QJsonObject candidate(const QJsonObject &json, const QString &protocol, const QString &host, int port)
{
    for (const QJsonValue &v : json.value(QLatin1String("candidates")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("protocol")).toString() == protocol
            && o.value(QLatin1String("host")).toString() == host && o.value(QLatin1String("port")).toInt() == port)
            return o;
    }
    return {};
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
}

QString status(const QJsonObject &o)
{
    return o.value(QLatin1String("status")).toString();
}

}  // namespace

class TestDiscoveryLive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("DISCOVERY_CA_FILE").isEmpty(), "run through tests/discovery/netns-run.sh");
    }

    void wellConfiguredDomain_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("system resolver (resolv.conf → nsd)") << QStringList {};
        QTest::newRow("--dns-server 127.0.0.1:53")
            << QStringList { QStringLiteral("--dns-server"), QStringLiteral("127.0.0.1:53") };
        QTest::newRow("--dns-server [::1]:53")
            << QStringList { QStringLiteral("--dns-server"), QStringLiteral("[::1]:53") };
    }

    void wellConfiguredDomain()
    {
        QFETCH(QStringList, extra);
        const Run run = discover(QStringList { QStringLiteral("alice@example.test") } + common() + extra);
        QVERIFY2(run.exitCode == 0, run.out.constData());
        const QJsonObject &j = run.json;
        QCOMPARE(j.value(QLatin1String("email")).toString(), QStringLiteral("alice@example.test"));

        // Sources, each with its query and status.
        QCOMPARE(status(source(j, QStringLiteral("autoconfig"))), QStringLiteral("ok"));
        QCOMPARE(status(source(j, QStringLiteral("autoconfig-wellknown"))), QStringLiteral("not_found"));
        QCOMPARE(status(source(j, QStringLiteral("ispdb"))), QStringLiteral("not_found"));
        QCOMPARE(status(source(j, QStringLiteral("pacc"))), QStringLiteral("ok"));
        QCOMPARE(status(source(j, QStringLiteral("srv"), QStringLiteral("_imaps._tcp"))), QStringLiteral("ok"));
        QCOMPARE(
            status(source(j, QStringLiteral("srv"), QStringLiteral("_pop3s._tcp"))), QStringLiteral("not_offered"));
        QCOMPARE(status(source(j, QStringLiteral("mx"))), QStringLiteral("ok"));
        QVERIFY(source(j, QStringLiteral("autoconfig-http")).isEmpty());  // trusted sources answered

        // Implicit TLS first, verified by a probe of the real Dovecot, agreed by three sources.
        const QJsonObject recommended = j.value(QLatin1String("recommended")).toObject();
        const QJsonObject smtp = recommended.value(QLatin1String("smtp")).toObject();
        QCOMPARE(smtp.value(QLatin1String("host")).toString(), QStringLiteral("smtp.example.test"));
        QCOMPARE(smtp.value(QLatin1String("port")).toInt(), 465);
        QCOMPARE(smtp.value(QLatin1String("security")).toString(), QStringLiteral("tls"));
        QCOMPARE(smtp.value(QLatin1String("username")).toString(), QStringLiteral("alice"));  // %EMAILLOCALPART%
        QCOMPARE(smtp.value(QLatin1String("trust")).toString(), QStringLiteral("high"));
        QCOMPARE(smtp.value(QLatin1String("rank")).toInt(), 1);
        const QStringList smtpSources = strings(smtp.value(QLatin1String("sources")));
        QVERIFY2(smtpSources.contains(QLatin1String("autoconfig")) && smtpSources.contains(QLatin1String("srv"))
                && smtpSources.contains(QLatin1String("pacc")),
            qPrintable(smtpSources.join(QLatin1Char(','))));
        const QJsonObject imap = recommended.value(QLatin1String("imap")).toObject();
        QCOMPARE(imap.value(QLatin1String("host")).toString(), QStringLiteral("imap.example.test"));
        QCOMPARE(imap.value(QLatin1String("port")).toInt(), 993);
        QCOMPARE(imap.value(QLatin1String("security")).toString(), QStringLiteral("tls"));
        QVERIFY(recommended.value(QLatin1String("pop3")).isNull());  // only an unreachable one

        const QJsonObject starttls = candidate(j, QStringLiteral("smtp"), QStringLiteral("smtp.example.test"), 587);
        QVERIFY(!starttls.isEmpty());
        QVERIFY(starttls.value(QLatin1String("rank")).toInt() > 1);

        const bool probed = !extra.contains(QLatin1String("[::1]:53"));
        if (probed) {
            const QJsonObject probe = smtp.value(QLatin1String("probe")).toObject();
            QCOMPARE(status(probe), QStringLiteral("ok"));
            QVERIFY(probe.value(QLatin1String("certificate_verified")).toBool());
            QVERIFY(strings(imap.value(QLatin1String("auth"))).contains(QLatin1String("password-cleartext")));
            // The unreachable and the silent host are reported as such, not left out.
            const QJsonObject pop = candidate(j, QStringLiteral("pop3"), QStringLiteral("pop.example.test"), 995);
            QCOMPARE(status(pop.value(QLatin1String("probe")).toObject()), QStringLiteral("refused"));
            const QJsonObject silent = candidate(j, QStringLiteral("smtp"), QStringLiteral("mail.example.test"), 587);
            QCOMPARE(status(silent.value(QLatin1String("probe")).toObject()), QStringLiteral("timeout"));
        }
    }

    void withoutProbing()
    {
        const Run run = discover(QStringList { QStringLiteral("alice@example.test"), QStringLiteral("--no-probe"),
                                     QStringLiteral("--dns-server"), QStringLiteral("[::1]:53") }
            + common());
        QVERIFY2(run.exitCode == 0, run.out.constData());
        QVERIFY(source(run.json, QStringLiteral("probe")).isEmpty());
        for (const QJsonValue &c : run.json.value(QLatin1String("candidates")).toArray())
            QCOMPARE(status(c.toObject().value(QLatin1String("probe")).toObject()), QStringLiteral("not_probed"));
        QCOMPARE(run.json.value(QLatin1String("recommended"))
                     .toObject()
                     .value(QLatin1String("smtp"))
                     .toObject()
                     .value(QLatin1String("port"))
                     .toInt(),
            465);
        QVERIFY2(run.ms < 5000, "no silent host to wait for without probes");
    }

    void hostileDocumentsAndMxFallback()
    {
        const Run run = discover(QStringList { QStringLiteral("alice@bad.test") } + common());
        const QJsonObject &j = run.json;
        QVERIFY2(run.exitCode == 0, run.out.constData());
        const QJsonObject malformed = source(j, QStringLiteral("autoconfig"));
        QCOMPARE(status(malformed), QStringLiteral("invalid"));
        QVERIFY(malformed.value(QLatin1String("detail")).toString().contains(QLatin1String("well-formed")));
        const QJsonObject entities = source(j, QStringLiteral("autoconfig-wellknown"));
        QCOMPARE(status(entities), QStringLiteral("invalid"));
        QVERIFY(entities.value(QLatin1String("detail")).toString().contains(QLatin1String("DTD")));
        QCOMPARE(status(source(j, QStringLiteral("ispdb"))), QStringLiteral("too_large"));
        QCOMPARE(status(source(j, QStringLiteral("pacc"))), QStringLiteral("digest_mismatch"));
        QVERIFY(source(j, QStringLiteral("mx"))
                    .value(QLatin1String("detail"))
                    .toString()
                    .contains(QLatin1String("provider.test")));
        QCOMPARE(status(source(j, QStringLiteral("mx-autoconfig"))), QStringLiteral("ok"));
        QCOMPARE(status(source(j, QStringLiteral("mx-ispdb"))), QStringLiteral("not_found"));
        // Nothing from the refused documents got in.
        QVERIFY(!run.out.contains("attacker"));
        const QJsonObject imap
            = j.value(QLatin1String("recommended")).toObject().value(QLatin1String("imap")).toObject();
        QCOMPARE(imap.value(QLatin1String("host")).toString(), QStringLiteral("imap.example.test"));
        QCOMPARE(strings(imap.value(QLatin1String("sources"))), QStringList { QStringLiteral("mx-autoconfig") });
        QCOMPARE(imap.value(QLatin1String("username")).toString(), QStringLiteral("alice@bad.test"));
        // POP3 probed with the POP3 check (greeting, CAPA) through the real Dovecot.
        const QJsonObject pop3
            = j.value(QLatin1String("recommended")).toObject().value(QLatin1String("pop3")).toObject();
        QCOMPARE(pop3.value(QLatin1String("port")).toInt(), 995);
        const QJsonObject pop3Probe = pop3.value(QLatin1String("probe")).toObject();
        QCOMPARE(status(pop3Probe), QStringLiteral("ok"));
        QVERIFY(pop3Probe.value(QLatin1String("certificate_verified")).toBool());
        QVERIFY(!strings(pop3Probe.value(QLatin1String("capabilities"))).isEmpty());
    }

    void redirectsAndPlainHttp()
    {
        const Run run = discover(QStringList { QStringLiteral("alice@redirect.test") } + common());
        const QJsonObject &j = run.json;
        QVERIFY2(run.exitCode == 0, run.out.constData());
        const QJsonObject redirected = source(j, QStringLiteral("autoconfig"));
        QCOMPARE(status(redirected), QStringLiteral("ok"));
        QVERIFY(redirected.value(QLatin1String("detail")).toString().contains(QLatin1String("autoconfig.other.test")));
        const QJsonObject tooMany = source(j, QStringLiteral("autoconfig-wellknown"));
        QCOMPARE(status(tooMany), QStringLiteral("http_error"));
        QVERIFY(tooMany.value(QLatin1String("detail")).toString().contains(QLatin1String("3")));
        // Nothing trusted answered, so plain http was asked, and what it said is marked so.
        const QJsonObject http = source(j, QStringLiteral("autoconfig-http"), QStringLiteral("http://autoconfig."));
        QCOMPARE(status(http), QStringLiteral("ok"));
        const QJsonObject fromHttp = candidate(j, QStringLiteral("imap"), QStringLiteral("imap.example.test"), 143);
        QCOMPARE(fromHttp.value(QLatin1String("trust")).toString(), QStringLiteral("untrusted"));
        const QJsonObject crossDomain = candidate(j, QStringLiteral("imap"), QStringLiteral("imap.example.test"), 993);
        QCOMPARE(crossDomain.value(QLatin1String("trust")).toString(), QStringLiteral("untrusted"));
        bool warned = false;
        for (const QJsonValue &f : j.value(QLatin1String("findings")).toArray())
            warned = warned
                || f.toObject().value(QLatin1String("code")).toString() == QLatin1String("discovery.untrusted_source");
        QVERIFY(warned);
    }

    void srvOutsideTheDomainNeedsConfirmation()
    {
        const Run run = discover(QStringList { QStringLiteral("alice@srv.test") } + common());
        QVERIFY2(run.exitCode == 0, run.out.constData());
        const QJsonObject imap
            = run.json.value(QLatin1String("recommended")).toObject().value(QLatin1String("imap")).toObject();
        QCOMPARE(imap.value(QLatin1String("host")).toString(), QStringLiteral("imap.example.test"));
        QVERIFY(imap.value(QLatin1String("needs_confirmation")).toBool());
        QVERIFY(imap.value(QLatin1String("trust")).toString() != QLatin1String("high"));
        bool finding = false;
        for (const QJsonValue &f : run.json.value(QLatin1String("findings")).toArray())
            finding = finding
                || f.toObject().value(QLatin1String("code")).toString()
                    == QLatin1String("discovery.confirm_srv_target");
        QVERIFY(finding);
    }

    void deadlineHoldsWithSilentHost()
    {
        // mail.example.test accepts and never speaks; the 2 s deadline must still end the run.
        const Run run = discover(
            QStringList { QStringLiteral("alice@example.test"), QStringLiteral("--timeout"), QStringLiteral("2") }
            + common());
        QVERIFY2(run.ms < 4000, qPrintable(QStringLiteral("took %1 ms").arg(run.ms)));
        QVERIFY(run.json.value(QLatin1String("deadline_reached")).toBool());
        QVERIFY(run.json.value(QLatin1String("ms")).toInt() <= 2500);
        const QJsonObject silent
            = candidate(run.json, QStringLiteral("smtp"), QStringLiteral("mail.example.test"), 587);
        if (!silent.isEmpty())
            QCOMPARE(status(silent.value(QLatin1String("probe")).toObject()), QStringLiteral("timeout"));
        // What was found before the deadline is still there.
        QCOMPARE(run.exitCode, 0);
    }

    void nothingFound()
    {
        const Run run = discover(
            QStringList { QStringLiteral("alice@nothing.test"), QStringLiteral("--timeout"), QStringLiteral("5") }
            + common());
        QCOMPARE(run.exitCode, 1);
        QStringList codes;
        for (const QJsonValue &f : run.json.value(QLatin1String("findings")).toArray())
            codes << f.toObject().value(QLatin1String("code")).toString();
        QVERIFY(codes.contains(QLatin1String("discovery.no_smtp")));
        QVERIFY(codes.contains(QLatin1String("discovery.no_incoming")));
        QVERIFY(run.json.value(QLatin1String("recommended")).toObject().value(QLatin1String("smtp")).isNull());
        QVERIFY(run.json.value(QLatin1String("oauth_provider")).isNull());
    }

    // A custom domain on Microsoft 365, known as such only by its MX: discovery presets OAuth2
    // with Microsoft, and `oauth login` (its own MX lookup, through the system resolver) picks
    // the same provider and asks for its client id.
    void oauthProviderFromTheMx()
    {
        const Run run = discover(QStringList { QStringLiteral("alice@m365.test"), QStringLiteral("--no-probe"),
                                     QStringLiteral("--timeout"), QStringLiteral("10") }
            + common());
        QVERIFY2(run.json.value(QLatin1String("oauth_provider")).toString() == QLatin1String("microsoft"),
            run.out.constData());
        QVERIFY(source(run.json, QStringLiteral("mx"))
                    .value(QLatin1String("detail"))
                    .toString()
                    .contains(QLatin1String("mail.protection.outlook.com")));

        QTemporaryDir config;  // no client id stored anywhere
        QVERIFY(config.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        const auto login = [&env](const QString &user) {
            return runCli({ QStringLiteral("oauth"), QStringLiteral("login"), QStringLiteral("--user"), user,
                              QStringLiteral("--no-browser") },
                env);
        };
        const Run m365 = login(QStringLiteral("alice@m365.test"));
        QCOMPARE(m365.exitCode, 2);
        QVERIFY2(m365.err.contains("Microsoft 365") && m365.err.contains("entra.microsoft.com"), m365.err.constData());
        QVERIFY(m365.out.isEmpty());  // no sign-in URL without a client id

        // A domain the name server refuses to answer for: no provider, and why.
        const Run unknown = login(QStringLiteral("alice@nothing.test"));
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("Could not look up who hosts mail for nothing.test: ")
                && unknown.err.contains("Give --provider NAME"),
            unknown.err.constData());
    }

    void textOutput()
    {
        const Run run = discover(QStringList { QStringLiteral("alice@example.test"), QStringLiteral("--no-probe"),
            QStringLiteral("--ca-file"), qEnvironmentVariable("DISCOVERY_CA_FILE"), QStringLiteral("--no-ispdb") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(
            run.out.contains("maildoctor-cli smtp --host smtp.example.test --port 465 --security tls --user alice"),
            run.out.constData());
        QVERIFY(run.out.contains("maildoctor-cli imap --host imap.example.test --port 993 --security tls"));
        QVERIFY(run.out.contains("not_offered"));
        QVERIFY(!run.out.contains("ispdb"));
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no address") << QStringList {};
        QTest::newRow("not an address") << QStringList { QStringLiteral("alice") };
        QTest::newRow("two addresses") << QStringList { QStringLiteral("a@example.test"),
            QStringLiteral("b@example.test") };
        QTest::newRow("ispdb both") << QStringList { QStringLiteral("a@example.test"), QStringLiteral("--no-ispdb"),
            QStringLiteral("--ispdb-url"), QStringLiteral("https://x.test/") };
        QTest::newRow("bad dns server") << QStringList { QStringLiteral("a@example.test"),
            QStringLiteral("--dns-server"), QStringLiteral("ns.example.test") };
        QTest::newRow("bad timeout") << QStringList { QStringLiteral("a@example.test"), QStringLiteral("--timeout"),
            QStringLiteral("-1") };
        QTest::newRow("missing ca file") << QStringList { QStringLiteral("a@example.test"), QStringLiteral("--ca-file"),
            QStringLiteral("/nonexistent.pem") };
        QTest::newRow("unknown option") << QStringList { QStringLiteral("a@example.test"), QStringLiteral("--bogus") };
    }

    void usage()
    {
        QFETCH(QStringList, arguments);
        const Run run = discover(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    void streamsCandidatesBeforeTheEnd()
    {
        discovery::DiscoveryOptions options;
        options.dns = Resolver::parseServer(QStringLiteral("127.0.0.1:53"));
        options.dnsServer = QStringLiteral("127.0.0.1:53");
        options.caFile = qEnvironmentVariable("DISCOVERY_CA_FILE");
        options.ispdbBaseUrl = QUrl(QStringLiteral("https://ispdb.test/v1.1/"));
        discovery::Discovery discovery(*discovery::EmailAddress::parse(QStringLiteral("bob@example.test")), options);
        int foundBeforeEnd = 0;
        bool ended = false;
        connect(&discovery, &discovery::Discovery::candidateFound, this, [&] {
            if (!ended)
                ++foundBeforeEnd;
        });
        QSignalSpy finished(&discovery, &discovery::Discovery::finished);
        connect(&discovery, &discovery::Discovery::finished, this, [&] { ended = true; });
        discovery.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.count(), 1);
        QVERIFY(foundBeforeEnd >= 4);
        QVERIFY(discovery.result().usable());
        QVERIFY(!finished.wait(300));  // exactly once
    }
};

QTEST_GUILESS_MAIN(TestDiscoveryLive)
#include "tst_discovery_live.moc"
