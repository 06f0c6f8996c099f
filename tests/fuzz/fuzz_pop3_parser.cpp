// libFuzzer target for md::pop3::ResponseParser (RFC 1939 §3 responses, RFC 2449 codes):
// incremental, bounded.
//
// Each input is parsed with positive responses single-line (like STAT) and multi-line (like
// CAPA), each with the default limits and with tiny ones, each time in one read, in 2-5 reads cut at input-derived
// places, and (for short inputs) one byte per read. Checked:
//   - every response is well formed and within the limits (status line within maxLineLength,
//     a body only after +OK and only when expected, at most maxLines lines, no CR/LF inside);
//   - after taking the ready responses out, bufferedBytes() stays within the bounds;
//   - the way the input was split changes nothing: same responses, same error state;
//   - once in error, more input yields nothing; reset() forgets everything and the parser
//     then behaves like a new one.

#include "FuzzSupport.h"

#include "pop3/Pop3Parser.h"

using md::pop3::Response;
using md::pop3::ResponseParser;

namespace {

struct Outcome {
    QList<Response> responses;
    bool error = false;
};

bool sameResponse(const Response &a, const Response &b)
{
    return a.status == b.status && a.code == b.code && a.text == b.text && a.raw == b.raw && a.multiLine == b.multiLine
        && a.lines == b.lines;
}

bool sameOutcome(const Outcome &a, const Outcome &b)
{
    if (a.error != b.error || a.responses.size() != b.responses.size())
        return false;
    for (qsizetype i = 0; i < a.responses.size(); ++i) {
        if (!sameResponse(a.responses.at(i), b.responses.at(i)))
            return false;
    }
    return true;
}

void checkResponse(const Response &r, const ResponseParser::Limits &limits, bool multiLine)
{
    FUZZ_CHECK(r.raw.size() <= limits.maxLineLength);
    FUZZ_CHECK(!r.raw.contains('\n'));
    FUZZ_CHECK(r.text.size() <= r.raw.size());
    FUZZ_CHECK(r.code.size() <= r.raw.size());
    FUZZ_CHECK(r.multiLine == (multiLine && r.isOk()));
    FUZZ_CHECK(r.multiLine || r.lines.isEmpty());
    FUZZ_CHECK(r.lines.size() <= limits.maxLines);
    if (r.isOk())
        FUZZ_CHECK(r.raw.size() >= 3 && qstrnicmp(r.raw.constData(), "+OK", 3) == 0);
    else if (r.isErr())
        FUZZ_CHECK(r.raw.size() >= 4 && qstrnicmp(r.raw.constData(), "-ERR", 4) == 0);
    else
        FUZZ_CHECK(r.raw.startsWith('+') && r.code.isEmpty());
    if (!r.code.isEmpty())
        FUZZ_CHECK(r.code == r.code.toUpper() && !r.code.contains(' ') && !r.code.contains(']'));
    qsizetype bytes = r.raw.size() + 2;
    for (const QByteArray &line : r.lines) {
        FUZZ_CHECK(line.size() <= limits.maxLineLength);
        FUZZ_CHECK(!line.contains('\n'));
        bytes += line.size() + 2;
    }
    FUZZ_CHECK(bytes <= limits.maxResponseBytes + limits.maxLineLength + 2);
}

void drain(ResponseParser &parser, const ResponseParser::Limits &limits, bool multiLine, Outcome &outcome)
{
    while (const std::optional<Response> r = parser.next()) {
        checkResponse(*r, limits, multiLine);
        outcome.responses << *r;
    }
    // At most one unfinished line plus one unfinished multi-line response.
    FUZZ_CHECK(parser.bufferedBytes() >= 0);
    FUZZ_CHECK(parser.bufferedBytes() <= qsizetype(limits.maxLineLength) * 2 + limits.maxResponseBytes + 4);
    FUZZ_CHECK(parser.hasError() == !parser.errorString().isEmpty());
}

Outcome parse(
    ResponseParser &parser, const ResponseParser::Limits &limits, bool multiLine, const QList<QByteArray> &chunks)
{
    Outcome outcome;
    for (const QByteArray &chunk : chunks) {
        const bool wasInError = parser.hasError();
        parser.feed(chunk);
        if (wasInError) {  // an error is permanent and stops all parsing
            FUZZ_CHECK(parser.hasError());
            FUZZ_CHECK(!parser.next());
        }
        drain(parser, limits, multiLine, outcome);
    }
    outcome.error = parser.hasError();
    return outcome;
}

void fuzzWith(const QByteArray &input, const ResponseParser::Limits &limits, bool multiLine)
{
    const auto fresh = [&] {
        ResponseParser p(limits);
        p.setMultiLineExpected(multiLine);
        return p;
    };
    ResponseParser whole = fresh();
    const Outcome reference = parse(whole, limits, multiLine, { input });

    ResponseParser split = fresh();
    FUZZ_CHECK(
        sameOutcome(reference, parse(split, limits, multiLine, md::fuzz::chunksOf(input, md::fuzz::cutsFor(input)))));

    if (input.size() <= 1024) {
        ResponseParser bytewise = fresh();
        FUZZ_CHECK(sameOutcome(
            reference, parse(bytewise, limits, multiLine, md::fuzz::chunksOf(input, md::fuzz::everyByte(input)))));
    }

    whole.reset();
    FUZZ_CHECK(!whole.hasError());
    FUZZ_CHECK(whole.bufferedBytes() == 0);
    FUZZ_CHECK(!whole.next());
    FUZZ_CHECK(sameOutcome(reference, parse(whole, limits, multiLine, { input })));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = md::fuzz::wrap(data, size);
    ResponseParser::Limits tiny;
    tiny.maxLineLength = 40;
    tiny.maxLines = 4;
    tiny.maxResponseBytes = 120;
    for (const bool multiLine : { false, true }) {
        fuzzWith(input, ResponseParser::Limits {}, multiLine);
        fuzzWith(input, tiny, multiLine);
    }
    return 0;
}
