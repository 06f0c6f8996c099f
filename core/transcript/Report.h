#pragma once

#include "check/CheckResult.h"

#include <QJsonObject>
#include <QString>
#include <QVariantMap>

namespace md {

/// Text from a server made safe to print: C0 controls, DEL, C1 controls and bidirectional
/// overrides become visible escapes (\x1B, \u202E), so a hostile reply can neither drive the
/// terminal nor forge or reorder lines. With keepNewlines, '\n' stays (for multi-line text we
/// composed ourselves). JSON needs none of this: its encoder escapes everything.
[[nodiscard]] QString terminalSafe(const QString &text, bool keepNewlines = false);

/// One transcript line for a terminal: time, a TLS marker, direction, text.
///   "   0.016      C: EHLO example.org"
///   "   0.081  tls C: EHLO example.org"
[[nodiscard]] QString renderEventLine(const TranscriptEvent &event);

/// The summary after the transcript: the steps as a timing waterfall (a bar per step, placed at
/// its start and as long as it took, then the total), TLS, capabilities, and last the findings,
/// most important first, each with a "Try: --port 465 --security tls" line when it has a fix.
[[nodiscard]] QString renderSummaryText(const CheckResult &result);

/// One waterfall bar `width` cells wide for a step that started at `startMs` and took `ms`
/// of `totalMs` (block characters, eighth-cell precision, at least a sliver).
[[nodiscard]] QString renderWaterfallBar(qint64 startMs, qint64 ms, qint64 totalMs, int width);

/// A finding's fix (settings, Diagnoser.h) as maildoctor-cli flags, in a stable order:
/// `--host H --port N --security MODE --auth M`. OAuth mechanisms add `--token-env VAR` (they
/// need a token). Empty for an empty fix. The CLI's rendering: a GUI offers the fix as a button.
[[nodiscard]] QString renderFixFlags(const QVariantMap &fix);

/// The machine-readable result (the CLI's --json object).
[[nodiscard]] QJsonObject toJson(const CheckResult &result);
[[nodiscard]] QJsonObject toJson(const TranscriptEvent &event);
[[nodiscard]] QJsonObject toJson(const TlsReport &tls);

}  // namespace md
