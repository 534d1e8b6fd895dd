#include "accountindex.h"

namespace Tenure::Models {
namespace {

void indexAttribute(const QList<Account>& accounts, const QString& attribute, QHash<QString, QList<int>>* index)
{
    for (int i = 0; i < accounts.size(); ++i)
        for (const auto& value : accounts.at(i).attributes.value(attribute))
            if (const auto key = AccountIndex::key(value); !key.isEmpty())
                (*index)[key].append(i);
}

} // namespace

AccountIndex::AccountIndex(const QList<Account>& accounts, const QStringList& matchingAttributes,
                           const QStringList& uniqueAttributes)
{
    for (const auto& attribute : matchingAttributes) {
        QHash<QString, QList<int>> index;
        indexAttribute(accounts, attribute, &index);
        m_byMatchingRule.append(std::move(index));
    }
    for (const auto& attribute : uniqueAttributes)
        indexAttribute(accounts, attribute, &m_byUniqueAttribute[attribute.toCaseFolded()]);
}

QList<int> AccountIndex::matches(int rule, const QString& value) const
{
    if (rule < 0 || rule >= m_byMatchingRule.size())
        return {};
    return m_byMatchingRule.at(rule).value(key(value));
}

bool AccountIndex::isHeldByOther(const QString& attribute, const QString& value, int except) const
{
    const auto index = m_byUniqueAttribute.constFind(attribute.toCaseFolded());
    if (index == m_byUniqueAttribute.cend())
        return false;
    const auto holders = index->value(key(value));
    return std::any_of(holders.cbegin(), holders.cend(), [except](int holder) { return holder != except; });
}

} // namespace Tenure::Models
