#pragma once

#include "models/domain/account.h"

#include <QVarLengthArray>
#include <vector>

namespace Tenure::Models {

// The accounts holding each value of one attribute, compared as directories compare values:
// trimmed and case-folded (the equality of QString::trimmed().toCaseFolded()). Built once per
// plan over a whole directory snapshot, it keeps no strings: 8 bytes per value (a hash and the
// account's index), and a candidate is confirmed against the value held in its account. The
// snapshot must outlive the index.
class FoldedValueIndex {
public:
    using Matches = QVarLengthArray<int, 2>;

    FoldedValueIndex() = default;
    FoldedValueIndex(const QList<Account>& accounts, AttributeName attribute);

    // The accounts holding `value`, in snapshot order, each once; none for a blank value.
    [[nodiscard]] Matches find(QStringView value) const;

private:
    struct Slot {
        quint32 hash = 0;
        quint32 account = 0;   // index + 1; 0: an empty slot
    };

    const QList<Account>* m_accounts = nullptr;
    AttributeName m_attribute;
    std::vector<Slot> m_slots;   // open addressing, linear probing; a power of two long
};

} // namespace Tenure::Models
