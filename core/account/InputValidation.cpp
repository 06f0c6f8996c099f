#include "InputValidation.h"

#include <QCoreApplication>

#include <algorithm>

namespace md::input {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(md::InputValidation)
};

bool isControl(QChar c)
{
    return c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Control;
}

bool hasControl(const QString &s)
{
    return std::any_of(s.begin(), s.end(), isControl);
}

bool hasSpace(const QString &s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.isSpace(); });
}

/// Why `address` is not local-part@domain without spaces, brackets or controls; empty if it is.
QString addressProblem(const QString &address)
{
    if (hasControl(address))
        return Tr::tr("it contains a line break or another control character");
    if (hasSpace(address) || address.contains(QLatin1Char('<')) || address.contains(QLatin1Char('>')))
        return Tr::tr("it contains a space or an angle bracket");
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == address.size() - 1)
        return Tr::tr("it is not of the form name@domain");
    return {};
}

}  // namespace

QString escapeControls(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c == QLatin1Char('\r'))
            out += QStringLiteral("\\r");
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c.unicode() == 0)
            out += QStringLiteral("\\0");
        else if (isControl(c))
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QString senderAddressProblem(const QString &address)
{
    if (address.isEmpty())
        return {};  // the null reverse-path "<>"
    const QString why = addressProblem(address);
    return why.isEmpty() ? QString()
                         : Tr::tr("The sender address \"%1\" cannot be used: %2.").arg(escapeControls(address), why);
}

QString recipientAddressProblem(const QString &address)
{
    const QString why = address.isEmpty() ? Tr::tr("it is empty") : addressProblem(address);
    return why.isEmpty() ? QString()
                         : Tr::tr("The recipient address \"%1\" cannot be used: %2.").arg(escapeControls(address), why);
}

QString hostNameProblem(const QString &host)
{
    if (host.trimmed().isEmpty())
        return Tr::tr("No server host name was given.");
    static const QString forbidden = QStringLiteral("/\\@?#<>\"'`,;");
    const bool bad = hasControl(host) || hasSpace(host)
        || std::any_of(host.begin(), host.end(), [](QChar c) { return forbidden.contains(c); }) || host.size() > 255;
    return bad ? Tr::tr("The server host name \"%1\" cannot be used: a host name or address has no spaces, control "
                        "characters or URL punctuation.")
                     .arg(escapeControls(host))
               : QString();
}

QString ehloNameProblem(const QString &name)
{
    const bool bad = name.isEmpty() || hasSpace(name)
        || std::any_of(name.begin(), name.end(), [](QChar c) { return c.unicode() < 0x21 || c.unicode() > 0x7e; });
    return bad ? Tr::tr("The EHLO name \"%1\" cannot be used: it must be a host name or an address literal in "
                        "printable ASCII without spaces.")
                     .arg(escapeControls(name))
               : QString();
}

QString userNameProblem(const QString &user)
{
    const bool bad = user.contains(QLatin1Char('\r')) || user.contains(QLatin1Char('\n')) || user.contains(QChar(0));
    return bad ? Tr::tr("The user name \"%1\" cannot be used: it contains a line break (CR or LF) or a NUL "
                        "character.")
                     .arg(escapeControls(user))
               : QString();
}

}  // namespace md::input
