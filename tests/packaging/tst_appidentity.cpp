// The compiled-in application icon and the one application id shared by the desktop files.
#include "AppIdentity.h"

#include <QFile>
#include <QImage>
#include <QSettings>
#include <QTest>

class TestAppIdentity : public QObject
{
    Q_OBJECT

private slots:
    void idNamesTheDesktopFiles()
    {
        const QString id = md::applicationId();
        QCOMPARE(id, QStringLiteral("io.github.maildoctor.MailDoctor"));
        const QString base = QStringLiteral(MAILDOCTOR_SOURCE_DIR "/resources/");
        QVERIFY(QFile::exists(base + id + QStringLiteral(".metainfo.xml")));
        QVERIFY(QFile::exists(base + QStringLiteral("icons/") + id + QStringLiteral(".svg")));
        QSettings desktop(base + id + QStringLiteral(".desktop"), QSettings::IniFormat);
        desktop.beginGroup(QStringLiteral("Desktop Entry"));
        QCOMPARE(desktop.value(QStringLiteral("Icon")).toString(), id);
        QCOMPARE(desktop.value(QStringLiteral("Exec")).toString(), QStringLiteral("maildoctor"));
    }

    void iconHasEveryDesktopSize()
    {
        const QIcon icon = md::applicationIcon();
        QVERIFY(!icon.isNull());
        const QList<int> sizes = md::applicationIconSizes();
        QCOMPARE(sizes, (QList<int> { 16, 22, 24, 32, 48, 64, 128, 256 }));
        const QList<QSize> available = icon.availableSizes();
        for (const int size : sizes)
            QVERIFY2(available.contains(QSize(size, size)), qPrintable(QString::number(size)));
    }

    void iconIsTheRenderedArtwork_data()
    {
        QTest::addColumn<int>("size");
        for (const int size : md::applicationIconSizes())
            QTest::addRow("%d px", size) << size;
    }

    // Each size is the real rendering: the blue envelope and the green badge are both there,
    // and the corners are transparent.
    void iconIsTheRenderedArtwork()
    {
        QFETCH(int, size);
        const QImage image = md::applicationIcon().pixmap(QSize(size, size)).toImage();
        QCOMPARE(image.size(), QSize(size, size));
        int blue = 0;
        int green = 0;
        for (int y = 0; y < size; ++y) {
            for (int x = 0; x < size; ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.alpha() > 200 && c.blue() > 150 && c.red() < 100)
                    ++blue;
                if (c.alpha() > 200 && c.green() > 120 && c.red() < 100 && c.blue() < 120)
                    ++green;
            }
        }
        QVERIFY2(blue > size * size / 8, qPrintable(QString::number(blue)));
        QVERIFY2(green > size * size / 32, qPrintable(QString::number(green)));
        QCOMPARE(image.pixelColor(0, 0).alpha(), 0);
    }
};

QTEST_MAIN(TestAppIdentity)
#include "tst_appidentity.moc"
