#include "Ranking.h"

#include <algorithm>
#include <QSet>
#include <tuple>

namespace md::discovery {

namespace {

int securityScore(Security security)
{
    switch (security) {
    case Security::Tls:
        return 2;
    case Security::StartTls:
        return 1;
    case Security::None:
        return 0;
    }
    return 0;
}

bool probeFailed(const Candidate &c)
{
    return c.probe.probed() && !c.probe.ok();
}

bool verified(const Candidate &c)
{
    return c.probe.ok() && c.probe.certificateVerified;
}

int distinctSources(const Candidate &c)
{
    QSet<QString> kinds;
    for (const QString &s : c.sources)
        kinds.insert(s.section(QLatin1Char(':'), 0, 0));
    kinds.remove(QStringLiteral("probe"));
    return int(kinds.size());
}

Trust trustOf(const Candidate &c)
{
    if (c.untrusted)
        return Trust::Untrusted;
    int score = 3 - int(c.bestSource);  // owner 3, ISPDB 2, MX 1, guess 0
    if (distinctSources(c) >= 2)
        ++score;
    if (verified(c))
        ++score;
    if (c.security == Security::None)
        score = std::min(score, 1);
    Trust trust = score >= 4 ? Trust::High : score >= 2 ? Trust::Medium : Trust::Low;
    if (c.needsConfirmation && trust == Trust::High)
        trust = Trust::Medium;
    if (probeFailed(c))
        trust = Trust::Low;
    return trust;
}

auto sortKey(const Candidate &c)
{
    // Smaller is better.
    return std::make_tuple(int(c.protocol), probeFailed(c), c.untrusted || c.needsConfirmation,
        -securityScore(c.security), !verified(c), int(c.bestSource), -distinctSources(c),
        c.srvPriority < 0 ? 1 << 20 : c.srvPriority, c.host, c.port);
}

}  // namespace

void Ranking::rank(QList<Candidate> &candidates)
{
    std::stable_sort(candidates.begin(), candidates.end(),
        [](const Candidate &a, const Candidate &b) { return sortKey(a) < sortKey(b); });
    int position = 0;
    std::optional<MailProtocol> current;
    for (Candidate &c : candidates) {
        if (current != c.protocol) {
            current = c.protocol;
            position = 0;
        }
        c.rank = ++position;
        c.trust = trustOf(c);
    }
}

const Candidate *Ranking::recommended(const QList<Candidate> &candidates, MailProtocol protocol)
{
    for (const Candidate &c : candidates) {
        if (c.protocol == protocol && c.rank == 1)
            return probeFailed(c) ? nullptr : &c;
    }
    return nullptr;
}

QList<Finding> Ranking::disagreements(const QList<Candidate> &candidates)
{
    QList<Finding> findings;
    for (const MailProtocol protocol : { MailProtocol::Smtp, MailProtocol::Imap, MailProtocol::Pop3 }) {
        QMap<QString, QSet<QString>> hostsBySource;
        for (const Candidate &c : candidates) {
            if (c.protocol != protocol)
                continue;
            for (const QString &s : c.sources) {
                const QString kind = s.section(QLatin1Char(':'), 0, 0);
                if (kind != QLatin1String("probe"))
                    hostsBySource[kind].insert(c.host);
            }
        }
        const QStringList names = hostsBySource.keys();
        QStringList parts;
        bool disagree = false;
        for (qsizetype i = 0; i < names.size(); ++i) {
            for (qsizetype j = i + 1; j < names.size(); ++j)
                if (!hostsBySource[names[i]].intersects(hostsBySource[names[j]]))
                    disagree = true;
            QStringList hosts = hostsBySource[names[i]].values();
            hosts.sort();
            parts << QStringLiteral("%1: %2").arg(names[i], hosts.join(QStringLiteral(", ")));
        }
        if (!disagree)
            continue;
        Finding f;
        f.code = QStringLiteral("discovery.sources_disagree");
        f.severity = Finding::Severity::Warning;
        f.title = tr("The sources disagree about the %1 server").arg(toString(protocol).toUpper());
        f.detail = tr("Different sources name different hosts (%1). The ranking prefers what the domain "
                      "itself publishes and what the probes could verify.")
                       .arg(parts.join(QStringLiteral("; ")));
        findings << f;
    }
    return findings;
}

qsizetype Ranking::merge(QList<Candidate> &list, const Candidate &candidate)
{
    const QString key = candidate.key();
    for (qsizetype i = 0; i < list.size(); ++i) {
        Candidate &c = list[i];
        if (c.key() != key)
            continue;
        for (const QString &s : candidate.sources)
            if (!c.sources.contains(s))
                c.sources << s;
        for (const QString &a : candidate.auth)
            if (!c.auth.contains(a))
                c.auth << a;
        const bool wasUntrusted = c.untrusted;
        // A user name a document names beats a default; among documents, the more trusted source.
        const bool better = int(candidate.bestSource) < int(c.bestSource) || (wasUntrusted && !candidate.untrusted);
        if (!candidate.username.isEmpty()
            && ((candidate.usernameFromDocument && !c.usernameFromDocument)
                || (better && candidate.usernameFromDocument == c.usernameFromDocument))) {
            c.username = candidate.username;
            c.usernameFromDocument = candidate.usernameFromDocument;
        }
        c.bestSource = std::min(c.bestSource, candidate.bestSource);
        c.untrusted = wasUntrusted && candidate.untrusted;
        c.needsConfirmation = c.needsConfirmation && candidate.needsConfirmation;
        if (candidate.srvPriority >= 0 && (c.srvPriority < 0 || candidate.srvPriority < c.srvPriority))
            c.srvPriority = candidate.srvPriority;
        if (candidate.probe.probed() && !c.probe.probed())
            c.probe = candidate.probe;
        return i;
    }
    list << candidate;
    return list.size() - 1;
}

}  // namespace md::discovery
