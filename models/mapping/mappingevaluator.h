#pragma once

#include "mappingset.h"
#include "models/domain/worker.h"
#include "models/expression/expression.h"

#include <functional>

namespace Tenure::Models {

// One computed target attribute and the rule that produced it.
struct MappedValue {
    QString attribute;
    AttributeValue value;
    ApplyWhen apply = ApplyWhen::Always;
    QString why;
};

// The account a worker should have, in mapping order: each target attribute's value and why. An
// attribute that must not flow (IgnoreFlowIfNullOrEmpty, IgnoreAttributeFlow, a null with "leave"
// null flow) is absent. A flat list: planning evaluates it for every worker.
using DesiredAttributes = QList<MappedValue>;

// Which rules an evaluation runs. Planning evaluates rules that call SelectUniqueValue in a
// second, sequential pass (their answer depends on what earlier joiners were given), and all
// others in parallel.
enum class RuleSelection { All, WithoutUnique, OnlyUnique };

struct MappingContext {
    qint64 nowMsecsUtc = 0;
    // SelectUniqueValue: whether a candidate for a target attribute is already taken.
    std::function<bool(const QString& attribute, const QString& value)> isTaken;
};

// A mapping set compiled once (expressions, scoping regexes) and applied to many workers, from
// many threads at once.
class MappingEvaluator {
public:
    [[nodiscard]] static Result<MappingEvaluator> compile(const MappingSet& mapping);

    [[nodiscard]] Result<DesiredAttributes> evaluate(const Worker& worker, const MappingContext& context,
                                                     RuleSelection selection = RuleSelection::All) const;
    // As evaluate() with every rule, for a worker whose account holds `current`, leaving out the
    // rules that copy an HR field whose value the account already holds exactly: they cannot
    // change it, and planning a worker nothing changed for then builds no values at all.
    [[nodiscard]] Result<DesiredAttributes> evaluateAgainst(const Worker& worker, const Attributes& current,
                                                            const MappingContext& context) const;
    // The matching attributes' values for a worker, in precedence order (an empty string when null).
    [[nodiscard]] Result<QStringList> matchKeys(const Worker& worker, qint64 nowMsecsUtc) const;
    [[nodiscard]] bool inScope(const Worker& worker, QString* why = nullptr) const;
    // Target attributes whose rule calls SelectUniqueValue.
    [[nodiscard]] QStringList uniqueAttributes() const;
    [[nodiscard]] const MappingSet& mapping() const { return m_mapping; }

private:
    struct Rule {
        AttributeMapping mapping;
        AttributeName target;         // mapping.target and mapping.source, interned once
        AttributeName source;
        Expr::Expression expression;
        QString why;                  // describe(), computed once
        QString whyDefault;           // the same, when the default value was used
        bool unique = false;          // calls SelectUniqueValue
    };
    MappingEvaluator(MappingSet mapping, QList<Rule> rules, QList<int> matchRules);
    [[nodiscard]] Result<std::optional<MappedValue>> valueOf(const Rule& rule, const Worker& worker,
                                                             const MappingContext& context) const;
    [[nodiscard]] static bool copiesUnchanged(const Rule& rule, const Worker& worker, const Attributes& current);
    template <typename Skip>
    [[nodiscard]] Result<DesiredAttributes> evaluateRules(const Worker& worker, const MappingContext& context,
                                                          const Skip& skip, qsizetype expected) const;

    MappingSet m_mapping;
    QList<Rule> m_rules;
    QList<int> m_matchRules;   // indexes into m_rules, in precedence order
    CompiledScopingFilter m_scope;
};

} // namespace Tenure::Models
