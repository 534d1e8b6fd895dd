#include "accountindex.h"

namespace Tenure::Models {

AccountIndex::AccountIndex(const QList<Account>& accounts, const QStringList& matchingAttributes,
                           const QStringList& uniqueAttributes)
{
    m_byMatchingRule.reserve(size_t(matchingAttributes.size()));
    for (const auto& attribute : matchingAttributes)
        m_byMatchingRule.emplace_back(accounts, AttributeName(attribute));
    for (const auto& attribute : uniqueAttributes)
        m_byUniqueAttribute.insert(attribute.toCaseFolded(), FoldedValueIndex(accounts, AttributeName(attribute)));
}

FoldedValueIndex::Matches AccountIndex::matches(int rule, const QString& value) const
{
    if (rule < 0 || rule >= int(m_byMatchingRule.size()))
        return {};
    return m_byMatchingRule[size_t(rule)].find(value);
}

bool AccountIndex::isHeldByOther(const QString& attribute, const QString& value, int except) const
{
    const auto index = m_byUniqueAttribute.constFind(attribute.toCaseFolded());
    if (index == m_byUniqueAttribute.cend())
        return false;
    const auto holders = index->find(value);
    return std::any_of(holders.cbegin(), holders.cend(), [except](int holder) { return holder != except; });
}

} // namespace Tenure::Models
