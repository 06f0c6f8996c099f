// maildoctor-cli in the user's language: --help and a finding's title in the text output follow
// LANGUAGE; --json never changes with the language (finding texts, step details, failure).
// The check runs against a loopback port that refuses connections (nothing listens there).
#include "IntegrationSupport.h"

#include <QJsonArray>
#include <QTcpServer>

using namespace md::test;

namespace {

// A loopback port nothing listens on: bound once to learn a free number, then closed.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

QStringList refusedCheck(quint16 port, bool json)
{
    QStringList args { QStringLiteral("smtp"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
        QStringLiteral("--port"), QString::number(port), QStringLiteral("--security"), QStringLiteral("starttls") };
    if (json)
        args << QStringLiteral("--json");
    return args;
}

QHash<QString, QString> language(const QString &code)
{
    // LANG=C: only LANGUAGE speaks, and the C locale alone means English.
    return { { QStringLiteral("LANGUAGE"), code }, { QStringLiteral("LC_ALL"), QString() },
        { QStringLiteral("LC_MESSAGES"), QString() }, { QStringLiteral("LANG"), QStringLiteral("C.UTF-8") } };
}

// What of a --json result may not depend on the language: everything but the timings.
QByteArray languageNeutralPart(const QJsonObject &result)
{
    QJsonArray steps;
    for (const QJsonValue &step : result.value(QStringLiteral("steps")).toArray()) {
        QJsonObject s = step.toObject();
        s.remove(QStringLiteral("ms"));
        s.remove(QStringLiteral("start_ms"));
        steps.append(s);
    }
    QJsonArray transcript;
    for (const QJsonValue &event : result.value(QStringLiteral("transcript")).toArray()) {
        QJsonObject e = event.toObject();
        e.remove(QStringLiteral("ms"));
        transcript.append(e);
    }
    const QJsonObject neutral { { QStringLiteral("findings"), result.value(QStringLiteral("findings")) },
        { QStringLiteral("failure"), result.value(QStringLiteral("failure")) }, { QStringLiteral("steps"), steps },
        { QStringLiteral("transcript"), transcript } };
    return QJsonDocument(neutral).toJson(QJsonDocument::Compact);
}

}  // namespace

class TestI18nCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpInGerman()
    {
        const CliRun english = runCli({ QStringLiteral("--help") }, language(QStringLiteral("en")));
        QCOMPARE(english.exitCode, 0);
        QVERIFY(english.out.startsWith("Usage:\n"));
        const CliRun german = runCli({ QStringLiteral("--help") }, language(QStringLiteral("de")));
        QCOMPARE(german.exitCode, 0);
        QVERIFY2(german.out.startsWith("Aufruf:\n"), german.out.left(200).constData());
        QVERIFY(german.out.contains("gespeicherte Konten"));
        // The options and commands themselves are not translated.
        QVERIFY(german.out.contains("maildoctor-cli smtp --host HOST"));
        // The subcommands' help, built by QCommandLineParser, too.
        const CliRun account
            = runCli({ QStringLiteral("account"), QStringLiteral("--help") }, language(QStringLiteral("de")));
        QCOMPARE(account.exitCode, 0);
        QVERIFY2(!account.out.contains("Usage:"), account.out.left(300).constData());
    }

    void helpInFrench()
    {
        const CliRun english = runCli({ QStringLiteral("--help") }, language(QStringLiteral("en")));
        const CliRun french = runCli({ QStringLiteral("--help") }, language(QStringLiteral("fr")));
        QCOMPARE(french.exitCode, 0);
        QVERIFY(french.out != english.out);
        QVERIFY2(french.out.contains("compte"), french.out.left(400).constData());
        QVERIFY(french.out.contains("maildoctor-cli smtp --host HOST"));
    }

    void findingInTextOutput_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de") << "de"
                            << "Auf Port %1 nimmt niemand Verbindungen an";
        QTest::newRow("en") << "en"
                            << "Nothing accepts connections on port %1";
    }

    void findingInTextOutput()
    {
        QFETCH(QString, code);
        QFETCH(QString, expected);
        const quint16 port = closedPort();
        QVERIFY(port);
        const CliRun run = runCli(refusedCheck(port, false), language(code));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(QString::fromUtf8(run.out).contains(expected.arg(port)), run.out.constData());
    }

    void findingInFrench()
    {
        const quint16 port = closedPort();
        QVERIFY(port);
        const CliRun run = runCli(refusedCheck(port, false), language(QStringLiteral("fr")));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(!run.out.contains("Nothing accepts connections"), run.out.constData());
    }

    void jsonDoesNotChangeWithLanguage()
    {
        const quint16 port = closedPort();
        QVERIFY(port);
        const CliRun english = runCli(refusedCheck(port, true), language(QStringLiteral("en")));
        const CliRun german = runCli(refusedCheck(port, true), language(QStringLiteral("de")));
        const CliRun french = runCli(refusedCheck(port, true), language(QStringLiteral("fr")));
        QCOMPARE(english.exitCode, 1);
        QCOMPARE(german.exitCode, 1);
        const QJsonObject result = english.json();
        const QJsonArray findings = result.value(QStringLiteral("findings")).toArray();
        QVERIFY(!findings.isEmpty());
        QCOMPARE(findings.first().toObject().value(QStringLiteral("code")).toString(), QStringLiteral("net.refused"));
        QCOMPARE(findings.first().toObject().value(QStringLiteral("title")).toString(),
            QStringLiteral("Nothing accepts connections on port %1").arg(port));
        QCOMPARE(languageNeutralPart(german.json()), languageNeutralPart(result));
        QCOMPARE(languageNeutralPart(french.json()), languageNeutralPart(result));
        // ... while the same check's text output is German.
        const CliRun text = runCli(refusedCheck(port, false), language(QStringLiteral("de")));
        QVERIFY(!text.out.contains("Nothing accepts connections"));
    }
};

QTEST_MAIN(TestI18nCli)
#include "tst_i18n_cli.moc"
