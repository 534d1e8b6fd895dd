#include "plan.h"
#include "planjson.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <array>

namespace Tenure::Models {

QMap<Category, int> Plan::countsByCategory() const
{
    // Counted in an array: a map lookup per operation is most of the cost at a million.
    std::array<int, int(Category::Unchanged) + 1> byValue{};
    QMap<Category, int> counts;
    for (const auto& operation : operations) {
        const int value = int(operation.category);
        if (value >= 0 && value < int(byValue.size()))
            ++byValue[value];
        else
            ++counts[operation.category];
    }
    for (int value = 0; value < int(byValue.size()); ++value)
        if (byValue[value] > 0)
            counts.insert(Category(value), byValue[value]);
    return counts;
}

int Plan::writeCount() const
{
    return int(std::count_if(operations.cbegin(), operations.cend(),
                             [](const Operation& operation) { return operation.writes(); }));
}

int Plan::removalCount() const
{
    return int(std::count_if(operations.cbegin(), operations.cend(), [](const Operation& operation) {
        return operation.writes()
               && (operation.kind == OperationKind::Disable || operation.kind == OperationKind::Delete);
    }));
}

QString operationHash(const Operation& operation)
{
    auto json = operationToJson(operation);
    json.remove(QStringLiteral("line"));   // where the record sits in the file is not what is approved
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(json).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex());
}

QByteArray Plan::hash() const
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(tenant.toUtf8());
    for (const auto& operation : operations)
        sha.addData(QJsonDocument(operationToJson(operation)).toJson(QJsonDocument::Compact));
    return sha.result();
}

} // namespace Tenure::Models
