// The finding codes are one table (knownFindingCodes() in core/diagnosis/Diagnoser.cpp): every
// code a rule can produce is in it, the README documents each one, and each one is expected by
// at least one test that makes a check or the diagnoser produce it.
#include "diagnosis/Diagnoser.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace md;

namespace {

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

const QString kSource = QStringLiteral(MAILDOCTOR_SOURCE_DIR);

}  // namespace

class TestFindingCodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableHasNoDuplicates()
    {
        QStringList codes = knownFindingCodes();
        QVERIFY(codes.size() > 40);
        codes.removeDuplicates();
        QCOMPARE(codes.size(), knownFindingCodes().size());
    }

    void everyCodeARuleUsesIsInTheTable()
    {
        // Codes are written as QStringLiteral("area.name") in the rule files (core/diagnosis and
        // its rules/ folder).
        static const QRegularExpression code(QStringLiteral(
            "QStringLiteral\\(\"((?:dns|net|security|tls|starttls|auth|smtp|imap|pop3|proxy|server|port|check)"
            "\\.[a-z0-9_]+)\"\\)"));
        int seen = 0;
        QDirIterator it(kSource + QStringLiteral("/core/diagnosis"), { QStringLiteral("*.cpp") }, QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString text = readFile(it.next());
            for (auto m = code.globalMatch(text); m.hasNext();) {
                const QString c = m.next().captured(1);
                ++seen;
                QVERIFY2(knownFindingCodes().contains(c), qPrintable(c));
            }
        }
        QVERIFY(seen > 40);
    }

    void readmeDocumentsEveryCode()
    {
        const QString readme = readFile(kSource + QStringLiteral("/README.md"));
        QVERIFY(!readme.isEmpty());
        for (const QString &c : knownFindingCodes())
            QVERIFY2(readme.contains(QLatin1Char('`') + c + QLatin1Char('`')), qPrintable(c));
    }

    void everyCodeIsExpectedByATest()
    {
        // A test expects a code when it names it as a string in a test source (a data row, a
        // QCOMPARE on findings.first().code, a findCode() lookup), this file aside.
        QString tests;
        QDirIterator it(kSource + QStringLiteral("/tests"), { QStringLiteral("tst_*.cpp") }, QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.endsWith(QLatin1String("tst_finding_codes.cpp")))
                tests += readFile(path);
        }
        QVERIFY(!tests.isEmpty());
        for (const QString &c : knownFindingCodes())
            QVERIFY2(tests.contains(QLatin1Char('"') + c + QLatin1Char('"')), qPrintable(c));
    }
};

QTEST_GUILESS_MAIN(TestFindingCodes)
#include "tst_finding_codes.moc"
