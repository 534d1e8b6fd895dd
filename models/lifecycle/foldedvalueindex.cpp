#include "foldedvalueindex.h"

#include <algorithm>
#include <bit>

namespace Tenure::Models {
namespace {

// A value as the index compares it: its code points case-folded, without surrounding white
// space. QString::toCaseFolded folds code point by code point, so this is the same relation.
using Folded = QVarLengthArray<char32_t, 64>;

template <typename Unit>
void foldUnits(const Unit* units, qsizetype size, Folded& out)
{
    qsizetype begin = 0, end = size;
    while (begin < end && QChar::isSpace(char32_t(units[begin])))
        ++begin;
    while (end > begin && QChar::isSpace(char32_t(units[end - 1])))
        --end;
    for (qsizetype i = begin; i < end; ++i) {
        char32_t c = units[i];
        if constexpr (sizeof(Unit) == 2) {
            if (QChar::isHighSurrogate(c) && i + 1 < end && QChar::isLowSurrogate(char32_t(units[i + 1])))
                c = QChar::surrogateToUcs4(char16_t(c), char16_t(units[++i]));
        }
        out.append(QChar::toCaseFolded(c));
    }
}

void fold(QAnyStringView text, Folded& out)
{
    out.clear();
    text.visit([&out](auto view) {
        using View = decltype(view);
        if constexpr (std::is_same_v<View, QLatin1StringView>) {
            foldUnits(reinterpret_cast<const uchar*>(view.data()), view.size(), out);
        } else if constexpr (std::is_same_v<View, QStringView>) {
            foldUnits(view.utf16(), view.size(), out);
        } else {
            const QString utf16 = view.toString();
            foldUnits(utf16.utf16(), utf16.size(), out);
        }
    });
}

quint32 hashOf(const Folded& folded)
{
    quint64 hash = 0xcbf29ce484222325ULL;   // FNV-1a over the code points
    for (const char32_t c : folded)
        hash = (hash ^ c) * 0x100000001b3ULL;
    return quint32(hash ^ (hash >> 32));
}

} // namespace

FoldedValueIndex::FoldedValueIndex(const QList<Account>& accounts, AttributeName attribute)
    : m_accounts(&accounts), m_attribute(attribute)
{
    qsizetype values = 0;
    for (const auto& account : accounts)
        values += account.attributes.view(attribute).size();
    // At most half full, so that a probe ends after a slot or two.
    m_slots.resize(std::bit_ceil(size_t(std::max<qsizetype>(8, 2 * values))));
    const size_t mask = m_slots.size() - 1;
    Folded folded;
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        for (const auto text : accounts.at(i).attributes.view(attribute)) {
            fold(text, folded);
            if (folded.isEmpty())
                continue;
            const quint32 hash = hashOf(folded);
            size_t slot = hash & mask;
            while (m_slots[slot].account != 0)
                slot = (slot + 1) & mask;
            m_slots[slot] = {hash, quint32(i + 1)};
        }
    }
}

FoldedValueIndex::Matches FoldedValueIndex::find(QStringView value) const
{
    Matches found;
    if (m_slots.empty())
        return found;
    Folded key, candidate;
    fold(value, key);
    if (key.isEmpty())
        return found;
    const quint32 hash = hashOf(key);
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = hash & mask; m_slots[slot].account != 0; slot = (slot + 1) & mask) {
        const auto& entry = m_slots[slot];
        const int account = int(entry.account - 1);
        if (entry.hash != hash || found.contains(account))
            continue;
        for (const auto text : m_accounts->at(account).attributes.view(m_attribute)) {
            fold(text, candidate);
            if (candidate == key) {
                found.append(account);
                break;
            }
        }
    }
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace Tenure::Models
