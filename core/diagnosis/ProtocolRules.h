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

/// POP3's own answers where the general rules would be wrong or vague. What an -ERR means comes
/// from classifyReply() (ReplyMeaning.h), which reads the RFC 2449 §8 / RFC 3206 extended response
/// codes first and the words last:
///   pop3.in_use             InUse: -ERR [IN-USE] (RFC 2449 §8.1.1), or "maildrop already locked"
///                           without a code (RFC 1939 §7): another session holds the mailbox
///   pop3.login_delay        LoginDelay: -ERR [LOGIN-DELAY], logged in again too soon (RFC 2449 §8.1.2)
///   pop3.temporary_failure  Temporary: -ERR [SYS/TEMP] (RFC 3206 §4)
///   pop3.permanent_failure  PermanentFailure: -ERR [SYS/PERM] (RFC 3206 §4)
///   pop3.greeting_rejected  the greeting was -ERR (whatever it means)
///   pop3.command_failed     another command (STAT, …) refused
/// Any other refused login (no code, or [AUTH], RFC 3206 §5, which is AuthFailed unless the words
/// say more) is left to the general authentication rules: auth.failed, auth.tls_required for
/// "plaintext authentication disallowed", auth.app_password_required, …
[[nodiscard]] std::optional<QList<Finding>> pop3Findings(const CheckResult &result);

/// The codes above, for knownFindingCodes().
[[nodiscard]] QStringList proxyFindingCodes();
[[nodiscard]] QStringList pop3FindingCodes();

}  // namespace md::rules
