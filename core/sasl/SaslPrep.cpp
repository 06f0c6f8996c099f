#include "SaslPrep.h"

#include <QList>

namespace md::sasl {

namespace {

bool isPrintableAscii(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

/// RFC 3454 table C.1.2, non-ASCII space characters.
bool isNonAsciiSpace(char32_t c)
{
    return c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F
        || c == 0x205F || c == 0x3000;
}

/// RFC 3454 table B.1, commonly mapped to nothing.
bool isMappedToNothing(char32_t c)
{
    return c == 0x00AD || c == 0x034F || c == 0x1806 || (c >= 0x180B && c <= 0x180D)
        || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || (c >= 0xFE00 && c <= 0xFE0F)
        || c == 0xFEFF;
}

/// RFC 4013 §2.3: RFC 3454 tables C.1.2 and C.2.1 to C.9.
bool isProhibited(char32_t c)
{
    if (isNonAsciiSpace(c))
        return true;  // C.1.2 (already mapped, but NFKC must not bring them back)
    if (c < 0x20 || c == 0x7F)
        return true;  // C.2.1
    if ((c >= 0x80 && c <= 0x9F) || c == 0x06DD || c == 0x070F || c == 0x180E || c == 0x200C
        || c == 0x200D || c == 0x2028 || c == 0x2029 || (c >= 0x2060 && c <= 0x2063)
        || (c >= 0x206A && c <= 0x206F) || c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFC)
        || (c >= 0x1D173 && c <= 0x1D17A))
        return true;  // C.2.2
    if ((c >= 0xE000 && c <= 0xF8FF) || (c >= 0xF0000 && c <= 0xFFFFD)
        || (c >= 0x100000 && c <= 0x10FFFD))
        return true;  // C.3
    if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE)
        return true;  // C.4
    if (c >= 0xD800 && c <= 0xDFFF)
        return true;  // C.5 (also lone surrogates left by a broken UTF-16 string)
    if (c >= 0xFFF9 && c <= 0xFFFD)
        return true;  // C.6
    if (c >= 0x2FF0 && c <= 0x2FFB)
        return true;  // C.7
    if (c == 0x0340 || c == 0x0341 || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E))
        return true;  // C.8 (206A-206F covered above)
    if (c == 0xE0001 || (c >= 0xE0020 && c <= 0xE007F))
        return true;  // C.9
    return false;
}

}  // namespace

std::optional<QString> saslPrep(const QString &input)
{
    if (isPrintableAscii(input))
        return input;

    // toUcs4() turns a lone surrogate into U+FFFD; look for them first so they are refused.
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input.at(i);
        if (c.isHighSurrogate() && i + 1 < input.size() && input.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            return std::nullopt;
    }

    QString mapped;
    mapped.reserve(input.size());
    for (const char32_t c : input.toUcs4()) {
        if (isMappedToNothing(c))
            continue;
        if (isNonAsciiSpace(c)) {
            mapped.append(QLatin1Char(' '));
            continue;
        }
        const char32_t one[] = {c};
        mapped.append(QString::fromUcs4(one, 1));
    }

    const QString normalized = mapped.normalized(QString::NormalizationForm_KC);
    const QList<uint> codePoints = normalized.toUcs4();

    bool hasRandAL = false;
    bool hasL = false;
    for (const char32_t c : codePoints) {
        if (isProhibited(c))
            return std::nullopt;
        const QChar::Direction d = QChar::direction(c);
        if (d == QChar::DirR || d == QChar::DirAL)
            hasRandAL = true;
        else if (d == QChar::DirL)
            hasL = true;
    }
    if (hasRandAL) {
        const auto isRandAL = [](char32_t c) {
            const QChar::Direction d = QChar::direction(c);
            return d == QChar::DirR || d == QChar::DirAL;
        };
        if (hasL || !isRandAL(codePoints.first()) || !isRandAL(codePoints.last()))
            return std::nullopt;
    }
    return normalized;
}

QByteArray escapeSaslName(const QString &name)
{
    QByteArray out;
    const QByteArray utf8 = name.toUtf8();
    out.reserve(utf8.size());
    for (const char c : utf8) {
        if (c == '=')
            out.append(QByteArrayLiteral("=3D"));
        else if (c == ',')
            out.append(QByteArrayLiteral("=2C"));
        else
            out.append(c);
    }
    return out;
}

}  // namespace md::sasl
