#pragma once

#include "check/CheckResult.h"
#include "discovery/Candidate.h"
#include "net/Resolver.h"

#include <optional>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>

namespace md::discovery {

class HttpFetcher;
struct ServerEntry;
class Prober;

/// What to ask and how long to wait.
struct DiscoveryOptions {
    int timeoutMs = 15000;  ///< one deadline for the whole run
    bool probe = true;
    std::optional<Resolver::Config> dns;  ///< unset: the system's resolver configuration
    QString dnsServer;  ///< the same server as text, handed to the probes' checks
    bool useIspdb = true;
    QUrl ispdbBaseUrl = QUrl(QStringLiteral("https://autoconfig.thunderbird.net/v1.1/"));
    QString caFile;  ///< extra CA (PEM) for the HTTPS fetches and the probes
    int maxProbesInFlight = 8;
    int probeConnectMs = 3000;
    int probeReplyMs = 4000;
};

/// One source (or one query of a source) in the discovery report.
struct SourceReport {
    QString name;  ///< autoconfig, autoconfig-wellknown, ispdb, srv, mx, mx-autoconfig, mx-ispdb, pacc,
                   ///< autoconfig-http, probe
    QString query;  ///< the URL or DNS name asked
    QString status = QStringLiteral("running");  ///< ok|not_found|invalid|timeout|not_offered|digest_mismatch|…
    qint64 startMs = 0;  ///< when it was asked, since the start of the run
    qint64 ms = 0;  ///< how long it took
    QString detail;  ///< what it yielded or why not, for a person
    int yielded = 0;  ///< candidates it proposed
    [[nodiscard]] QJsonObject toJson() const;
};

/// Everything a discovery run found, ranked, with where each answer came from.
struct DiscoveryResult {
    QString email;
    qint64 ms = 0;
    bool deadlineReached = false;
    QList<SourceReport> sources;
    QList<Candidate> candidates;  ///< ranked, by protocol
    std::optional<Candidate> smtp, imap, pop3;  ///< the recommended settings
    QString oauthProvider;  ///< a provider preset name ("google", "microsoft", "yahoo") or empty
    QList<Finding> findings;  ///< why nothing usable was found; disagreements; confirmations needed

    /// Settings for sending and receiving were found.
    [[nodiscard]] bool usable() const { return smtp && (imap || pop3); }
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QString toText() const;
};

/// Finds mail settings for an email address: the domain's autoconfig (https, then http only when
/// nothing trusted answered), the ISPDB, RFC 6186 / RFC 8314 SRV records, the provider behind the
/// MX, PACC, and probes of well-known hosts and ports — all started together, candidates
/// streamed as they arrive, one overall deadline. Every lookup goes through one Resolver.
class Discovery : public QObject
{
    Q_OBJECT
public:
    Discovery(EmailAddress email, DiscoveryOptions options, QObject *parent = nullptr);
    ~Discovery() override;

    /// Starts every source; finished() follows exactly once (from the event loop), at the
    /// latest at the deadline.
    void start();
    /// Ends the run now with what it has.
    void cancel();
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] const DiscoveryResult &result() const { return m_result; }

    /// The provider a mail exchanger host belongs to: the domain to ask the ISPDB / autoconfig
    /// about and the OAuth2 preset, e.g. "x.mail.protection.outlook.com" → office365.com,
    /// microsoft (Microsoft 365) but "x.olc.protection.outlook.com" → outlook.com, microsoft.
    struct MxProvider {
        QString baseDomain;  ///< the registrable domain of the MX host
        QString lookupDomain;  ///< what to ask the ISPDB and autoconfig for
        QString oauthProvider;
        QString name;  ///< for a person, may be empty
    };
    [[nodiscard]] static MxProvider providerForMx(const QString &exchange);

Q_SIGNALS:
    /// A candidate was found, or one already found changed (a probe result, another source).
    void candidateFound(const md::discovery::Candidate &candidate);
    void sourceFinished(const md::discovery::SourceReport &source);
    void finished(const md::discovery::DiscoveryResult &result);

private:
    int beginSource(const QString &name, const QString &query);
    void endSource(int index, const QString &status, const QString &detail, int yielded = -1);
    void addCandidate(Candidate candidate);
    void applyProbe(const QString &key, const ProbeResult &probe);
    void fetchAutoconfig(
        const QString &name, const QUrl &url, const QString &homeDomain, SourceKind kind, bool untrusted);
    void startSrv();
    void startMx();
    void startPacc();
    void startGuesses();
    /// autoconfig.<domain> and the well-known URL, over https, or over http as the last resort.
    void fetchOwnerAutoconfig(bool plainHttp);
    [[nodiscard]] Candidate fromEntry(
        const ServerEntry &entry, const QString &source, SourceKind kind, bool untrusted) const;
    void noteOAuth(const QString &hostOrIssuer);
    void maybeFinish();
    void finish(bool deadline);

    EmailAddress m_email;
    DiscoveryOptions m_options;
    Resolver *m_resolver = nullptr;
    HttpFetcher *m_fetcher = nullptr;
    Prober *m_prober = nullptr;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    DiscoveryResult m_result;
    QList<Candidate> m_candidates;
    QHash<QString, ProbeResult> m_probeResults;
    QSet<QString> m_probing;
    QStringList m_mxHosts;
    int m_pendingSources = 0;
    int m_pendingGuesses = 0;
    int m_guessRow = -1;
    int m_guessesFound = 0;
    bool m_httpFallbackDone = false;
    bool m_finishing = false;
    bool m_finished = false;
};

}  // namespace md::discovery
