#pragma once

#include "foldedvalueindex.h"

#include <QHash>
#include <vector>

namespace Tenure::Models {

// Hash indexes over a directory snapshot: one per matching attribute (to find a worker's account)
// and one per unique-valued attribute (to test SelectUniqueValue candidates), so that neither
// scans the accounts per worker. Values are compared case-insensitively, as directories do.
// The snapshot must outlive the index.
class AccountIndex {
public:
    AccountIndex(const QList<Account>& accounts, const QStringList& matchingAttributes,
                 const QStringList& uniqueAttributes);

    // Accounts whose matching attribute number `rule` (0 = highest precedence) holds `value`, in
    // snapshot order.
    [[nodiscard]] FoldedValueIndex::Matches matches(int rule, const QString& value) const;
    // Whether an account other than `except` (-1: none) holds `value` in `attribute`.
    [[nodiscard]] bool isHeldByOther(const QString& attribute, const QString& value, int except) const;

    [[nodiscard]] static QString key(const QString& value) { return value.trimmed().toCaseFolded(); }

private:
    std::vector<FoldedValueIndex> m_byMatchingRule;
    QHash<QString, FoldedValueIndex> m_byUniqueAttribute;   // attribute (case-folded) → its index
};

} // namespace Tenure::Models
