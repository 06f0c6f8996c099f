#pragma once

#include <QByteArray>

namespace md::net {

/// What takeLines() stopped on.
struct LineSplit {
    enum class Status {
        Ok,  ///< every complete line was taken; at most a bounded unfinished one is left
        Stopped,  ///< the line handler asked to stop (its parser is in error)
        LineTooLong,  ///< a complete line was longer than the limit
        NoLineEnd  ///< more than the limit arrived without a line end
    };
    Status status = Status::Ok;
    qsizetype length = 0;  ///< the offending line's (or the unfinished data's) size
};

/// Takes the complete lines (ending in LF; a CR before it is dropped) out of `buffer` and hands
/// each to `onLine`, which returns false to stop. Lines are bounded: a longer complete line, or
/// more than `maxLineLength` bytes still without a line end (a trailing CR not counted, it may
/// be the first half of a CRLF), stops with that status. What was taken is removed from
/// `buffer`; the line parsers of SMTP replies and POP3 responses share this framing.
template <typename OnLine> LineSplit takeLines(QByteArray &buffer, qsizetype maxLineLength, OnLine &&onLine)
{
    LineSplit result;
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = buffer.indexOf('\n', start);
        if (newline < 0)
            break;
        QByteArray line = buffer.mid(start, newline - start);
        if (line.endsWith('\r'))
            line.chop(1);
        start = newline + 1;
        if (line.size() > maxLineLength) {
            buffer.remove(0, start);
            return { LineSplit::Status::LineTooLong, line.size() };
        }
        if (!onLine(line)) {
            buffer.remove(0, start);
            return { LineSplit::Status::Stopped, 0 };
        }
    }
    buffer.remove(0, start);
    const qsizetype pending = buffer.size() - (buffer.endsWith('\r') ? 1 : 0);
    if (pending > maxLineLength)
        result = { LineSplit::Status::NoLineEnd, buffer.size() };
    return result;
}

}  // namespace md::net
