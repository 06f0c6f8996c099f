#pragma once

// How Mail Doctor chooses a SASL mechanism (RFC 4422 §3.1: the client chooses).
//
//   1. With `--auth auto`, take the strongest mechanism the server offers that the credentials
//      allow, in this order:
//          SCRAM-SHA-256, SCRAM-SHA-1, CRAM-MD5, PLAIN, LOGIN            (a password is given)
//      When an OAuth access token is given, the user wants OAuth: OAUTHBEARER, then XOAUTH2,
//      come first; the password mechanisms follow only if a password is given too.
//      SCRAM always comes before PLAIN and LOGIN: it never sends the password and it proves
//      that the server knows it.
//   2. With an explicit mechanism (`--auth PLAIN`), use that one or fail: it must be offered by
//      the server and usable with the credentials given. No silent fallback.
//   3. Nothing that exposes a password (PLAIN, LOGIN, and the bearer-token mechanisms, whose
//      token is as good as a password) is used over an unencrypted connection unless the user
//      allowed plaintext — not even when explicitly requested.
//   Failures carry a stable reason: the server offers nothing we can use (NoneOffered), the
//   requested mechanism is not offered (RequestedNotOffered), every candidate would expose the
//   password without encryption (NeedsEncryption), or the credentials fit none of the offered
//   mechanisms (NoUsableCredentials).

#include "Mechanism.h"

#include <QList>
#include <optional>

namespace md::sasl {

/// Why no mechanism was chosen. Stable: diagnosis rules and tests switch on it.
enum class SelectionFailure {
    NoneOffered,          ///< the server offers no mechanism Mail Doctor supports (or none at all)
    RequestedNotOffered,  ///< the mechanism the user asked for is not offered (or not supported)
    NeedsEncryption,      ///< the only candidates expose the password, the connection is plain
    NoUsableCredentials   ///< offered mechanisms need a password / token the user did not give
};

/// Everything the choice depends on.
struct SelectionRequest {
    QList<QByteArray> offered;      ///< mechanisms the server advertises (any case)
    QByteArray requested;           ///< "auto" (or empty) or a mechanism name (any case)
    bool hasPassword = false;       ///< a password is available
    bool hasToken = false;          ///< an OAuth access token is available
    bool encrypted = false;         ///< the connection is under TLS (implicit or STARTTLS)
    bool plaintextAllowed = false;  ///< the user explicitly allowed secrets over plain text
};

/// The outcome: a mechanism name, or a failure reason and a translated explanation.
struct Selection {
    QByteArray mechanism;                    ///< upper-case name; empty on failure
    std::optional<SelectionFailure> failure; ///< set when no mechanism was chosen
    QString message;                         ///< translated: why this one, or why none

    [[nodiscard]] bool ok() const { return !failure.has_value(); }
};

/// Applies the policy above.
[[nodiscard]] Selection selectMechanism(const SelectionRequest &request);

/// Convenience: hasPassword / hasToken taken from `credentials` (non-empty password / token).
[[nodiscard]] Selection selectMechanism(const QList<QByteArray> &offered, const QByteArray &requested,
                                        const Credentials &credentials, bool encrypted,
                                        bool plaintextAllowed);

/// The order `auto` tries, given which secrets are available (strongest first).
[[nodiscard]] QList<QByteArray> autoPreferenceOrder(bool hasPassword, bool hasToken);

}  // namespace md::sasl
