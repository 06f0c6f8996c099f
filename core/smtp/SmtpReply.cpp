#include "SmtpReply.h"

#include "net/LineSplitter.h"

#include <QRegularExpression>

namespace md::smtp {

QString Reply::text() const
{
    QStringList parts;
    for (const QByteArray &line : lines)
        parts << QString::fromUtf8(line).trimmed();
    return parts.join(QLatin1Char(' ')).trimmed();
}

QString enhancedCodeOf(int replyCode, const QByteArray &text)
{
    // status-code = class "." subject "." detail; class 2, 4 or 5 matching the reply (RFC 3463 §2).
    static const QRegularExpression re(QStringLiteral("^([245])\\.(\\d{1,3})\\.(\\d{1,3})(?:\\s|$)"));
    const auto match = re.match(QString::fromLatin1(text.left(16)));
    if (!match.hasMatch() || match.captured(1).toInt() != replyCode / 100)
        return {};
    return QStringLiteral("%1.%2.%3").arg(match.captured(1), match.captured(2), match.captured(3));
}

void ReplyParser::feed(const QByteArray &data)
{
    if (hasError())
        return;
    m_buffer.append(data);
    const net::LineSplit split = net::takeLines(m_buffer, m_limits.maxLineLength, [this](const QByteArray &line) {
        parseLine(line);
        return !hasError();
    });
    if (split.status == net::LineSplit::Status::LineTooLong) {
        setError(tr("Reply line %1 is %2 bytes long; the limit is %3.")
                     .arg(m_lineNumber + 1)
                     .arg(split.length)
                     .arg(m_limits.maxLineLength));
    } else if (split.status == net::LineSplit::Status::NoLineEnd) {
        setError(tr("The server sent %1 bytes without a line end; the limit is %2.")
                     .arg(split.length)
                     .arg(m_limits.maxLineLength));
    }
}

void ReplyParser::parseLine(const QByteArray &line)
{
    ++m_lineNumber;
    // Reply-line = *( Reply-code "-" [ textstring ] CRLF ) Reply-code [ SP textstring ] CRLF
    const bool digits = line.size() >= 3 && std::isdigit(uchar(line[0])) && std::isdigit(uchar(line[1]))
                        && std::isdigit(uchar(line[2]));
    const char separator = line.size() > 3 ? line[3] : ' ';
    if (!digits || (separator != ' ' && separator != '-') || line[0] < '2' || line[0] > '5') {
        setError(tr("Malformed reply line %1: \"%2\" (expected a three-digit code).")
                     .arg(m_lineNumber)
                     .arg(QString::fromUtf8(line.left(80))));
        return;
    }
    const int code = line.left(3).toInt();
    if (!m_partial.rawLines.isEmpty() && code != m_partial.code) {
        setError(tr("Reply line %1 changes the code from %2 to %3 inside one reply.")
                     .arg(m_lineNumber)
                     .arg(m_partial.code)
                     .arg(code));
        return;
    }
    m_partial.code = code;
    m_partial.rawLines << line;
    QByteArray text = line.size() > 4 ? line.mid(4) : QByteArray();
    const QString enhanced = enhancedCodeOf(code, text);
    if (!enhanced.isEmpty()) {
        if (m_partial.enhancedCode.isEmpty())
            m_partial.enhancedCode = enhanced;
        text = text.mid(enhanced.size()).trimmed();
    }
    m_partial.lines << text;
    m_partialBytes += line.size() + 2;
    if (m_partial.rawLines.size() > m_limits.maxLines) {
        setError(tr("The reply has more than %1 lines.").arg(m_limits.maxLines));
        return;
    }
    if (m_partialBytes > m_limits.maxReplyBytes) {
        setError(tr("The reply is larger than %1 bytes.").arg(m_limits.maxReplyBytes));
        return;
    }
    if (separator == ' ') {
        m_ready << m_partial;
        m_partial = Reply{};
        m_partialBytes = 0;
    }
}

std::optional<Reply> ReplyParser::next()
{
    if (m_ready.isEmpty())
        return std::nullopt;
    return m_ready.takeFirst();
}

qsizetype ReplyParser::bufferedBytes() const
{
    qsizetype bytes = m_buffer.size() + m_partialBytes;
    for (const Reply &reply : m_ready) {
        for (const QByteArray &raw : reply.rawLines)
            bytes += raw.size() + 2;
    }
    return bytes;
}

void ReplyParser::reset()
{
    m_buffer.clear();
    m_partial = Reply{};
    m_partialBytes = 0;
    m_ready.clear();
    m_error.clear();
}

void ReplyParser::setError(const QString &message)
{
    // Replies completed before the error stay available: the transcript should show them.
    m_error = message;
    m_buffer.clear();
}

}  // namespace md::smtp
