#pragma once

#include "check/CheckResult.h"

#include <QStringList>
#include <QVariantMap>

// Little helpers the diagnosis rules share (internal to core/diagnosis). Every file that calls
// tr() declares its own `struct Tr { Q_DECLARE_TR_FUNCTIONS(md::Diagnoser) };`: all findings
// share the translation context "md::Diagnoser" (translations/*.ts), and lupdate resolves a
// local struct without include paths.
namespace md::rules {

using Severity = Finding::Severity;

/// A finding with these fields.
[[nodiscard]] Finding finding(
    const QString &code, Severity severity, const QString &title, const QString &detail, const QVariantMap &fix = {});

/// The non-empty parts, trimmed, joined by spaces.
[[nodiscard]] QString joinSentences(const QStringList &parts);

/// The protocol's display name ("IMAP", "POP3", "SMTP").
[[nodiscard]] QString protocolName(const CheckResult &r);

/// Where the protocol is normally served, as a sentence.
[[nodiscard]] QString usualPorts(const CheckResult &r);

}  // namespace md::rules
