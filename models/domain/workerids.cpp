#include "workerids.h"

#include <algorithm>
#include <bit>

namespace Tenure::Models {

// An open-addressing table of worker indexes keyed by the id's hash: the ids themselves are only
// compared in place, never copied.
std::vector<int> earlierWithSameId(const QList<Worker>& workers)
{
    std::vector<int> earlier(size_t(workers.size()), -1);
    struct Slot {
        size_t hash = 0;
        int worker = -1;
    };
    std::vector<Slot> table(std::bit_ceil(size_t(std::max<qsizetype>(8, 2 * workers.size()))));
    const size_t mask = table.size() - 1;
    for (int i = 0; i < int(workers.size()); ++i) {
        const QString& id = workers.at(i).workerId;
        if (std::all_of(id.cbegin(), id.cend(), [](QChar c) { return c.isSpace(); }))
            continue;
        const size_t hash = qHash(id);
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
    return earlier;
}

} // namespace Tenure::Models
