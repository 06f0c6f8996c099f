#pragma once

#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace md::pop3 {

/// One complete POP3 response (RFC 1939 §3): a status line, and for a positive answer to a
/// multi-line command the lines up to the terminating ".", already dot-unstuffed.
struct Response {
    enum class Status {
        Ok,  ///< "+OK"
        Err,  ///< "-ERR"
        Continuation  ///< "+ " base64 during AUTH (RFC 5034 §4)
    };
    Status status = Status::Err;
    /// RFC 2449 §8 extended response code without brackets, upper case: "IN-USE",
    /// "LOGIN-DELAY", "SYS/TEMP", "SYS/PERM", "AUTH" (RFC 3206); empty when none.
    QByteArray code;
    QByteArray text;  ///< the rest of the status line (after the code), trimmed
    QByteArray raw;  ///< the status line exactly as received, without CRLF
    bool multiLine = false;  ///< a body followed (and ended with ".")
    QList<QByteArray> lines;  ///< the body lines, dot-unstuffed (RFC 1939 §3), without CRLF

    [[nodiscard]] bool isOk() const { return status == Status::Ok; }
    [[nodiscard]] bool isErr() const { return status == Status::Err; }
    [[nodiscard]] bool isContinuation() const { return status == Status::Continuation; }
};

/// Incremental, bounded parser for POP3 responses: feed bytes as they arrive (split anywhere),
/// take complete responses out. POP3 does not mark multi-line responses itself, so the caller
/// says, before each command, whether a positive answer carries a body (CAPA does, STAT does
/// not). Once it reports an error it stays in error until reset().
class ResponseParser
{
    Q_DECLARE_TR_FUNCTIONS(md::pop3::ResponseParser)
public:
    struct Limits {
        int maxLineLength = 4096;  ///< RFC 2449 §4 allows 512 octets for a status line; be lenient, but bounded
        int maxLines = 1024;  ///< body lines of one multi-line response
        int maxResponseBytes = 256 * 1024;
    };

    ResponseParser() = default;
    explicit ResponseParser(Limits limits) : m_limits(limits) { }

    /// Whether a positive ("+OK") response that starts from now on has a multi-line body.
    void setMultiLineExpected(bool multiLine) { m_expectMultiLine = multiLine; }
    void feed(const QByteArray &data);
    /// The next complete response, if one is ready.
    [[nodiscard]] std::optional<Response> next();
    [[nodiscard]] bool hasError() const { return !m_error.isEmpty(); }
    [[nodiscard]] QString errorString() const { return m_error; }
    /// Bytes received but not part of a response taken out yet (data behind a response shows here).
    [[nodiscard]] qsizetype bufferedBytes() const;
    /// Forgets everything (after STLS nothing from before the handshake may be used); keeps the
    /// multi-line expectation.
    void reset();

    /// Parses one status line ("+OK …", "-ERR [IN-USE] …", "+ base64"); nullopt if it is none.
    [[nodiscard]] static std::optional<Response> parseStatusLine(const QByteArray &line);

private:
    void parseLine(const QByteArray &line);
    void setError(const QString &message);

    Limits m_limits;
    bool m_expectMultiLine = false;
    QByteArray m_buffer;
    std::optional<Response> m_partial;  ///< a multi-line response still reading its body
    qsizetype m_partialBytes = 0;
    QList<Response> m_ready;
    QString m_error;
    qint64 m_lineNumber = 0;
};

}  // namespace md::pop3
