#include "entraschemaimport.h"

#include "models/expression/expression.h"

#include <QJsonArray>

namespace Tenure::Models {
namespace {

// An attributeMappingSource as expression text: Attribute → [name], Constant → "value",
// Function → Name(parameters…) in the order Graph lists them.
QString sourceExpression(const QJsonObject& source)
{
    const auto type = source.value(QStringLiteral("type")).toString();
    const auto name = source.value(QStringLiteral("name")).toString();
    if (type == QLatin1String("Attribute"))
        return QStringLiteral("[%1]").arg(name);
    if (type == QLatin1String("Constant")) {
        QString escaped = name;
        escaped.replace(QStringLiteral("\\"), QStringLiteral("\\\\")).replace(QStringLiteral("\""), QStringLiteral("\\\""));
        return QStringLiteral("\"%1\"").arg(escaped);
    }
    QStringList arguments;
    for (const auto& parameter : source.value(QStringLiteral("parameters")).toArray())
        arguments.append(sourceExpression(parameter.toObject().value(QStringLiteral("value")).toObject()));
    return QStringLiteral("%1(%2)").arg(name, arguments.join(QStringLiteral(", ")));
}

QList<QJsonObject> objectMappingsOf(const QJsonObject& schema)
{
    QList<QJsonObject> list;
    if (schema.contains(QStringLiteral("attributeMappings")))
        return {schema};
    const auto collect = [&](const QJsonArray& mappings) {
        for (const auto& item : mappings)
            list.append(item.toObject());
    };
    collect(schema.value(QStringLiteral("objectMappings")).toArray());
    for (const auto& rule : schema.value(QStringLiteral("synchronizationRules")).toArray())
        collect(rule.toObject().value(QStringLiteral("objectMappings")).toArray());
    return list;
}

bool isUserMapping(const QJsonObject& mapping)
{
    const auto target = mapping.value(QStringLiteral("targetObjectName")).toString();
    const auto source = mapping.value(QStringLiteral("sourceObjectName")).toString();
    return target.compare(QLatin1String("user"), Qt::CaseInsensitive) == 0
           || source.compare(QLatin1String("user"), Qt::CaseInsensitive) == 0
           || target.contains(QLatin1String("User"), Qt::CaseInsensitive);
}

// Graph spells operators with underscores ("NOT_EQUALS"), the admin center with spaces.
bool operatorOf(const QString& graphName, ScopingOperator* out)
{
    const auto normal = [](QString text) { return text.replace(u'_', u' ').simplified().toUpper(); };
    for (auto op : allScopingOperators()) {
        if (normal(scopingOperatorName(op)) == normal(graphName)) {
            *out = op;
            return true;
        }
    }
    return false;
}

ScopingFilter scopeOf(const QJsonObject& scope, QStringList* notImported)
{
    ScopingFilter filter;
    const auto groups = scope.value(QStringLiteral("groups")).toArray();
    for (int g = 0; g < groups.size(); ++g) {
        QList<ScopingClause> clauses;
        const auto items = groups.at(g).toObject().value(QStringLiteral("clauses")).toArray();
        for (const auto& item : items) {
            const auto clause = item.toObject();
            ScopingClause imported;
            imported.attribute = clause.value(QStringLiteral("sourceOperandName")).toString();
            const auto values = clause.value(QStringLiteral("targetOperand")).toObject().value(QStringLiteral("values")).toArray();
            imported.value = values.isEmpty() ? QString() : values.first().toString();
            const auto op = clause.value(QStringLiteral("operatorName")).toString();
            if (!operatorOf(op, &imported.op)) {
                notImported->append(QStringLiteral("Scoping group %1: operator '%2' on %3 is not supported; the whole group was left out")
                                        .arg(g + 1)
                                        .arg(op, imported.attribute));
                clauses.clear();
                break;
            }
            clauses.append(imported);
        }
        if (!clauses.isEmpty())
            filter.groups.append(clauses);
    }
    return filter;
}

} // namespace

Result<EntraSchemaImport> importEntraSchema(const QJsonObject& schema)
{
    const auto candidates = objectMappingsOf(schema);
    const QJsonObject* chosen = nullptr;
    for (const auto& candidate : candidates) {
        if (candidate.value(QStringLiteral("enabled")).toBool(true) && isUserMapping(candidate)) {
            chosen = &candidate;
            break;
        }
    }
    if (!chosen)
        return fail(ErrorCode::InvalidInput, QStringLiteral("The schema has no enabled user object mapping to import"));

    EntraSchemaImport result;
    for (const auto& other : candidates)
        if (&other != chosen)
            result.notImported.append(QStringLiteral("Object mapping '%1' (%2 → %3): only the user mapping is imported")
                                          .arg(other.value(QStringLiteral("name")).toString(),
                                               other.value(QStringLiteral("sourceObjectName")).toString(),
                                               other.value(QStringLiteral("targetObjectName")).toString()));

    for (const auto& item : chosen->value(QStringLiteral("attributeMappings")).toArray()) {
        const auto json = item.toObject();
        const auto target = json.value(QStringLiteral("targetAttributeName")).toString();
        const auto source = json.value(QStringLiteral("source")).toObject();
        const auto type = source.value(QStringLiteral("type")).toString();
        AttributeMapping mapping;
        if (type == QLatin1String("Attribute")) {
            mapping = AttributeMapping::direct(target, source.value(QStringLiteral("name")).toString());
        } else if (type == QLatin1String("Constant")) {
            mapping = AttributeMapping::constantValue(target, source.value(QStringLiteral("name")).toString());
        } else {
            const auto expression = source.value(QStringLiteral("expression")).toString(sourceExpression(source));
            if (auto compiled = Expr::Expression::compile(expression); !compiled) {
                result.notImported.append(QStringLiteral("%1: the expression does not compile (%2): %3")
                                              .arg(target, compiled.error().message, expression));
                continue;
            }
            mapping = AttributeMapping::fromExpression(target, expression);
        }
        const auto flow = json.value(QStringLiteral("flowType")).toString(QStringLiteral("Always"));
        if (flow == QLatin1String("ObjectAddOnly"))
            mapping.apply = ApplyWhen::OnCreate;
        else if (flow != QLatin1String("Always"))
            result.notImported.append(QStringLiteral("%1: flowType %2 is applied as Always").arg(target, flow));
        mapping.defaultValue = json.value(QStringLiteral("defaultValue")).toString();
        mapping.matchingPrecedence = std::max(0, json.value(QStringLiteral("matchingPriority")).toInt(0));
        if (mapping.target.isEmpty()) {
            result.notImported.append(QStringLiteral("An attribute mapping without targetAttributeName was left out"));
            continue;
        }
        result.mapping.attributes.append(mapping);
    }
    result.mapping.scope = scopeOf(chosen->value(QStringLiteral("scope")).toObject(), &result.notImported);
    if (auto valid = result.mapping.validate(); !valid)
        return std::unexpected(valid.error());
    return result;
}

} // namespace Tenure::Models
