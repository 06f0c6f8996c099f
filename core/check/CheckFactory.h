#pragma once

#include "check/Check.h"

#include <memory>

namespace md {

/// The check for `settings.protocol`: SmtpCheck, ImapCheck or Pop3Check.
[[nodiscard]] std::unique_ptr<Check> makeCheck(const ServerSettings &settings);

}  // namespace md
