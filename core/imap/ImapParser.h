#pragma once

#include "ImapResponse.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace md::imap {

/// Incremental, non-blocking parser for IMAP server responses (RFC 9051 §7 and §9; also the
/// RFC 3501 forms). Feed it whatever the socket delivers, split at any byte; pull complete
/// responses with next(). Every buffer is bounded (see Limits); a violation is a clean,
/// permanent error, never an allocation of what the server announced.
///
/// Lines must end in CRLF (RFC 9051 §2.2): a bare LF is an error (Error::BareLineFeed), as is
/// a CR or NUL inside a line. Literals ({n}, {n+} from LITERAL+, ~{n} from BINARY) are read
/// where the grammar allows them; in resp-text (after "OK", "NO", ... and its response code)
/// and in continuations a trailing "{n}" is plain text.
class ImapParser
{
    Q_DECLARE_TR_FUNCTIONS(md::imap::ImapParser)

public:
    /// Hard bounds on what one server may make us buffer.
    struct Limits {
        qsizetype maxLineLength = 64 * 1024;        ///< one line without its CRLF or literal data
        qint64 maxLiteralSize = 16 * 1024 * 1024;   ///< announced {n}; checked before any read
        qint64 maxResponseSize = 32 * 1024 * 1024;  ///< a whole response, literal data included
        int maxNestingDepth = 64;                   ///< parenthesised lists inside each other
    };

    enum class Error {
        None,
        LineTooLong,       ///< no CRLF within maxLineLength bytes
        LiteralTooLarge,   ///< a literal announced larger than maxLiteralSize
        ResponseTooLarge,  ///< one response (with its literals) beyond maxResponseSize
        NestingTooDeep,    ///< lists nested deeper than maxNestingDepth
        BareLineFeed,      ///< a line ended in LF without CR
        Syntax             ///< anything else the grammar does not allow
    };

    ImapParser();
    explicit ImapParser(const Limits &limits);

    /// Appends bytes from the server and parses every response they complete. Ignored once
    /// the parser is in error.
    void feed(QByteArrayView data);

    /// The oldest complete response not yet taken, or nullopt. Responses completed before an
    /// error are still delivered; check hasError() once this returns nullopt.
    [[nodiscard]] std::optional<ImapResponse> next();
    [[nodiscard]] bool hasResponse() const { return !m_queue.isEmpty(); }

    [[nodiscard]] bool hasError() const { return m_error != Error::None; }
    [[nodiscard]] Error error() const { return m_error; }
    /// Translated description naming the offending line's start and the byte offset in it.
    [[nodiscard]] QString errorString() const { return m_errorString; }
    /// Byte offset of the error within the offending line (0-based); -1 without an error.
    [[nodiscard]] qsizetype errorOffset() const { return m_errorOffset; }

    /// Bytes received but not yet taken with next(): queued responses plus a partial one.
    /// After a STARTTLS reply this must be 0 (RFC 3501 §6.2.1: no data injected before TLS).
    [[nodiscard]] qsizetype bufferedBytes() const;
    /// Highest number of raw bytes held at once since construction or reset().
    [[nodiscard]] qsizetype peakBufferedBytes() const { return m_peakBuffered; }

    /// Forgets all input, queued responses and any error; keeps the limits.
    void reset();

    [[nodiscard]] const Limits &limits() const { return m_limits; }

private:
    enum class Context {
        Head,  ///< first line not complete yet
        Data,  ///< values: literals allowed at the end of a line
        Code,  ///< inside "[...]" of a status response: literals allowed
        Text   ///< resp-text or continuation: no literals
    };

    void process();
    void completeLine(qsizetype lf);
    /// Fails with LineTooLong / ResponseTooLarge when `line` (no CRLF) or the response is over.
    bool checkLimits(QByteArrayView line, qint64 responseBytes);
    void finishResponse(qsizetype end);
    void fail(Error error, const QString &message, QByteArrayView line, qsizetype offset);

    struct Queued {
        ImapResponse response;
        qsizetype wireSize = 0;
    };

    Limits m_limits;
    QByteArray m_buffer;            ///< input not yet parsed (plus parsed bytes until compacted)
    qsizetype m_responseStart = 0;  ///< start of the response being framed in m_buffer
    qsizetype m_lineStart = 0;  ///< start of the current line in m_buffer
    qsizetype m_scanPos = 0;    ///< where the search for LF continues
    qint64 m_literalLeft = 0;   ///< literal bytes still to come
    Context m_context = Context::Head;
    int m_codeDepth = 0;  ///< open '[' while in Context::Code
    QByteArray m_raw;     ///< transcript form of the response so far
    QList<Queued> m_queue;
    qsizetype m_queuedBytes = 0;
    qsizetype m_peakBuffered = 0;
    Error m_error = Error::None;
    QString m_errorString;
    qsizetype m_errorOffset = -1;
};

}  // namespace md::imap
