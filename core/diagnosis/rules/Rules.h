#pragma once

#include "check/CheckResult.h"

// The rules by area, one file each in this folder (internal to core/diagnosis). Each turns what
// the Reader found into findings; Diagnoser.cpp picks the rule from the FailureKind and the step.
// The codes each can give are in the table at the top of Diagnoser.cpp.
namespace md::rules {

class Reader;

// --- connection (Connection.cpp) ---
[[nodiscard]] Finding dnsNotFound(const Reader &c);
[[nodiscard]] Finding dnsTimeout(const Reader &c);
[[nodiscard]] Finding netRefused(const Reader &c);
[[nodiscard]] Finding netTimeout(const Reader &c);

// --- TLS (Tls.cpp) ---
/// Certificate verification failed: one finding per kind of problem (or the pin).
[[nodiscard]] QList<Finding> tlsVerification(const Reader &c);
[[nodiscard]] QList<Finding> tlsHandshake(const Reader &c);

// --- greeting and service (Service.cpp) ---
/// Another protocol's greeting on this port ("IMAP", "HTTP", …), or empty.
[[nodiscard]] QString otherService(const Reader &c);
[[nodiscard]] Finding wrongService(const Reader &c, const QString &service);
/// No greeting came: an implicit-TLS port, or a silent server.
[[nodiscard]] Finding greetingTimeout(const Reader &c);
[[nodiscard]] Finding replyTimeout(const Reader &c);
/// The server hung up (or another protocol answered).
[[nodiscard]] Finding serverClosed(const Reader &c);
/// The server's answer broke the protocol (or another protocol answered).
[[nodiscard]] Finding protocolError(const Reader &c);

// --- authentication (Auth.cpp) ---
[[nodiscard]] Finding tlsRequired(const Reader &c);
/// A refused login (auth / login step).
[[nodiscard]] QList<Finding> authRejected(const Reader &c);
[[nodiscard]] QList<Finding> authUnavailable(const Reader &c);
[[nodiscard]] Finding plaintextRefused(const Reader &c);

// --- SMTP envelope and message (Smtp.cpp) ---
[[nodiscard]] bool rateLimited(const Reader &c);
[[nodiscard]] Finding rateLimitFinding(const Reader &c);
[[nodiscard]] Finding ipBlocked(const Reader &c);
[[nodiscard]] Finding relayDenied(const Reader &c);
/// A refusal at MAIL FROM, RCPT TO or DATA.
[[nodiscard]] QList<Finding> envelopeRejected(const Reader &c);

}  // namespace md::rules
