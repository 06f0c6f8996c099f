#pragma once

#include <QByteArray>
#include <QList>

namespace md::imap {

/// One value of an IMAP response (RFC 9051 §4): an atom, a number, a string (quoted or
/// literal, §4.3), NIL (§4.5) or a parenthesised list of values (§4.4).
struct ImapValue {
    enum class Type {
        Nil,      ///< NIL
        Atom,     ///< atom, flag (\Seen) or section spec (BODY[HEADER]<0>), as sent
        Number,   ///< all digits; `number` holds the value, `bytes` the digits
        Quoted,   ///< "quoted string", unescaped into `bytes`
        Literal,  ///< {n} / {n+} / ~{n} literal, its n bytes in `bytes`
        List      ///< ( ... ), children in `items`
    };

    Type type = Type::Nil;
    QByteArray bytes;        ///< atom text, string content, or the digits of a number
    quint64 number = 0;      ///< value when type == Number
    QList<ImapValue> items;  ///< children when type == List

    [[nodiscard]] bool isNil() const { return type == Type::Nil; }
    [[nodiscard]] bool isAtom() const { return type == Type::Atom; }
    [[nodiscard]] bool isNumber() const { return type == Type::Number; }
    [[nodiscard]] bool isList() const { return type == Type::List; }
    /// A string in the grammar's sense (§4.3): quoted or literal.
    [[nodiscard]] bool isString() const { return type == Type::Quoted || type == Type::Literal; }
    /// An astring (§9 "astring"): atom, number (atom chars) or string; `bytes` is its value.
    [[nodiscard]] bool isAString() const { return isAtom() || isNumber() || isString(); }

    /// Compact IMAP-like rendering for logs and tests: atoms and numbers bare, quoted strings
    /// re-quoted, literals as {n} followed by their bytes, NIL, lists in parentheses.
    [[nodiscard]] QByteArray toDebugString() const;
};

/// Renders a sequence of values separated by single spaces (see ImapValue::toDebugString()).
[[nodiscard]] QByteArray toDebugString(const QList<ImapValue> &values);

}  // namespace md::imap
