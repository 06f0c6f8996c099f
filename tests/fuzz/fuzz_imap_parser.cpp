// libFuzzer target for md::imap::ImapParser (RFC 9051 §7/§9 responses, literals, limits).
//
// Each input is parsed with the default limits and with tiny ones (so the limit paths are
// reached with short inputs), each time in one read, in 2-5 reads cut at input-derived places,
// and (for short inputs) one byte per read. Checked:
//   - every response is consistent (tag/type/status, raw without CR/LF, nesting depth and
//     literal sizes within the limits);
//   - after taking the queued responses out, bufferedBytes() <= maxResponseSize, and the peak
//     never exceeds maxResponseSize plus one read slice;
//   - error state is consistent (errorOffset/errorString) and permanent;
//   - the way the input was split changes nothing: same responses, same error and offset;
//   - reset() forgets everything and the parser then behaves like a new one.

#include "FuzzSupport.h"

#include "imap/ImapParser.h"

using md::imap::ImapParser;
using md::imap::ImapResponse;
using md::imap::ImapValue;

namespace {

/// ImapParser::feed() appends at most this much before framing (kSliceSize in ImapParser.cpp).
constexpr qsizetype kReadSlice = 16 * 1024;

struct Outcome {
    QList<ImapResponse> responses;
    ImapParser::Error error = ImapParser::Error::None;
    qsizetype errorOffset = -1;
};

bool sameValue(const ImapValue &a, const ImapValue &b)
{
    if (a.type != b.type || a.bytes != b.bytes || a.number != b.number || a.items.size() != b.items.size())
        return false;
    for (qsizetype i = 0; i < a.items.size(); ++i) {
        if (!sameValue(a.items.at(i), b.items.at(i)))
            return false;
    }
    return true;
}

bool sameValues(const QList<ImapValue> &a, const QList<ImapValue> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!sameValue(a.at(i), b.at(i)))
            return false;
    }
    return true;
}

bool sameResponse(const ImapResponse &a, const ImapResponse &b)
{
    return a.type == b.type && a.tag == b.tag && a.status == b.status && a.code == b.code
        && sameValues(a.codeArgs, b.codeArgs) && a.text == b.text && a.name == b.name && a.number == b.number
        && sameValues(a.values, b.values) && a.raw == b.raw;
}

bool sameOutcome(const Outcome &a, const Outcome &b)
{
    if (a.error != b.error || a.errorOffset != b.errorOffset || a.responses.size() != b.responses.size())
        return false;
    for (qsizetype i = 0; i < a.responses.size(); ++i) {
        if (!sameResponse(a.responses.at(i), b.responses.at(i)))
            return false;
    }
    return true;
}

/// Depth of nested lists in `value` (0 for a scalar); checks literal sizes on the way.
int depthOf(const ImapValue &value, const ImapParser::Limits &limits)
{
    if (value.type == ImapValue::Type::Literal)
        FUZZ_CHECK(value.bytes.size() <= limits.maxLiteralSize);
    if (value.type == ImapValue::Type::Number)
        FUZZ_CHECK(value.number == value.bytes.toULongLong());
    if (value.type != ImapValue::Type::List) {
        FUZZ_CHECK(value.items.isEmpty());
        return 0;
    }
    int deepest = 0;
    for (const ImapValue &item : value.items)
        deepest = std::max(deepest, depthOf(item, limits));
    return deepest + 1;
}

void checkValues(const QList<ImapValue> &values, const ImapParser::Limits &limits)
{
    for (const ImapValue &value : values)
        FUZZ_CHECK(depthOf(value, limits) <= limits.maxNestingDepth);
    (void)md::imap::toDebugString(values);
}

void checkResponse(const ImapResponse &r, const ImapParser::Limits &limits)
{
    switch (r.type) {
    case ImapResponse::Type::Continuation:
        FUZZ_CHECK(r.tag == "+");
        FUZZ_CHECK(r.status == ImapResponse::Status::None);
        FUZZ_CHECK(r.name.isEmpty() && r.values.isEmpty() && !r.number);
        break;
    case ImapResponse::Type::Untagged:
        FUZZ_CHECK(r.tag == "*");
        FUZZ_CHECK(!r.name.isEmpty());
        break;
    case ImapResponse::Type::Tagged:
        FUZZ_CHECK(!r.tag.isEmpty() && r.tag != "*" && !r.tag.contains('+') && !r.tag.contains(' '));
        FUZZ_CHECK(r.status == ImapResponse::Status::Ok || r.status == ImapResponse::Status::No
            || r.status == ImapResponse::Status::Bad);
        FUZZ_CHECK(!r.number);
        break;
    }
    FUZZ_CHECK(r.status == ImapResponse::Status::None || r.values.isEmpty());
    FUZZ_CHECK(r.name == r.name.toUpper() && r.code == r.code.toUpper());
    FUZZ_CHECK(!r.raw.contains('\r') && !r.raw.contains('\n'));
    FUZZ_CHECK(r.raw.size() <= limits.maxResponseSize);
    FUZZ_CHECK(r.raw.startsWith(r.tag));
    checkValues(r.values, limits);
    checkValues(r.codeArgs, limits);
    if (const auto capabilities = r.capabilities()) {
        for (const QByteArray &capability : *capabilities)
            FUZZ_CHECK(capability == capability.toUpper());
    }
}

void checkErrorState(const ImapParser &parser)
{
    FUZZ_CHECK(parser.hasError() == (parser.error() != ImapParser::Error::None));
    FUZZ_CHECK(parser.hasError() == !parser.errorString().isEmpty());
    FUZZ_CHECK(parser.hasError() ? parser.errorOffset() >= 0 : parser.errorOffset() == -1);
}

Outcome parse(ImapParser &parser, const QList<QByteArray> &chunks)
{
    const ImapParser::Limits &limits = parser.limits();
    Outcome outcome;
    for (const QByteArray &chunk : chunks) {
        const bool wasInError = parser.hasError();
        const ImapParser::Error error = parser.error();
        const qsizetype errorOffset = parser.errorOffset();
        parser.feed(chunk);
        if (wasInError) {  // an error is permanent and stops all parsing
            FUZZ_CHECK(parser.error() == error && parser.errorOffset() == errorOffset);
            FUZZ_CHECK(!parser.hasResponse());
        }
        checkErrorState(parser);
        FUZZ_CHECK(parser.peakBufferedBytes() <= limits.maxResponseSize + kReadSlice);
        while (std::optional<ImapResponse> response = parser.next()) {
            checkResponse(*response, limits);
            outcome.responses << std::move(*response);
        }
        FUZZ_CHECK(!parser.hasResponse());
        FUZZ_CHECK(parser.bufferedBytes() >= 0 && parser.bufferedBytes() <= limits.maxResponseSize);
        if (parser.hasError())
            FUZZ_CHECK(parser.bufferedBytes() == 0);
    }
    outcome.error = parser.error();
    outcome.errorOffset = parser.errorOffset();
    return outcome;
}

void fuzzWith(const QByteArray &input, const ImapParser::Limits &limits)
{
    ImapParser whole(limits);
    const Outcome reference = parse(whole, { input });

    ImapParser split(limits);
    FUZZ_CHECK(sameOutcome(reference, parse(split, md::fuzz::chunksOf(input, md::fuzz::cutsFor(input)))));

    if (input.size() <= 1024) {
        ImapParser bytewise(limits);
        FUZZ_CHECK(sameOutcome(reference, parse(bytewise, md::fuzz::chunksOf(input, md::fuzz::everyByte(input)))));
    }

    whole.reset();
    checkErrorState(whole);
    FUZZ_CHECK(!whole.hasError() && whole.bufferedBytes() == 0 && whole.peakBufferedBytes() == 0);
    FUZZ_CHECK(!whole.next());
    FUZZ_CHECK(sameOutcome(reference, parse(whole, { input })));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = md::fuzz::wrap(data, size);
    fuzzWith(input, ImapParser::Limits {});
    ImapParser::Limits tiny;
    tiny.maxLineLength = 48;
    tiny.maxLiteralSize = 64;
    tiny.maxResponseSize = 256;
    tiny.maxNestingDepth = 3;
    fuzzWith(input, tiny);
    return 0;
}
