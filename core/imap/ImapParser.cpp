#include "ImapParser.h"

#include <algorithm>

namespace md::imap {

namespace {

using Error = ImapParser::Error;
using Status = ImapResponse::Status;

/// feed() appends at most this much before framing, so one huge read cannot grow the buffer
/// far beyond the limits before they are checked.
constexpr qsizetype kSliceSize = 16 * 1024;
/// How much of an offending line an error message quotes.
constexpr qsizetype kPreviewLength = 40;

bool isDigit(char c) { return c >= '0' && c <= '9'; }

/// tag = 1*<any ASTRING-CHAR except "+"> (RFC 9051 §9).
bool isTagChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u >= 0x7f)
        return false;
    switch (c) {
    case '(': case ')': case '{': case '%': case '*': case '"': case '\\': case '+':
        return false;
    default:
        return true;
    }
}

Status statusFromWord(QByteArrayView word)
{
    const auto is = [word](const char *s) { return word.compare(s, Qt::CaseInsensitive) == 0; };
    if (is("OK"))
        return Status::Ok;
    if (is("NO"))
        return Status::No;
    if (is("BAD"))
        return Status::Bad;
    if (is("PREAUTH"))
        return Status::Preauth;
    if (is("BYE"))
        return Status::Bye;
    return Status::None;
}

qsizetype skipSpaces(QByteArrayView s, qsizetype p)
{
    while (p < s.size() && s[p] == ' ')
        ++p;
    return p;
}

/// End of the response name starting at p: a space, '[' or the line end.
qsizetype wordEnd(QByteArrayView s, qsizetype p)
{
    while (p < s.size() && s[p] != ' ' && s[p] != '[' && s[p] != '\r')
        ++p;
    return p;
}

/// What the first line of a response is. Framing and parsing both decide with this one
/// function, so they always agree where literals may appear.
struct Head {
    enum class Kind { Continuation, BadTag, StatusText, StatusCode, Data };
    Kind kind = Kind::BadTag;
    qsizetype pos = 0;  ///< StatusCode: the '['; Data: first byte after the tag; BadTag: culprit
};

Head classifyHead(QByteArrayView line)
{
    if (line.startsWith('+'))
        return {Head::Kind::Continuation, 1};
    qsizetype tagEnd = 0;
    while (tagEnd < line.size() && line[tagEnd] != ' ')
        ++tagEnd;
    const QByteArrayView tag = line.first(tagEnd);
    if (tag.isEmpty())
        return {Head::Kind::BadTag, 0};
    const bool untagged = tag == QByteArrayView("*");
    if (!untagged) {
        for (qsizetype i = 0; i < tag.size(); ++i) {
            if (!isTagChar(tag[i]))
                return {Head::Kind::BadTag, i};
        }
    }
    const qsizetype p = skipSpaces(line, tagEnd);
    if (untagged && p < line.size() && isDigit(line[p]))
        return {Head::Kind::Data, p};
    const qsizetype w = wordEnd(line, p);
    if (statusFromWord(line.sliced(p, w - p)) == Status::None)
        return {Head::Kind::Data, p};
    const qsizetype q = skipSpaces(line, w);
    if (q < line.size() && line[q] == '[')
        return {Head::Kind::StatusCode, q};
    return {Head::Kind::StatusText, q};
}

/// The value of a literal's digits, or -1 when it exceeds `limit` (no overflow possible).
qint64 boundedNumber(QByteArrayView digits, qint64 limit)
{
    qint64 value = 0;
    for (const char c : digits) {
        const int d = c - '0';
        if (limit - d < 0 || value > (limit - d) / 10)
            return -1;
        value = value * 10 + d;
    }
    return value;
}

/// A literal announcement "{n}", "{n+}" or "~{n}" ending `line`: where it starts, or -1.
qsizetype literalBrace(QByteArrayView line, QByteArrayView *digits)
{
    if (!line.endsWith('}'))
        return -1;
    qsizetype end = line.size() - 1;
    if (end > 0 && line[end - 1] == '+')
        --end;
    qsizetype start = end;
    while (start > 0 && isDigit(line[start - 1]))
        --start;
    if (start == end || start == 0 || line[start - 1] != '{')
        return -1;
    *digits = line.sliced(start, end - start);
    return start >= 2 && line[start - 2] == '~' ? start - 2 : start - 1;
}

QString preview(QByteArrayView line)
{
    QString out;
    qsizetype i = 0;
    for (; i < line.size() && i < kPreviewLength; ++i) {
        const auto c = static_cast<unsigned char>(line[i]);
        if (c == '\n' || (c == '\r' && (i + 1 == line.size() || line[i + 1] == '\n')))
            return out;  // the line ends (a bare CR is shown, below)
        if (c >= 0x20 && c < 0x7f)
            out += QLatin1Char(static_cast<char>(c));
        else
            out += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
    }
    if (i < line.size() && line[i] != '\n' && !line.sliced(i).startsWith("\r\n"))
        out += QStringLiteral("…");
    return out;
}

/// Recursive-descent parser for one complete, framed response (ending in CRLF).
class Reader
{
public:
    Reader(QByteArrayView data, const ImapParser::Limits &limits) : m_d(data), m_limits(limits) {}

    bool parse(ImapResponse &r);

    Error error = Error::None;
    QString message;
    qsizetype errorPos = 0;        ///< in the response
    qsizetype errorLineStart = 0;  ///< start of the line holding errorPos

private:
    enum class Where { Data, Code };  ///< in Code, ']' ends an atom

    char cur() const { return m_p < m_d.size() ? m_d[m_p] : '\r'; }
    bool atEol() const { return cur() == '\r'; }
    void skipSpaces() { m_p = md::imap::skipSpaces(m_d, m_p); }
    bool fail(Error e, const QString &why)
    {
        error = e;
        message = why;
        errorPos = std::min(m_p, m_d.size());
        errorLineStart = m_lineStart;
        return false;
    }
    bool syntax(const QString &why) { return fail(Error::Syntax, why); }

    bool parseRespText(ImapResponse &r);
    bool parseCode(ImapResponse &r);
    bool parseValue(ImapValue &out, int depth, Where where);
    bool readAtom(QByteArray &out, Where where);
    bool readQuoted(QByteArray &out);
    bool readLiteral(QByteArray &out);
    QString readText();
    bool expectEnd();

    QByteArrayView m_d;
    const ImapParser::Limits &m_limits;
    qsizetype m_p = 0;
    qsizetype m_lineStart = 0;
    bool m_allowLiterals = true;
    bool m_singleLine = false;  ///< no literal: the response is its first line
};

bool Reader::parse(ImapResponse &r)
{
    qsizetype eol = 0;
    while (eol < m_d.size() && m_d[eol] != '\r')
        ++eol;
    const QByteArrayView first = m_d.first(eol);
    m_singleLine = eol == m_d.size() - 2;
    if (first.isEmpty())
        return syntax(ImapParser::tr("empty line"));

    const Head head = classifyHead(first);
    if (head.kind == Head::Kind::Continuation) {
        // continue-req = "+" [SP (resp-text / base64)]; a code there may not hold literals.
        r.type = ImapResponse::Type::Continuation;
        r.tag = QByteArrayLiteral("+");
        m_p = 1;
        if (cur() == ' ')
            ++m_p;
        if (cur() == '[') {
            const qsizetype save = m_p;
            m_allowLiterals = false;
            ImapResponse probe;
            if (parseCode(probe)) {
                r.code = probe.code;
                r.codeArgs = probe.codeArgs;
                skipSpaces();
            } else {  // not a code after all: it is all text
                m_p = save;
                error = Error::None;
                message.clear();
            }
        }
        r.text = readText();
        return expectEnd();
    }
    if (head.kind == Head::Kind::BadTag) {
        m_p = head.pos;
        return syntax(ImapParser::tr("invalid tag"));
    }

    qsizetype tagEnd = 0;
    while (tagEnd < first.size() && first[tagEnd] != ' ')
        ++tagEnd;
    r.tag = first.first(tagEnd).toByteArray();
    r.type = r.tag == "*" ? ImapResponse::Type::Untagged : ImapResponse::Type::Tagged;
    m_p = tagEnd;
    skipSpaces();
    if (atEol())
        return syntax(ImapParser::tr("the response ends after its tag"));

    if (r.isUntagged() && isDigit(cur())) {
        const qsizetype start = m_p;
        while (isDigit(cur()))
            ++m_p;
        bool ok = false;
        const quint64 n = m_d.sliced(start, m_p - start).toULongLong(&ok);
        if (!ok) {
            m_p = start;
            return syntax(ImapParser::tr("number out of range"));
        }
        r.number = n;
        if (cur() != ' ')
            return syntax(ImapParser::tr("expected a space after the message number"));
        skipSpaces();
    }

    const qsizetype nameStart = m_p;
    m_p = wordEnd(m_d, m_p);
    if (m_p == nameStart)
        return syntax(ImapParser::tr("expected a response name"));
    r.name = m_d.sliced(nameStart, m_p - nameStart).toByteArray().toUpper();
    if (!r.number)
        r.status = statusFromWord(r.name);
    if (r.isTagged() && r.status != Status::Ok && r.status != Status::No
        && r.status != Status::Bad) {
        m_p = nameStart;
        return syntax(ImapParser::tr("a tagged response must be OK, NO or BAD"));
    }

    if (r.status != Status::None) {
        if (!parseRespText(r))
            return false;
    } else {
        for (;;) {
            skipSpaces();
            if (atEol())
                break;
            ImapValue value;
            if (!parseValue(value, 0, Where::Data))
                return false;
            r.values.append(std::move(value));
        }
    }
    return expectEnd();
}

// resp-text = ["[" resp-text-code "]" SP] [text]   (RFC 9051 §9; the spaces are tolerated)
// TEXT-CHAR includes '[': a one-line response whose "[" does not open a well-formed code is
// read as plain text rather than failing the connection over human-readable text.
bool Reader::parseRespText(ImapResponse &r)
{
    skipSpaces();
    if (cur() == '[') {
        const qsizetype save = m_p;
        if (!parseCode(r)) {
            if (error != Error::Syntax || !m_singleLine)
                return false;
            m_p = save;
            error = Error::None;
            message.clear();
            r.code.clear();
            r.codeArgs.clear();
        } else {
            skipSpaces();
        }
    }
    r.text = readText();
    return true;
}

// resp-text-code: atom [SP args], read generically as values up to ']'.
bool Reader::parseCode(ImapResponse &r)
{
    ++m_p;  // '['
    QByteArray name;
    if (!readAtom(name, Where::Code))
        return false;
    if (name.isEmpty())
        return syntax(ImapParser::tr("empty response code"));
    r.code = name.toUpper();
    for (;;) {
        skipSpaces();
        if (cur() == ']') {
            ++m_p;
            return true;
        }
        if (atEol())
            return syntax(ImapParser::tr("unterminated response code"));
        ImapValue value;
        if (!parseValue(value, 0, Where::Code))
            return false;
        r.codeArgs.append(std::move(value));
    }
}

bool Reader::parseValue(ImapValue &out, int depth, Where where)
{
    const char c = cur();
    if (c == '(') {
        if (depth >= m_limits.maxNestingDepth) {
            return fail(Error::NestingTooDeep, ImapParser::tr("lists nested deeper than %1 levels")
                                                   .arg(m_limits.maxNestingDepth));
        }
        ++m_p;
        out.type = ImapValue::Type::List;
        for (;;) {
            skipSpaces();
            if (cur() == ')') {
                ++m_p;
                return true;
            }
            if (atEol())
                return syntax(ImapParser::tr("unterminated list"));
            ImapValue child;
            if (!parseValue(child, depth + 1, where))
                return false;
            out.items.append(std::move(child));
        }
    }
    if (c == '"') {
        out.type = ImapValue::Type::Quoted;
        return readQuoted(out.bytes);
    }
    if (c == '{' || (c == '~' && m_p + 1 < m_d.size() && m_d[m_p + 1] == '{')) {
        out.type = ImapValue::Type::Literal;
        return readLiteral(out.bytes);
    }
    if (c == ')')
        return syntax(ImapParser::tr("unexpected ')'"));

    QByteArray atom;
    if (!readAtom(atom, where))
        return false;
    if (atom.isEmpty())
        return syntax(ImapParser::tr("unexpected character '%1'").arg(QLatin1Char(c)));
    if (atom.compare("NIL", Qt::CaseInsensitive) == 0) {
        out.type = ImapValue::Type::Nil;
        return true;
    }
    out.type = ImapValue::Type::Atom;
    if (std::all_of(atom.cbegin(), atom.cend(), isDigit)) {
        bool ok = false;
        const quint64 n = atom.toULongLong(&ok);
        if (ok) {
            out.type = ImapValue::Type::Number;
            out.number = n;
        }
    }
    out.bytes = std::move(atom);
    return true;
}

// Atoms are read leniently: anything up to a delimiter, so flags (\Seen, \*), sequence sets,
// and section specs with their own spaces and parentheses (BODY[HEADER.FIELDS (FROM)]<0>)
// stay one value. In a response code, ']' at bracket depth 0 ends the atom.
bool Reader::readAtom(QByteArray &out, Where where)
{
    const qsizetype start = m_p;
    int brackets = 0;
    while (m_p < m_d.size()) {
        const char c = m_d[m_p];
        if (brackets > 0) {
            if (c == '\r')
                return syntax(ImapParser::tr("unterminated '[' in atom"));
            if (c == '"') {
                QByteArray ignored;
                if (!readQuoted(ignored))
                    return false;
                continue;
            }
            if (c == '[')
                ++brackets;
            else if (c == ']')
                --brackets;
            ++m_p;
            continue;
        }
        if (c == ' ' || c == '(' || c == ')' || c == '"' || c == '{' || c == '\r')
            break;
        if (c == ']' && where == Where::Code)
            break;
        if (c == '[')
            ++brackets;
        ++m_p;
    }
    out = m_d.sliced(start, m_p - start).toByteArray();
    return true;
}

// quoted = DQUOTE *QUOTED-CHAR DQUOTE; "\" escapes the next character.
bool Reader::readQuoted(QByteArray &out)
{
    ++m_p;  // '"'
    for (;;) {
        if (atEol())
            return syntax(ImapParser::tr("unterminated quoted string"));
        char c = m_d[m_p++];
        if (c == '"')
            return true;
        if (c == '\\') {
            if (atEol())
                return syntax(ImapParser::tr("unterminated quoted string"));
            c = m_d[m_p++];
        }
        out += c;
    }
}

// literal = "{" number ["+"] "}" CRLF *CHAR8 (RFC 9051 §4.3, RFC 7888); literal8 = "~{" ...
bool Reader::readLiteral(QByteArray &out)
{
    const qsizetype start = m_p;
    if (cur() == '~')
        ++m_p;
    ++m_p;  // '{'
    const qsizetype digitsStart = m_p;
    while (isDigit(cur()))
        ++m_p;
    const QByteArrayView digits = m_d.sliced(digitsStart, m_p - digitsStart);
    if (digits.isEmpty())
        return syntax(ImapParser::tr("malformed literal: expected digits after '{'"));
    if (cur() == '+')
        ++m_p;
    if (cur() != '}')
        return syntax(ImapParser::tr("malformed literal: expected '}'"));
    ++m_p;
    if (!atEol())
        return syntax(ImapParser::tr("a literal's size must end the line"));
    if (!m_allowLiterals) {
        m_p = start;
        return syntax(ImapParser::tr("a literal is not allowed here"));
    }
    const qint64 size = boundedNumber(digits, m_limits.maxLiteralSize);
    if (size < 0) {
        m_p = start;
        return fail(Error::LiteralTooLarge, ImapParser::tr("literal larger than %1 bytes")
                                                .arg(m_limits.maxLiteralSize));
    }
    m_p += 2;  // CRLF
    if (size > m_d.size() - m_p - 2)
        return syntax(ImapParser::tr("literal data truncated"));
    out = m_d.sliced(m_p, size).toByteArray();
    m_p += size;
    m_lineStart = m_p;
    return true;
}

QString Reader::readText()
{
    const qsizetype start = m_p;
    while (m_p < m_d.size() && m_d[m_p] != '\r')
        ++m_p;
    return QString::fromUtf8(m_d.sliced(start, m_p - start));
}

bool Reader::expectEnd()
{
    if (m_p != m_d.size() - 2 || m_d[m_p] != '\r')
        return syntax(ImapParser::tr("unexpected data after the end of the response"));
    return true;
}

/// Tracks quotes (and '[' ... ']' in a response code) across one line so that a "{n}" at
/// its end is taken for a literal only where the grammar allows one. Returns true when the
/// line ends inside a quoted string (an error the parser reports).
bool scanLine(QByteArrayView line, qsizetype from, bool &inCode, int &codeDepth)
{
    bool inQuote = false;
    bool escaped = false;
    for (qsizetype i = from; i < line.size(); ++i) {
        const char c = line[i];
        if (inQuote) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inQuote = false;
            continue;
        }
        if (c == '"') {
            inQuote = true;
        } else if (inCode) {
            if (c == '[') {
                ++codeDepth;
            } else if (c == ']' && --codeDepth == 0) {
                inCode = false;  // the rest is resp-text
                return false;
            }
        }
    }
    return inQuote;
}

}  // namespace

ImapParser::ImapParser() = default;

ImapParser::ImapParser(const Limits &limits) : m_limits(limits) {}

void ImapParser::feed(QByteArrayView data)
{
    qsizetype offset = 0;
    while (offset < data.size() && m_error == Error::None) {
        const qsizetype n = std::min(kSliceSize, data.size() - offset);
        m_buffer.append(data.data() + offset, n);
        offset += n;
        m_peakBuffered = std::max(m_peakBuffered, m_buffer.size());
        process();
    }
}

std::optional<ImapResponse> ImapParser::next()
{
    if (m_queue.isEmpty())
        return std::nullopt;
    Queued queued = m_queue.takeFirst();
    m_queuedBytes -= queued.wireSize;
    return std::move(queued.response);
}

qsizetype ImapParser::bufferedBytes() const
{
    return m_queuedBytes + m_buffer.size() - m_responseStart;
}

void ImapParser::reset()
{
    const Limits limits = m_limits;
    *this = ImapParser(limits);
}

void ImapParser::process()
{
    while (m_error == Error::None) {
        if (m_literalLeft > 0) {
            const qint64 take = std::min<qint64>(m_literalLeft, m_buffer.size() - m_scanPos);
            m_scanPos += take;
            m_literalLeft -= take;
            if (m_literalLeft > 0)
                break;
            m_lineStart = m_scanPos;
        }
        const qsizetype lf = m_buffer.indexOf('\n', m_scanPos);
        if (lf < 0) {
            m_scanPos = m_buffer.size();
            qsizetype pending = m_buffer.size() - m_lineStart;
            if (pending > 0 && m_buffer.endsWith('\r'))
                --pending;  // the CR of a CRLF split across reads
            checkLimits(QByteArrayView(m_buffer.constData() + m_lineStart, pending),
                        m_buffer.size() - m_responseStart);
            break;
        }
        completeLine(lf);
    }
    if (m_responseStart > 0) {  // drop what has been parsed
        m_buffer.remove(0, m_responseStart);
        m_lineStart -= m_responseStart;
        m_scanPos -= m_responseStart;
        m_responseStart = 0;
    }
}

bool ImapParser::checkLimits(QByteArrayView line, qint64 responseBytes)
{
    // Whichever limit the data crosses first is reported, however the input was split.
    const qint64 lineCross =
        line.size() > m_limits.maxLineLength ? m_limits.maxLineLength : -1;
    const qint64 responseCross = responseBytes > m_limits.maxResponseSize
        ? std::max<qint64>(0, m_limits.maxResponseSize - (m_lineStart - m_responseStart))
        : -1;
    if (lineCross >= 0 && (responseCross < 0 || lineCross <= responseCross)) {
        fail(Error::LineTooLong, tr("no line end within %1 bytes").arg(m_limits.maxLineLength),
             line, lineCross);
        return false;
    }
    if (responseCross >= 0) {
        fail(Error::ResponseTooLarge,
             tr("response larger than %1 bytes").arg(m_limits.maxResponseSize), line,
             std::min<qint64>(responseCross, line.size()));
        return false;
    }
    return true;
}

void ImapParser::completeLine(qsizetype lf)
{
    const QByteArrayView line(m_buffer.constData() + m_lineStart, lf - m_lineStart);
    const bool crlf = !line.isEmpty() && line.back() == '\r';
    const QByteArrayView text = crlf ? line.chopped(1) : line;
    const qint64 responseSize = lf + 1 - m_responseStart;
    if (!checkLimits(text, responseSize))
        return;
    if (!crlf) {
        fail(Error::BareLineFeed, tr("line ends in LF without CR (RFC 9051 §2.2 requires CRLF)"),
             line, line.size());
        return;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\0' || text[i] == '\r') {
            fail(Error::Syntax,
                 text[i] == '\0' ? tr("NUL byte in a line") : tr("CR not followed by LF"), text, i);
            return;
        }
    }

    qsizetype scanFrom = 0;
    if (m_context == Context::Head) {
        const Head head = classifyHead(text);
        switch (head.kind) {
        case Head::Kind::Continuation:
        case Head::Kind::BadTag:
        case Head::Kind::StatusText:
            m_context = Context::Text;
            break;
        case Head::Kind::StatusCode:
            m_context = Context::Code;
            m_codeDepth = 0;
            scanFrom = head.pos;
            break;
        case Head::Kind::Data:
            m_context = Context::Data;
            scanFrom = head.pos;
            break;
        }
    }
    bool endsInQuote = false;
    if (m_context != Context::Text) {
        bool inCode = m_context == Context::Code;
        endsInQuote = scanLine(text, scanFrom, inCode, m_codeDepth);
        if (m_context == Context::Code && !inCode)
            m_context = Context::Text;
    }
    m_raw += text;

    QByteArrayView digits;
    const qsizetype brace =
        m_context == Context::Text || endsInQuote ? -1 : literalBrace(text, &digits);
    if (brace < 0) {
        finishResponse(lf + 1);
        return;
    }
    const qint64 size = boundedNumber(digits, m_limits.maxLiteralSize);
    if (size < 0) {
        fail(Error::LiteralTooLarge,
             tr("the server announced a literal of %1 bytes; the limit is %2 bytes")
                 .arg(QString::fromLatin1(digits.first(std::min<qsizetype>(digits.size(), 30))),
                      QString::number(m_limits.maxLiteralSize)),
             text, brace);
        return;
    }
    if (size > m_limits.maxResponseSize - responseSize) {
        fail(Error::ResponseTooLarge,
             tr("a literal of %1 bytes makes the response larger than %2 bytes")
                 .arg(QString::number(size), QString::number(m_limits.maxResponseSize)),
             text, brace);
        return;
    }
    m_literalLeft = size;
    m_scanPos = m_lineStart = lf + 1;
}

void ImapParser::finishResponse(qsizetype end)
{
    const QByteArrayView bytes(m_buffer.constData() + m_responseStart, end - m_responseStart);
    Reader reader(bytes, m_limits);
    ImapResponse response;
    if (!reader.parse(response)) {
        fail(reader.error, reader.message, bytes.sliced(reader.errorLineStart),
             reader.errorPos - reader.errorLineStart);
        return;
    }
    response.raw = m_raw;
    m_raw.clear();
    m_queue.append({std::move(response), bytes.size()});
    m_queuedBytes += bytes.size();
    m_responseStart = m_lineStart = m_scanPos = end;
    m_context = Context::Head;
    m_codeDepth = 0;
}

void ImapParser::fail(Error error, const QString &message, QByteArrayView line, qsizetype offset)
{
    m_error = error;
    m_errorOffset = offset;
    m_errorString = tr("IMAP protocol error: %1 (line starting \"%2\", byte %3)")
                        .arg(message, preview(line), QString::number(offset));
    // Nothing more will be parsed: free the input now.
    m_buffer = QByteArray();
    m_responseStart = m_lineStart = m_scanPos = 0;
    m_literalLeft = 0;
    m_raw = QByteArray();
}

}  // namespace md::imap
