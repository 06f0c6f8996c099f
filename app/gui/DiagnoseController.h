#pragma once

#include "check/Check.h"
#include "transcript/HtmlReport.h"

#include <memory>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace md::gui {

class StepsModel;
class TranscriptModel;

/// One diagnose run: one or more checks (sending, receiving) one after the other. Turns the
/// core's signals into model updates (transcript rows, steps) and hands each result on. Holds no
/// protocol logic: the checks are the core's. Destroying a running controller cancels cleanly.
class DiagnoseController : public QObject
{
    Q_OBJECT
public:
    DiagnoseController(
        QList<ServerSettings> runs, TranscriptModel *transcript, StepsModel *steps, QObject *parent = nullptr);
    ~DiagnoseController() override;

    /// Starts the first check (asynchronously); finishedAll() follows exactly once.
    void start();
    /// Stops the running check (it finishes as cancelled) and skips those not yet started.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    /// Each finished check: its settings (secrets removed) and result.
    [[nodiscard]] const QList<ReportEntry> &entries() const { return m_entries; }
    /// The check now running, if any (tests watch it).
    [[nodiscard]] Check *currentCheck() const { return m_check.get(); }

    /// "SMTP", "IMAP", "POP3": how a protocol is labelled in a shared transcript.
    [[nodiscard]] static QString sourceName(Protocol protocol);

Q_SIGNALS:
    void stepStarted(const QString &source, const QString &step);
    void checkFinished(const md::ReportEntry &entry);
    void finishedAll(bool ok);

private:
    void startNext();
    void onFinished(const CheckResult &result);

    QList<ServerSettings> m_runs;
    QPointer<TranscriptModel> m_transcript;
    QPointer<StepsModel> m_steps;
    std::unique_ptr<Check> m_check;
    ServerSettings m_current;
    QList<ReportEntry> m_entries;
    QElapsedTimer m_clock;
    bool m_running = false;
    bool m_cancelled = false;
};

}  // namespace md::gui
