#include "mappingset.h"

#include <QJsonArray>
#include <QSet>

namespace Tenure::Models {
namespace {

QString kindName(MappingKind kind) { return kind == MappingKind::Constant ? QStringLiteral("constant") : QStringLiteral("direct"); }
QString applyName(ApplyWhen apply) { return apply == ApplyWhen::OnCreate ? QStringLiteral("on-create") : QStringLiteral("always"); }

} // namespace

QString AttributeMapping::describe() const
{
    const QString when = apply == ApplyWhen::OnCreate ? QStringLiteral(" (on create)") : QString();
    if (kind == MappingKind::Constant)
        return QStringLiteral("constant \"%1\"").arg(constant) + when;
    return QStringLiteral("direct from %1").arg(source) + when;
}

QStringList MappingSet::targetAttributes() const
{
    QStringList names;
    for (const auto& mapping : attributes)
        names.append(mapping.target);
    if (!matching.targetAttribute.isEmpty() && !names.contains(matching.targetAttribute, Qt::CaseInsensitive))
        names.append(matching.targetAttribute);
    return names;
}

Result<void> MappingSet::validate() const
{
    if (matching.sourceAttribute.isEmpty() || matching.targetAttribute.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The matching rule needs an HR field and a target attribute"));
    QSet<QString> seen;
    for (int i = 0; i < attributes.size(); ++i) {
        const auto& mapping = attributes.at(i);
        const ErrorContext where{{}, {}, mapping.target, 0};
        if (mapping.target.trimmed().isEmpty())
            return fail(ErrorCode::InvalidInput, QStringLiteral("Mapping %1 has no target attribute").arg(i + 1));
        if (seen.contains(mapping.target.toLower()))
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("Target attribute %1 is mapped twice").arg(mapping.target), {}, where);
        seen.insert(mapping.target.toLower());
        if (mapping.kind == MappingKind::Direct && mapping.source.trimmed().isEmpty())
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("The direct mapping for %1 names no HR field").arg(mapping.target), {}, where);
    }
    return {};
}

QJsonObject MappingSet::toJson() const
{
    QJsonArray list;
    for (const auto& mapping : attributes) {
        QJsonObject json{{QStringLiteral("target"), mapping.target},
                         {QStringLiteral("kind"), kindName(mapping.kind)},
                         {QStringLiteral("apply"), applyName(mapping.apply)}};
        if (mapping.kind == MappingKind::Constant)
            json.insert(QStringLiteral("value"), mapping.constant);
        else
            json.insert(QStringLiteral("source"), mapping.source);
        list.append(json);
    }
    return {{QStringLiteral("attributes"), list},
            {QStringLiteral("matching"),
             QJsonObject{{QStringLiteral("source"), matching.sourceAttribute},
                         {QStringLiteral("target"), matching.targetAttribute}}},
            {QStringLiteral("lifecycle"),
             QJsonObject{{QStringLiteral("status"), lifecycle.status},
                         {QStringLiteral("terminatedValues"), QJsonArray::fromStringList(lifecycle.terminatedValues)},
                         {QStringLiteral("hireDate"), lifecycle.hireDate},
                         {QStringLiteral("displayName"), lifecycle.displayName}}}};
}

Result<MappingSet> MappingSet::fromJson(const QJsonObject& json)
{
    MappingSet set;
    const auto list = json.value(QStringLiteral("attributes")).toArray();
    for (int i = 0; i < list.size(); ++i) {
        const auto item = list.at(i).toObject();
        AttributeMapping mapping;
        mapping.target = item.value(QStringLiteral("target")).toString();
        const auto kind = item.value(QStringLiteral("kind")).toString(QStringLiteral("direct"));
        if (kind == QLatin1String("constant")) {
            mapping.kind = MappingKind::Constant;
            mapping.constant = item.value(QStringLiteral("value")).toString();
        } else if (kind == QLatin1String("direct")) {
            mapping.source = item.value(QStringLiteral("source")).toString();
        } else {
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("Mapping %1 (%2) has unknown kind '%3'").arg(i + 1).arg(mapping.target, kind));
        }
        const auto apply = item.value(QStringLiteral("apply")).toString(QStringLiteral("always"));
        if (apply != QLatin1String("always") && apply != QLatin1String("on-create"))
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("Mapping %1 (%2) has unknown apply '%3'").arg(i + 1).arg(mapping.target, apply));
        mapping.apply = apply == QLatin1String("on-create") ? ApplyWhen::OnCreate : ApplyWhen::Always;
        set.attributes.append(mapping);
    }
    const auto matching = json.value(QStringLiteral("matching")).toObject();
    set.matching = {matching.value(QStringLiteral("source")).toString(),
                    matching.value(QStringLiteral("target")).toString()};
    const auto lifecycle = json.value(QStringLiteral("lifecycle")).toObject();
    if (lifecycle.contains(QStringLiteral("status")))
        set.lifecycle.status = lifecycle.value(QStringLiteral("status")).toString();
    if (lifecycle.contains(QStringLiteral("terminatedValues"))) {
        set.lifecycle.terminatedValues.clear();
        for (const auto& value : lifecycle.value(QStringLiteral("terminatedValues")).toArray())
            set.lifecycle.terminatedValues.append(value.toString());
    }
    if (lifecycle.contains(QStringLiteral("hireDate")))
        set.lifecycle.hireDate = lifecycle.value(QStringLiteral("hireDate")).toString();
    if (lifecycle.contains(QStringLiteral("displayName")))
        set.lifecycle.displayName = lifecycle.value(QStringLiteral("displayName")).toString();
    if (auto valid = set.validate(); !valid)
        return std::unexpected(valid.error());
    return set;
}

} // namespace Tenure::Models
