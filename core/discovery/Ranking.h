#pragma once

#include "check/CheckResult.h"
#include "discovery/Candidate.h"

#include <QCoreApplication>
#include <QList>

namespace md::discovery {

/// Orders and grades candidates. Within each protocol, in this order of importance:
/// a probe that failed goes last; untrusted or to-be-confirmed candidates after the rest;
/// implicit TLS over STARTTLS over none (RFC 8314 §4.1); probe-verified with a valid certificate
/// over unverified; the domain owner's sources over the ISPDB over MX-derived over guesses;
/// more sources agreeing over fewer; then SRV order (RFC 2782).
class Ranking
{
    Q_DECLARE_TR_FUNCTIONS(md::discovery::Ranking)
public:
    /// Sets every candidate's trust and rank and sorts the list (by protocol, then rank).
    static void rank(QList<Candidate> &candidates);
    /// The best usable candidate of a protocol: rank 1 unless its probe failed. nullptr if none.
    [[nodiscard]] static const Candidate *recommended(const QList<Candidate> &candidates, MailProtocol protocol);
    /// Findings where sources disagree (different hosts for the same protocol).
    [[nodiscard]] static QList<Finding> disagreements(const QList<Candidate> &candidates);
    /// Adds `candidate` to `list`, merging with an equal one (same key): sources, auth, best
    /// source kind, flags. Returns the index of the merged or added entry.
    static qsizetype merge(QList<Candidate> &list, const Candidate &candidate);
};

}  // namespace md::discovery
