#include "ImapValue.h"

namespace md::imap {

QByteArray ImapValue::toDebugString() const
{
    switch (type) {
    case Type::Nil:
        return QByteArrayLiteral("NIL");
    case Type::Atom:
    case Type::Number:
        return bytes;
    case Type::Quoted: {
        QByteArray out = QByteArrayLiteral("\"");
        for (const char c : bytes) {
            if (c == '"' || c == '\\')
                out += '\\';
            out += c;
        }
        return out + '"';
    }
    case Type::Literal:
        return '{' + QByteArray::number(bytes.size()) + '}' + bytes;
    case Type::List:
        return '(' + md::imap::toDebugString(items) + ')';
    }
    return {};
}

QByteArray toDebugString(const QList<ImapValue> &values)
{
    QByteArray out;
    for (const ImapValue &value : values) {
        if (!out.isEmpty())
            out += ' ';
        out += value.toDebugString();
    }
    return out;
}

}  // namespace md::imap
