// Translations inside the process: the language chosen from the environment as gettext reads it,
// the German and French catalogues and Qt's own loaded, plural forms, the app's widgets and a
// finding's title in the language, and machine output kept English (UntranslatedScope).
#include "CertificateView.h"
#include "check/CheckResult.h"
#include "DiagnoseView.h"
#include "diagnosis/Diagnoser.h"
#include "FindingsView.h"
#include "i18n/Language.h"
#include "MainWindow.h"
#include "transcript/Report.h"
#include "wizard/SetupWizard.h"
#include "wizard/WizardPages.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeView>
#include <QtTest>
#include <QWizard>

using namespace md;

namespace {

i18n::EnvironmentReader fakeEnvironment(const QHash<QString, QString> &values)
{
    return [values](const char *name) { return values.value(QString::fromLatin1(name)); };
}

// A failed check whose diagnosis is "nothing accepts connections on port 25".
CheckResult refusedResult()
{
    CheckResult r;
    r.protocol = Protocol::Smtp;
    r.host = QStringLiteral("mail.example.test");
    r.port = 25;
    r.security = Security::StartTls;
    r.ok = false;
    r.failure = FailureKind::ConnectionRefused;
    r.failedStep = QStringLiteral("connect");
    r.failureMessage = QStringLiteral("Connection refused");
    return r;
}

QStringList texts(QWidget *root)
{
    QStringList all;
    for (const QLabel *label : root->findChildren<QLabel *>())
        all << label->text();
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>())
        all << button->text();
    return all;
}

bool anyContains(const QStringList &list, const QString &needle)
{
    for (const QString &s : list) {
        if (s.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// Buttons and one-line labels of `root` narrower than their text needs: cut off.
QStringList cutOff(QWidget *root)
{
    QStringList clipped;
    for (const QAbstractButton *b : root->findChildren<QAbstractButton *>()) {
        if (b->isVisibleTo(root) && !b->text().isEmpty() && b->width() < b->sizeHint().width())
            clipped
                << QStringLiteral("button \"%1\": %2 < %3").arg(b->text()).arg(b->width()).arg(b->sizeHint().width());
    }
    for (const QLabel *l : root->findChildren<QLabel *>()) {
        if (l->isVisibleTo(root) && !l->wordWrap() && !l->text().isEmpty() && l->width() < l->minimumSizeHint().width())
            clipped << QStringLiteral("label \"%1\": %2 < %3")
                           .arg(l->text())
                           .arg(l->width())
                           .arg(l->minimumSizeHint().width());
    }
    for (const QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
        if (tabs->isVisibleTo(root) && tabs->width() < tabs->tabBar()->sizeHint().width())
            clipped << QStringLiteral("tabs \"%1\": %2 < %3")
                           .arg(tabs->tabText(0))
                           .arg(tabs->width())
                           .arg(tabs->tabBar()->sizeHint().width());
    }
    // Table columns that do not stretch must be as wide as their contents.
    for (const QTreeView *tree : root->findChildren<QTreeView *>()) {
        const QAbstractItemView *view = tree;  // sizeHintForColumn() is public here
        if (!view->isVisibleTo(root) || !view->model())
            continue;
        const int last = view->model()->columnCount() - 1;  // the last one stretches
        for (int column = 0; column < last; ++column) {
            if (!tree->isColumnHidden(column) && tree->columnWidth(column) < view->sizeHintForColumn(column))
                clipped << QStringLiteral("column %1 of %2: %3 < %4")
                               .arg(column)
                               .arg(view->objectName())
                               .arg(tree->columnWidth(column))
                               .arg(view->sizeHintForColumn(column));
        }
    }
    return clipped;
}

// With MAILDOCTOR_SCREENSHOT_DIR set, keeps a picture of `widget` there (to look at).
void keepPicture(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("MAILDOCTOR_SCREENSHOT_DIR");
    if (!dir.isEmpty() && QDir().mkpath(dir))
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

}  // namespace

class TestI18n : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }  // no user settings
    void cleanup() { i18n::installTranslators(i18n::kEnglish); }

    void shipsGermanAndFrench()
    {
        const QStringList shipped = i18n::shippedLanguages();
        QVERIFY2(shipped.contains(QStringLiteral("de")), qPrintable(shipped.join(QLatin1Char(','))));
        QVERIFY2(shipped.contains(QStringLiteral("fr")), qPrintable(shipped.join(QLatin1Char(','))));
        QVERIFY(!shipped.contains(i18n::kEnglish));
    }

    void languageFromEnvironment_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("lcAll");
        QTest::addColumn<QString>("lcMessages");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing set") << ""
                                     << ""
                                     << ""
                                     << ""
                                     << "en";
        QTest::newRow("LANG German") << ""
                                     << ""
                                     << ""
                                     << "de_DE.UTF-8"
                                     << "de";
        QTest::newRow("LANG French with modifier") << ""
                                                   << ""
                                                   << ""
                                                   << "fr_FR.UTF-8@euro"
                                                   << "fr";
        QTest::newRow("LANG C") << ""
                                << ""
                                << ""
                                << "C"
                                << "en";
        QTest::newRow("LANG C.UTF-8") << ""
                                      << ""
                                      << ""
                                      << "C.UTF-8"
                                      << "en";
        QTest::newRow("LANG POSIX") << ""
                                    << ""
                                    << ""
                                    << "POSIX"
                                    << "en";
        QTest::newRow("LANG not shipped") << ""
                                          << ""
                                          << ""
                                          << "ja_JP.UTF-8"
                                          << "en";
        QTest::newRow("LC_MESSAGES over LANG") << ""
                                               << ""
                                               << "fr_FR.UTF-8"
                                               << "de_DE.UTF-8"
                                               << "fr";
        QTest::newRow("LC_ALL over LC_MESSAGES") << ""
                                                 << "de_AT.UTF-8"
                                                 << "fr_FR.UTF-8"
                                                 << "en_US.UTF-8"
                                                 << "de";
        QTest::newRow("LC_ALL C wins") << ""
                                       << "C"
                                       << "de_DE.UTF-8"
                                       << "de_DE.UTF-8"
                                       << "en";
        QTest::newRow("LANGUAGE first") << "de"
                                        << "fr_FR.UTF-8"
                                        << ""
                                        << ""
                                        << "de";
        QTest::newRow("LANGUAGE list skips unknown") << "ja:pt_BR:fr_CA:de"
                                                     << ""
                                                     << ""
                                                     << "de_DE.UTF-8"
                                                     << "fr";
        QTest::newRow("LANGUAGE English entry") << "en_GB:de"
                                                << ""
                                                << ""
                                                << "de_DE.UTF-8"
                                                << "en";
        QTest::newRow("LANGUAGE all unknown falls back") << "ja:ko"
                                                         << ""
                                                         << ""
                                                         << "de_DE.UTF-8"
                                                         << "de";
    }

    void languageFromEnvironment()
    {
        QFETCH(QString, language);
        QFETCH(QString, lcAll);
        QFETCH(QString, lcMessages);
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        const auto env
            = fakeEnvironment({ { QStringLiteral("LANGUAGE"), language }, { QStringLiteral("LC_ALL"), lcAll },
                { QStringLiteral("LC_MESSAGES"), lcMessages }, { QStringLiteral("LANG"), lang } });
        QCOMPARE(i18n::languageFromEnvironment(env), expected);
    }

    void settingsOverride()
    {
        const auto german = fakeEnvironment({ { QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8") } });
        QCOMPARE(i18n::chooseLanguage(QString(), german), QStringLiteral("de"));
        QCOMPARE(i18n::chooseLanguage(QStringLiteral("en"), german), QStringLiteral("en"));
        QCOMPARE(i18n::chooseLanguage(QStringLiteral("fr"), german), QStringLiteral("fr"));
        QCOMPARE(i18n::chooseLanguage(QStringLiteral("xx"), german), QStringLiteral("de"));  // not shipped: system
    }

    void germanStringsAndQtsOwn()
    {
        QVERIFY(i18n::installTranslators(QStringLiteral("de")));
        QCOMPARE(i18n::installedLanguage(), QStringLiteral("de"));
        QCOMPARE(
            QCoreApplication::translate("md::gui::DiagnoseView", "Check &sending"), QStringLiteral("&Senden prüfen"));
        // Qt's own catalogue (qt6-translations-l10n) is loaded too.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
        QVERIFY(i18n::installTranslators(i18n::kEnglish));
        QCOMPARE(
            QCoreApplication::translate("md::gui::DiagnoseView", "Check &sending"), QStringLiteral("Check &sending"));
    }

    void germanPlurals_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("0") << 0 << "Der Posteingang enthält 0 Nachrichten.";
        QTest::newRow("1") << 1 << "Der Posteingang enthält 1 Nachricht.";
        QTest::newRow("2") << 2 << "Der Posteingang enthält 2 Nachrichten.";
    }

    void germanPlurals()
    {
        QFETCH(int, n);
        QFETCH(QString, expected);
        QVERIFY(i18n::installTranslators(QStringLiteral("de")));
        QCOMPARE(QCoreApplication::translate("md::gui::FindingsView", "The inbox holds %n message(s).", nullptr, n),
            expected);
    }

    // English needs no translation but has plurals: "%n message(s)" reads "1 message".
    void englishPlurals_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("0") << 0 << "The inbox holds 0 messages.";
        QTest::newRow("1") << 1 << "The inbox holds 1 message.";
        QTest::newRow("2") << 2 << "The inbox holds 2 messages.";
    }

    void englishPlurals()
    {
        QFETCH(int, n);
        QFETCH(QString, expected);
        QVERIFY(i18n::installTranslators(i18n::kEnglish));
        const auto inbox = [n] {
            return QCoreApplication::translate("md::gui::FindingsView", "The inbox holds %n message(s).", nullptr, n);
        };
        QCOMPARE(inbox(), expected);
        // "entry(s)" is no English word either.
        QCOMPARE(
            QCoreApplication::translate("md::discovery::Discovery", "%n unusable entry(s) ignored", nullptr, 2 + n),
            QStringLiteral("%1 unusable entries ignored").arg(2 + n));
        // Machine output keeps the source text, whatever the language.
        const i18n::UntranslatedScope untranslated;
        QCOMPARE(inbox(), QStringLiteral("The inbox holds %1 message(s).").arg(n));
    }

    void germanWidgetsAndFinding()
    {
        QVERIFY(i18n::installTranslators(QStringLiteral("de")));
        // A label of the setup assistant's first page.
        gui::AccountDraft draft;
        gui::SetupOptions options;
        gui::IdentityPage page(&draft, &options);
        QVERIFY2(texts(&page).contains(QStringLiteral("&E-Mail-Adresse:")), qPrintable(texts(&page).join(u'|')));
        // A button of the diagnose window.
        gui::DiagnoseView view;
        QVERIFY2(texts(&view).contains(QStringLiteral("&Senden prüfen")), qPrintable(texts(&view).join(u'|')));
        // A finding's title, diagnosed now, as the findings view shows it.
        ReportEntry entry;
        entry.settings.protocol = Protocol::Smtp;
        entry.settings.host = QStringLiteral("mail.example.test");
        entry.settings.port = 25;
        entry.result = refusedResult();
        entry.result.findings = diagnose(entry.result);
        QVERIFY(!entry.result.findings.isEmpty());
        QCOMPARE(entry.result.findings.first().code, QStringLiteral("net.refused"));
        gui::FindingsView findings;
        findings.setEntries({ entry });
        QVERIFY2(anyContains(texts(&findings), QStringLiteral("Auf Port 25 nimmt niemand Verbindungen an")),
            qPrintable(texts(&findings).join(u'|')));
    }

    void frenchWidgetsAndFinding()
    {
        QVERIFY(i18n::installTranslators(QStringLiteral("fr")));
        gui::AccountDraft draft;
        gui::SetupOptions options;
        gui::IdentityPage page(&draft, &options);
        QVERIFY2(anyContains(texts(&page), QStringLiteral("adresse")), qPrintable(texts(&page).join(u'|')));
        gui::DiagnoseView view;
        QVERIFY2(anyContains(texts(&view), QStringLiteral("Annuler")), qPrintable(texts(&view).join(u'|')));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
        CheckResult r = refusedResult();
        const QList<Finding> findings = diagnose(r);
        QVERIFY(!findings.isEmpty());
        QCOMPARE(findings.first().code, QStringLiteral("net.refused"));  // codes never change
        QVERIFY(!findings.first().title.startsWith(QLatin1String("Nothing accepts")));
        QVERIFY2(findings.first().title.contains(QLatin1String("25")), qPrintable(findings.first().title));
    }

    // The German texts are longer: at the app's own window sizes nothing is cut off.
    void germanLayoutsFit_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    void germanLayoutsFit()
    {
        QFETCH(QString, language);
        QVERIFY(i18n::installTranslators(language));
        gui::MainWindow window;
        window.resize(1200, 860);  // the first-start size
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ReportEntry entry;
        entry.settings.protocol = Protocol::Smtp;
        entry.settings.host = QStringLiteral("mail.example.test");
        entry.settings.port = 25;
        entry.result = refusedResult();
        entry.result.findings = diagnose(entry.result);
        window.diagnoseView()->findingsView()->setEntries({ entry });
        QVERIFY2(cutOff(&window).isEmpty(), qPrintable(cutOff(&window).join(u'\n')));
        keepPicture(&window, QStringLiteral("i18n-%1-main").arg(language));

        // The assistant's pages, each in a wizard of the app's size (820 × 680).
        gui::AccountDraft draft;
        gui::SetupOptions options;
        const auto checkPage = [&](QWizardPage *page, const QString &name) {
            QWizard wizard;
            wizard.addPage(page);
            wizard.resize(820, 680);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            QVERIFY2(cutOff(&wizard).isEmpty(), qPrintable(name + QLatin1Char(' ') + cutOff(&wizard).join(u'\n')));
            keepPicture(&wizard, QStringLiteral("i18n-%1-wizard-%2").arg(language, name));
        };
        checkPage(new gui::IdentityPage(&draft, &options), QStringLiteral("identity"));
        checkPage(new gui::OutgoingPage(&draft), QStringLiteral("outgoing"));
        checkPage(new gui::IncomingPage(&draft), QStringLiteral("incoming"));
        checkPage(new gui::TestPage(&draft), QStringLiteral("test"));
    }

    // Edit > Language: the choice is saved for the next start, which then uses it.
    void languageMenuSavesTheOverride()
    {
        QSettings().remove(i18n::kLanguageSettingsKey);
        gui::MainWindow window;
        auto *menu = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        QStringList names;
        for (const QAction *action : menu->actions())
            names << action->text();
        QCOMPARE(names,
            QStringList({ QStringLiteral("&System default"), QStringLiteral("English"), QStringLiteral("Deutsch"),
                QStringLiteral("Français") }));
        QVERIFY(menu->actions().first()->isChecked());  // nothing chosen yet: the system's
        auto *german = window.findChild<QAction *>(QStringLiteral("language_de"));
        QVERIFY(german);
        german->trigger();
        QCOMPARE(QSettings().value(i18n::kLanguageSettingsKey).toString(), QStringLiteral("de"));
        QVERIFY(!window.statusBar()->currentMessage().isEmpty());  // it says: after a restart
        const auto english = fakeEnvironment({ { QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8") } });
        QCOMPARE(i18n::chooseLanguage(QSettings().value(i18n::kLanguageSettingsKey).toString(), english),
            QStringLiteral("de"));
        window.findChild<QAction *>(QStringLiteral("language_system"))->trigger();
        QCOMPARE(QSettings().value(i18n::kLanguageSettingsKey).toString(), QString());
        QCOMPARE(i18n::chooseLanguage(QSettings().value(i18n::kLanguageSettingsKey).toString(), english),
            QStringLiteral("en"));
    }

    void untranslatedScopeGivesEnglish()
    {
        QVERIFY(i18n::installTranslators(QStringLiteral("de")));
        const CheckResult r = refusedResult();
        const QString german = diagnose(r).first().title;
        QCOMPARE(german, QStringLiteral("Auf Port 25 nimmt niemand Verbindungen an"));
        {
            const i18n::UntranslatedScope english;
            QCOMPARE(diagnose(r).first().title, QStringLiteral("Nothing accepts connections on port 25"));
        }
        QCOMPARE(diagnose(r).first().title, german);  // and back
    }
};

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
