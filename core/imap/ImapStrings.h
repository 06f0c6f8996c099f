#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <optional>

namespace md::imap {

/// `s` as an IMAP quoted string (RFC 9051 §4.3) with '"' and '\' escaped, or nullopt when it
/// must be sent as a literal instead: it holds NUL, CR or LF, or 8-bit bytes while
/// `allowUtf8` is false (with UTF8=ACCEPT, RFC 9051 / RFC 6855, valid UTF-8 may be quoted).
[[nodiscard]] std::optional<QByteArray> quoteString(QByteArrayView s, bool allowUtf8 = false);

/// The announcement of a literal of `size` bytes: "{n}" (synchronizing: wait for "+") or
/// "{n+}" (LITERAL+ / LITERAL-, RFC 7888). The caller appends CRLF and the data.
[[nodiscard]] QByteArray literalPrefix(qsizetype size, bool nonSynchronizing);

/// Decodes a mailbox name in modified UTF-7 (RFC 3501 §5.1.3). `ok` is set to false when the
/// name breaks the encoding's rules (unterminated or bad base64, 8-bit bytes, ASCII encoded
/// in base64, broken UTF-16); the result is then a best effort.
[[nodiscard]] QString decodeModifiedUtf7(QByteArrayView encoded, bool *ok = nullptr);

/// Encodes a mailbox name in modified UTF-7 (RFC 3501 §5.1.3), e.g. "Entwürfe" -> "Entw&APw-rfe".
[[nodiscard]] QByteArray encodeModifiedUtf7(QStringView name);

}  // namespace md::imap
