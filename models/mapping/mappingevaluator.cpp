#include "mappingevaluator.h"

namespace Tenure::Models {

MappingEvaluator::MappingEvaluator(MappingSet mapping, QList<Rule> rules, QList<int> matchRules)
    : m_mapping(std::move(mapping)), m_rules(std::move(rules)), m_matchRules(std::move(matchRules)),
      m_scope(m_mapping.scope)
{
}

Result<MappingEvaluator> MappingEvaluator::compile(const MappingSet& mapping)
{
    if (auto valid = mapping.validate(); !valid)
        return std::unexpected(valid.error());
    QList<Rule> rules;
    for (const auto& attribute : mapping.attributes) {
        Rule rule{attribute, {}, attribute.describe(), attribute.describe() + QStringLiteral(" (default value)")};
        if (attribute.kind == MappingKind::Expression) {
            rule.expression = *Expr::Expression::compile(attribute.expression);   // validate() compiled it
            rule.unique = rule.expression.usesSelectUniqueValue();
        }
        rules.append(std::move(rule));
    }
    QList<int> matchRules;
    for (const auto* matching : mapping.matchingMappings())
        matchRules.append(int(matching - mapping.attributes.constData()));
    return MappingEvaluator(mapping, std::move(rules), std::move(matchRules));
}

Result<std::optional<MappedValue>> MappingEvaluator::valueOf(const Rule& rule, const Worker& worker,
                                                             const MappingContext& context) const
{
    const auto& mapping = rule.mapping;
    MappedValue mapped;
    mapped.attribute = mapping.target;
    mapped.apply = mapping.apply;
    mapped.why = rule.why;
    switch (mapping.kind) {
    case MappingKind::Constant:
        if (!mapping.constant.isEmpty())
            mapped.value = {mapping.constant};
        break;
    case MappingKind::Direct:
        // HR exports pad fields; a value of only spaces is no value.
        if (const auto found = worker.attributes.constFind(mapping.source); found != worker.attributes.cend()) {
            mapped.value = *found;
            for (auto& item : mapped.value) {
                if (!item.isEmpty() && (item.front().isSpace() || item.back().isSpace()))
                    item = item.trimmed();
            }
            mapped.value.removeAll(QString());
        }
        break;
    case MappingKind::Expression: {
        Expr::EvalContext eval;
        eval.record = &worker.attributes;
        eval.nowMsecsUtc = context.nowMsecsUtc;
        eval.workerId = worker.workerId;
        if (context.isTaken)
            eval.isTaken = [&](const QString& value) { return context.isTaken(mapping.target, value); };
        auto result = rule.expression.evaluate(eval);
        if (!result) {
            auto error = result.error();
            error.message = QStringLiteral("%1: %2").arg(mapping.target, error.message);
            error.context.attribute = mapping.target;
            error.context.workerId = worker.workerId;
            return std::unexpected(error);
        }
        if (!result->flows)
            return std::optional<MappedValue>();
        mapped.value = result->toAttributeValue();
        // Targets store no empty strings: "" is no value.
        mapped.value.removeAll(QString());
        break;
    }
    }
    if (mapped.value.isEmpty() && !mapping.defaultValue.isEmpty()) {
        mapped.value = {mapping.defaultValue};
        mapped.why = rule.whyDefault;
    }
    if (mapped.value.isEmpty() && mapping.nullFlow == NullFlow::Leave)
        return std::optional<MappedValue>();
    return std::optional(std::move(mapped));
}

Result<DesiredAttributes> MappingEvaluator::evaluate(const Worker& worker, const MappingContext& context,
                                                     RuleSelection selection) const
{
    DesiredAttributes desired;
    desired.reserve(m_rules.size());
    for (const auto& rule : m_rules) {
        if ((selection == RuleSelection::WithoutUnique && rule.unique)
            || (selection == RuleSelection::OnlyUnique && !rule.unique))
            continue;
        auto value = valueOf(rule, worker, context);
        if (!value)
            return std::unexpected(value.error());
        if (*value)
            desired.append(std::move(**value));
    }
    return desired;
}

Result<QStringList> MappingEvaluator::matchKeys(const Worker& worker, qint64 nowMsecsUtc) const
{
    QStringList keys;
    const MappingContext context{nowMsecsUtc, {}};
    for (int index : m_matchRules) {
        auto value = valueOf(m_rules.at(index), worker, context);
        if (!value)
            return std::unexpected(value.error());
        keys.append(*value && !(*value)->value.isEmpty() ? (*value)->value.constFirst() : QString());
    }
    return keys;
}

bool MappingEvaluator::inScope(const Worker& worker, QString* why) const { return m_scope.matches(worker.attributes, why); }

QStringList MappingEvaluator::uniqueAttributes() const
{
    QStringList names;
    for (const auto& rule : m_rules)
        if (rule.unique)
            names.append(rule.mapping.target);
    return names;
}

} // namespace Tenure::Models
