#include "workerids.h"

#include "parallelchunks.h"

#include <algorithm>
#include <bit>
#include <numeric>

namespace Tenure::Models {
namespace {

constexpr qsizetype HashChunk = 16384;
constexpr int PartBits = 5;   // 32 parts: each part's table stays in cache, and parts run at once

bool isBlank(const QString& id)
{
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) { return c.isSpace(); });
}

} // namespace

// The ids are hashed in parallel and split by the top bits of their hash into parts, so that
// equal ids always share a part; each part is then searched on its own with an open-addressing
// table of worker indexes (in increasing order, so the first record of an id is found first).
// The ids themselves are only compared in place, never copied.
std::vector<int> earlierWithSameId(const QList<Worker>& workers)
{
    const qsizetype count = workers.size();
    std::vector<int> earlier(size_t(count), -1);
    std::vector<size_t> hashes(static_cast<size_t>(count));
    parallelChunks((count + HashChunk - 1) / HashChunk, [&](qsizetype chunk) {
        const qsizetype last = std::min(count, (chunk + 1) * HashChunk);
        for (qsizetype i = chunk * HashChunk; i < last; ++i)
            hashes[size_t(i)] = qHash(workers.at(i).workerId);
    });

    constexpr int Parts = 1 << PartBits;
    const auto partOf = [](size_t hash) { return int(hash >> (sizeof(size_t) * 8 - PartBits)); };
    std::vector<qsizetype> starts(Parts + 1, 0);
    for (qsizetype i = 0; i < count; ++i)
        ++starts[size_t(partOf(hashes[size_t(i)])) + 1];
    std::partial_sum(starts.begin(), starts.end(), starts.begin());
    std::vector<int> byPart(static_cast<size_t>(count));
    {
        auto fill = starts;
        for (qsizetype i = 0; i < count; ++i)
            byPart[size_t(fill[size_t(partOf(hashes[size_t(i)]))]++)] = int(i);
    }

    parallelChunks(Parts, [&](qsizetype part) {
        const qsizetype first = starts[size_t(part)];
        const qsizetype size = starts[size_t(part) + 1] - first;
        struct Slot {
            size_t hash = 0;
            int worker = -1;
        };
        std::vector<Slot> table(std::bit_ceil(size_t(std::max<qsizetype>(8, 2 * size))));
        const size_t mask = table.size() - 1;
        for (qsizetype k = first; k < first + size; ++k) {
            const int i = byPart[size_t(k)];
            const QString& id = workers.at(i).workerId;
            if (isBlank(id))
                continue;
            const size_t hash = hashes[size_t(i)];
            size_t slot = hash & mask;
            for (; table[slot].worker >= 0; slot = (slot + 1) & mask) {
                if (table[slot].hash == hash && workers.at(table[slot].worker).workerId == id)
                    break;
            }
            if (table[slot].worker >= 0)
                earlier[size_t(i)] = table[slot].worker;
            else
                table[slot] = {hash, i};
        }
    });
    return earlier;
}

} // namespace Tenure::Models
