#pragma once

#include "models/domain/account.h"

#include <QHash>

namespace Tenure::Models {

// Hash indexes over a directory snapshot: one per matching attribute (to find a worker's account)
// and one per unique-valued attribute (to test SelectUniqueValue candidates), so that neither
// scans the accounts per worker. Values are compared case-insensitively, as directories do.
class AccountIndex {
public:
    AccountIndex(const QList<Account>& accounts, const QStringList& matchingAttributes,
                 const QStringList& uniqueAttributes);

    // Accounts whose matching attribute number `rule` (0 = highest precedence) holds `value`.
    [[nodiscard]] QList<int> matches(int rule, const QString& value) const;
    // Whether an account other than `except` (-1: none) holds `value` in `attribute`.
    [[nodiscard]] bool isHeldByOther(const QString& attribute, const QString& value, int except) const;

    [[nodiscard]] static QString key(const QString& value) { return value.trimmed().toCaseFolded(); }

private:
    QList<QHash<QString, QList<int>>> m_byMatchingRule;
    QHash<QString, QHash<QString, QList<int>>> m_byUniqueAttribute;   // attribute (case-folded) → value → accounts
};

} // namespace Tenure::Models
