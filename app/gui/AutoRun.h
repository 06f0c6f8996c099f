#pragma once

#include <QObject>
#include <QString>

namespace md::gui {

class MainWindow;

/// A hook for screenshot tests and demos, off unless MAILDOCTOR_GUI_SCRIPT names a JSON file:
///   {"smtp": {"host": …, "port": …, "security": "tls", "user": …, "ca_file": …},
///    "imap": {…}, "run": "sending" | "receiving" | "both",
///    "screenshots": "/path/prefix", "report": "/path/report.html", "palette": "dark",
///    "apply_fix": true, "window_size": [1600, 900]}
/// With "apply_fix", a failed check's first "Apply fix and retry" is clicked and the retry counts;
/// "window_size" sets the window's size (width, height) for the screenshots.
/// The password comes from MAILDOCTOR_GUI_PASSWORD, never from the file. The hook fills the
/// settings, runs the check, saves screenshots of every result tab (prefix-findings.png, …) via
/// QWidget::grab, optionally the report, and quits: 0 passed, 1 failed, 3 the hook itself failed.
class AutoRun : public QObject
{
    Q_OBJECT
public:
    AutoRun(MainWindow *window, QString scriptPath);
    /// Starts once the event loop runs.
    void start();

private:
    void finish(bool ok);
    void fail(const QString &why);

    MainWindow *m_window;
    QString m_scriptPath;
    QString m_screenshots;
    QString m_report;
    bool m_applyFix = false;
};

}  // namespace md::gui
