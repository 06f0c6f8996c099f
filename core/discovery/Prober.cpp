#include "Prober.h"

#include "imap/ImapCheck.h"
#include "pop3/Pop3Check.h"
#include "smtp/SmtpCheck.h"

#include <memory>

namespace md::discovery {

namespace {

QString statusOf(FailureKind kind)
{
    switch (kind) {
    case FailureKind::None:
        return QStringLiteral("ok");
    case FailureKind::HostNotFound:
        return QStringLiteral("dns_failed");
    case FailureKind::ConnectionRefused:
        return QStringLiteral("refused");
    case FailureKind::ResolveTimeout:
    case FailureKind::ConnectTimeout:
    case FailureKind::GreetingTimeout:
    case FailureKind::ReplyTimeout:
    case FailureKind::Cancelled:
        return QStringLiteral("timeout");
    case FailureKind::TlsHandshake:
    case FailureKind::TlsVerification:
        return QStringLiteral("tls_failed");
    case FailureKind::StartTlsUnavailable:
        return QStringLiteral("no_starttls");
    case FailureKind::Rejected:
        return QStringLiteral("rejected");
    case FailureKind::Closed:
        return QStringLiteral("closed");
    case FailureKind::ProtocolError:
    case FailureKind::StartTlsInjection:
        return QStringLiteral("protocol_error");
    default:
        return QStringLiteral("failed");
    }
}

bool reachedServer(FailureKind kind)
{
    return kind != FailureKind::HostNotFound && kind != FailureKind::ResolveTimeout
        && kind != FailureKind::ConnectionRefused && kind != FailureKind::ConnectTimeout && kind != FailureKind::Usage;
}

}  // namespace

struct Prober::Job {
    Target target;
    Done done;
    QElapsedTimer clock;
    std::unique_ptr<Check> check;
};

Prober::Prober(Options options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
}

Prober::~Prober()
{
    for (Job *job : std::as_const(m_running)) {
        if (job->check)
            job->check->disconnect(this);
        delete job;
    }
    qDeleteAll(m_queue);
}

void Prober::probe(const Target &target, bool urgent, Done done)
{
    auto *job = new Job;
    job->target = target;
    job->done = std::move(done);
    if (urgent) {
        m_queue.insert(0, job);  // other sources' candidates go before the guesses
    } else {
        m_queue << job;
    }
    pump();
}

void Prober::pump()
{
    while (m_running.size() < std::max(1, m_options.maxInFlight) && !m_queue.isEmpty()) {
        Job *job = m_queue.takeFirst();
        m_running << job;
        job->clock.start();
        startCheck(job);
    }
}

void Prober::startCheck(Job *job)
{
    ServerSettings settings;
    settings.protocol = *checkProtocol(job->target.protocol);
    settings.host = job->target.host;
    settings.port = job->target.port;
    settings.security = job->target.security;
    settings.caFile = m_options.caFile;
    settings.dnsServer = m_options.dnsServer;
    settings.timeouts = Timeouts { m_options.connectMs, m_options.connectMs, m_options.replyMs, m_options.replyMs };
    switch (settings.protocol) {
    case Protocol::Smtp:
        job->check = std::make_unique<SmtpCheck>(settings);
        break;
    case Protocol::Imap:
        job->check = std::make_unique<ImapCheck>(settings);
        break;
    case Protocol::Pop3:
        job->check = std::make_unique<Pop3Check>(settings);
        break;
    }
    connect(job->check.get(), &Check::finished, this, [this, job](const CheckResult &r) {
        ProbeResult result;
        result.status = r.ok ? QStringLiteral("ok") : statusOf(r.failure);
        result.certificateVerified = r.tls && r.tls->verified;
        result.capabilities = r.capabilitiesAfterTls.isEmpty() ? r.capabilitiesBeforeTls : r.capabilitiesAfterTls;
        result.detail = r.ok ? QString() : r.failureMessage;
        if (r.ok) {
            for (const TranscriptEvent &e : r.transcript) {
                if (e.kind == TranscriptEvent::Kind::Received) {
                    result.detail = e.text.left(200);  // the greeting
                    break;
                }
            }
        }
        const bool reached = r.ok || reachedServer(r.failure);
        QMetaObject::invokeMethod(
            this, [this, job, result, reached] { complete(job, result, reached); }, Qt::QueuedConnection);
    });
    QMetaObject::invokeMethod(job->check.get(), &Check::start, Qt::QueuedConnection);
}

void Prober::complete(Job *job, ProbeResult result, bool reached)
{
    if (!m_running.removeOne(job))
        return;
    result.ms = job->clock.elapsed();
    if (job->check)
        job->check->disconnect(this);
    // The check may still be inside its own signal: delete it from the event loop.
    // Children of ours until then, so that nothing is left behind if the loop stops first.
    if (Check *check = job->check.release()) {
        check->setParent(this);
        check->deleteLater();
    }
    const Target target = job->target;
    Done done = std::move(job->done);
    delete job;
    done(target, result, reached);
    pump();
}

void Prober::abortAll()
{
    for (Job *job : std::as_const(m_queue)) {
        ProbeResult result;
        result.detail = tr("Not probed before the deadline.");
        job->done(job->target, result, false);
    }
    qDeleteAll(m_queue);
    m_queue.clear();
    const QList<Job *> running = m_running;
    for (Job *job : running) {
        ProbeResult result;
        result.status = QStringLiteral("timeout");
        result.detail = tr("Still running at the deadline.");
        complete(job, result, job->check && !job->check->result().connectedAddress.isEmpty());
    }
}

}  // namespace md::discovery
