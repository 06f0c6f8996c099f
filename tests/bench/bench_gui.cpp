// bench_gui: the desktop app's start-up, memory and transcript throughput, against its goals.
//   start → first window shown ≤ 300 ms, peak RSS ≤ 80 MiB,
//   100,000 transcript lines ≤ 1 s with no event-loop stall over 50 ms.
// Not a test (no pass/fail on speed): it prints the figures. Run it with bench_gui.sh.
#include "DiagnoseView.h"
#include "MainWindow.h"
#include "TranscriptModel.h"
#include "TranscriptView.h"

#include <algorithm>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>
#include <time.h>
#include <unistd.h>

namespace {

/// Milliseconds since the process was started by the kernel (10 ms resolution: clock ticks).
double msSinceExec()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble();  // field 22 (starttime), counted from 3
    timespec now {};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return (double(now.tv_sec) + double(now.tv_nsec) / 1e9) * 1000.0
        - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

class FirstPaint : public QObject
{
public:
    QElapsedTimer *clock = nullptr;
    qint64 ms = -1;
    double sinceExec = -1;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (ms < 0 && (event->type() == QEvent::Paint || event->type() == QEvent::Expose)) {
            ms = clock->elapsed();
            sinceExec = msSinceExec();
        }
        return QObject::eventFilter(watched, event);
    }
};

}  // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("maildoctor-bench"));
    QTextStream out(stdout);

    auto *window = new md::gui::MainWindow;
    FirstPaint firstPaint;
    firstPaint.clock = &clock;
    window->installEventFilter(&firstPaint);
    window->windowHandle();  // created on show
    window->show();

    constexpr int kLines = 100000;
    constexpr int kBurst = 2000;  // lines per network read, as a chatty server delivers them
    QElapsedTimer appendClock;
    qint64 appendMs = -1;
    qint64 longestStall = 0;
    QElapsedTimer tick;
    QTimer ticker;  // measures how long the event loop goes without running it
    ticker.setInterval(0);
    QObject::connect(&ticker, &QTimer::timeout, [&] { longestStall = std::max(longestStall, tick.restart()); });

    md::gui::DiagnoseView *view = window->diagnoseView();
    md::gui::TranscriptModel *model = view->transcriptModel();
    int fed = 0;
    QTimer feeder;
    feeder.setInterval(0);
    QObject::connect(&feeder, &QTimer::timeout, [&] {
        md::TranscriptEvent event;
        for (int i = 0; i < kBurst && fed < kLines; ++i, ++fed) {
            event.ms = fed;
            event.kind = fed % 2 ? md::TranscriptEvent::Kind::Received : md::TranscriptEvent::Kind::Sent;
            event.encrypted = true;
            event.text = fed % 2 ? QStringLiteral("250-SIZE 35882577 line %1").arg(fed)
                                 : QStringLiteral("a%1 FETCH 1:* (FLAGS)").arg(fed);
            model->append(event);
        }
        if (fed >= kLines)
            feeder.stop();
    });
    QObject::connect(model, &QAbstractItemModel::rowsInserted, [&] {
        if (model->rowCount() >= kLines && appendMs < 0) {
            appendMs = appendClock.elapsed();
            QTimer::singleShot(200, &app, [&] {  // let the view settle, keep measuring stalls
                ticker.stop();
                const double rss = peakRssMiB();
                const auto line = [&out](const QString &what, double value, const QString &unit, double goal) {
                    out << QStringLiteral("%1 %2 %3   (goal ≤ %4 %3: %5)\n")
                               .arg(what, -34)
                               .arg(value, 8, 'f', 1)
                               .arg(unit)
                               .arg(goal)
                               .arg(value <= goal ? QStringLiteral("met") : QStringLiteral("MISSED"));
                };
                out << "bench_gui (" << QGuiApplication::platformName() << ")\n";
                line(QStringLiteral("start → first window shown (main)"), double(firstPaint.ms), QStringLiteral("ms"),
                    300);
                line(QStringLiteral("start → first window shown (exec)"), firstPaint.sinceExec, QStringLiteral("ms"),
                    300);
                line(QStringLiteral("peak RSS"), rss, QStringLiteral("MiB"), 80);
                line(QStringLiteral("100,000 transcript lines"), double(appendMs), QStringLiteral("ms"), 1000);
                line(QStringLiteral("longest event-loop stall"), double(longestStall), QStringLiteral("ms"), 50);
                out.flush();
                delete window;
                QApplication::exit(0);
            });
        }
    });

    // Start feeding once the window is up, with the transcript tab showing (the view really lays out).
    QTimer::singleShot(300, [&] {
        view->resultTabs()->setCurrentWidget(view->transcriptView());
        appendClock.start();
        tick.start();
        ticker.start();
        feeder.start();
    });
    return app.exec();
}
