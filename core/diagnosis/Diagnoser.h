#pragma once

#include "check/CheckResult.h"

#include <QVariantMap>

namespace md {

/// Turns a check result into plain-language findings, errors first, then warnings, then
/// information. Reads only the result; does no I/O.
///
/// Codes are stable (tests, scripts and the GUI switch on them). A failed check yields exactly
/// one error finding for its cause (certificate problems: one per problem), sometimes followed
/// by warnings or information; a passed check may yield warnings (security.none,
/// port.25_for_submission) and information. The full table is in Diagnoser.cpp.
///
/// Finding::fix holds a concrete settings change when one is known, with these keys:
///   "host" (string), "port" (int), "security" ("tls" | "starttls" | "none"),
///   "auth" (a SASL mechanism in lower case: "plain", "scram-sha-256", "xoauth2", "oauthbearer", …).
[[nodiscard]] QList<Finding> diagnose(const CheckResult &result);

/// Every code diagnose() can produce (for documentation and tests).
[[nodiscard]] QStringList knownFindingCodes();

}  // namespace md
