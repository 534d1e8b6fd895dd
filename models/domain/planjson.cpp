#include "planjson.h"

#include <QJsonArray>

namespace Tenure::Models {
namespace {

QJsonArray toJson(const AttributeValue& value) { return QJsonArray::fromStringList(value); }

AttributeValue valueFromJson(const QJsonValue& json)
{
    AttributeValue value;
    for (const auto& item : json.toArray())
        value.append(item.toString());
    return value;
}

} // namespace

QJsonObject operationToJson(const Operation& operation)
{
    QJsonArray changes;
    for (const auto& change : operation.changes) {
        changes.append(QJsonObject{{QStringLiteral("attribute"), change.attribute},
                                   {QStringLiteral("before"), toJson(change.before)},
                                   {QStringLiteral("after"), toJson(change.after)},
                                   {QStringLiteral("why"), change.why}});
    }
    QJsonObject json{{QStringLiteral("category"), categoryName(operation.category)},
                     {QStringLiteral("operation"), operationKindName(operation.kind)},
                     {QStringLiteral("worker"), operation.workerId},
                     {QStringLiteral("name"), operation.displayName},
                     {QStringLiteral("target"), operation.targetId},
                     {QStringLiteral("reason"), operation.reason},
                     {QStringLiteral("changes"), changes}};
    if (operation.effectiveAt.isValid())
        json.insert(QStringLiteral("effectiveAt"), operation.effectiveAt.toUTC().toString(Qt::ISODate));
    if (operation.sourceLine > 0)
        json.insert(QStringLiteral("line"), operation.sourceLine);
    if (!operation.accountEnabled)
        json.insert(QStringLiteral("accountEnabled"), false);
    if (!operation.warnings.isEmpty())
        json.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(operation.warnings));
    return json;
}

Result<Operation> operationFromJson(const QJsonObject& json)
{
    Operation operation;
    if (!categoryFromName(json.value(QStringLiteral("category")).toString(), &operation.category)
        || !operationKindFromName(json.value(QStringLiteral("operation")).toString(), &operation.kind)) {
        return fail(ErrorCode::Storage, QStringLiteral("A stored operation has an unknown category or kind"));
    }
    operation.workerId = json.value(QStringLiteral("worker")).toString();
    operation.displayName = json.value(QStringLiteral("name")).toString();
    operation.targetId = json.value(QStringLiteral("target")).toString();
    operation.reason = json.value(QStringLiteral("reason")).toString();
    operation.sourceLine = json.value(QStringLiteral("line")).toInt();
    operation.accountEnabled = json.value(QStringLiteral("accountEnabled")).toBool(true);
    for (const auto& warning : json.value(QStringLiteral("warnings")).toArray())
        operation.warnings.append(warning.toString());
    if (json.contains(QStringLiteral("effectiveAt")))
        operation.effectiveAt =
            QDateTime::fromString(json.value(QStringLiteral("effectiveAt")).toString(), Qt::ISODate);
    for (const auto& item : json.value(QStringLiteral("changes")).toArray()) {
        const auto change = item.toObject();
        operation.changes.append({change.value(QStringLiteral("attribute")).toString(),
                                  valueFromJson(change.value(QStringLiteral("before"))),
                                  valueFromJson(change.value(QStringLiteral("after"))),
                                  change.value(QStringLiteral("why")).toString()});
    }
    return operation;
}

QJsonObject planToJson(const Plan& plan)
{
    QJsonArray operations;
    for (const auto& operation : plan.operations)
        operations.append(operationToJson(operation));
    QJsonObject counts;
    const auto byCategory = plan.countsByCategory();
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it)
        counts.insert(categoryName(it.key()), it.value());
    QJsonObject json{{QStringLiteral("tenant"), plan.tenant},
                     {QStringLiteral("createdAt"), plan.createdAt.toUTC().toString(Qt::ISODate)},
                     {QStringLiteral("hash"), QString::fromLatin1(plan.hash().toHex())},
                     {QStringLiteral("counts"), counts},
                     {QStringLiteral("operations"), operations}};
    if (plan.isBlocked())
        json.insert(QStringLiteral("blocked"), plan.blockedReason);
    if (plan.needsRelease())
        json.insert(QStringLiteral("thresholdHold"), plan.thresholdHold);
    if (!plan.holdsReleasedByHr.isEmpty())
        json.insert(QStringLiteral("holdsReleasedByHr"), QJsonArray::fromStringList(plan.holdsReleasedByHr));
    return json;
}

Result<Plan> planFromJson(const QJsonObject& json)
{
    Plan plan;
    plan.tenant = json.value(QStringLiteral("tenant")).toString();
    plan.createdAt = QDateTime::fromString(json.value(QStringLiteral("createdAt")).toString(), Qt::ISODate);
    plan.blockedReason = json.value(QStringLiteral("blocked")).toString();
    plan.thresholdHold = json.value(QStringLiteral("thresholdHold")).toString();
    for (const auto& item : json.value(QStringLiteral("operations")).toArray()) {
        auto operation = operationFromJson(item.toObject());
        if (!operation)
            return std::unexpected(operation.error());
        plan.operations.append(std::move(*operation));
    }
    return plan;
}

} // namespace Tenure::Models
