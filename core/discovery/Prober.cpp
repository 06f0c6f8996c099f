#include "Prober.h"

#include "imap/ImapCheck.h"
#include "net/Connection.h"
#include "smtp/SmtpCheck.h"

#include <memory>
#include <QSslCertificate>
#include <QTimer>

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
    std::unique_ptr<Connection> connection;
    std::unique_ptr<QTimer> timer;
    QByteArray greeting;
    bool connected = false;
};

Prober::Prober(Options options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
}

Prober::~Prober()
{
    for (Job *job : std::as_const(m_running)) {
        if (job->check)
            job->check->disconnect(this);
        if (job->connection)
            job->connection->disconnect(this);
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
        if (checkProtocol(job->target.protocol))
            startCheck(job);
        else
            startPop3(job);
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
    if (settings.protocol == Protocol::Imap)
        job->check = std::make_unique<ImapCheck>(settings);
    else
        job->check = std::make_unique<SmtpCheck>(settings);
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

void Prober::startPop3(Job *job)
{
    Connection::Options options;
    options.timeouts = Timeouts { m_options.connectMs, m_options.connectMs, m_options.replyMs, m_options.replyMs };
    if (!m_options.caFile.isEmpty())
        options.extraCaCertificates = QSslCertificate::fromPath(m_options.caFile, QSsl::Pem);
    if (!m_options.dnsServer.isEmpty())
        options.dns = Resolver::parseServer(m_options.dnsServer);
    job->connection = std::make_unique<Connection>(options);
    job->timer = std::make_unique<QTimer>();
    job->timer->setSingleShot(true);
    Connection *c = job->connection.get();
    const bool implicitTls = job->target.security == Security::Tls;
    const auto waitGreeting = [this, job] {
        job->connected = true;
        job->timer->start(m_options.replyMs);
    };
    connect(c, &Connection::connected, this, [waitGreeting, implicitTls] {
        if (!implicitTls)
            waitGreeting();
    });
    connect(c, &Connection::encrypted, this, [waitGreeting] { waitGreeting(); });
    connect(job->timer.get(), &QTimer::timeout, this, [this, job] {
        ProbeResult result;
        result.status = QStringLiteral("timeout");
        result.detail = tr("Connected, but no POP3 greeting came within %1 s.").arg(m_options.replyMs / 1000.0);
        complete(job, result, true);
    });
    connect(c, &Connection::dataReceived, this, [this, job](const QByteArray &data) {
        job->greeting += data.left(512 - job->greeting.size());
        const qsizetype end = job->greeting.indexOf("\r\n");
        if (end < 0 && job->greeting.size() < 512)
            return;
        ProbeResult result;
        const QByteArray line = job->greeting.left(end < 0 ? 512 : end);
        result.status = line.startsWith("+OK") ? QStringLiteral("ok") : QStringLiteral("protocol_error");
        result.certificateVerified = job->connection->isEncrypted() && job->connection->tlsReport().verified;
        result.detail = QString::fromUtf8(line).left(200);
        if (job->target.security == Security::StartTls)
            result.detail += QStringLiteral(" — ") + tr("greeting only: STLS is not checked yet");
        complete(job, result, true);
    });
    connect(c, &Connection::failed, this, [this, job](FailureKind kind, const QString &message) {
        ProbeResult result;
        result.status = statusOf(kind);
        result.detail = message;
        complete(job, result, job->connected || reachedServer(kind));
    });
    connect(c, &Connection::closedByPeer, this, [this, job] {
        ProbeResult result;
        result.status = QStringLiteral("closed");
        result.detail = tr("The server closed the connection before its greeting.");
        complete(job, result, true);
    });
    c->open(job->target.host, job->target.port, implicitTls);
}

void Prober::complete(Job *job, ProbeResult result, bool reached)
{
    if (!m_running.removeOne(job))
        return;
    result.ms = job->clock.elapsed();
    if (job->check)
        job->check->disconnect(this);
    if (job->connection) {
        job->connection->disconnect(this);
        job->connection->abort();
    }
    if (job->timer)
        job->timer->stop();
    // The check may still be inside its own signal: delete it from the event loop.
    // Children of ours until then, so that nothing is left behind if the loop stops first.
    for (QObject *object :
        { static_cast<QObject *>(job->check.release()), static_cast<QObject *>(job->connection.release()) }) {
        if (object) {
            object->setParent(this);
            object->deleteLater();
        }
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
        complete(job, result, job->connected);
    }
}

}  // namespace md::discovery
