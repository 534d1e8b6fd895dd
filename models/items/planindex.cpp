#include "planindex.h"

#include "categorylabels.h"
#include "models/domain/parallelchunks.h"
#include "planmodel.h"

#include <QStringMatcher>
#include <algorithm>
#include <numeric>

namespace Tenure::Models {
namespace {

// Operations per chunk of parallel work: big enough that scheduling is noise, small enough that
// two threads share a million operations evenly.
constexpr qsizetype ChunkSize = 32768;

// Matches the text filter against an operation's shown fields, case-insensitively. The category
// and operation labels are the same for every operation of a kind, so they are matched once per
// query, not once per operation; the needle's skip table is built once too (QStringMatcher).
class TextMatcher {
public:
    explicit TextMatcher(const QString& text) : m_matcher(text, Qt::CaseInsensitive)
    {
        for (const auto category : allCategories())
            if (isKnown(category))
                m_categories[int(category)] = categoryLabel(category).contains(text, Qt::CaseInsensitive);
        for (int kind = 0; kind < KindCount; ++kind)
            m_kinds[kind] = operationKindLabel(OperationKind(kind)).contains(text, Qt::CaseInsensitive);
    }

    bool matches(const Operation& op) const
    {
        if (isKnown(op.category) && m_categories[int(op.category)])
            return true;
        if (int(op.kind) >= 0 && int(op.kind) < KindCount && m_kinds[int(op.kind)])
            return true;
        if (has(op.workerId) || has(op.displayName) || has(op.targetId))
            return true;
        return std::any_of(op.changes.cbegin(), op.changes.cend(),
                           [this](const AttributeChange& change) { return has(change.attribute); });
    }

private:
    static constexpr int CategoryCount = int(Category::Unchanged) + 1;
    static constexpr int KindCount = int(OperationKind::Delete) + 1;

    static bool isKnown(Category category) { return int(category) >= 0 && int(category) < CategoryCount; }
    bool has(const QString& field) const { return !field.isEmpty() && m_matcher.indexIn(field) >= 0; }

    QStringMatcher m_matcher;
    bool m_categories[CategoryCount] = {};
    bool m_kinds[KindCount] = {};
};

QList<int> filteredRows(const Plan& plan, const PlanIndexQuery& query)
{
    const auto& ops = plan.operations;
    const qsizetype total = ops.size();
    if (!query.category && query.text.isEmpty()) {
        QList<int> rows(total);
        std::iota(rows.begin(), rows.end(), 0);
        return rows;
    }
    std::optional<TextMatcher> matcher;
    if (!query.text.isEmpty())
        matcher.emplace(query.text);
    const qsizetype chunks = (total + ChunkSize - 1) / ChunkSize;
    std::vector<QList<int>> found(chunks);
    parallelChunks(chunks, [&](qsizetype chunk) {
        const qsizetype last = std::min(total, (chunk + 1) * ChunkSize);
        QList<int>& rows = found[chunk];
        for (qsizetype i = chunk * ChunkSize; i < last; ++i) {
            const Operation& op = ops.at(i);
            if (query.category && op.category != *query.category)
                continue;
            if (matcher && !matcher->matches(op))
                continue;
            rows.append(int(i));
        }
    });
    qsizetype size = 0;
    for (const auto& part : found)
        size += part.size();
    QList<int> rows;
    rows.reserve(size);
    for (const auto& part : found)
        rows.append(part);
    return rows;
}

// What sorting works on: a 64-bit key, and the row's position in the plan-ordered rows, which
// breaks ties so that equal keys keep plan order in both directions.
struct SortItem {
    quint64 key;
    int position;
};

bool operator<(const SortItem& a, const SortItem& b) { return a.key != b.key ? a.key < b.key : a.position < b.position; }

// Sorts items in parallel parts and merges them: plain integers, no pointers followed.
void sortItems(std::vector<SortItem>::iterator first, std::vector<SortItem>::iterator last)
{
    const qsizetype n = last - first;
    const qsizetype parts = n < 4 * ChunkSize ? 1 : std::max(1, QThread::idealThreadCount());
    std::vector<qsizetype> bounds(parts + 1);
    for (qsizetype p = 0; p <= parts; ++p)
        bounds[p] = n * p / parts;
    parallelChunks(parts, [&](qsizetype p) { std::sort(first + bounds[p], first + bounds[p + 1]); });
    for (qsizetype width = 1; width < parts; width *= 2)
        for (qsizetype p = 0; p + width < parts; p += 2 * width)
            std::inplace_merge(first + bounds[p], first + bounds[p + width],
                               first + bounds[std::min(parts, p + 2 * width)]);
}

QList<int> rowsInOrder(const QList<int>& rows, const std::vector<SortItem>& items)
{
    QList<int> sorted;
    sorted.reserve(rows.size());
    for (const auto& item : items)
        sorted.append(rows.at(item.position));
    return sorted;
}

// Numbers: key and direction folded into one unsigned integer (descending: the complement).
QList<int> sortByNumber(const QList<int>& rows, const std::vector<int>& keys, Qt::SortOrder order)
{
    std::vector<SortItem> items(rows.size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const quint64 key = quint32(keys[r]) ^ 0x80000000u;   // signed order as unsigned
        items[r] = {order == Qt::AscendingOrder ? key : ~key, int(r)};
    }
    sortItems(items.begin(), items.end());
    return rowsInOrder(rows, items);
}

// Four case-folded UTF-16 code units of a text from `offset`, big-endian, so that comparing the
// integers compares the folded texts code unit by code unit, as QString's operator< does; a
// shorter text is padded with zeros and so comes first. Folding here, a unit at a time, spares
// allocating a folded copy of every key (QChar's simple case folding; a unit of a surrogate pair
// stays as it is).
quint64 packed(const QString& text, qsizetype offset)
{
    quint64 value = 0;
    for (qsizetype i = 0; i < 4; ++i) {
        char16_t unit = 0;
        if (offset + i < text.size()) {
            unit = text.at(offset + i).unicode();
            if (unit >= u'A' && unit <= u'Z')
                unit = char16_t(unit + (u'a' - u'A'));
            else if (unit >= 0x80 && !QChar::isSurrogate(unit))
                unit = char16_t(QChar::toCaseFolded(char32_t(unit)));
        }
        value = (value << 16) | unit;
    }
    return value;
}

// Text: sorted by four characters at a time (most significant first), each round only inside
// the runs the previous one left equal. Sorting integers instead of comparing strings keeps the
// work in the cache: comparing a million scattered QStrings is mostly waiting for memory.
QList<int> sortByText(const QList<int>& rows, const std::vector<const QString*>& texts, Qt::SortOrder order)
{
    const bool ascending = order == Qt::AscendingOrder;
    std::vector<SortItem> items(rows.size());
    const qsizetype chunks = (rows.size() + ChunkSize - 1) / ChunkSize;
    parallelChunks(chunks, [&](qsizetype chunk) {
        const qsizetype last = std::min(rows.size(), (chunk + 1) * ChunkSize);
        for (qsizetype r = chunk * ChunkSize; r < last; ++r) {
            const quint64 key = packed(*texts[r], 0);
            items[r] = {ascending ? key : ~key, int(r)};
        }
    });
    sortItems(items.begin(), items.end());
    struct Run {
        qsizetype first, last, offset;
    };
    const auto findRuns = [&](qsizetype first, qsizetype last, qsizetype offset, std::vector<Run>& runs) {
        for (qsizetype start = first; start < last;) {
            qsizetype end = start + 1;
            while (end < last && items[end].key == items[start].key)
                ++end;
            if (end - start > 1) {
                // Keys that end within these four characters are equal: plan order decides.
                const bool longer = std::any_of(items.begin() + start, items.begin() + end, [&](const SortItem& item) {
                    return texts[item.position]->size() > offset;
                });
                if (longer)
                    runs.push_back({start, end, offset});
            }
            start = end;
        }
    };
    std::vector<Run> tied;
    findRuns(0, qsizetype(items.size()), 4, tied);
    // Each tied run is refined on its own, so the runs are refined at once (names repeat a lot:
    // most of the work is here).
    parallelChunks(qsizetype(tied.size()), [&](qsizetype t) {
        std::vector<Run> runs{tied[size_t(t)]};
        while (!runs.empty()) {
            const Run run = runs.back();
            runs.pop_back();
            for (qsizetype i = run.first; i < run.last; ++i) {
                const quint64 key = packed(*texts[items[i].position], run.offset);
                items[i].key = ascending ? key : ~key;
            }
            std::sort(items.begin() + run.first, items.begin() + run.last);
            findRuns(run.first, run.last, run.offset + 4, runs);
        }
    });
    return rowsInOrder(rows, items);
}

// One key per row, computed in parallel chunks.
template <typename Key, typename KeyOf>
std::vector<Key> keysOf(const QList<int>& rows, KeyOf keyOf)
{
    std::vector<Key> keys(rows.size());
    const qsizetype chunks = (rows.size() + ChunkSize - 1) / ChunkSize;
    parallelChunks(chunks, [&](qsizetype chunk) {
        const qsizetype last = std::min(rows.size(), (chunk + 1) * ChunkSize);
        for (qsizetype r = chunk * ChunkSize; r < last; ++r)
            keys[r] = keyOf(rows.at(r));
    });
    return keys;
}

} // namespace

QList<int> buildPlanIndex(const Plan& plan, const QList<OperationOutcome>& outcomes, const PlanIndexQuery& query)
{
    QList<int> rows = filteredRows(plan, query);
    if (query.sortColumn < 0 || rows.size() < 2)
        return rows;
    const auto& ops = plan.operations;
    switch (query.sortColumn) {
    case PlanModel::CategoryColumn:
    case PlanModel::OperationColumn:
    case PlanModel::ChangesColumn:
    case PlanModel::OutcomeColumn:
        return sortByNumber(rows, keysOf<int>(rows, [&](int i) {
                                const Operation& op = ops.at(i);
                                switch (query.sortColumn) {
                                case PlanModel::CategoryColumn: return int(op.category);
                                case PlanModel::OperationColumn: return int(op.kind);
                                case PlanModel::ChangesColumn: return int(op.changes.size());
                                default:
                                    return i < outcomes.size() && outcomes.at(i).index >= 0 ? int(outcomes.at(i).state)
                                                                                            : -1;
                                }
                            }),
                            query.order);
    case PlanModel::WorkerColumn:
    case PlanModel::NameColumn:
    case PlanModel::TargetColumn:
        return sortByText(rows, keysOf<const QString*>(rows, [&](int i) {
                              const Operation& op = ops.at(i);
                              return query.sortColumn == PlanModel::WorkerColumn ? &op.workerId
                                     : query.sortColumn == PlanModel::NameColumn ? &op.displayName
                                                                                  : &op.targetId;
                          }),
                          query.order);
    default:
        return rows;   // not a column that sorts
    }
}

} // namespace Tenure::Models
