#pragma once

#include "check/CheckResult.h"

#include <QJsonObject>
#include <QString>

namespace md {

/// One transcript line for a terminal: time, a TLS marker, direction, text.
///   "   0.016      C: EHLO example.org"
///   "   0.081  tls C: EHLO example.org"
[[nodiscard]] QString renderEventLine(const TranscriptEvent &event);

/// The whole transcript as text, one line per event.
[[nodiscard]] QString renderTranscriptText(const Transcript &transcript);

/// The summary after the transcript: steps with timings, TLS, capabilities, findings.
[[nodiscard]] QString renderSummaryText(const CheckResult &result);

/// The machine-readable result (the CLI's --json object).
[[nodiscard]] QJsonObject toJson(const CheckResult &result);
[[nodiscard]] QJsonObject toJson(const TranscriptEvent &event);
[[nodiscard]] QJsonObject toJson(const TlsReport &tls);

}  // namespace md
