#pragma once

#include "account/ServerSettings.h"
#include "check/CheckResult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace md {

/// One check for a report: what was asked (settings) and what came back (result).
/// The renderers read only the non-secret fields of the settings (never password or token).
struct ReportEntry {
    ServerSettings settings;
    CheckResult result;
};

/// The settings a report may show: protocol, host, port, security, user, login method, CA file,
/// pinned key, envelope. Password and token are never read.
[[nodiscard]] QJsonObject settingsToJson(const ServerSettings &settings);

/// One self-contained HTML document (inline CSS, no scripts, no external resources) a help desk
/// can open anywhere: per check the settings, the verdict, the steps as a waterfall, the findings
/// with their fixes, the certificate chain, the transcript; and the JSON of it all embedded as a
/// non-executed <script type="application/json"> block. Everything from a server is escaped.
[[nodiscard]] QString renderHtmlReport(const QList<ReportEntry> &entries, const QDateTime &created);

/// The plain-text report: per check the settings, the transcript lines and the text summary.
[[nodiscard]] QString renderTextReport(const QList<ReportEntry> &entries, const QDateTime &created);

/// The JSON report: {"created": …, "checks": [{"settings": …, "result": toJson(result)}, …]}.
[[nodiscard]] QJsonObject reportToJson(const QList<ReportEntry> &entries, const QDateTime &created);

}  // namespace md
