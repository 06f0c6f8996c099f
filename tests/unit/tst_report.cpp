// Text rendering of results: what reaches a terminal must be safe whatever the server sent.
#include "transcript/HtmlReport.h"
#include "transcript/Report.h"

#include <QJsonDocument>
#include <QRegularExpression>
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

    // The HTML report: server text cannot inject markup or end the JSON block; no secret is read.
    void htmlReportIsSafeAndSelfContained()
    {
        md::ReportEntry entry;
        entry.settings.host = QStringLiteral("mail.example.test");
        entry.settings.port = 587;
        entry.settings.user = QStringLiteral("alice");
        entry.settings.password = QStringLiteral("s3cret-Pa55");
        entry.settings.token = QStringLiteral("tok3n-value");
        entry.result.host = entry.settings.host;
        entry.result.port = 587;
        md::TranscriptEvent hostile;
        hostile.kind = md::TranscriptEvent::Kind::Received;
        hostile.text = QStringLiteral("250 </script><script>alert(1)</script> <!-- \u202E");
        entry.result.transcript << hostile;
        md::Finding finding;
        finding.code = QStringLiteral("security.implicit_tls_expected");
        finding.title = QStringLiteral("<b>title</b>");
        finding.fix = { { QStringLiteral("security"), QStringLiteral("tls") } };
        entry.result.findings << finding;
        md::Step step;
        step.name = QStringLiteral("connect");
        step.ms = 5;
        entry.result.steps << step;
        entry.result.totalMs = 10;

        const QDateTime when = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
        const QString html = md::renderHtmlReport({ entry }, when);
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(!html.contains(QStringLiteral("<script>alert")));
        QVERIFY(!html.contains(QStringLiteral("<b>title</b>")));
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;title&lt;/b&gt;")));
        QCOMPARE(html.count(QStringLiteral("<script")), 1);  // only the inert JSON block
        QCOMPARE(html.count(QStringLiteral("</script>")), 1);
        QVERIFY(!html.contains(QStringLiteral("<!-- ")));
        QVERIFY(!html.contains(QRegularExpression(QStringLiteral("(src|href)="))));  // self-contained
        QVERIFY(html.contains(QStringLiteral("--security tls")));
        for (const QString &text : { html, md::renderTextReport({ entry }, when),
                 QString::fromUtf8(QJsonDocument(md::reportToJson({ entry }, when)).toJson()) }) {
            QVERIFY(!text.contains(QStringLiteral("s3cret-Pa55")));
            QVERIFY(!text.contains(QStringLiteral("tok3n-value")));
            QVERIFY(text.contains(QStringLiteral("alice")));
        }
        // The embedded JSON parses back to the report.
        const QString marker = QStringLiteral("id=\"maildoctor-report\">");
        const qsizetype start = html.indexOf(marker) + marker.size();
        const qsizetype end = html.indexOf(QStringLiteral("</script>"), start);
        const QJsonDocument json = QJsonDocument::fromJson(html.mid(start, end - start).toUtf8());
        QVERIFY(json.isObject());
        QCOMPARE(json[QStringLiteral("checks")][0][QStringLiteral("settings")][QStringLiteral("host")].toString(),
            QStringLiteral("mail.example.test"));
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
