#pragma once

#include "models/domain/attributes.h"
#include "models/domain/result.h"

#include <QJsonArray>
#include <QList>

namespace Tenure::Models {

// The 14 operators of Microsoft Entra scoping filters, with their documented names
// ("Scoping users or groups to be provisioned with scoping filters", learn.microsoft.com).
enum class ScopingOperator {
    Equals,             // EQUALS: exact, case-sensitive
    NotEquals,          // NOT EQUALS
    IsTrue,             // IS TRUE: a Boolean true ("true", any case)
    IsFalse,            // IS FALSE
    IsNull,             // IS NULL: empty
    IsNotNull,          // IS NOT NULL
    RegexMatch,         // REGEX MATCH: the pattern matches (somewhere, as .NET Regex.IsMatch), case-sensitive
    NotRegexMatch,      // NOT REGEX MATCH: false when the attribute is empty
    GreaterThan,        // Greater_Than: both integers
    GreaterThanOrEquals,// Greater_Than_OR_EQUALS
    Includes,           // Includes: the attribute contains the value (String.Contains, case-sensitive)
    ExistsIn,           // &: the attribute occurs in the value ("exists in the input string value")
    NotExistsIn,        // !&
    EndsWith,           // ENDS_WITH
};

[[nodiscard]] QString scopingOperatorName(ScopingOperator op);   // the Entra spelling, e.g. "NOT EQUALS"
[[nodiscard]] bool scopingOperatorFromName(const QString& name, ScopingOperator* out);
[[nodiscard]] QList<ScopingOperator> allScopingOperators();

struct ScopingClause {
    QString attribute;   // HR field
    ScopingOperator op = ScopingOperator::Equals;
    QString value;

    [[nodiscard]] QString describe() const;   // "Department EQUALS Sales"
};

// Clauses in a group are AND-ed; groups are OR-ed. No groups: every worker is in scope.
struct ScopingFilter {
    QList<QList<ScopingClause>> groups;

    [[nodiscard]] bool isEmpty() const { return groups.isEmpty(); }
    [[nodiscard]] Result<void> validate() const;   // regexes compile, integers are integers
    [[nodiscard]] QJsonArray toJson() const;
    [[nodiscard]] static Result<ScopingFilter> fromJson(const QJsonArray& json);
};

// A filter compiled once (regular expressions included) and evaluated per worker.
class CompiledScopingFilter {
public:
    explicit CompiledScopingFilter(const ScopingFilter& filter);
    // Whether the record is in scope; when not, *why names the first failing clause of each group.
    [[nodiscard]] bool matches(const Attributes& record, QString* why = nullptr) const;

private:
    struct Clause;
    QList<QList<std::shared_ptr<const Clause>>> m_groups;
};

} // namespace Tenure::Models
