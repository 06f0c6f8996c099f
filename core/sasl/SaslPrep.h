#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace md::sasl {

/// SASLprep (RFC 4013), the stringprep profile SCRAM applies to user names and passwords
/// (RFC 5802 §5.1), for *query* strings (unassigned code points are let through).
///
/// What is done:
/// - pure printable ASCII (U+0020..U+007E) passes through unchanged (the common case);
/// - mapping (§2.1): non-ASCII spaces (RFC 3454 C.1.2) become U+0020, the "commonly mapped to
///   nothing" characters (B.1: soft hyphen, zero-width joiners, variation selectors…) are removed;
/// - normalization (§2.2): Unicode NFKC, via QString::normalized();
/// - prohibited output (§2.3): controls (C.2.1, C.2.2), private use (C.3), non-characters (C.4),
///   surrogates (C.5), C.6–C.9 → std::nullopt;
/// - bidirectional check (RFC 3454 §6): a string with right-to-left characters must not contain
///   left-to-right ones and must start and end with a right-to-left character → else nullopt.
/// Character properties come from Qt's Unicode tables (newer than the Unicode 3.2 of RFC 3454);
/// for real-world user names and passwords the results are the same.
[[nodiscard]] std::optional<QString> saslPrep(const QString &input);

/// The `saslname` encoding of RFC 5802 §5.1 / RFC 5801 §4 (SCRAM "n=", GS2 "a="): UTF-8 with
/// '=' written as "=3D" and ',' as "=2C".
[[nodiscard]] QByteArray escapeSaslName(const QString &name);

}  // namespace md::sasl
