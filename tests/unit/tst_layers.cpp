// One direction: each layer of core/ includes only the layers below it, so results flow from
// settings through the connection and the checks to the rules and renderers, never back.
//   account, sasl  <  net  <  smtp, imap, pop3, check  <  diagnosis  <  transcript
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

#include <algorithm>

class TestLayers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void includesPointDown_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QStringList>("forbidden");
        const QStringList upper = { QStringLiteral("check"), QStringLiteral("smtp"), QStringLiteral("imap"),
            QStringLiteral("pop3"), QStringLiteral("diagnosis"), QStringLiteral("transcript") };
        QTest::newRow("account") << QStringLiteral("account") << (upper + QStringList { QStringLiteral("net") });
        QTest::newRow("sasl") << QStringLiteral("sasl") << (upper + QStringList { QStringLiteral("net") });
        QTest::newRow("net") << QStringLiteral("net") << upper;
        // The transcript's events are data the checks produce; its renderers sit on top.
        QTest::newRow("check") << QStringLiteral("check")
                               << QStringList { QStringLiteral("diagnosis"), QStringLiteral("transcript/Report") };
        QTest::newRow("smtp") << QStringLiteral("smtp") << QStringList { QStringLiteral("diagnosis") };
        QTest::newRow("imap") << QStringLiteral("imap") << QStringList { QStringLiteral("diagnosis") };
        QTest::newRow("pop3") << QStringLiteral("pop3") << QStringList { QStringLiteral("diagnosis") };
        QTest::newRow("diagnosis") << QStringLiteral("diagnosis") << QStringList { QStringLiteral("transcript") };
    }

    void includesPointDown()
    {
        QFETCH(QString, folder);
        QFETCH(QStringList, forbidden);
        static const QRegularExpression include(
            QStringLiteral("^#include \"([a-z]+/[A-Za-z]+)"), QRegularExpression::MultilineOption);
        int files = 0;
        QDirIterator it(QStringLiteral(MAILDOCTOR_SOURCE_DIR "/core/") + folder,
            { QStringLiteral("*.h"), QStringLiteral("*.cpp") }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            ++files;
            const QString text = QString::fromUtf8(file.readAll());
            for (auto m = include.globalMatch(text); m.hasNext();) {
                const QString included = m.next().captured(1);
                const bool wrong = std::any_of(forbidden.begin(), forbidden.end(),
                    [&](const QString &f) { return included == f || included.startsWith(f + QLatin1Char('/')); });
                QVERIFY2(!wrong, qPrintable(QStringLiteral("%1 includes %2").arg(path, included)));
            }
        }
        QVERIFY(files > 0);
    }
};

QTEST_GUILESS_MAIN(TestLayers)
#include "tst_layers.moc"
