// Text rendering of results: what reaches a terminal must be safe whatever the server sent.
#include "transcript/Report.h"

#include <QtTest>

using namespace md;

class TestReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void terminalSafe_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("250 OK") << QStringLiteral("250 OK");
        QTest::newRow("escape sequence") << QStringLiteral("550 \x1b[2J\x1b]0;pwned\x07")
                                         << QStringLiteral("550 \\x1B[2J\\x1B]0;pwned\\x07");
        QTest::newRow("forged line") << QStringLiteral("250 ok\r\n   0.001     S: 235 fake")
                                     << QStringLiteral("250 ok\\x0D\\x0A   0.001     S: 235 fake");
        QTest::newRow("DEL and C1") << QStringLiteral("a\x7f") + QChar(0x9b) + QStringLiteral("b")
                                    << QStringLiteral("a\\x7F\\x9Bb");
        QTest::newRow("bidi override") << QStringLiteral("x") + QChar(0x202e) + QStringLiteral("y")
                                       << QStringLiteral("x\\u202Ey");
        QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("a b");
        QTest::newRow("unicode kept") << QStringLiteral("Entwürfe ✓") << QStringLiteral("Entwürfe ✓");
    }

    void terminalSafe()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(md::terminalSafe(input), expected);
    }

    void newlinesOnlyWhereAsked()
    {
        QCOMPARE(md::terminalSafe(QStringLiteral("a\nb"), true), QStringLiteral("a\nb"));
        QCOMPARE(md::terminalSafe(QStringLiteral("a\nb")), QStringLiteral("a\\x0Ab"));
    }

    void transcriptLineAndSummaryAreSafe()
    {
        TranscriptEvent event;
        event.kind = TranscriptEvent::Kind::Received;
        event.text = QStringLiteral("220 \x1b[31mred\r\nS: 235 forged");
        const QString line = renderEventLine(event);
        QVERIFY(!line.contains(QChar(0x1b)));
        QVERIFY(!line.contains(QLatin1Char('\n')));
        QVERIFY(!line.contains(QLatin1Char('\r')));

        CheckResult result;
        result.ok = false;
        Step step;
        step.name = QStringLiteral("greeting");
        step.status = Step::Status::Failed;
        step.detail = QStringLiteral("The server refused the session: \x1b[2J");
        result.steps << step;
        result.failure = FailureKind::Rejected;
        result.failedStep = step.name;
        result.failureMessage = step.detail;
        const QString summary = renderSummaryText(result);
        QVERIFY(!summary.contains(QChar(0x1b)));
        QVERIFY(summary.contains(QStringLiteral("\\x1B[2J")));
        QVERIFY(summary.contains(QLatin1Char('\n')));  // our own layout survives
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
