#include "Pop3Parser.h"

#include "net/LineSplitter.h"

namespace md::pop3 {

namespace {

/// RFC 2449 §8: resp-code = "[" resp-level *("/" resp-level) "]", resp-level = 1*rchar,
/// rchar = ALPHA / DIGIT / "-" / "_"-free; returns the code's length including brackets, or 0.
qsizetype responseCodeLength(const QByteArray &text)
{
    if (!text.startsWith('['))
        return 0;
    const qsizetype close = text.indexOf(']');
    if (close < 2 || close > 64)
        return 0;
    bool levelStart = true;
    for (qsizetype i = 1; i < close; ++i) {
        const char c = text.at(i);
        if (c == '/') {
            if (levelStart)
                return 0;
            levelStart = true;
            continue;
        }
        if (!std::isalnum(uchar(c)) && c != '-')
            return 0;
        levelStart = false;
    }
    return levelStart ? 0 : close + 1;
}

}  // namespace

std::optional<Response> ResponseParser::parseStatusLine(const QByteArray &line)
{
    Response response;
    response.raw = line;
    QByteArray rest;
    const auto startsWithWord = [&line](const char *word, qsizetype size) {
        return line.size() >= size && qstrnicmp(line.constData(), word, size) == 0
            && (line.size() == size || line.at(size) == ' ');
    };
    if (startsWithWord("+OK", 3)) {
        response.status = Response::Status::Ok;
        rest = line.mid(3);
    } else if (startsWithWord("-ERR", 4)) {
        response.status = Response::Status::Err;
        rest = line.mid(4);
    } else if (line == "+" || line.startsWith("+ ")) {
        response.status = Response::Status::Continuation;
        response.text = line.mid(1).trimmed();
        return response;
    } else {
        return std::nullopt;
    }
    rest = rest.trimmed();
    if (const qsizetype length = responseCodeLength(rest)) {
        response.code = rest.mid(1, length - 2).toUpper();
        rest = rest.mid(length).trimmed();
    }
    response.text = rest;
    return response;
}

void ResponseParser::feed(const QByteArray &data)
{
    if (hasError())
        return;
    m_buffer.append(data);
    const net::LineSplit split = net::takeLines(m_buffer, m_limits.maxLineLength, [this](const QByteArray &line) {
        parseLine(line);
        return !hasError();
    });
    if (split.status == net::LineSplit::Status::LineTooLong) {
        setError(tr("Response line %1 is %2 bytes long; the limit is %3.")
                     .arg(m_lineNumber + 1)
                     .arg(split.length)
                     .arg(m_limits.maxLineLength));
    } else if (split.status == net::LineSplit::Status::NoLineEnd) {
        setError(tr("The server sent %1 bytes without a line end; the limit is %2.")
                     .arg(split.length)
                     .arg(m_limits.maxLineLength));
    }
}

void ResponseParser::parseLine(const QByteArray &line)
{
    ++m_lineNumber;
    if (m_partial) {
        // RFC 1939 §3: a line of "." ends the body; a leading "." of any other line is stuffing.
        if (line == ".") {
            m_ready << *m_partial;
            m_partial.reset();
            m_partialBytes = 0;
            return;
        }
        m_partial->lines << (line.startsWith('.') ? line.mid(1) : line);
        m_partialBytes += line.size() + 2;
        if (m_partial->lines.size() > m_limits.maxLines) {
            setError(tr("The response has more than %1 lines.").arg(m_limits.maxLines));
            return;
        }
        if (m_partialBytes > m_limits.maxResponseBytes)
            setError(tr("The response is larger than %1 bytes.").arg(m_limits.maxResponseBytes));
        return;
    }
    std::optional<Response> response = parseStatusLine(line);
    if (!response) {
        setError(tr("Malformed response line %1: \"%2\" (expected +OK or -ERR).")
                     .arg(m_lineNumber)
                     .arg(QString::fromUtf8(line.left(80))));
        return;
    }
    if (response->isOk() && m_expectMultiLine) {
        response->multiLine = true;
        m_partial = std::move(response);
        m_partialBytes = line.size() + 2;
        return;
    }
    m_ready << *response;
}

std::optional<Response> ResponseParser::next()
{
    if (m_ready.isEmpty())
        return std::nullopt;
    return m_ready.takeFirst();
}

qsizetype ResponseParser::bufferedBytes() const
{
    qsizetype bytes = m_buffer.size() + m_partialBytes;
    for (const Response &response : m_ready) {
        bytes += response.raw.size() + 2 + (response.multiLine ? 3 : 0);
        for (const QByteArray &line : response.lines)
            bytes += line.size() + 2;
    }
    return bytes;
}

void ResponseParser::reset()
{
    m_buffer.clear();
    m_partial.reset();
    m_partialBytes = 0;
    m_ready.clear();
    m_error.clear();
}

void ResponseParser::setError(const QString &message)
{
    // Responses completed before the error stay available: the transcript should show them.
    m_error = message;
    m_buffer.clear();
}

}  // namespace md::pop3
