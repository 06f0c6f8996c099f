#include "DiagnoseController.h"

#include "diagnosis/Diagnoser.h"

#include "check/CheckFactory.h"
#include "StepsModel.h"
#include "TranscriptModel.h"

#include <QTimer>

namespace md::gui {

DiagnoseController::DiagnoseController(
    QList<ServerSettings> runs, TranscriptModel *transcript, StepsModel *steps, QObject *parent)
    : QObject(parent), m_runs(std::move(runs)), m_transcript(transcript), m_steps(steps)
{
}

DiagnoseController::~DiagnoseController()
{
    // Closing the window during a check: stop it now, without anyone listening any more.
    m_runs.clear();
    if (m_check) {
        disconnect(m_check.get(), nullptr, this, nullptr);
        m_check->cancel();
    }
}

QString DiagnoseController::sourceName(Protocol protocol)
{
    return QString::fromLatin1(traits(protocol).displayName);
}

void DiagnoseController::start()
{
    if (m_running)
        return;
    m_running = true;
    QTimer::singleShot(0, this, &DiagnoseController::startNext);
}

void DiagnoseController::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_runs.clear();
    if (m_check)
        m_check->cancel();  // finished() follows synchronously
    else
        QTimer::singleShot(0, this, [this] { startNext(); });
}

void DiagnoseController::startNext()
{
    if (m_runs.isEmpty()) {
        m_running = false;
        bool ok = !m_cancelled && !m_entries.isEmpty();
        for (const ReportEntry &entry : std::as_const(m_entries))
            ok = ok && entry.result.ok;
        emit finishedAll(ok);
        return;
    }
    m_current = m_runs.takeFirst();
    const QString source = m_runs.isEmpty() && m_entries.isEmpty() ? QString() : sourceName(m_current.protocol);
    m_check = makeCheck(m_current);
    m_clock.start();
    connect(m_check.get(), &Check::transcriptEvent, this, [this, source](const TranscriptEvent &event) {
        if (m_transcript)
            m_transcript->append(event, source);
    });
    connect(m_check.get(), &Check::stepStarted, this, [this, source](const QString &name) {
        if (m_steps)
            m_steps->stepStarted(source, name, m_clock.elapsed());
        emit stepStarted(source, name);
    });
    connect(m_check.get(), &Check::stepFinished, this, [this, source](const Step &step) {
        if (m_steps)
            m_steps->stepFinished(source, step);
    });
    connect(m_check.get(), &Check::finished, this, [this, source](const CheckResult &result) {
        if (m_steps)
            m_steps->checkFinished(source, result);
        onFinished(result);
    });
    m_check->start();
}

void DiagnoseController::onFinished(const CheckResult &result)
{
    ReportEntry entry { m_current, result };
    entry.result.findings = diagnose(entry.result);  // the check draws no conclusions; its reader does
    entry.settings.password.clear();
    entry.settings.token.clear();
    m_current = {};
    m_entries << entry;
    // The check is deleted later: this runs inside its own signal.
    Check *done = m_check.release();
    done->deleteLater();
    emit checkFinished(entry);
    QTimer::singleShot(0, this, &DiagnoseController::startNext);
}

}  // namespace md::gui
