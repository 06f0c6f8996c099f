#include "ImapStrings.h"

#include <algorithm>

namespace md::imap {

namespace {

/// Value of a modified-BASE64 character (RFC 3501 §5.1.3: ',' replaces '/'), or -1.
int base64Value(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == ',')
        return 63;
    return -1;
}

bool isPrintableAscii(uint c) { return c >= 0x20 && c <= 0x7e; }

}  // namespace

std::optional<QByteArray> quoteString(QByteArrayView s, bool allowUtf8)
{
    if (!allowUtf8 || !s.isValidUtf8()) {
        for (const char c : s) {
            if (static_cast<unsigned char>(c) >= 0x80)
                return std::nullopt;
        }
    }
    QByteArray out;
    out.reserve(s.size() + 2);
    out += '"';
    for (const char c : s) {
        if (c == '\0' || c == '\r' || c == '\n')
            return std::nullopt;
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '"';
    return out;
}

QByteArray literalPrefix(qsizetype size, bool nonSynchronizing)
{
    return '{' + QByteArray::number(size) + (nonSynchronizing ? "+}" : "}");
}

bool hasLineBreakOrNul(QByteArrayView s)
{
    return std::any_of(s.begin(), s.end(), [](char c) { return c == '\0' || c == '\r' || c == '\n'; });
}

std::optional<QList<CommandLine>> buildCommand(QByteArrayView verb, const QList<CommandArgument> &arguments,
                                               LiteralSupport literals, const QString &mask, qsizetype *badArgument)
{
    constexpr qsizetype kLiteralMinusMax = 4096;  // RFC 7888 §4
    QList<CommandLine> lines;
    CommandLine line{verb.toByteArray(), QString::fromUtf8(verb), false};
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const CommandArgument &argument = arguments.at(i);
        if (hasLineBreakOrNul(argument.value)) {
            if (badArgument)
                *badArgument = i;
            return std::nullopt;
        }
        line.wire += ' ';
        line.display += QLatin1Char(' ');
        if (const auto quoted = quoteString(argument.value)) {
            line.wire += *quoted;
            line.display += argument.secret ? mask : QString::fromUtf8(*quoted);
            continue;
        }
        const bool nonSynchronizing = literals == LiteralSupport::Plus
                                      || (literals == LiteralSupport::Minus && argument.value.size() <= kLiteralMinusMax);
        const QByteArray prefix = literalPrefix(argument.value.size(), nonSynchronizing);
        line.wire += prefix;
        line.display += argument.secret ? QStringLiteral("{%1}").arg(mask) : QString::fromLatin1(prefix);
        line.awaitsContinuation = !nonSynchronizing;
        lines << line;
        line = CommandLine{argument.value, argument.secret ? mask : QString::fromUtf8(argument.value), false};
    }
    lines << line;
    return lines;
}

QString decodeModifiedUtf7(QByteArrayView in, bool *ok)
{
    QString out;
    bool valid = true;
    qsizetype i = 0;
    while (i < in.size()) {
        const auto c = static_cast<unsigned char>(in[i]);
        if (c != '&') {
            if (!isPrintableAscii(c))
                valid = false;
            out += QLatin1Char(static_cast<char>(c));  // best effort: Latin-1
            ++i;
            continue;
        }
        qsizetype dash = i + 1;
        while (dash < in.size() && in[dash] != '-')
            ++dash;
        if (dash == in.size()) {  // unterminated shift: keep it as text
            valid = false;
            out += QString::fromLatin1(in.sliced(i));
            break;
        }
        if (dash == i + 1) {  // "&-" is "&"
            out += QLatin1Char('&');
            i = dash + 1;
            continue;
        }
        quint32 bits = 0;
        int bitCount = 0;
        for (qsizetype k = i + 1; k < dash; ++k) {
            const int v = base64Value(in[k]);
            if (v < 0) {
                valid = false;
                continue;
            }
            bits = (bits << 6) | quint32(v);
            bitCount += 6;
            if (bitCount >= 16) {
                bitCount -= 16;
                const auto unit = static_cast<char16_t>((bits >> bitCount) & 0xffff);
                if (isPrintableAscii(unit))
                    valid = false;  // printable ASCII must represent itself
                out += QChar(unit);
            }
        }
        if (bitCount >= 6 || (bits & ((1u << bitCount) - 1)) != 0)
            valid = false;  // leftover bits must be zero padding of less than one character
        i = dash + 1;
    }
    if (ok)
        *ok = valid && QStringView(out).isValidUtf16();
    return out;
}

QByteArray encodeModifiedUtf7(QStringView name)
{
    QByteArray out;
    qsizetype i = 0;
    while (i < name.size()) {
        const char16_t c = name[i].unicode();
        if (isPrintableAscii(c)) {
            out += c == u'&' ? QByteArrayLiteral("&-") : QByteArray(1, static_cast<char>(c));
            ++i;
            continue;
        }
        QByteArray utf16;
        while (i < name.size() && !isPrintableAscii(name[i].unicode())) {
            const char16_t unit = name[i].unicode();
            utf16 += static_cast<char>(unit >> 8);
            utf16 += static_cast<char>(unit & 0xff);
            ++i;
        }
        out += '&';
        out += utf16.toBase64(QByteArray::OmitTrailingEquals).replace('/', ',');
        out += '-';
    }
    return out;
}

}  // namespace md::imap
