#include "Discovery.h"

#include "discovery/ConfigReaders.h"
#include "discovery/HttpFetcher.h"
#include "discovery/Prober.h"
#include "discovery/Ranking.h"
#include "net/CaFile.h"
#include "oauth/Provider.h"

#include <memory>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QSslCertificate>
#include <QUrlQuery>

namespace md::discovery {

namespace {

/// The registrable domain of a host without a public-suffix list: the last two labels, or three
/// under the usual second-level registries of two-letter country domains ("example.co.uk").
QString baseDomainOf(const QString &host)
{
    QStringList labels = host.toLower().split(QLatin1Char('.'), Qt::SkipEmptyParts);
    if (labels.size() <= 2)
        return labels.join(QLatin1Char('.'));
    static const QStringList secondLevel { QStringLiteral("co"), QStringLiteral("com"), QStringLiteral("net"),
        QStringLiteral("org"), QStringLiteral("ac"), QStringLiteral("gov"), QStringLiteral("edu"), QStringLiteral("ne"),
        QStringLiteral("or") };
    const int keep = labels.last().size() == 2 && secondLevel.contains(labels.at(labels.size() - 2)) ? 3 : 2;
    return labels.mid(labels.size() - keep).join(QLatin1Char('.'));
}

QStringList mechanismsFrom(const QStringList &capabilities)
{
    QStringList mechanisms;
    for (const QString &cap : capabilities) {
        const QString upper = cap.toUpper();
        if (upper.startsWith(QLatin1String("AUTH=")))
            mechanisms << upper.mid(5);
        else if (upper.startsWith(QLatin1String("AUTH ")))
            mechanisms << upper.mid(5).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        else if (upper.startsWith(QLatin1String("SASL ")))  // POP3 CAPA (RFC 2449)
            mechanisms << upper.mid(5).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    mechanisms.removeDuplicates();
    return mechanisms;
}

struct SrvService {
    const char *label;
    MailProtocol protocol;
    Security security;
};

// RFC 6186 §3 and RFC 8314 §5.1: the implicit-TLS services first.
constexpr SrvService kSrvServices[] = {
    { "_submissions._tcp", MailProtocol::Smtp, Security::Tls },
    { "_submission._tcp", MailProtocol::Smtp, Security::StartTls },
    { "_imaps._tcp", MailProtocol::Imap, Security::Tls },
    { "_imap._tcp", MailProtocol::Imap, Security::StartTls },
    { "_pop3s._tcp", MailProtocol::Pop3, Security::Tls },
    { "_pop3._tcp", MailProtocol::Pop3, Security::StartTls },
};

}  // namespace

QJsonObject SourceReport::toJson() const
{
    return QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("query"), query },
        { QStringLiteral("status"), status }, { QStringLiteral("start_ms"), startMs }, { QStringLiteral("ms"), ms },
        { QStringLiteral("detail"), detail }, { QStringLiteral("yielded"), yielded } };
}

Discovery::Discovery(EmailAddress email, DiscoveryOptions options, QObject *parent)
    : QObject(parent), m_email(std::move(email)), m_options(std::move(options))
{
    m_result.email = m_email.address;
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { finish(true); });
}

Discovery::~Discovery()
{
    // The prober's checks and the fetcher's replies are children: they go with us, silently.
    if (m_prober)
        m_prober->disconnect(this);
}

Discovery::MxProvider Discovery::providerForMx(const QString &exchange)
{
    QString host = exchange.toLower();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    MxProvider p;
    p.baseDomain = baseDomainOf(host);
    p.lookupDomain = p.baseDomain;
    if (p.baseDomain == QLatin1String("outlook.com")) {
        // The label in front of protection.outlook.com tells the services apart: "mail" is
        // Microsoft 365 (Exchange Online), "olc" the consumer outlook.com / hotmail.
        p.oauthProvider = QStringLiteral("microsoft");
        if (host.endsWith(QLatin1String(".mail.protection.outlook.com"))) {
            p.lookupDomain = QStringLiteral("office365.com");
            p.name = QStringLiteral("Microsoft 365");
        } else {
            p.lookupDomain = QStringLiteral("outlook.com");
            p.name = QStringLiteral("Outlook.com");
        }
    } else if (p.baseDomain == QLatin1String("google.com") || p.baseDomain == QLatin1String("googlemail.com")) {
        p.lookupDomain = QStringLiteral("gmail.com");
        p.oauthProvider = QStringLiteral("google");
        p.name = QStringLiteral("Google");
    } else if (p.baseDomain == QLatin1String("yahoodns.net")) {
        p.lookupDomain = QStringLiteral("yahoo.com");
        p.oauthProvider = QStringLiteral("yahoo");
        p.name = QStringLiteral("Yahoo");
    }
    return p;
}

void Discovery::start()
{
    m_clock.start();
    m_deadline.start(std::max(1, m_options.timeoutMs));
    Resolver::Config dns = m_options.dns.value_or(Resolver::Config {});
    dns.timeoutMs = std::clamp(m_options.timeoutMs / 6, 200, 3000);
    m_resolver = new Resolver(dns, this);
    QList<QSslCertificate> ca;
    if (!m_options.caFile.isEmpty())
        ca = loadCaCertificates(m_options.caFile);
    m_fetcher = new HttpFetcher(m_resolver, ca, std::max(1000, m_options.timeoutMs - 500), this);
    Prober::Options probe;
    probe.maxInFlight = m_options.maxProbesInFlight;
    probe.connectMs = m_options.probeConnectMs;
    probe.replyMs = m_options.probeReplyMs;
    probe.caFile = m_options.caFile;
    probe.dnsServer = m_options.dnsServer;
    m_prober = new Prober(probe, this);

    const QString domain = m_email.domain;
    fetchOwnerAutoconfig(false);
    if (m_options.useIspdb) {
        QUrl ispdb = m_options.ispdbBaseUrl.resolved(QUrl(domain));
        fetchAutoconfig(QStringLiteral("ispdb"), ispdb, ispdb.host(), SourceKind::Ispdb, false);
    }
    startSrv();
    startMx();
    startPacc();
    if (m_options.probe)
        startGuesses();
    maybeFinish();
}

void Discovery::cancel()
{
    finish(true);
}

int Discovery::beginSource(const QString &name, const QString &query)
{
    SourceReport row;
    row.name = name;
    row.query = query;
    row.startMs = m_clock.elapsed();
    m_result.sources << row;
    ++m_pendingSources;
    return int(m_result.sources.size() - 1);
}

void Discovery::endSource(int index, const QString &status, const QString &detail, int yielded)
{
    SourceReport &row = m_result.sources[index];
    if (row.status != QLatin1String("running"))
        return;
    row.status = status;
    row.detail = detail;
    row.ms = m_clock.elapsed() - row.startMs;
    if (yielded >= 0)
        row.yielded = yielded;
    --m_pendingSources;
    emit sourceFinished(row);
    maybeFinish();
}

void Discovery::addCandidate(Candidate candidate)
{
    if (m_finished)
        return;
    const QString key = candidate.key();
    const auto known = m_probeResults.constFind(key);
    if (known != m_probeResults.constEnd())
        candidate.probe = *known;
    const qsizetype index = Ranking::merge(m_candidates, candidate);
    emit candidateFound(m_candidates.at(index));
    if (!m_options.probe || m_probing.contains(key) || known != m_probeResults.constEnd())
        return;
    m_probing.insert(key);
    m_prober->probe({ candidate.protocol, candidate.host, candidate.port, candidate.security }, true,
        [this, key](const Prober::Target &, const ProbeResult &result, bool) {
            applyProbe(key, result);
            maybeFinish();
        });
}

Candidate Discovery::fromEntry(const ServerEntry &entry, const QString &source, SourceKind kind, bool untrusted) const
{
    Candidate c;
    c.protocol = entry.protocol;
    c.host = entry.host;
    c.port = entry.port;
    c.security = entry.security;
    c.username = entry.username.isEmpty() ? m_email.address : entry.username;
    c.usernameFromDocument = !entry.username.isEmpty();
    c.auth = entry.auth;
    c.sources = { source };
    c.bestSource = kind;
    c.untrusted = untrusted;
    return c;
}

void Discovery::applyProbe(const QString &key, const ProbeResult &probe)
{
    m_probeResults.insert(key, probe);
    for (Candidate &c : m_candidates) {
        if (c.key() != key)
            continue;
        c.probe = probe;
        if (c.auth.isEmpty())
            c.auth = mechanismsFrom(probe.capabilities);
        if (!m_finished)
            emit candidateFound(c);
    }
}

void Discovery::fetchAutoconfig(
    const QString &name, const QUrl &url, const QString &homeDomain, SourceKind kind, bool untrusted)
{
    const int row = beginSource(name, url.toString());
    m_fetcher->get(url, homeDomain, [this, row, name, kind, untrusted](const FetchResult &fetch) {
        if (m_finished)
            return;
        if (!fetch.ok()) {
            endSource(row, fetch.status, fetch.detail, 0);
            return;
        }
        const ReadResult read = ConfigReaders::readAutoconfig(fetch.body, m_email);
        if (!read.ok) {
            endSource(row, QStringLiteral("invalid"), read.error, 0);
            return;
        }
        for (const ServerEntry &s : read.servers) {
            addCandidate(fromEntry(s, name, kind, untrusted || fetch.crossDomainRedirect));
            noteOAuth(s.host);
        }
        noteOAuth(read.oauthIssuer);
        QStringList notes;
        notes << tr("%n server(s)", nullptr, int(read.servers.size()));
        if (!read.displayName.isEmpty())
            notes << read.displayName;
        if (read.skipped > 0)
            notes << tr("%n unusable entry(s) ignored", nullptr, read.skipped);
        if (fetch.redirects > 0)
            notes << tr("after %n redirect(s) to %1", nullptr, fetch.redirects).arg(fetch.finalUrl.toString());
        if (fetch.crossDomainRedirect)
            notes << tr("redirected to another domain: not trusted");
        if (untrusted)
            notes << tr("over plain http: not trusted");
        endSource(row, QStringLiteral("ok"), notes.join(QStringLiteral("; ")), int(read.servers.size()));
    });
}

void Discovery::startSrv()
{
    for (const SrvService &service : kSrvServices) {
        const QString name = QLatin1String(service.label) + QLatin1Char('.') + m_email.domain;
        const int row = beginSource(QStringLiteral("srv"), name);
        m_resolver->lookup(Resolver::Type::Srv, name, this, [this, row, service](const Resolver::Result &r) {
            if (m_finished)
                return;
            if (!r.ok()) {
                endSource(row, Resolver::toString(r.status), r.error, 0);
                return;
            }
            const QList<SrvRecord> ordered = Resolver::orderSrv(r.srv);
            // RFC 2782: a single record with target "." means the service is decidedly not offered.
            if (ordered.size() == 1 && ordered.first().target == QLatin1String(".")) {
                endSource(row, QStringLiteral("not_offered"),
                    tr("The domain says it does not offer this service (SRV target \".\")."), 0);
                return;
            }
            int yielded = 0;
            QStringList outside;
            for (int i = 0; i < ordered.size(); ++i) {
                const SrvRecord &record = ordered.at(i);
                QString target = record.target.toLower();
                if (target.endsWith(QLatin1Char('.')))
                    target.chop(1);
                if (target.isEmpty() || target == QLatin1String(".") || record.port == 0
                    || !ConfigReaders::isValidHostName(target))
                    continue;
                Candidate c;
                c.protocol = service.protocol;
                c.host = target;
                c.port = record.port;
                c.security = service.security;
                c.username = m_email.address;
                c.sources = { QStringLiteral("srv") };
                c.bestSource = SourceKind::Owner;
                c.srvPriority = i;
                // RFC 6186 §6: a target outside the domain could be an attacker's; ask the user.
                c.needsConfirmation = !isWithinDomain(target, m_email.domain);
                if (c.needsConfirmation)
                    outside << target;
                addCandidate(c);
                ++yielded;
            }
            QString detail = tr("%n target(s)", nullptr, yielded);
            if (!outside.isEmpty())
                detail += QStringLiteral("; ")
                    + tr("outside %1, to be confirmed (RFC 6186 §6): %2")
                          .arg(m_email.domain, outside.join(QStringLiteral(", ")));
            endSource(row, yielded > 0 ? QStringLiteral("ok") : QStringLiteral("invalid"), detail, yielded);
        });
    }
}

void Discovery::startMx()
{
    const int row = beginSource(QStringLiteral("mx"), m_email.domain);
    m_resolver->lookup(Resolver::Type::Mx, m_email.domain, this, [this, row](const Resolver::Result &r) {
        if (m_finished)
            return;
        if (!r.ok() || r.mx.isEmpty()) {
            endSource(row, Resolver::toString(r.status), r.error, 0);
            return;
        }
        for (const MxRecord &mx : r.mx)
            m_mxHosts << mx.exchange;
        QString exchange = r.mx.first().exchange.toLower();
        if (exchange.endsWith(QLatin1Char('.')))
            exchange.chop(1);
        const MxProvider provider = providerForMx(exchange);
        if (!provider.oauthProvider.isEmpty() && m_result.oauthProvider.isEmpty())
            m_result.oauthProvider = provider.oauthProvider;
        if (provider.lookupDomain.isEmpty() || isWithinDomain(exchange, m_email.domain)) {
            endSource(
                row, QStringLiteral("ok"), tr("%1 (inside the domain itself: no provider to ask)").arg(exchange), 0);
            return;
        }
        if (provider.lookupDomain == m_email.domain) {
            endSource(row, QStringLiteral("ok"),
                tr("%1 → provider %2, the domain itself: its sources are asked already").arg(exchange, m_email.domain),
                0);
            return;
        }
        const QString name = provider.name.isEmpty() ? provider.lookupDomain : provider.name;
        const QString lookup = provider.lookupDomain;
        fetchAutoconfig(QStringLiteral("mx-autoconfig"),
            QUrl(QStringLiteral("https://autoconfig.%1/mail/config-v1.1.xml").arg(lookup)), lookup,
            SourceKind::MxDerived, false);
        if (m_options.useIspdb) {
            const QUrl ispdb = m_options.ispdbBaseUrl.resolved(QUrl(lookup));
            fetchAutoconfig(QStringLiteral("mx-ispdb"), ispdb, ispdb.host(), SourceKind::MxDerived, false);
        }
        endSource(row, QStringLiteral("ok"), tr("%1 → provider %2").arg(exchange, name), 0);
    });
}

void Discovery::startPacc()
{
    // draft-ietf-mailmaint-pacc-04 (the newest revision found): the configuration is published at
    // https://ua-auto-config.<domain>/.well-known/user-agent-configuration.json and its SHA-256
    // in the TXT record _ua-auto-config.<domain>; a document whose digest does not match is refused.
    const QUrl url(
        QStringLiteral("https://ua-auto-config.%1/.well-known/user-agent-configuration.json").arg(m_email.domain));
    const QString txtName = QStringLiteral("_ua-auto-config.") + m_email.domain;
    const int row = beginSource(QStringLiteral("pacc"), url.toString() + QStringLiteral(" + TXT ") + txtName);
    struct State {
        std::optional<FetchResult> fetch;
        std::optional<Resolver::Result> txt;
    };
    auto state = std::make_shared<State>();
    const auto evaluate = [this, row, state] {
        if (m_finished || !state->fetch || !state->txt)
            return;
        const FetchResult &fetch = *state->fetch;
        if (!fetch.ok()) {
            endSource(row, fetch.status, fetch.detail, 0);
            return;
        }
        QList<QByteArray> digests;
        if (state->txt->ok())
            for (const QByteArray &txt : state->txt->txt)
                if (const QByteArray d = ConfigReaders::paccDigestFromTxt(txt); !d.isEmpty())
                    digests << d;
        if (digests.isEmpty()) {
            endSource(row, QStringLiteral("no_digest"),
                tr("The configuration was found, but no TXT record announces its SHA-256: refused."), 0);
            return;
        }
        const QByteArray actual = QCryptographicHash::hash(fetch.body, QCryptographicHash::Sha256);
        if (!digests.contains(actual)) {
            endSource(row, QStringLiteral("digest_mismatch"),
                tr("The configuration's SHA-256 (%1) does not match the TXT record: refused.")
                    .arg(QString::fromLatin1(actual.toBase64())),
                0);
            return;
        }
        const ReadResult read = ConfigReaders::readPacc(fetch.body, m_email);
        if (!read.ok) {
            endSource(row, QStringLiteral("invalid"), read.error, 0);
            return;
        }
        for (const ServerEntry &s : read.servers)
            addCandidate(fromEntry(s, QStringLiteral("pacc"), SourceKind::Owner, fetch.crossDomainRedirect));
        noteOAuth(read.oauthIssuer);
        endSource(row, QStringLiteral("ok"), tr("%n server(s), digest verified", nullptr, int(read.servers.size())),
            int(read.servers.size()));
    };
    m_fetcher->get(url, m_email.domain, [state, evaluate](const FetchResult &r) {
        state->fetch = r;
        evaluate();
    });
    m_resolver->lookup(Resolver::Type::Txt, txtName, this, [state, evaluate](const Resolver::Result &r) {
        state->txt = r;
        evaluate();
    });
}

void Discovery::startGuesses()
{
    const QString d = m_email.domain;
    struct Guess {
        MailProtocol protocol;
        QStringList prefixes;
        QList<QPair<quint16, Security>> ports;
    };
    const QList<Guess> guesses {
        { MailProtocol::Smtp, { QStringLiteral("smtp."), QStringLiteral("mail."), QString() },
            { { 465, Security::Tls }, { 587, Security::StartTls }, { 25, Security::StartTls },
                { 2525, Security::StartTls } } },
        { MailProtocol::Imap, { QStringLiteral("imap."), QStringLiteral("mail."), QString() },
            { { 993, Security::Tls }, { 143, Security::StartTls } } },
        { MailProtocol::Pop3, { QStringLiteral("pop."), QStringLiteral("pop3."), QStringLiteral("mail.") },
            { { 995, Security::Tls }, { 110, Security::StartTls } } },
    };
    QStringList hosts;
    for (const Guess &g : guesses)
        for (const QString &p : g.prefixes)
            if (!hosts.contains(p + d))
                hosts << p + d;
    m_guessRow = beginSource(QStringLiteral("probe"), tr("%1 × ports").arg(hosts.join(QStringLiteral(", "))));
    m_pendingGuesses = int(hosts.size());
    for (const QString &host : hosts) {
        m_resolver->lookup(Resolver::Type::Address, host, this, [this, host, guesses](const Resolver::Result &r) {
            if (m_finished)
                return;
            if (r.ok()) {
                for (const Guess &g : guesses) {
                    for (const QString &p : g.prefixes) {
                        if (p + m_email.domain != host)
                            continue;
                        for (const auto &[port, security] : g.ports) {
                            Candidate c;
                            c.protocol = g.protocol;
                            c.host = host;
                            c.port = port;
                            c.security = security;
                            const QString key = c.key();
                            if (m_probing.contains(key))
                                continue;
                            m_probing.insert(key);
                            ++m_pendingGuesses;
                            m_prober->probe({ g.protocol, host, port, security }, false,
                                [this, key, c](const Prober::Target &, const ProbeResult &result, bool reached) {
                                    bool known = false;
                                    for (const Candidate &existing : std::as_const(m_candidates))
                                        known = known || existing.key() == key;
                                    applyProbe(key, result);
                                    if (!known && reached && !m_finished) {
                                        Candidate guess = c;
                                        guess.username = m_email.address;
                                        guess.sources = { QStringLiteral("probe") };
                                        guess.bestSource = SourceKind::Guess;
                                        guess.probe = result;
                                        guess.auth = mechanismsFrom(result.capabilities);
                                        addCandidate(guess);
                                        ++m_guessesFound;
                                    }
                                    if (--m_pendingGuesses == 0 && !m_finished)
                                        endSource(m_guessRow, QStringLiteral("ok"),
                                            tr("%n server(s) answered", nullptr, m_guessesFound), m_guessesFound);
                                });
                        }
                    }
                }
            }
            if (--m_pendingGuesses == 0)
                endSource(m_guessRow, QStringLiteral("ok"), tr("%n server(s) answered", nullptr, m_guessesFound),
                    m_guessesFound);
        });
    }
}

void Discovery::fetchOwnerAutoconfig(bool plainHttp)
{
    // The domain owner's autoconfig (draft-ietf-mailmaint-autoconfig §4.1): the autoconfig host
    // with the address as a query, and the well-known path on the domain itself. Plain http
    // only as the last resort, and what it says is never trusted.
    const QString domain = m_email.domain;
    const QString scheme = plainHttp ? QStringLiteral("http") : QStringLiteral("https");
    QUrl autoconfig(QStringLiteral("%1://autoconfig.%2/mail/config-v1.1.xml").arg(scheme, domain));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("emailaddress"), QString::fromLatin1(QUrl::toPercentEncoding(m_email.address)));
    autoconfig.setQuery(query);
    fetchAutoconfig(plainHttp ? QStringLiteral("autoconfig-http") : QStringLiteral("autoconfig"), autoconfig, domain,
        SourceKind::Owner, plainHttp);
    fetchAutoconfig(plainHttp ? QStringLiteral("autoconfig-http") : QStringLiteral("autoconfig-wellknown"),
        QUrl(QStringLiteral("%1://%2/.well-known/autoconfig/mail/config-v1.1.xml").arg(scheme, domain)), domain,
        SourceKind::Owner, plainHttp);
}

void Discovery::noteOAuth(const QString &hostOrIssuer)
{
    if (!m_result.oauthProvider.isEmpty() || hostOrIssuer.isEmpty())
        return;
    const QString host = QUrl::fromUserInput(hostOrIssuer).host().toLower();
    const QString base = baseDomainOf(host.isEmpty() ? hostOrIssuer.toLower() : host);
    if (base == QLatin1String("google.com") || base == QLatin1String("gmail.com"))
        m_result.oauthProvider = QStringLiteral("google");
    else if (base == QLatin1String("microsoftonline.com") || base == QLatin1String("office365.com")
        || base == QLatin1String("outlook.com"))
        m_result.oauthProvider = QStringLiteral("microsoft");
    else if (base == QLatin1String("yahoo.com"))
        m_result.oauthProvider = QStringLiteral("yahoo");
}

void Discovery::maybeFinish()
{
    if (m_finished || m_finishing || !m_clock.isValid() || m_pendingSources > 0)
        return;
    if (!m_httpFallbackDone) {
        // http:// only when nothing trusted answered (and then marked untrusted).
        m_httpFallbackDone = true;
        bool trusted = false;
        for (const Candidate &c : std::as_const(m_candidates))
            trusted = trusted || (!c.untrusted && c.bestSource != SourceKind::Guess);
        if (!trusted) {
            fetchOwnerAutoconfig(true);
            return;
        }
    }
    if (m_prober && !m_prober->idle())
        return;
    finish(false);
}

void Discovery::finish(bool deadline)
{
    if (m_finished || m_finishing)
        return;
    m_finishing = true;
    m_deadline.stop();
    if (m_prober)
        m_prober->abortAll();  // running probes end as "timeout", queued ones stay "not_probed"
    if (m_fetcher)
        m_fetcher->abortAll();
    if (m_resolver)
        m_resolver->cancelAll();
    m_finished = true;
    m_result.deadlineReached = deadline;
    m_result.ms = m_clock.isValid() ? m_clock.elapsed() : 0;
    for (SourceReport &row : m_result.sources) {
        if (row.status == QLatin1String("running")) {
            row.status = QStringLiteral("timeout");
            row.ms = m_result.ms - row.startMs;
            row.detail = tr("No answer before the deadline (%1 s).").arg(m_options.timeoutMs / 1000.0);
        }
    }
    Ranking::rank(m_candidates);
    m_result.candidates = m_candidates;
    const auto pick = [this](MailProtocol p) -> std::optional<Candidate> {
        const Candidate *c = Ranking::recommended(m_candidates, p);
        return c ? std::optional<Candidate>(*c) : std::nullopt;
    };
    m_result.smtp = pick(MailProtocol::Smtp);
    m_result.imap = pick(MailProtocol::Imap);
    m_result.pop3 = pick(MailProtocol::Pop3);
    // The OAuth2 preset: by the domain, its MX hosts, then the recommended hosts (the same
    // detection as `oauth login`); the issuer / MX heuristics above only when none matches.
    const oauth::ProviderRegistry registry;
    std::optional<oauth::Provider> preset = registry.detectByDomain(m_email.domain);
    if (!preset)
        preset = registry.detectByMx(m_mxHosts);
    for (const std::optional<Candidate> *pick : { &m_result.imap, &m_result.smtp, &m_result.pop3 })
        if (!preset && *pick)
            preset = registry.detectByHost((*pick)->host);
    if (preset)
        m_result.oauthProvider = preset->id;

    m_result.findings = Ranking::disagreements(m_candidates);
    const auto add
        = [this](const QString &code, Finding::Severity severity, const QString &title, const QString &detail) {
              Finding f;
              f.code = code;
              f.severity = severity;
              f.title = title;
              f.detail = detail;
              m_result.findings << f;
          };
    for (const Candidate &c : std::as_const(m_candidates)) {
        if (c.needsConfirmation && c.rank == 1)
            add(QStringLiteral("discovery.confirm_srv_target"), Finding::Severity::Warning,
                tr("Confirm the server %1").arg(c.host),
                tr("The domain's SRV record points to %1, outside %2. Use it only if you know that this provider "
                   "runs your mail (RFC 6186 §6).")
                    .arg(c.host, m_email.domain));
    }
    for (const std::optional<Candidate> *pick : { &m_result.smtp, &m_result.imap, &m_result.pop3 }) {
        if (*pick && (*pick)->trust == Trust::Untrusted)
            add(QStringLiteral("discovery.untrusted_source"), Finding::Severity::Warning,
                tr("The best %1 settings come from an untrusted source").arg(toString((*pick)->protocol).toUpper()),
                tr("%1 port %2 was found only over plain http or after a redirect to another domain, where anyone "
                   "in between could have changed it. Check it with your provider before you use it.")
                    .arg((*pick)->host)
                    .arg((*pick)->port));
    }
    if (!m_result.smtp)
        add(QStringLiteral("discovery.no_smtp"), Finding::Severity::Error, tr("No usable server for sending was found"),
            tr("No source named an SMTP server that answered. Ask your provider for the outgoing server settings, "
               "or check the sources above."));
    if (!m_result.imap && !m_result.pop3)
        add(QStringLiteral("discovery.no_incoming"), Finding::Severity::Error,
            tr("No usable server for receiving was found"),
            tr("No source named an IMAP or POP3 server that answered. Ask your provider for the incoming server "
               "settings, or check the sources above."));
    if (deadline)
        add(QStringLiteral("discovery.deadline"), Finding::Severity::Info, tr("Stopped at the deadline"),
            tr("Discovery ended after %1 s with what it had; sources and probes still running are reported as "
               "timed out.")
                .arg(m_options.timeoutMs / 1000.0));
    // From the event loop: a receiver may delete us, and a probe or fetch may be on the stack.
    QMetaObject::invokeMethod(
        this, [this] { emit finished(m_result); }, Qt::QueuedConnection);
}

}  // namespace md::discovery
