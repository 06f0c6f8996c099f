#include "AutoRun.h"

#include "DiagnoseView.h"
#include "FindingsView.h"
#include "MainWindow.h"
#include "ServerSettingsWidget.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPalette>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

namespace md::gui {

namespace {

ServerSettings settingsFrom(const QJsonObject &json, Protocol protocol)
{
    ServerSettings s;
    s.protocol = protocol;
    s.host = json.value(QStringLiteral("host")).toString();
    s.security = securityFromString(json.value(QStringLiteral("security")).toString()).value_or(Security::Tls);
    s.port = quint16(json.value(QStringLiteral("port")).toInt(defaultPort(protocol, s.security)));
    s.user = json.value(QStringLiteral("user")).toString();
    if (!s.user.isEmpty())
        s.password = qEnvironmentVariable("MAILDOCTOR_GUI_PASSWORD");
    s.authMechanism = json.value(QStringLiteral("auth")).toString(QStringLiteral("auto"));
    s.caFile = json.value(QStringLiteral("ca_file")).toString();
    s.from = json.value(QStringLiteral("from")).toString();
    for (const QJsonValue &to : json.value(QStringLiteral("to")).toArray())
        s.to << to.toString();
    if (json.contains(QStringLiteral("timeout")))
        s.timeouts = Timeouts::uniform(json.value(QStringLiteral("timeout")).toInt() * 1000);
    return s;
}

/// A dark palette (Fusion), so screenshots show the app is legible in dark themes too. The
/// app itself never sets colours; this is the desktop's job, imitated here for the pictures.
void useDarkPalette()
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(p);
}

}  // namespace

AutoRun::AutoRun(MainWindow *window, QString scriptPath)
    : QObject(window), m_window(window), m_scriptPath(std::move(scriptPath))
{
}

void AutoRun::start()
{
    QTimer::singleShot(0, this, [this] {
        QFile file(m_scriptPath);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1: %2").arg(m_scriptPath, file.errorString()));
        const QJsonObject script = QJsonDocument::fromJson(file.readAll()).object();
        DiagnoseView *view = m_window->diagnoseView();
        if (script.contains(QStringLiteral("smtp")))
            view->settingsWidget(Protocol::Smtp)
                ->setSettings(settingsFrom(script.value(QStringLiteral("smtp")).toObject(), Protocol::Smtp));
        if (script.contains(QStringLiteral("imap")))
            view->settingsWidget(Protocol::Imap)
                ->setSettings(settingsFrom(script.value(QStringLiteral("imap")).toObject(), Protocol::Imap));
        if (script.value(QStringLiteral("palette")).toString() == QLatin1String("dark"))
            useDarkPalette();
        const QJsonArray size = script.value(QStringLiteral("window_size")).toArray();
        if (size.size() == 2 && size.at(0).toInt() >= 640 && size.at(1).toInt() >= 480)
            m_window->resize(size.at(0).toInt(), size.at(1).toInt());
        m_screenshots = script.value(QStringLiteral("screenshots")).toString();
        m_report = script.value(QStringLiteral("report")).toString();
        const QString run = script.value(QStringLiteral("run")).toString(QStringLiteral("sending"));
        m_applyFix = script.value(QStringLiteral("apply_fix")).toBool();
        connect(view, &DiagnoseView::runFinished, this, [this, view](bool ok) {
            if (m_applyFix && !ok) {
                // Click the first "Apply fix and retry", as a person would; the next run decides.
                m_applyFix = false;
                for (QPushButton *button : view->findingsView()->findChildren<QPushButton *>()) {
                    if (button->objectName().startsWith(QLatin1String("applyFix:"))) {
                        QTimer::singleShot(0, button, &QPushButton::click);
                        return;
                    }
                }
                return fail(QStringLiteral("no finding with a fix to apply"));
            }
            // Let the views lay out their new content before taking pictures.
            QTimer::singleShot(300, this, [this, ok] { finish(ok); });
        });
        const DiagnoseView::Run which = run == QLatin1String("receiving") ? DiagnoseView::Run::Receiving
            : run == QLatin1String("both")                                ? DiagnoseView::Run::Both
                                                                          : DiagnoseView::Run::Sending;
        if (!view->runChecks(which))
            return fail(QStringLiteral("the check did not start: %1").arg(view->statusText()));
        QTimer::singleShot(120000, this, [this] { fail(QStringLiteral("the check did not finish in 120 s")); });
    });
}

void AutoRun::finish(bool ok)
{
    DiagnoseView *view = m_window->diagnoseView();
    if (!m_screenshots.isEmpty()) {
        QTabWidget *tabs = view->resultTabs();
        const char *names[] = { "findings", "steps", "transcript", "certificate" };
        for (int i = 0; i < tabs->count() && i < 4; ++i) {
            tabs->setCurrentIndex(i);
            const QString path = QStringLiteral("%1-%2.png").arg(m_screenshots, QString::fromLatin1(names[i]));
            if (!m_window->grab().save(path))
                return fail(QStringLiteral("cannot save %1").arg(path));
        }
        tabs->setCurrentIndex(0);
    }
    if (!m_report.isEmpty()) {
        QString error;
        if (!view->saveReport(m_report, &error))
            return fail(error);
    }
    QTextStream(stdout) << (ok ? "passed\n" : "failed\n") << Qt::flush;
    QApplication::exit(ok ? 0 : 1);
}

void AutoRun::fail(const QString &why)
{
    QTextStream(stderr) << "maildoctor: MAILDOCTOR_GUI_SCRIPT: " << why << '\n' << Qt::flush;
    QApplication::exit(3);
}

}  // namespace md::gui
