#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace md::smtp {

/// One complete SMTP reply (RFC 5321 §4.2), possibly multi-line.
struct Reply {
    int code = 0;             ///< three-digit reply code
    QString enhancedCode;     ///< RFC 3463 "class.subject.detail" when the server sent one
    QList<QByteArray> lines;  ///< text of each line, after "ddd-" / "ddd " (and the enhanced code)
    QList<QByteArray> rawLines;  ///< each line exactly as received, without CRLF

    [[nodiscard]] bool isPositive() const { return code >= 200 && code < 400; }
    [[nodiscard]] bool isTransientFailure() const { return code >= 400 && code < 500; }
    [[nodiscard]] bool isPermanentFailure() const { return code >= 500; }
    /// All text lines joined with spaces: the server's own words.
    [[nodiscard]] QString text() const;
};

/// Incremental, bounded parser for SMTP replies: feed bytes as they arrive (split anywhere),
/// take complete replies out. Once it reports an error it stays in error.
class ReplyParser
{
    Q_DECLARE_TR_FUNCTIONS(md::smtp::ReplyParser)
public:
    struct Limits {
        int maxLineLength = 4096;     ///< RFC 5321 §4.5.3.1.5 says 512; be lenient, but bounded
        int maxLines = 256;           ///< lines in one multi-line reply
        int maxReplyBytes = 64 * 1024;
    };

    ReplyParser() = default;
    explicit ReplyParser(Limits limits) : m_limits(limits) {}

    void feed(const QByteArray &data);
    /// The next complete reply, if one is ready.
    [[nodiscard]] std::optional<Reply> next();
    [[nodiscard]] bool hasError() const { return !m_error.isEmpty(); }
    [[nodiscard]] QString errorString() const { return m_error; }
    /// Bytes received but not part of a reply taken out yet (data behind a reply shows here).
    [[nodiscard]] qsizetype bufferedBytes() const;
    /// Forget everything (after STARTTLS, nothing from before the handshake may be used).
    void reset();

private:
    void parseLine(const QByteArray &line);
    void setError(const QString &message);

    Limits m_limits;
    QByteArray m_buffer;
    Reply m_partial;
    qsizetype m_partialBytes = 0;
    QList<Reply> m_ready;
    QString m_error;
    qint64 m_lineNumber = 0;
};

/// Extracts an RFC 3463 enhanced status code from the start of `text`, if the reply class fits.
[[nodiscard]] QString enhancedCodeOf(int replyCode, const QByteArray &text);

}  // namespace md::smtp
