#pragma once

#include "check/CheckResult.h"
#include "ReplyMeaning.h"

#include <initializer_list>
#include <QStringList>
#include <QVariantMap>

// The facts the rules read from a check result (internal to core/diagnosis).
namespace md::rules {

/// Reads a check result: the failing step, the server's words, capabilities, what was sent, and
/// the settings changes ("fixes") that follow from them. Knows no rule.
class Reader
{
public:
    explicit Reader(const CheckResult &r);

    const CheckResult &r;
    const Step *failed = nullptr;  ///< the step that failed (the last one marked Failed), or null

    // --- the failing step and the server's reply ---
    [[nodiscard]] bool imap() const { return r.protocol == Protocol::Imap; }
    [[nodiscard]] QString stepName() const { return failed ? failed->name : r.failedStep; }
    [[nodiscard]] bool stepIs(std::initializer_list<const char *> names) const;
    [[nodiscard]] int code() const { return failed ? failed->replyCode : 0; }
    [[nodiscard]] QString enhanced() const { return failed ? failed->enhancedCode : QString(); }
    /// The IMAP / POP3 response code's first word, upper case ("AUTHENTICATIONFAILED", "SYS/TEMP").
    [[nodiscard]] QString responseCode() const;
    [[nodiscard]] QString serverText() const { return failed ? failed->serverText : QString(); }
    /// What the server's refusal means (ReplyMeaning.h): codes first, its words last.
    [[nodiscard]] ReplyMeaning meaning() const;
    /// The server's reply as it was, e.g. 535 5.7.8 Username and Password not accepted.
    [[nodiscard]] QString quotedReply() const;
    /// "The server answered: "…"." with the reply, or empty when there is none.
    [[nodiscard]] QString serverSaid() const;

    // --- capabilities and what the check did ---
    /// Capabilities in force when the check stopped (after TLS when it got that far).
    [[nodiscard]] QStringList capabilities() const;
    /// Whether `caps` holds the capability `keyword` (its first word, any case).
    [[nodiscard]] static bool has(const QStringList &caps, const char *keyword);
    [[nodiscard]] bool startTlsOffered() const { return has(r.capabilitiesBeforeTls, "STARTTLS"); }
    /// SASL mechanisms advertised: SMTP "AUTH PLAIN LOGIN" (or "AUTH=PLAIN"), IMAP "AUTH=PLAIN", POP3 "SASL PLAIN".
    [[nodiscard]] QStringList mechanisms() const;
    /// The SASL mechanism (or IMAP LOGIN) the check used.
    [[nodiscard]] QString usedMechanism() const { return r.facts.mechanism; }
    [[nodiscard]] bool usedOAuth() const;
    /// The server's decoded SASL error report (RFC 7628 §3.2.2 for OAuth), in words.
    [[nodiscard]] QString oauthError() const { return r.facts.saslError; }
    /// Whether a login step succeeded.
    [[nodiscard]] bool authenticated() const;
    [[nodiscard]] bool receivedAnything() const { return !r.facts.banner.isEmpty(); }
    /// Whether the connection was encrypted when the check stopped.
    [[nodiscard]] bool encrypted() const;

    // --- ports and fixes ---
    [[nodiscard]] quint16 implicitPort() const { return defaultPort(r.protocol, Security::Tls); }
    [[nodiscard]] quint16 startTlsPort() const { return defaultPort(r.protocol, Security::StartTls); }
    /// Implicit TLS on its standard port (the port only when it changes).
    [[nodiscard]] QVariantMap fixImplicitTls() const;
    /// STARTTLS, on the same port unless that is the implicit-TLS one.
    [[nodiscard]] QVariantMap fixStartTls() const;
    /// The other standard port for this protocol (a different port than the one tried).
    [[nodiscard]] QVariantMap fixOtherPort() const;
};

}  // namespace md::rules
