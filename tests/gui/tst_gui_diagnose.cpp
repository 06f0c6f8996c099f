// The real diagnose window, driven like a person drives it, against the real Dovecot fixture.
#include "GuiSupport.h"
#include "IntegrationSupport.h"

#include "CertificateView.h"
#include "DiagnoseController.h"
#include "FindingsView.h"
#include "MainWindow.h"
#include "StepsModel.h"
#include "TranscriptModel.h"
#include "TranscriptView.h"

#include <QApplication>
#include <QClipboard>
#include <QListView>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace md;
using namespace md::gui;
using namespace md::test;

class TestGuiDiagnose : public QObject
{
    Q_OBJECT

    QHash<QString, QString> m_env;
    QByteArray m_password;

    [[nodiscard]] quint16 port(const char *key) const
    {
        return quint16(m_env.value(QString::fromLatin1(key)).toUInt());
    }

    /// Settings for a form, given at once (for the scenarios that are not about typing).
    ServerSettings smtp(const char *portKey, Security security, bool caFile = true) const
    {
        ServerSettings s;
        s.protocol = Protocol::Smtp;
        s.host = QStringLiteral("localhost");
        s.port = port(portKey);
        s.security = security;
        s.user = m_env.value(QStringLiteral("MAIL_USER"));
        s.password = QString::fromUtf8(m_password);
        if (caFile)
            s.caFile = m_env.value(QStringLiteral("CA_FILE"));
        s.timeouts = Timeouts::uniform(20000);
        return s;
    }

    static bool finishedRun(DiagnoseView *view) { return !view->isRunning() && !view->lastEntries().isEmpty(); }

    static void runAndWait(DiagnoseView *view, int timeoutMs = 30000)
    {
        auto *button = child<QPushButton>(view, QStringLiteral("checkSending"));
        QVERIFY(button && button->isEnabled());
        QSignalSpy finished(view, &DiagnoseView::runFinished);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(view->isRunning());
        QVERIFY(finished.wait(timeoutMs));
        QVERIFY(finishedRun(view));
    }

    static QStringList findingCodes(const DiagnoseView *view)
    {
        QStringList codes;
        for (const ReportEntry &e : view->lastEntries()) {
            for (const Finding &f : e.result.findings)
                codes << f.code;
        }
        return codes;
    }

    void expectNoLeak(const QByteArray &text, const char *where) { QVERIFY2(!leaksSecret(text, m_password), where); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_env = serverEnv();
        QVERIFY2(!m_env.value(QStringLiteral("SMTP_STARTTLS_PORT")).isEmpty(),
            "server.env from the mailserver fixture is missing (MAILDOCTOR_SERVER_ENV)");
        m_password = m_env.value(QStringLiteral("MAIL_PASSWORD")).toUtf8();
        QVERIFY(!m_password.isEmpty());
    }

    // Type the settings → "Check sending" → the steps tick off, it passes, the transcript has the
    // session, and the password is nowhere: model, copied text, saved reports.
    void typedSettingsPass()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DiagnoseView *view = window.diagnoseView();
        QWidget *form = view->settingsWidget(Protocol::Smtp);
        typeInto(form, QStringLiteral("host"), QStringLiteral("localhost"));
        chooseSecurity(form, QStringLiteral("starttls"));
        typePort(form, port("SMTP_STARTTLS_PORT"));
        typeInto(form, QStringLiteral("user"), m_env.value(QStringLiteral("MAIL_USER")));
        typeInto(form, QStringLiteral("password"), QString::fromUtf8(m_password));
        typeInto(form, QStringLiteral("caFile"), m_env.value(QStringLiteral("CA_FILE")));
        QVERIFY(view->settingsWidget(Protocol::Smtp)->settings().security == Security::StartTls);

        QSignalSpy stepRows(view->stepsModel(), &QAbstractItemModel::rowsInserted);
        runAndWait(view);
        QVERIFY(stepRows.count() >= 5);  // the steps appeared one by one while it ran

        const QList<ReportEntry> entries = view->lastEntries();
        QCOMPARE(entries.size(), 1);
        QVERIFY2(entries.first().result.ok, qPrintable(entries.first().result.failureMessage));
        QVERIFY(view->statusText().contains(QStringLiteral("works")));

        StepsModel *steps = view->stepsModel();
        QStringList names;
        for (int row = 0; row < steps->rowCount(); ++row) {
            QCOMPARE(steps->index(row, StepsModel::StatusColumn).data().toString(), QStringLiteral("OK"));
            names << steps->index(row, StepsModel::StepColumn).data(Qt::ToolTipRole).toString();
        }
        for (const char *name : { "connect", "greeting", "ehlo", "starttls", "tls", "auth", "quit" })
            QVERIFY2(names.contains(QString::fromLatin1(name)), name);
        QVERIFY(steps->index(0, StepsModel::WaterfallColumn).data(StepsModel::BarRole).isValid());

        TranscriptModel *transcript = view->transcriptModel();
        const QString all = transcript->allText();
        const auto hasLine = [](const QString &text, const char *pattern) {
            return text.contains(QRegularExpression(QString::fromLatin1(pattern), QRegularExpression::MultilineOption));
        };
        QVERIFY(hasLine(all, "^ +[0-9.]+ {6}C: +EHLO "));  // before TLS: no "tls" mark
        QVERIFY(hasLine(all, "^ +[0-9.]+ {6}S: +220 "));
        QVERIFY(hasLine(all, "^ +[0-9.]+  tls C: +AUTH "));  // the login travelled encrypted
        QVERIFY(hasLine(all, "^ +[0-9.]+  tls S: +235 "));
        QByteArray modelText;
        for (int row = 0; row < transcript->rowCount(); ++row) {
            for (int role : { int(Qt::DisplayRole), int(Qt::AccessibleTextRole), int(Qt::ToolTipRole),
                     int(TranscriptModel::MessageRole) })
                modelText += transcript->index(row).data(role).toString().toUtf8() + '\n';
        }
        expectNoLeak(modelText, "transcript model");
        // The 235 line explains itself on hover.
        bool explained = false;
        for (int row = 0; row < transcript->rowCount(); ++row) {
            if (hasLine(transcript->lineText(row), "S: +235 "))
                explained = !transcript->index(row).data(Qt::ToolTipRole).toString().isEmpty();
        }
        QVERIFY(explained);

        // Copy all (Ctrl+Shift+C) and copy a selection (Ctrl+A, Ctrl+C in the list).
        QApplication::clipboard()->clear();
        QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        const QString copiedAll = QApplication::clipboard()->text();
        QVERIFY(hasLine(copiedAll, "C: +EHLO "));
        expectNoLeak(copiedAll.toUtf8(), "copy all");
        view->resultTabs()->setCurrentWidget(view->transcriptView());
        QListView *list = view->transcriptView()->listView();
        list->setFocus();
        list->selectAll();
        QApplication::clipboard()->clear();
        QTest::keyClick(list, Qt::Key_C, Qt::ControlModifier);
        const QString copied = QApplication::clipboard()->text();
        QCOMPARE(copied.count(QLatin1Char('\n')), transcript->rowCount());
        expectNoLeak(copied.toUtf8(), "copied selection");

        // Find (Ctrl+F) jumps to the matching line.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(view->transcriptView()->findEdit()->hasFocus());
        QTest::keyClicks(view->transcriptView()->findEdit(), QStringLiteral("235"));
        QTest::keyClick(view->transcriptView()->findEdit(), Qt::Key_Return);
        QVERIFY(transcript->lineText(list->currentIndex().row()).contains(QStringLiteral("235")));

        // The saved report: HTML, text and JSON, all without the password.
        QTemporaryDir dir;
        QString error;
        QVERIFY2(view->saveReport(dir.filePath(QStringLiteral("report.html")), &error), qPrintable(error));
        for (const char *name : { "report.html", "report.txt", "report.json" }) {
            QFile file(dir.filePath(QString::fromLatin1(name)));
            QVERIFY2(file.open(QIODevice::ReadOnly), name);
            const QByteArray bytes = file.readAll();
            QVERIFY2(bytes.contains("EHLO"), name);
            QVERIFY2(bytes.contains("localhost"), name);
            expectNoLeak(bytes, name);
        }
        QFile html(dir.filePath(QStringLiteral("report.html")));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QByteArray page = html.readAll();
        QVERIFY(page.contains("PASSED"));
        QVERIFY(page.contains("class=\"bar\""));
        QVERIFY(page.contains("SPKI SHA-256"));
        QVERIFY(!page.contains("<script>"));  // only the inert JSON block
    }

    // Wrong security for the port → the finding → "Apply fix and retry" → passes, and the form
    // shows what changed.
    void applyFixAndRetry()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DiagnoseView *view = window.diagnoseView();
        ServerSettings s = smtp("SMTP_TLS_PORT", Security::StartTls);
        s.timeouts = Timeouts::uniform(3000);  // the greeting never comes: keep the wait short
        view->settingsWidget(Protocol::Smtp)->setSettings(s);
        runAndWait(view);
        QVERIFY(!view->lastEntries().first().result.ok);
        QVERIFY(findingCodes(view).contains(QStringLiteral("security.implicit_tls_expected")));
        QCOMPARE(view->resultTabs()->currentWidget(), view->findingsView());
        QVERIFY(view->findingsView()->findChild<QWidget *>(QStringLiteral("finding:security.implicit_tls_expected")));

        auto *apply
            = child<QPushButton>(view->findingsView(), QStringLiteral("applyFix:security.implicit_tls_expected"));
        QVERIFY(apply);
        QSignalSpy finished(view, &DiagnoseView::runFinished);
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(view->isRunning());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), true);
        const ServerSettings after = view->settingsWidget(Protocol::Smtp)->settings();
        QVERIFY(after.security == Security::Tls);
        QCOMPARE(after.port, s.port);  // exactly the fix: the port stayed
        QCOMPARE(view->settingsWidget(Protocol::Smtp)->highlightedFields(), QStringList { QStringLiteral("security") });
        QVERIFY(view->lastEntries().first().result.ok);
    }

    // No CA file: the certificate does not verify → trust the key (after the warning) → passes,
    // with the pin in the settings.
    void trustServerKey()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DiagnoseView *view = window.diagnoseView();
        view->settingsWidget(Protocol::Smtp)->setSettings(smtp("SMTP_TLS_PORT", Security::Tls, false));
        runAndWait(view);
        QVERIFY(findingCodes(view).contains(QStringLiteral("tls.untrusted")));
        const CheckResult failed = view->lastEntries().first().result;
        QVERIFY(failed.tls && !failed.tls->chain.isEmpty());

        auto *trust = child<QPushButton>(view->findingsView(), QStringLiteral("trustKey"));
        QVERIFY(trust);
        QTest::mouseClick(trust, Qt::LeftButton);
        QCOMPARE(view->resultTabs()->currentWidget(), view->certificateView());
        QPushButton *confirm = view->certificateView()->confirmButton();
        QTRY_VERIFY(confirm->isVisible());  // the plain warning comes first
        QVERIFY(view->settingsWidget(Protocol::Smtp)->pinnedSpki().isEmpty());
        QSignalSpy finished(view, &DiagnoseView::runFinished);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), true);

        const QByteArray pin = view->settingsWidget(Protocol::Smtp)->pinnedSpki();
        QString leafSpki = failed.tls->chain.first().spkiSha256;
        QCOMPARE(QString::fromLatin1(pin.toHex()), leafSpki.remove(QLatin1Char(':')).toLower());
        QCOMPARE(view->settingsWidget(Protocol::Smtp)->settings().pinnedSpki, pin);
        const CheckResult passed = view->lastEntries().first().result;
        QVERIFY(passed.ok);
        QVERIFY(passed.tls && passed.tls->pinned);
    }

    // "Check both": sending, then receiving, in one transcript marked by protocol.
    void checkBoth()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DiagnoseView *view = window.diagnoseView();
        view->settingsWidget(Protocol::Smtp)->setSettings(smtp("SMTP_TLS_PORT", Security::Tls));
        ServerSettings imap = smtp("IMAP_TLS_PORT", Security::Tls);
        imap.protocol = Protocol::Imap;
        view->settingsWidget(Protocol::Imap)->setSettings(imap);
        QSignalSpy finished(view, &DiagnoseView::runFinished);
        QTest::mouseClick(child<QPushButton>(view, QStringLiteral("checkBoth")), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), true);
        const QList<ReportEntry> entries = view->lastEntries();
        QCOMPARE(entries.size(), 2);
        QVERIFY(entries.at(0).settings.protocol == Protocol::Smtp && entries.at(0).result.ok);
        QVERIFY(entries.at(1).settings.protocol == Protocol::Imap && entries.at(1).result.ok);
        QVERIFY(entries.at(1).settings.password.isEmpty());  // results keep no secret
        const QString all = view->transcriptModel()->allText();
        QVERIFY(all.contains(QStringLiteral("[SMTP] EHLO")));
        QVERIFY(all.contains(QStringLiteral("[IMAP] ")));
        QVERIFY(all.indexOf(QStringLiteral("[SMTP]")) < all.indexOf(QStringLiteral("[IMAP]")));
        QVERIFY(view->statusText().contains(QStringLiteral("Sending works")));
        QVERIFY(view->statusText().contains(QStringLiteral("Receiving works")));
        expectNoLeak(all.toUtf8(), "both transcripts");
    }

    // The incoming form speaks POP3 too: choose it, type, "Check receiving".
    void receivingWithPop3()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DiagnoseView *view = window.diagnoseView();
        ServerSettingsWidget *form = view->settingsWidget(Protocol::Pop3);
        auto *protocolChoice = child<QComboBox>(form, QStringLiteral("protocol"));
        QVERIFY(protocolChoice);
        protocolChoice->setCurrentIndex(protocolChoice->findData(QStringLiteral("pop3")));
        QVERIFY(form->settings().protocol == Protocol::Pop3);
        QCOMPARE(form->settings().port, quint16(995));  // the standard port followed the protocol
        typeInto(form, QStringLiteral("host"), QStringLiteral("localhost"));
        typePort(form, port("POP3_TLS_PORT"));
        typeInto(form, QStringLiteral("user"), m_env.value(QStringLiteral("POP3_USER")));
        const QByteArray password = m_env.value(QStringLiteral("POP3_PASSWORD")).toUtf8();
        QVERIFY(!password.isEmpty());
        typeInto(form, QStringLiteral("password"), QString::fromUtf8(password));
        typeInto(form, QStringLiteral("caFile"), m_env.value(QStringLiteral("CA_FILE")));
        QSignalSpy finished(view, &DiagnoseView::runFinished);
        QTest::mouseClick(child<QPushButton>(view, QStringLiteral("checkReceiving")), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        const ReportEntry entry = view->lastEntries().first();
        QVERIFY2(entry.result.ok, qPrintable(entry.result.failureMessage));
        QVERIFY(entry.settings.protocol == Protocol::Pop3);
        QVERIFY(entry.result.step(QStringLiteral("stat")));
        const QString all = view->transcriptModel()->allText();
        QVERIFY(all.contains(QStringLiteral("STAT")));
        QVERIFY(!leaksSecret(all.toUtf8(), password));
        QVERIFY(view->statusText().contains(QStringLiteral("Receiving works")));
    }

    // Cancel while the check waits for a greeting that never comes.
    void cancelMidCheck()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DiagnoseView *view = window.diagnoseView();
        view->settingsWidget(Protocol::Smtp)->setSettings(smtp("SMTP_TLS_PORT", Security::StartTls));
        QSignalSpy finished(view, &DiagnoseView::runFinished);
        QTest::mouseClick(child<QPushButton>(view, QStringLiteral("checkSending")), Qt::LeftButton);
        auto *cancel = child<QPushButton>(view, QStringLiteral("cancel"));
        QVERIFY(cancel->isEnabled());
        // Wait until it is really mid-check: connected, waiting for the greeting.
        QTRY_VERIFY_WITH_TIMEOUT(view->transcriptModel()->allText().contains(QStringLiteral("onnected")), 10000);
        QVERIFY(view->isRunning());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);  // at once, not after the 20 s greeting timeout
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(view->lastEntries().first().result.failure == FailureKind::Cancelled);
        QVERIFY(view->statusText().contains(QStringLiteral("cancelled")));
        QVERIFY(!cancel->isEnabled());
        QVERIFY(child<QPushButton>(view, QStringLiteral("checkSending"))->isEnabled());
        for (int row = 0; row < view->stepsModel()->rowCount(); ++row)
            QVERIFY(view->stepsModel()->index(row, StepsModel::StatusColumn).data().toString()
                != QStringLiteral("running…"));
    }

    // Closing the window during a check cancels it: the check and its controller are gone.
    void closeDuringCheck()
    {
        auto *window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        DiagnoseView *view = window->diagnoseView();
        view->settingsWidget(Protocol::Smtp)->setSettings(smtp("SMTP_TLS_PORT", Security::StartTls));
        QVERIFY(view->runChecks(DiagnoseView::Run::Sending));
        QTRY_VERIFY_WITH_TIMEOUT(view->controller() && view->controller()->currentCheck(), 10000);
        QPointer<Check> check = view->controller()->currentCheck();
        QPointer<DiagnoseController> controller = view->controller();
        QTRY_VERIFY_WITH_TIMEOUT(view->transcriptModel()->allText().contains(QStringLiteral("onnected")), 10000);
        QVERIFY(!check->isFinished());
        QPointer<MainWindow> alive(window);
        QVERIFY(window->close());
        QVERIFY(check.isNull() || check->isFinished());
        QVERIFY(controller.isNull());
        QTRY_VERIFY(alive.isNull());  // deleted on close, without waiting for the server
        QTRY_VERIFY(check.isNull());
    }
};

QTEST_MAIN(TestGuiDiagnose)
#include "tst_gui_diagnose.moc"
