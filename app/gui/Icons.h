#pragma once

#include "check/CheckResult.h"

#include <QIcon>

namespace md::gui {

/// The app's SVG icons (app/gui/icons, compiled in as :/icons/NAME.svg).
[[nodiscard]] QIcon icon(const char *name);
[[nodiscard]] QIcon statusIcon(Step::Status status);
[[nodiscard]] QIcon severityIcon(Finding::Severity severity);

}  // namespace md::gui
