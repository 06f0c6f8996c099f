// libFuzzer target for md::smtp::ReplyParser (RFC 5321 §4.2 replies): incremental, bounded.
//
// Each input is parsed with the default limits and with tiny ones (so the limit paths are
// reached with short inputs), each time in one read, in 2-5 reads cut at input-derived places,
// and (for short inputs) one byte per read. Checked:
//   - every reply is well formed and within the limits (code 200-599, lines <= maxLines, ...);
//   - after taking the ready replies out, bufferedBytes() <= maxLineLength + maxReplyBytes + 2;
//   - the way the input was split changes nothing: same replies, same error state;
//   - once in error, more input yields nothing; reset() forgets everything and the parser
//     then behaves like a new one.

#include "FuzzSupport.h"

#include "smtp/SmtpReply.h"

using md::smtp::Reply;
using md::smtp::ReplyParser;

namespace {

struct Outcome {
    QList<Reply> replies;
    bool error = false;
};

bool sameReply(const Reply &a, const Reply &b)
{
    return a.code == b.code && a.enhancedCode == b.enhancedCode && a.lines == b.lines && a.rawLines == b.rawLines;
}

bool sameOutcome(const Outcome &a, const Outcome &b)
{
    if (a.error != b.error || a.replies.size() != b.replies.size())
        return false;
    for (qsizetype i = 0; i < a.replies.size(); ++i) {
        if (!sameReply(a.replies.at(i), b.replies.at(i)))
            return false;
    }
    return true;
}

void checkReply(const Reply &reply, const ReplyParser::Limits &limits)
{
    FUZZ_CHECK(reply.code >= 200 && reply.code <= 599);
    FUZZ_CHECK(!reply.rawLines.isEmpty());
    FUZZ_CHECK(reply.rawLines.size() == reply.lines.size());
    FUZZ_CHECK(reply.rawLines.size() <= limits.maxLines);
    const QByteArray code = QByteArray::number(reply.code);
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < reply.rawLines.size(); ++i) {
        const QByteArray &raw = reply.rawLines.at(i);
        FUZZ_CHECK(raw.size() <= limits.maxLineLength);
        FUZZ_CHECK(raw.startsWith(code));
        FUZZ_CHECK(!raw.contains('\n'));
        // "ddd-" on every line but the last, "ddd " or "ddd" on the last.
        const bool last = i == reply.rawLines.size() - 1;
        if (!last)
            FUZZ_CHECK(raw.size() > 3 && raw.at(3) == '-');
        else
            FUZZ_CHECK(raw.size() == 3 || raw.at(3) == ' ');
        FUZZ_CHECK(reply.lines.at(i).size() <= raw.size());
        bytes += raw.size() + 2;
    }
    FUZZ_CHECK(bytes <= limits.maxReplyBytes);
    if (!reply.enhancedCode.isEmpty()) {
        FUZZ_CHECK(reply.enhancedCode.at(0) == QLatin1Char(static_cast<char>('0' + reply.code / 100)));
        FUZZ_CHECK(reply.enhancedCode.count(QLatin1Char('.')) == 2);
    }
    const int classes = int(reply.isPositive()) + int(reply.isTransientFailure()) + int(reply.isPermanentFailure());
    FUZZ_CHECK(classes == 1);
    (void)reply.text();
}

/// Takes every ready reply out of `parser` and checks the buffer bound.
void drain(ReplyParser &parser, const ReplyParser::Limits &limits, Outcome &outcome)
{
    while (const std::optional<Reply> reply = parser.next()) {
        checkReply(*reply, limits);
        outcome.replies << *reply;
    }
    // At most one unfinished line plus one unfinished reply; +2 for the CRLF of the line that
    // crossed a limit (its bytes stay counted in the failed partial reply).
    FUZZ_CHECK(parser.bufferedBytes() >= 0);
    FUZZ_CHECK(parser.bufferedBytes() <= qsizetype(limits.maxLineLength) + limits.maxReplyBytes + 2);
    FUZZ_CHECK(parser.hasError() == !parser.errorString().isEmpty());
}

Outcome parse(ReplyParser &parser, const ReplyParser::Limits &limits, const QList<QByteArray> &chunks)
{
    Outcome outcome;
    for (const QByteArray &chunk : chunks) {
        const bool wasInError = parser.hasError();
        parser.feed(chunk);
        if (wasInError) {  // an error is permanent and stops all parsing
            FUZZ_CHECK(parser.hasError());
            FUZZ_CHECK(!parser.next());
        }
        drain(parser, limits, outcome);
    }
    outcome.error = parser.hasError();
    return outcome;
}

void fuzzWith(const QByteArray &input, const ReplyParser::Limits &limits)
{
    ReplyParser whole(limits);
    const Outcome reference = parse(whole, limits, { input });

    ReplyParser split(limits);
    FUZZ_CHECK(sameOutcome(reference, parse(split, limits, md::fuzz::chunksOf(input, md::fuzz::cutsFor(input)))));

    if (input.size() <= 1024) {
        ReplyParser bytewise(limits);
        FUZZ_CHECK(
            sameOutcome(reference, parse(bytewise, limits, md::fuzz::chunksOf(input, md::fuzz::everyByte(input)))));
    }

    // After reset() nothing of the past remains, and the parser works like a fresh one.
    whole.reset();
    FUZZ_CHECK(!whole.hasError());
    FUZZ_CHECK(whole.bufferedBytes() == 0);
    FUZZ_CHECK(!whole.next());
    FUZZ_CHECK(sameOutcome(reference, parse(whole, limits, { input })));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = md::fuzz::wrap(data, size);
    fuzzWith(input, ReplyParser::Limits {});
    ReplyParser::Limits tiny;
    tiny.maxLineLength = 40;
    tiny.maxLines = 4;
    tiny.maxReplyBytes = 120;
    fuzzWith(input, tiny);
    return 0;
}
