#pragma once

#include "ast.h"
#include "expression.h"

#include <optional>

namespace Tenure::Models::Expr {

// The state of one evaluation: the context, the flags that leave with the result, and the
// first error. Functions report an error through fail() and return; callers check failed()
// after evaluating an argument. This keeps the hot path free of Result<> wrapping per node.
class EvalState {
public:
    explicit EvalState(const EvalContext& context) : m_context(context) {}

    [[nodiscard]] const EvalContext& context() const { return m_context; }

    [[nodiscard]] Value eval(const Node& node);
    // The i-th argument of a call; an omitted or missing argument is null.
    [[nodiscard]] Value arg(const Node& call, std::size_t i)
    {
        return call.isOmitted(i) ? Value() : eval(*call.args[i]);
    }

    [[nodiscard]] bool failed() const { return m_error.has_value(); }
    // Whether a value of this size (see footprint()) stays within EvalContext::maxValueLength.
    [[nodiscard]] bool fits(qsizetype size) const { return size <= m_context.maxValueLength; }
    // Records the error for a value that would grow past EvalContext::maxValueLength; returns null.
    Value failTooLong(const Node& call);
    // Records the first error, naming the function (from `call`) and the worker; returns null.
    Value fail(const Node& call, const QString& message, ErrorCode code = ErrorCode::InvalidInput);
    [[nodiscard]] std::optional<Error>& error() { return m_error; }

    void ignoreFlow() { m_flows = false; }
    void markRedacted() { m_redacted = true; }
    [[nodiscard]] bool flows() const { return m_flows; }
    [[nodiscard]] bool redacted() const { return m_redacted; }

    // Conversions used by the functions. On failure they record an error naming the function
    // and the argument, and return false.
    // Text: a string, a one-value list, or a scalar printed as Entra prints it; null is "".
    bool text(const Node& call, const Value& value, const char* argName, QString& out);
    // Integer: a number or a string holding one ("1" works where 1 does, as in Mid([x], "1", "1")).
    bool integer(const Node& call, const Value& value, const char* argName, qint64& out);
    // DateTime: a DateTime, or a string CDate accepts.
    bool dateTime(const Node& call, const Value& value, const char* argName, qint64& out);

private:
    Value evalCompare(const Node& node);
    Value evalConcat(const Node& node);

    const EvalContext& m_context;
    std::optional<Error> m_error;
    bool m_flows = true;
    bool m_redacted = false;
};

// What a value counts against EvalContext::maxValueLength: its characters, plus one per value of
// a list (so a list of a million empty strings counts too).
[[nodiscard]] qsizetype footprint(const Value& value);

// True/False as IIF, Not and CBool read it: a boolean; "True"/"False" in any case; a number
// (non-zero is True); null is False. Anything else: nullopt.
[[nodiscard]] std::optional<bool> truthOf(const Value& value);

// Reads a whole decimal integer, as .NET's long.Parse would (surrounding spaces allowed).
[[nodiscard]] std::optional<qint64> parseInteger(QStringView text);

} // namespace Tenure::Models::Expr
