#include "mappingset.h"

#include "models/expression/expression.h"

#include <QJsonArray>
#include <QSet>
#include <algorithm>

namespace Tenure::Models {
namespace {

QString kindName(MappingKind kind)
{
    switch (kind) {
    case MappingKind::Constant: return QStringLiteral("constant");
    case MappingKind::Expression: return QStringLiteral("expression");
    case MappingKind::Direct: break;
    }
    return QStringLiteral("direct");
}

QString applyName(ApplyWhen apply) { return apply == ApplyWhen::OnCreate ? QStringLiteral("on-create") : QStringLiteral("always"); }
QString nullFlowName(NullFlow flow) { return flow == NullFlow::Leave ? QStringLiteral("leave") : QStringLiteral("clear"); }

Result<AttributeMapping> mappingFromJson(const QJsonObject& item, int position)
{
    AttributeMapping mapping;
    mapping.target = item.value(QStringLiteral("target")).toString();
    const auto where = QStringLiteral("Mapping %1 (%2)").arg(position).arg(mapping.target);
    const ErrorContext context{{}, {}, mapping.target, 0};
    const auto kind = item.value(QStringLiteral("kind")).toString(QStringLiteral("direct"));
    if (kind == QLatin1String("constant")) {
        mapping.kind = MappingKind::Constant;
        mapping.constant = item.value(QStringLiteral("value")).toString();
    } else if (kind == QLatin1String("expression")) {
        mapping.kind = MappingKind::Expression;
        mapping.expression = item.value(QStringLiteral("expression")).toString();
    } else if (kind == QLatin1String("direct")) {
        mapping.source = item.value(QStringLiteral("source")).toString();
    } else {
        return fail(ErrorCode::InvalidInput, where + QStringLiteral(" has unknown kind '%1'").arg(kind), {}, context);
    }
    const auto apply = item.value(QStringLiteral("apply")).toString(QStringLiteral("always"));
    if (apply != QLatin1String("always") && apply != QLatin1String("on-create"))
        return fail(ErrorCode::InvalidInput, where + QStringLiteral(" has unknown apply '%1'").arg(apply), {}, context);
    mapping.apply = apply == QLatin1String("on-create") ? ApplyWhen::OnCreate : ApplyWhen::Always;
    const auto nulls = item.value(QStringLiteral("nullFlow")).toString(QStringLiteral("clear"));
    if (nulls != QLatin1String("clear") && nulls != QLatin1String("leave"))
        return fail(ErrorCode::InvalidInput, where + QStringLiteral(" has unknown nullFlow '%1'").arg(nulls), {}, context);
    mapping.nullFlow = nulls == QLatin1String("leave") ? NullFlow::Leave : NullFlow::Clear;
    mapping.defaultValue = item.value(QStringLiteral("default")).toString();
    mapping.matchingPrecedence = item.value(QStringLiteral("matchingPrecedence")).toInt(0);
    return mapping;
}

QStringList stringsOf(const QJsonValue& value)
{
    QStringList list;
    for (const auto& item : value.toArray())
        list.append(item.toString());
    return list;
}

// The lifecycle fields as JSON: every field is written, so an exported mapping says everything.
QJsonObject lifecycleToJson(const LifecycleFields& f)
{
    return {{QStringLiteral("status"), f.status},
            {QStringLiteral("terminatedValues"), QJsonArray::fromStringList(f.terminatedValues)},
            {QStringLiteral("leaveValues"), QJsonArray::fromStringList(f.leaveValues)},
            {QStringLiteral("hireDate"), f.hireDate},
            {QStringLiteral("terminationDate"), f.terminationDate},
            {QStringLiteral("displayName"), f.displayName},
            {QStringLiteral("timeZone"), f.timeZone},
            {QStringLiteral("location"), f.location},
            {QStringLiteral("managerId"), f.managerId},
            {QStringLiteral("managerAttribute"), f.managerAttribute},
            {QStringLiteral("conversionAttribute"), f.conversionAttribute},
            {QStringLiteral("previousWorkerId"), f.previousWorkerId}};
}

// Missing keys keep their defaults, so older exports still load.
LifecycleFields lifecycleFromJson(const QJsonObject& json)
{
    LifecycleFields f;
    const auto text = [&](const char* key, QString* field) {
        if (json.contains(QLatin1String(key)))
            *field = json.value(QLatin1String(key)).toString();
    };
    const auto list = [&](const char* key, QStringList* field) {
        if (json.contains(QLatin1String(key)))
            *field = stringsOf(json.value(QLatin1String(key)));
    };
    text("status", &f.status);
    list("terminatedValues", &f.terminatedValues);
    list("leaveValues", &f.leaveValues);
    text("hireDate", &f.hireDate);
    text("terminationDate", &f.terminationDate);
    text("displayName", &f.displayName);
    text("timeZone", &f.timeZone);
    text("location", &f.location);
    text("managerId", &f.managerId);
    text("managerAttribute", &f.managerAttribute);
    text("conversionAttribute", &f.conversionAttribute);
    text("previousWorkerId", &f.previousWorkerId);
    return f;
}

} // namespace

AttributeMapping AttributeMapping::direct(QString target, QString source, ApplyWhen apply)
{
    AttributeMapping mapping;
    mapping.target = std::move(target);
    mapping.source = std::move(source);
    mapping.apply = apply;
    return mapping;
}

AttributeMapping AttributeMapping::constantValue(QString target, QString value, ApplyWhen apply)
{
    AttributeMapping mapping;
    mapping.target = std::move(target);
    mapping.kind = MappingKind::Constant;
    mapping.constant = std::move(value);
    mapping.apply = apply;
    return mapping;
}

AttributeMapping AttributeMapping::fromExpression(QString target, QString expression, ApplyWhen apply)
{
    AttributeMapping mapping;
    mapping.target = std::move(target);
    mapping.kind = MappingKind::Expression;
    mapping.expression = std::move(expression);
    mapping.apply = apply;
    return mapping;
}

QString AttributeMapping::describe() const
{
    QString text;
    switch (kind) {
    case MappingKind::Constant: text = QStringLiteral("constant \"%1\"").arg(constant); break;
    case MappingKind::Expression: text = QStringLiteral("expression %1").arg(expression); break;
    case MappingKind::Direct: text = QStringLiteral("direct from %1").arg(source); break;
    }
    if (apply == ApplyWhen::OnCreate)
        text += QStringLiteral(" (on create)");
    return text;
}

QList<const AttributeMapping*> MappingSet::matchingMappings() const
{
    QList<const AttributeMapping*> list;
    for (const auto& mapping : attributes)
        if (mapping.matchingPrecedence > 0)
            list.append(&mapping);
    std::stable_sort(list.begin(), list.end(), [](const AttributeMapping* a, const AttributeMapping* b) {
        return a->matchingPrecedence < b->matchingPrecedence;
    });
    return list;
}

QString MappingSet::primaryMatchingAttribute() const
{
    const auto matching = matchingMappings();
    return matching.isEmpty() ? QString() : matching.first()->target;
}

QStringList MappingSet::targetAttributes() const
{
    QStringList names;
    for (const auto& mapping : attributes)
        names.append(mapping.target);
    if (!lifecycle.managerAttribute.isEmpty() && !names.contains(lifecycle.managerAttribute, Qt::CaseInsensitive))
        names.append(lifecycle.managerAttribute);
    return names;
}

QStringList MappingSet::sourceAttributes() const
{
    QSet<QString> names;
    for (const auto& mapping : attributes) {
        if (mapping.kind == MappingKind::Direct)
            names.insert(mapping.source);
        if (mapping.kind == MappingKind::Expression)
            if (auto compiled = Expr::Expression::compile(mapping.expression))
                for (const auto& name : compiled->referencedAttributes())
                    names.insert(name);
    }
    for (const auto& group : scope.groups)
        for (const auto& clause : group)
            names.insert(clause.attribute);
    QStringList list(names.cbegin(), names.cend());
    list.sort();
    return list;
}

Result<void> MappingSet::validate() const
{
    if (matchingMappings().isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("No attribute is used for matching: mark at least one (for example employeeNumber) "
                                   "with a matching precedence"));
    QSet<QString> seenTargets;
    QSet<int> seenPrecedence;
    for (int i = 0; i < attributes.size(); ++i) {
        const auto& mapping = attributes.at(i);
        const ErrorContext where{{}, {}, mapping.target, 0};
        if (mapping.target.trimmed().isEmpty())
            return fail(ErrorCode::InvalidInput, QStringLiteral("Mapping %1 has no target attribute").arg(i + 1));
        if (seenTargets.contains(mapping.target.toLower()))
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("Target attribute %1 is mapped twice").arg(mapping.target), {}, where);
        seenTargets.insert(mapping.target.toLower());
        if (mapping.matchingPrecedence > 0) {
            if (seenPrecedence.contains(mapping.matchingPrecedence))
                return fail(ErrorCode::InvalidInput,
                            QStringLiteral("Matching precedence %1 is given to two attributes").arg(mapping.matchingPrecedence),
                            {}, where);
            seenPrecedence.insert(mapping.matchingPrecedence);
        }
        if (mapping.kind == MappingKind::Direct && mapping.source.trimmed().isEmpty())
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("The direct mapping for %1 names no HR field").arg(mapping.target), {}, where);
        if (mapping.kind == MappingKind::Expression) {
            auto compiled = Expr::Expression::compile(mapping.expression);
            if (!compiled) {
                auto error = compiled.error();
                error.message = QStringLiteral("The expression for %1: %2").arg(mapping.target, error.message);
                error.context.attribute = mapping.target;
                return std::unexpected(error);
            }
        }
    }
    return scope.validate();
}

QJsonObject MappingSet::toJson() const
{
    QJsonArray list;
    for (const auto& mapping : attributes) {
        QJsonObject json{{QStringLiteral("target"), mapping.target},
                         {QStringLiteral("kind"), kindName(mapping.kind)},
                         {QStringLiteral("apply"), applyName(mapping.apply)},
                         {QStringLiteral("nullFlow"), nullFlowName(mapping.nullFlow)}};
        switch (mapping.kind) {
        case MappingKind::Constant: json.insert(QStringLiteral("value"), mapping.constant); break;
        case MappingKind::Expression: json.insert(QStringLiteral("expression"), mapping.expression); break;
        case MappingKind::Direct: json.insert(QStringLiteral("source"), mapping.source); break;
        }
        if (!mapping.defaultValue.isEmpty())
            json.insert(QStringLiteral("default"), mapping.defaultValue);
        if (mapping.matchingPrecedence > 0)
            json.insert(QStringLiteral("matchingPrecedence"), mapping.matchingPrecedence);
        list.append(json);
    }
    return {{QStringLiteral("attributes"), list},
            {QStringLiteral("scope"), scope.toJson()},
            {QStringLiteral("skipOutOfScopeDeletions"), skipOutOfScopeDeletions},
            {QStringLiteral("lifecycle"), lifecycleToJson(lifecycle)}};
}

Result<MappingSet> MappingSet::fromJson(const QJsonObject& json)
{
    MappingSet set;
    const auto list = json.value(QStringLiteral("attributes")).toArray();
    for (int i = 0; i < list.size(); ++i) {
        auto mapping = mappingFromJson(list.at(i).toObject(), i + 1);
        if (!mapping)
            return std::unexpected(mapping.error());
        set.attributes.append(std::move(*mapping));
    }
    auto scope = ScopingFilter::fromJson(json.value(QStringLiteral("scope")).toArray());
    if (!scope)
        return std::unexpected(scope.error());
    set.scope = std::move(*scope);
    set.skipOutOfScopeDeletions = json.value(QStringLiteral("skipOutOfScopeDeletions")).toBool(false);
    set.lifecycle = lifecycleFromJson(json.value(QStringLiteral("lifecycle")).toObject());
    if (auto valid = set.validate(); !valid)
        return std::unexpected(valid.error());
    return set;
}

} // namespace Tenure::Models
