#pragma once

#include "discovery/Candidate.h"

#include <functional>
#include <QElapsedTimer>
#include <QList>
#include <QObject>

namespace md::discovery {

/// Probes candidates: connects, reads the greeting and the capabilities (EHLO / CAPABILITY /
/// CAPA, after STARTTLS where that is the mode) and never logs in: it runs the existing checks
/// without a user (SmtpCheck, ImapCheck, Pop3Check: the same Connection and parsers).
/// At most `maxInFlight` probes run at once; the rest wait in order.
class Prober : public QObject
{
    Q_OBJECT
public:
    struct Options {
        int maxInFlight = 8;
        int connectMs = 3000;  ///< short: a filtered port must not hold the run
        int replyMs = 4000;
        QString caFile;
        QString dnsServer;  ///< as ServerSettings::dnsServer
    };
    struct Target {
        MailProtocol protocol = MailProtocol::Imap;
        QString host;
        quint16 port = 0;
        Security security = Security::Tls;
    };
    using Done = std::function<void(const Target &, const ProbeResult &, bool reachedServer)>;

    explicit Prober(Options options, QObject *parent = nullptr);
    ~Prober() override;

    /// Queues a probe; `urgent` ones go before queued guesses. `done` runs once (not after abortAll).
    void probe(const Target &target, bool urgent, Done done);
    /// Cancels everything: running probes end as "timeout" through `done`; queued ones as "not_probed".
    void abortAll();
    [[nodiscard]] bool idle() const { return m_running.isEmpty() && m_queue.isEmpty(); }

private:
    struct Job;
    void pump();
    void startCheck(Job *job);
    void complete(Job *job, ProbeResult result, bool reached);

    Options m_options;
    QList<Job *> m_queue;
    QList<Job *> m_running;
};

}  // namespace md::discovery
