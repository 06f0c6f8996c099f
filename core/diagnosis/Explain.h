#pragma once

#include <optional>
#include <QString>

namespace md {

/// One translated sentence (or two) for a protocol term seen in a transcript:
///   "535" — an SMTP reply code (RFC 5321 §4.2, RFC 4954 §6; unknown codes by their digits),
///   "5.7.8" — an enhanced status code (RFC 3463 and the IANA registry; any class.subject.detail),
///   "535 5.7.8" — both at once,
///   "AUTHENTICATIONFAILED" or "[TRYCREATE]" — an IMAP response code (RFC 3501 §7.1, RFC 5530, …),
///   "SIZE 10240000", "PIPELINING", "IDLE", "AUTH=PLAIN", "AUTH PLAIN LOGIN" — an SMTP EHLO
///   keyword or an IMAP capability, with its parameters read ("largest message: 9.8 MiB"),
///   "SCRAM-SHA-256" — a SASL mechanism.
/// Case does not matter. Returns nullopt for a term it does not know.
[[nodiscard]] std::optional<QString> explain(const QString &term);

/// The pieces of explain(), for callers that know what kind of term they hold.
[[nodiscard]] std::optional<QString> explainReplyCode(int code);
[[nodiscard]] std::optional<QString> explainEnhancedCode(const QString &code);
[[nodiscard]] std::optional<QString> explainImapResponseCode(const QString &code);
/// An SMTP EHLO line ("SIZE 10240000") or an IMAP capability ("APPENDLIMIT=35651584").
[[nodiscard]] std::optional<QString> explainCapability(const QString &capability);
[[nodiscard]] std::optional<QString> explainMechanism(const QString &mechanism);

/// "9.8 MiB", "512 KiB", "300 bytes": binary units, one decimal where it helps.
[[nodiscard]] QString formatSize(qint64 bytes);

}  // namespace md
