#pragma once

#include "check/CheckResult.h"

namespace md {

/// Turns a check result into plain-language findings, most important first.
/// Reads only the result; does no I/O.
[[nodiscard]] QList<Finding> diagnose(const CheckResult &result);

}  // namespace md
