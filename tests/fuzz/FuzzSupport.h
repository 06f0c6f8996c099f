#pragma once

// Helpers shared by the libFuzzer targets: invariant checks that abort (libFuzzer then saves
// the input as a crash reproducer) and a deterministic, input-derived way to cut the input into
// chunks, so the incremental parsers see the same bytes split at many different places.

#include <QByteArray>
#include <QList>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

/// Aborts with a message when an invariant does not hold.
#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "FUZZ_CHECK failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);                   \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

namespace md::fuzz {

/// Wraps the fuzzer's buffer without copying (valid for the duration of one run).
inline QByteArray wrap(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

/// FNV-1a of the whole input: the seed for everything derived from the data.
inline uint64_t hashOf(const QByteArray &input)
{
    uint64_t h = 1469598103934665603ULL;
    for (const char c : input) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ULL;
    }
    return h;
}

/// Sorted cut positions in [0, size] derived from the input: 1 to 4 cuts, so the same bytes
/// arrive in 2 to 5 reads. The data decides where, so libFuzzer explores the split points too.
inline QList<qsizetype> cutsFor(const QByteArray &input)
{
    uint64_t state = hashOf(input) | 1;
    const auto nextRandom = [&state] {  // xorshift64
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    };
    QList<qsizetype> cuts;
    const int count = 1 + static_cast<int>(nextRandom() % 4);
    for (int i = 0; i < count; ++i)
        cuts << static_cast<qsizetype>(nextRandom() % (static_cast<uint64_t>(input.size()) + 1));
    std::sort(cuts.begin(), cuts.end());
    return cuts;
}

/// Every position: one byte per read (only for small inputs; it is quadratic in the parsers).
inline QList<qsizetype> everyByte(const QByteArray &input)
{
    QList<qsizetype> cuts;
    for (qsizetype i = 1; i < input.size(); ++i)
        cuts << i;
    return cuts;
}

/// The chunks `input` falls into at `cuts` (empty chunks included: feeding nothing is legal).
inline QList<QByteArray> chunksOf(const QByteArray &input, const QList<qsizetype> &cuts)
{
    QList<QByteArray> chunks;
    qsizetype from = 0;
    for (const qsizetype cut : cuts) {
        chunks << input.mid(from, cut - from);
        from = cut;
    }
    chunks << input.mid(from);
    return chunks;
}

}  // namespace md::fuzz
