// The app's widgets without a server: accessibility of every interactive widget, the settings
// form's port/security rules and validation, the transcript model's batching and bounds.
#include "GuiSupport.h"

#include "account/CredentialStore.h"
#include "account/ProfileStore.h"
#include "AccountsPanel.h"
#include "CertificateView.h"
#include "DiagnoseController.h"
#include "FindingsView.h"
#include "i18n/Language.h"
#include "MainWindow.h"
#include "StepsModel.h"
#include "TranscriptModel.h"
#include "wizard/SetupWizard.h"

#include <functional>
#include <QAbstractButton>
#include <QAccessible>
#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>

using namespace md;
using namespace md::gui;
using namespace md::test;

namespace {

/// A failed result with everything a view can show: a finding with a fix, an untrusted chain.
ReportEntry sampleEntry()
{
    ReportEntry e;
    e.settings.protocol = Protocol::Smtp;
    e.settings.host = QStringLiteral("mail.example.test");
    e.settings.port = 587;
    e.result.host = e.settings.host;
    e.result.port = 587;
    Step step;
    step.name = QStringLiteral("connect");
    step.ms = 12;
    e.result.steps << step;
    Finding fix;
    fix.code = QStringLiteral("security.implicit_tls_expected");
    fix.title = QStringLiteral("This port expects TLS from the first byte");
    fix.detail = QStringLiteral("Use implicit TLS.");
    fix.fix = { { QStringLiteral("security"), QStringLiteral("tls") } };
    Finding untrusted;
    untrusted.code = QStringLiteral("tls.untrusted");
    untrusted.title = QStringLiteral("The certificate is not trusted");
    e.result.findings << fix << untrusted;
    TlsReport tls;
    CertificateInfo leaf;
    leaf.subject = QStringLiteral("CN=mail.example.test");
    leaf.issuer = QStringLiteral("CN=Someone");
    leaf.spkiSha256 = QStringLiteral("ab:cd:ef");
    leaf.daysLeft = 30;
    tls.chain << leaf;
    tls.errors << QStringLiteral("The issuer certificate of a locally looked up certificate could not be found");
    e.result.tls = tls;
    return e;
}

/// The mnemonic letter of a text ("Check &sending" → 's'), or a null QChar.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

/// Mnemonics that more than one visible control (or menu) of `window` uses.
QStringList clashingMnemonics(QWidget *window)
{
    QMultiHash<QChar, QString> owners;
    const auto add = [&owners](const QString &text) {
        const QChar c = mnemonic(text);
        if (!c.isNull())
            owners.insert(c, text);
    };
    for (QAction *menu : window->findChild<QMenuBar *>()->actions())
        add(menu->text());
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>()) {
        if (b->isVisibleTo(window))
            add(b->text());
    }
    for (QLabel *l : window->findChildren<QLabel *>()) {
        if (l->buddy() && l->isVisibleTo(window))
            add(l->text());
    }
    for (QTabBar *bar : window->findChildren<QTabBar *>()) {
        if (!bar->isVisibleTo(window))
            continue;
        for (int i = 0; i < bar->count(); ++i)
            add(bar->tabText(i));
    }
    QStringList clashes;
    for (const QChar c : owners.uniqueKeys()) {
        if (owners.count(c) > 1)
            clashes << QStringLiteral("%1: %2").arg(c, owners.values(c).join(QStringLiteral(" | ")));
    }
    return clashes;
}

/// Fills the findings and certificate views with sampleEntry() and opens the trust warning, so
/// every button the results can have exists.
void showEverything(DiagnoseView *view)
{
    view->findingsView()->setEntries({ sampleEntry() });
    view->certificateView()->setEntries({ sampleEntry() });
    view->certificateView()->requestTrust(Protocol::Smtp);
}

/// Runs `visit` with every combination of settings tab and results tab shown; returns how many.
int forEveryTab(DiagnoseView *view, const std::function<void()> &visit)
{
    int visited = 0;
    auto *settingsTabs = view->findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
    for (int settingsTab = 0; settingsTab < settingsTabs->count(); ++settingsTab) {
        settingsTabs->setCurrentIndex(settingsTab);
        for (int tab = 0; tab < view->resultTabs()->count(); ++tab) {
            view->resultTabs()->setCurrentIndex(tab);
            visit();
            ++visited;
        }
    }
    return visited;
}

}  // namespace

class TestGuiWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Walk the window's accessibility tree, on every results tab and with results shown.
    void everyInteractiveWidgetHasAName()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DiagnoseView *view = window.diagnoseView();
        showEverything(view);
        view->settingsWidget(Protocol::Smtp)->setPinnedSpki(QByteArray(32, 'x'));
        chooseSecurity(view->settingsWidget(Protocol::Smtp), QStringLiteral("none"));  // shows the consent box

        // Buttons the walk must meet, so it cannot pass by walking nothing.
        QVERIFY(
            view->findingsView()->findChild<QPushButton *>(QStringLiteral("applyFix:security.implicit_tls_expected")));
        QStringList unnamed;
        const int checkedTabs = forEveryTab(view, [&] {
            QAccessibleInterface *root = QAccessible::queryAccessibleInterface(&window);
            QVERIFY(root);
            collectUnnamed(root, unnamed);
        });
        QCOMPARE(checkedTabs, 8);
        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));

        // And the same from the widget side: every focusable widget has a name via QAccessible.
        QStringList focusableUnnamed;
        for (QWidget *w : window.findChildren<QWidget *>()) {
            if (w->focusPolicy() == Qt::NoFocus || !w->isEnabled())
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            if (iface && interactive(iface->role()) && iface->text(QAccessible::Name).trimmed().isEmpty())
                focusableUnnamed << QStringLiteral("%1 %2").arg(
                    QString::fromLatin1(w->metaObject()->className()), w->objectName());
        }
        QVERIFY2(focusableUnnamed.isEmpty(), qPrintable(focusableUnnamed.join(QLatin1Char('\n'))));
    }

    // Every icon the windows ask for is in the resources: a missing one only logs a warning
    // ("Cannot open file ':/icons/…'") and leaves the window without it.
    void everyIconIsThere()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("Cannot open file|Cannot read file")));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        gui::SetupWizard wizard(gui::SetupOptions {}, std::nullopt);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        // The assistant shows the application's icon (it once asked for a missing ":/icons/app.svg").
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ok.svg")));
        QCOMPARE(wizard.windowIcon().cacheKey(), QApplication::windowIcon().cacheKey());
    }

    // Alt+letter does one thing: no two visible controls (or a control and a menu) share one.
    // In every shipped language: a translation must not make two controls share a mnemonic.
    void mnemonicsAreUnique_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    void mnemonicsAreUnique()
    {
        QFETCH(QString, language);
        QVERIFY(i18n::installTranslators(language));
        const auto english = qScopeGuard([] { i18n::installTranslators(i18n::kEnglish); });
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DiagnoseView *view = window.diagnoseView();
        showEverything(view);
        QStringList clashes;
        QCOMPARE(forEveryTab(view, [&] { clashes << clashingMnemonics(&window); }), 8);
        clashes.removeDuplicates();
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
        // Ctrl+2 opens the steps, Ctrl+F the transcript's find field.
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(view->resultTabs()->currentIndex(), 1);
    }

    // No keychain (no session bus): picking an account says so, in the window, and still loads
    // the servers.
    void keychainProblemIsShown()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/maildoctor-test-bus");
        QTemporaryDir dir;
        ProfileStore profiles(dir.filePath(QStringLiteral("accounts.json")));
        Account account;
        account.name = QStringLiteral("Home");
        account.outgoing.protocol = Protocol::Smtp;
        account.outgoing.host = QStringLiteral("smtp.example.test");
        account.outgoing.port = 587;
        account.outgoing.user = QStringLiteral("alice");
        account.incoming.protocol = Protocol::Imap;
        account.incoming.host = QStringLiteral("imap.example.test");
        account.incoming.port = 993;
        account.incoming.security = Security::Tls;
        ProfileStore::Error error;
        QVERIFY(profiles.add(account, &error));
        KeychainCredentialStore keychain;
        keychain.setTimeout(5000);
        MainWindow window(&profiles, &keychain);
        AccountsPanel *panel = window.accountsPanel();
        QCOMPARE(panel->list()->count(), 2);
        QSignalSpy loaded(panel, &AccountsPanel::passwordsLoaded);
        panel->selectAccount(QStringLiteral("Home"));
        QCOMPARE(window.diagnoseView()->settingsWidget(Protocol::Smtp)->settings().host,
            QStringLiteral("smtp.example.test"));
        QVERIFY(loaded.wait(15000));
        QVERIFY2(panel->message().contains(QStringLiteral("keychain")), qPrintable(panel->message()));
        QVERIFY(window.diagnoseView()->settingsWidget(Protocol::Smtp)->settings().password.isEmpty());
    }

    // The window comes back with the size it was closed with.
    void geometryIsRemembered()
    {
        QSettings().clear();
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1013, 777);
            QTRY_COMPARE(window.size(), QSize(1013, 777));
            window.close();
        }
        MainWindow again;
        QCOMPARE(again.size(), QSize(1013, 777));
    }

    // The port follows the security and the other way round, as the CLI's defaults do.
    void portAndSecurityFollowEachOther()
    {
        ServerSettingsWidget smtp(Protocol::Smtp);
        chooseSecurity(&smtp, QStringLiteral("starttls"));
        QCOMPARE(smtp.settings().port, quint16(587));
        chooseSecurity(&smtp, QStringLiteral("tls"));
        QCOMPARE(smtp.settings().port, quint16(465));
        typePort(&smtp, 587);
        QVERIFY(smtp.settings().security == Security::StartTls);
        typePort(&smtp, 465);
        QVERIFY(smtp.settings().security == Security::Tls);
        // A custom port keeps the chosen security, and the security no longer moves it.
        typePort(&smtp, 2525);
        QVERIFY(smtp.settings().security == Security::Tls);
        chooseSecurity(&smtp, QStringLiteral("starttls"));
        QCOMPARE(smtp.settings().port, quint16(2525));

        ServerSettingsWidget imap(Protocol::Imap);
        chooseSecurity(&imap, QStringLiteral("starttls"));
        QCOMPARE(imap.settings().port, quint16(143));
        typePort(&imap, 993);
        QVERIFY(imap.settings().security == Security::Tls);
        // Switching the incoming form to POP3 takes the port along: 993 → 995, 110 ⇄ STARTTLS.
        auto *protocolChoice = imap.findChild<QComboBox *>(QStringLiteral("protocol"));
        QVERIFY(protocolChoice);
        protocolChoice->setCurrentIndex(protocolChoice->findData(QStringLiteral("pop3")));
        QVERIFY(imap.settings().protocol == Protocol::Pop3);
        QCOMPARE(imap.settings().port, quint16(995));
        chooseSecurity(&imap, QStringLiteral("starttls"));
        QCOMPARE(imap.settings().port, quint16(110));
        QVERIFY(imap.findChild<QComboBox *>(QStringLiteral("auth"))->findData(QStringLiteral("user")) >= 0);
        QVERIFY(ServerSettingsWidget(Protocol::Smtp).findChild<QComboBox *>(QStringLiteral("protocol")) == nullptr);
    }

    void validationAndNoneRisk()
    {
        ServerSettingsWidget form(Protocol::Smtp);
        form.show();
        QVERIFY(!form.validationErrors().isEmpty());  // no host yet
        typeInto(&form, QStringLiteral("host"), QStringLiteral("mail example.com"));
        QVERIFY(form.validationErrors().join(QLatin1Char(' ')).contains(QStringLiteral("cannot be right")));
        typeInto(&form, QStringLiteral("host"), QStringLiteral("mail.example.test"));
        QVERIFY(form.validationErrors().isEmpty());
        auto *consent = form.findChild<QCheckBox *>();
        QVERIFY(consent);
        QVERIFY(!consent->isVisible());
        chooseSecurity(&form, QStringLiteral("none"));
        QVERIFY(consent->isVisible());  // "None" shows its risk and asks
        QVERIFY(!form.settings().allowPlaintextAuth);
        consent->setChecked(true);
        QVERIFY(form.settings().allowPlaintextAuth);
        chooseSecurity(&form, QStringLiteral("tls"));
        QVERIFY(!consent->isVisible());
        QVERIFY(!form.settings().allowPlaintextAuth);

        // A fix changes exactly its keys and says so.
        const QStringList changes = form.applyFix(
            { { QStringLiteral("port"), 587 }, { QStringLiteral("security"), QStringLiteral("starttls") } });
        QCOMPARE(changes.size(), 2);
        QCOMPARE(form.settings().port, quint16(587));
        QVERIFY(form.settings().security == Security::StartTls);
        QCOMPARE(form.settings().host, QStringLiteral("mail.example.test"));
        QCOMPARE(form.highlightedFields(), (QStringList { QStringLiteral("port"), QStringLiteral("security") }));
        typeInto(&form, QStringLiteral("host"), QStringLiteral("other.example.test"));
        QCOMPARE(form.highlightedFields(), (QStringList { QStringLiteral("port"), QStringLiteral("security") }));
    }

    // Events enter the model in batches on the event loop, never beyond the bound.
    void transcriptBatchesAndBound()
    {
        TranscriptModel model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        TranscriptEvent event;
        event.kind = TranscriptEvent::Kind::Received;
        event.text = QStringLiteral("250-SIZE 10240000");
        for (int i = 0; i < 1000; ++i)
            model.append(event);
        QCOMPARE(model.rowCount(), 0);  // nothing until the batch timer runs
        QTRY_COMPARE(model.rowCount(), 1000);
        QCOMPARE(inserted.count(), 1);  // one insert for the whole batch
        QVERIFY(model.lineText(0).contains(QStringLiteral("S:")));
        QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("SIZE")));

        event.text = QString(TranscriptModel::kMaxLineChars + 500, QLatin1Char('x'));
        model.append(event);
        model.flush();
        QVERIFY(model.lineText(1000).contains(QStringLiteral("+500")));

        event.text = QStringLiteral("line");
        for (int i = 0; i < TranscriptModel::kMaxRows + 10; ++i)
            model.append(event);
        QTRY_COMPARE_WITH_TIMEOUT(model.pendingCount(), 0, 20000);
        QCOMPARE(model.rowCount(), TranscriptModel::kMaxRows);
        QVERIFY(model.droppedCount() >= 1011);

        // Control characters and bidi overrides from a server are shown, not obeyed.
        TranscriptModel clean;
        event.text = QStringLiteral("evil\x1b[2J\u202Etxt");
        clean.append(event);
        clean.flush();
        QVERIFY(!clean.lineText(0).contains(QChar(0x1b)));
        QVERIFY(!clean.lineText(0).contains(QChar(0x202E)));
    }

    // Explanations come from the core's explain().
    void tooltipsExplainCodes()
    {
        using K = TranscriptEvent::Kind;
        QVERIFY(TranscriptModel::explanationFor(K::Received, QStringLiteral("535 5.7.8 Authentication failed"))
                    .contains(QStringLiteral("5.7.8")));
        QVERIFY(TranscriptModel::explanationFor(K::Received, QStringLiteral("a1 NO [AUTHENTICATIONFAILED] no"))
                    .contains(QStringLiteral("AUTHENTICATIONFAILED")));
        QVERIFY(TranscriptModel::explanationFor(K::Received, QStringLiteral("* CAPABILITY IMAP4rev1 IDLE STARTTLS"))
                    .contains(QStringLiteral("IDLE")));
        QVERIFY(TranscriptModel::explanationFor(K::Sent, QStringLiteral("AUTH SCRAM-SHA-256 n,,n=alice"))
                    .contains(QStringLiteral("SCRAM-SHA-256")));
        QVERIFY(TranscriptModel::explanationFor(K::Info, QStringLiteral("Connecting")).isEmpty());
    }
};

QTEST_MAIN(TestGuiWidgets)
#include "tst_gui_widgets.moc"
