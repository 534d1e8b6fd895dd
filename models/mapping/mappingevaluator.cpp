#include "mappingevaluator.h"

namespace Tenure::Models {
namespace {

// HR exports pad fields; a value of only spaces is no value.
bool needsTrimming(QAnyStringView text) { return text.size() > 0 && (text.front().isSpace() || text.back().isSpace()); }

AttributeValue trimmedValues(AttributeValueView values)
{
    AttributeValue out;
    out.reserve(values.size());
    for (const auto text : values) {
        if (text.size() == 0)
            continue;
        if (!needsTrimming(text)) {
            out.append(text.toString());
        } else if (auto trimmed = text.toString().trimmed(); !trimmed.isEmpty()) {
            out.append(std::move(trimmed));
        }
    }
    return out;
}

} // namespace

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
        Rule rule{attribute,
                  AttributeName(attribute.target),
                  attribute.kind == MappingKind::Direct ? AttributeName(attribute.source) : AttributeName(),
                  {},
                  attribute.describe(),
                  attribute.describe() + QStringLiteral(" (default value)")};
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
        mapped.value = trimmedValues(worker.attributes.view(rule.source));
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

// Whether a Direct rule gives exactly `current`'s value, decided on the stored text: values that
// need trimming, or no value (where the default and null flow apply), take the full path.
bool MappingEvaluator::copiesUnchanged(const Rule& rule, const Worker& worker, const Attributes& current)
{
    if (rule.mapping.kind != MappingKind::Direct)
        return false;
    const auto values = worker.attributes.view(rule.source);
    if (values.isEmpty() || !(values == current.view(rule.target)))
        return false;
    for (const auto text : values)
        if (text.size() == 0 || needsTrimming(text))
            return false;
    return true;
}

template <typename Skip>
Result<DesiredAttributes> MappingEvaluator::evaluateRules(const Worker& worker, const MappingContext& context,
                                                         const Skip& skip, qsizetype expected) const
{
    DesiredAttributes desired;
    desired.reserve(expected);
    for (const auto& rule : m_rules) {
        if (skip(rule))
            continue;
        auto value = valueOf(rule, worker, context);
        if (!value)
            return std::unexpected(value.error());
        if (*value)
            desired.append(std::move(**value));
    }
    return desired;
}

Result<DesiredAttributes> MappingEvaluator::evaluate(const Worker& worker, const MappingContext& context,
                                                     RuleSelection selection) const
{
    return evaluateRules(worker, context, [selection](const Rule& rule) {
        return (selection == RuleSelection::WithoutUnique && rule.unique)
               || (selection == RuleSelection::OnlyUnique && !rule.unique);
    }, m_rules.size());
}

Result<DesiredAttributes> MappingEvaluator::evaluateAgainst(const Worker& worker, const Attributes& current,
                                                            const MappingContext& context) const
{
    // No room reserved: for most workers nothing is left to evaluate.
    return evaluateRules(worker, context, [&](const Rule& rule) { return copiesUnchanged(rule, worker, current); }, 0);
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
