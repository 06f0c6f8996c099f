#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
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

/// How the server takes literals: only synchronizing ones, or also non-synchronizing ones
/// (RFC 7888: LITERAL+ any size, LITERAL- up to 4096 bytes).
enum class LiteralSupport { Synchronizing, Plus, Minus };

/// One argument of a command: its bytes as they go on the wire, and whether it is a secret.
struct CommandArgument {
    QByteArray value;
    bool secret = false;
};

/// One line of a command, as sent (without CRLF) and as shown in the transcript.
struct CommandLine {
    QByteArray wire;
    QString display;               ///< secrets masked
    bool awaitsContinuation = false;  ///< ends in a synchronizing literal "{n}": wait for "+"
};

/// `verb arg…` with every argument as an astring (RFC 9051 §4.3): a quoted string when it fits
/// (7-bit, '"' and '\' escaped), a literal otherwise (8-bit bytes: raw UTF-8, no SASLprep),
/// non-synchronizing when `literals` allows it. A literal's data starts the next line. Secret
/// arguments show as `mask`, and so does a secret literal's size. nullopt when an argument
/// holds NUL, CR or LF, which no command line can carry; `badArgument` then names its index.
[[nodiscard]] std::optional<QList<CommandLine>> buildCommand(QByteArrayView verb, const QList<CommandArgument> &arguments,
                                                             LiteralSupport literals, const QString &mask,
                                                             qsizetype *badArgument = nullptr);

/// True when `s` holds NUL, CR or LF: bytes no IMAP or SMTP command argument may carry.
[[nodiscard]] bool hasLineBreakOrNul(QByteArrayView s);

/// Decodes a mailbox name in modified UTF-7 (RFC 3501 §5.1.3). `ok` is set to false when the
/// name breaks the encoding's rules (unterminated or bad base64, 8-bit bytes, ASCII encoded
/// in base64, broken UTF-16); the result is then a best effort.
[[nodiscard]] QString decodeModifiedUtf7(QByteArrayView encoded, bool *ok = nullptr);

/// Encodes a mailbox name in modified UTF-7 (RFC 3501 §5.1.3), e.g. "Entwürfe" -> "Entw&APw-rfe".
[[nodiscard]] QByteArray encodeModifiedUtf7(QStringView name);

}  // namespace md::imap
