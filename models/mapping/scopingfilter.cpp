#include "scopingfilter.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <array>

namespace Tenure::Models {
namespace {

constexpr std::array operatorNames{
    std::pair{ScopingOperator::Equals, "EQUALS"},
    std::pair{ScopingOperator::NotEquals, "NOT EQUALS"},
    std::pair{ScopingOperator::IsTrue, "IS TRUE"},
    std::pair{ScopingOperator::IsFalse, "IS FALSE"},
    std::pair{ScopingOperator::IsNull, "IS NULL"},
    std::pair{ScopingOperator::IsNotNull, "IS NOT NULL"},
    std::pair{ScopingOperator::RegexMatch, "REGEX MATCH"},
    std::pair{ScopingOperator::NotRegexMatch, "NOT REGEX MATCH"},
    std::pair{ScopingOperator::GreaterThan, "Greater_Than"},
    std::pair{ScopingOperator::GreaterThanOrEquals, "Greater_Than_OR_EQUALS"},
    std::pair{ScopingOperator::Includes, "Includes"},
    std::pair{ScopingOperator::ExistsIn, "&"},
    std::pair{ScopingOperator::NotExistsIn, "!&"},
    std::pair{ScopingOperator::EndsWith, "ENDS_WITH"},
};

bool needsInteger(ScopingOperator op)
{
    return op == ScopingOperator::GreaterThan || op == ScopingOperator::GreaterThanOrEquals;
}

bool isRegex(ScopingOperator op) { return op == ScopingOperator::RegexMatch || op == ScopingOperator::NotRegexMatch; }

std::optional<qlonglong> integerOf(const QString& text)
{
    bool ok = false;
    const auto value = text.trimmed().toLongLong(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

} // namespace

QString scopingOperatorName(ScopingOperator op)
{
    for (const auto& [value, name] : operatorNames)
        if (value == op)
            return QString::fromLatin1(name);
    return {};
}

bool scopingOperatorFromName(const QString& name, ScopingOperator* out)
{
    for (const auto& [value, text] : operatorNames) {
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0) {
            *out = value;
            return true;
        }
    }
    return false;
}

QList<ScopingOperator> allScopingOperators()
{
    QList<ScopingOperator> list;
    for (const auto& entry : operatorNames)
        list.append(entry.first);
    return list;
}

QString ScopingClause::describe() const
{
    const bool unary = op == ScopingOperator::IsTrue || op == ScopingOperator::IsFalse || op == ScopingOperator::IsNull
                       || op == ScopingOperator::IsNotNull;
    return unary ? QStringLiteral("%1 %2").arg(attribute, scopingOperatorName(op))
                 : QStringLiteral("%1 %2 %3").arg(attribute, scopingOperatorName(op), value);
}

Result<void> ScopingFilter::validate() const
{
    for (int g = 0; g < groups.size(); ++g) {
        for (int c = 0; c < groups.at(g).size(); ++c) {
            const auto& clause = groups.at(g).at(c);
            const auto where = QStringLiteral("Scoping group %1, clause %2").arg(g + 1).arg(c + 1);
            const ErrorContext context{{}, {}, clause.attribute, 0};
            if (clause.attribute.trimmed().isEmpty())
                return fail(ErrorCode::InvalidInput, where + QStringLiteral(" names no attribute"), {}, context);
            if (needsInteger(clause.op) && !integerOf(clause.value))
                return fail(ErrorCode::InvalidInput,
                            where + QStringLiteral(": %1 needs an integer, not '%2'").arg(scopingOperatorName(clause.op), clause.value),
                            {}, context);
            if (isRegex(clause.op)) {
                const QRegularExpression regex(clause.value);
                if (!regex.isValid())
                    return fail(ErrorCode::InvalidInput,
                                where + QStringLiteral(": the regular expression '%1' is invalid at offset %2: %3")
                                            .arg(clause.value)
                                            .arg(regex.patternErrorOffset())
                                            .arg(regex.errorString()),
                                {}, context);
            }
        }
    }
    return {};
}

QJsonArray ScopingFilter::toJson() const
{
    QJsonArray json;
    for (const auto& group : groups) {
        QJsonArray clauses;
        for (const auto& clause : group)
            clauses.append(QJsonObject{{QStringLiteral("attribute"), clause.attribute},
                                       {QStringLiteral("operator"), scopingOperatorName(clause.op)},
                                       {QStringLiteral("value"), clause.value}});
        json.append(clauses);
    }
    return json;
}

Result<ScopingFilter> ScopingFilter::fromJson(const QJsonArray& json)
{
    ScopingFilter filter;
    for (int g = 0; g < json.size(); ++g) {
        QList<ScopingClause> group;
        const auto clauses = json.at(g).toArray();
        for (int c = 0; c < clauses.size(); ++c) {
            const auto item = clauses.at(c).toObject();
            ScopingClause clause;
            clause.attribute = item.value(QStringLiteral("attribute")).toString();
            clause.value = item.value(QStringLiteral("value")).toString();
            const auto op = item.value(QStringLiteral("operator")).toString();
            if (!scopingOperatorFromName(op, &clause.op))
                return fail(ErrorCode::InvalidInput,
                            QStringLiteral("Scoping group %1, clause %2: unknown operator '%3'").arg(g + 1).arg(c + 1).arg(op));
            group.append(clause);
        }
        filter.groups.append(group);
    }
    if (auto valid = filter.validate(); !valid)
        return std::unexpected(valid.error());
    return filter;
}

struct CompiledScopingFilter::Clause {
    ScopingClause clause;
    QRegularExpression regex;
    qlonglong integer = 0;

    bool matches(const Attributes& record) const
    {
        // "Filtering is not supported for multi-valued attributes": the first value is the value.
        const QString value = firstValue(record, clause.attribute);
        if (clause.op == ScopingOperator::IsNull)
            return value.isEmpty();
        // "Scoping filters will return false if the value is null / empty."
        if (value.isEmpty())
            return false;
        switch (clause.op) {
        case ScopingOperator::Equals: return value == clause.value;
        case ScopingOperator::NotEquals: return value != clause.value;
        case ScopingOperator::IsTrue: return value.trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        case ScopingOperator::IsFalse: return value.trimmed().compare(QLatin1String("false"), Qt::CaseInsensitive) == 0;
        case ScopingOperator::IsNull: return false;
        case ScopingOperator::IsNotNull: return true;
        case ScopingOperator::RegexMatch: return regex.match(value).hasMatch();
        case ScopingOperator::NotRegexMatch: return !regex.match(value).hasMatch();
        case ScopingOperator::GreaterThan: {
            const auto number = integerOf(value);
            return number && *number > integer;
        }
        case ScopingOperator::GreaterThanOrEquals: {
            const auto number = integerOf(value);
            return number && *number >= integer;
        }
        case ScopingOperator::Includes: return value.contains(clause.value, Qt::CaseSensitive);
        case ScopingOperator::ExistsIn: return clause.value.contains(value, Qt::CaseSensitive);
        case ScopingOperator::NotExistsIn: return !clause.value.contains(value, Qt::CaseSensitive);
        case ScopingOperator::EndsWith: return value.endsWith(clause.value, Qt::CaseSensitive);
        }
        return false;
    }
};

CompiledScopingFilter::CompiledScopingFilter(const ScopingFilter& filter)
{
    for (const auto& group : filter.groups) {
        QList<std::shared_ptr<const Clause>> compiled;
        for (const auto& clause : group) {
            auto entry = std::make_shared<Clause>();
            entry->clause = clause;
            if (isRegex(clause.op)) {
                entry->regex = QRegularExpression(clause.value);
                entry->regex.optimize();
            }
            if (needsInteger(clause.op))
                entry->integer = integerOf(clause.value).value_or(0);
            compiled.append(entry);
        }
        m_groups.append(compiled);
    }
}

bool CompiledScopingFilter::matches(const Attributes& record, QString* why) const
{
    if (m_groups.isEmpty())
        return true;
    QStringList failures;
    for (const auto& group : m_groups) {
        const auto failing = std::find_if(group.cbegin(), group.cend(),
                                          [&](const auto& clause) { return !clause->matches(record); });
        if (failing == group.cend())
            return true;
        failures.append((*failing)->clause.describe());
    }
    if (why)
        *why = QStringLiteral("not in scope: %1 is false").arg(failures.join(QStringLiteral("; ")));
    return false;
}

} // namespace Tenure::Models
