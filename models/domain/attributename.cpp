#include "attributename.h"

#include <QMutex>
#include <array>
#include <atomic>
#include <bit>
#include <unordered_map>

namespace Tenure::Models {
namespace {

struct ViewHash {
    using is_transparent = void;
    size_t operator()(QStringView name) const noexcept { return qHash(name); }
};

struct ViewEqual {
    using is_transparent = void;
    bool operator()(QStringView a, QStringView b) const noexcept { return a == b; }
};

// Id → text in segments that never move once written (segment s holds FirstSegment << s names),
// so turning an id into its text takes no lock; text → id is a hash map behind a mutex.
class NameTable {
public:
    static NameTable& instance()
    {
        static NameTable* table = new NameTable;   // never destroyed: ids outlive static destructors
        return *table;
    }

    quint32 find(QStringView name)
    {
        QMutexLocker lock(&m_mutex);
        const auto found = m_ids.find(name);
        return found == m_ids.end() ? 0 : found->second;
    }

    quint32 intern(QStringView name)
    {
        QMutexLocker lock(&m_mutex);
        if (const auto found = m_ids.find(name); found != m_ids.end())
            return found->second;
        const quint32 id = ++m_count;
        const auto [segment, offset] = slotOf(id);
        QString* texts = m_segments[segment].load(std::memory_order_acquire);
        if (!texts) {
            texts = new QString[FirstSegment << segment];
            m_segments[segment].store(texts, std::memory_order_release);
        }
        texts[offset] = name.toString();
        m_ids.emplace(texts[offset], id);
        return id;
    }

    const QString& text(quint32 id) const
    {
        static const QString none;
        if (id == 0)
            return none;
        const auto [segment, offset] = slotOf(id);
        return m_segments[segment].load(std::memory_order_acquire)[offset];
    }

private:
    static constexpr int FirstSegmentBits = 8;
    static constexpr quint64 FirstSegment = quint64(1) << FirstSegmentBits;
    static constexpr int SegmentCount = 32 - FirstSegmentBits + 1;

    static std::pair<int, quint64> slotOf(quint32 id)
    {
        const quint64 position = quint64(id - 1) + FirstSegment;
        const int segment = int(std::bit_width(position)) - 1 - FirstSegmentBits;
        return {segment, position - (FirstSegment << segment)};
    }

    QMutex m_mutex;
    std::unordered_map<QString, quint32, ViewHash, ViewEqual> m_ids;
    quint32 m_count = 0;
    std::array<std::atomic<QString*>, SegmentCount> m_segments{};
};

// Sources insert the same few names (a CSV header's) into every record: a small per-thread cache
// keyed by where the caller's text lives answers those without the table's lock. A hit is
// confirmed by comparing the text, so a reused address can never give the wrong id.
quint32 internCached(QStringView name)
{
    struct Slot {
        const QChar* data = nullptr;
        qsizetype size = -1;
        quint32 id = 0;
    };
    static constexpr size_t SlotCount = 64;
    thread_local std::array<Slot, SlotCount> cache;
    const auto address = reinterpret_cast<quintptr>(name.data());
    Slot& slot = cache[((address >> 4) ^ size_t(name.size())) % SlotCount];
    auto& table = NameTable::instance();
    if (slot.data == name.data() && slot.size == name.size() && table.text(slot.id) == name)
        return slot.id;
    slot = {name.data(), name.size(), table.intern(name)};
    return slot.id;
}

} // namespace

AttributeName::AttributeName(QStringView name) : m_id(internCached(name)) {}

AttributeName AttributeName::find(QStringView name) { return fromId(NameTable::instance().find(name)); }

const QString& AttributeName::toString() const { return NameTable::instance().text(m_id); }

} // namespace Tenure::Models
