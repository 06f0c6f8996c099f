#pragma once

#include "check/CheckResult.h"

#include <optional>
#include <QList>
#include <QStringList>

// Rules kept out of Diagnoser.cpp by area: they see a result first and answer only for what is
// theirs (std::nullopt otherwise, and the general rules apply).
namespace md::rules {

/// A check through a proxy that failed at the proxy (FailureKind::Proxy*):
///   proxy.unreachable   the proxy itself could not be reached
///   proxy.auth_failed   the proxy refused the proxy user / password (or wanted some)
///   proxy.refused       the proxy could not or would not connect to the server
[[nodiscard]] std::optional<QList<Finding>> proxyFindings(const CheckResult &result);

/// POP3's own answers (RFC 2449 §8 / RFC 3206 extended response codes) where the general rules
/// would be wrong or vague:
///   pop3.in_use             -ERR [IN-USE]: another session holds the mailbox (RFC 2449 §8.1.1)
///   pop3.login_delay        -ERR [LOGIN-DELAY]: logged in again too soon (RFC 2449 §8.1.2)
///   pop3.temporary_failure  -ERR [SYS/TEMP] (RFC 3206 §4)
///   pop3.permanent_failure  -ERR [SYS/PERM] (RFC 3206 §4)
///   pop3.greeting_rejected  the greeting was -ERR
///   pop3.command_failed     another command (STAT, …) refused
/// A refused login without a code or with [AUTH] (RFC 3206 §5) is left to the general
/// authentication rules (auth.failed and friends).
[[nodiscard]] std::optional<QList<Finding>> pop3Findings(const CheckResult &result);

/// The codes above, for knownFindingCodes().
[[nodiscard]] QStringList proxyFindingCodes();
[[nodiscard]] QStringList pop3FindingCodes();

}  // namespace md::rules
