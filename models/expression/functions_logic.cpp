// Conditions, conversions and flow control: IIF, Switch, Coalesce, the Is* tests, Not, CBool,
// CStr, BitAnd, Error, IgnoreFlowIfNullOrEmpty, SelectUniqueValue, Redact, Entra-only functions.
#include "functions.h"

namespace Tenure::Models::Expr::Functions {

Value iif(const Node& call, EvalState& state)
{
    const Value condition = state.arg(call, 0);
    if (state.failed())
        return {};
    const auto truth = truthOf(condition);
    if (!truth)
        return state.fail(call, QStringLiteral("the condition must be True or False, got \"%1\"").arg(scalarText(condition)));
    // Only the chosen branch is evaluated, so Error() or IgnoreAttributeFlow in the other one is harmless.
    return state.arg(call, *truth ? 1 : 2);
}

Value switchFunction(const Node& call, EvalState& state)
{
    const Value source = state.arg(call, 0);
    QString key;
    if (state.failed() || !state.text(call, source, "source", key))
        return {};
    // Keys are compared case-sensitively, ordinal (Microsoft: "Switch function performs a
    // case-sensitive string comparison"). A null source compares as "", which is how the
    // documented Switch([country],[country],"","Other") catches empty and null values.
    for (std::size_t i = 2; i + 1 < call.args.size(); i += 2) {
        const Value candidate = state.arg(call, i);
        QString candidateText;
        if (state.failed() || !state.text(call, candidate, "key", candidateText))
            return {};
        if (candidateText == key)
            return state.arg(call, i + 1);
    }
    return state.arg(call, 1);
}

Value coalesce(const Node& call, EvalState& state)
{
    // "Returns the first source value that isn't NULL": an empty string is not NULL.
    for (std::size_t i = 0; i < call.args.size(); ++i) {
        Value v = state.arg(call, i);
        if (state.failed())
            return {};
        if (!v.isNull() && !(v.kind == Value::Kind::List && v.list.isEmpty()))
            return v;
    }
    return {};
}

Value isNull(const Node& call, EvalState& state)
{
    const Value v = state.arg(call, 0);
    return state.failed() ? Value() : Value::fromBool(v.isNull() || (v.kind == Value::Kind::List && v.list.isEmpty()));
}

Value isNullOrEmpty(const Node& call, EvalState& state)
{
    const Value v = state.arg(call, 0);
    return state.failed() ? Value() : Value::fromBool(v.isNullOrEmpty());
}

Value isPresent(const Node& call, EvalState& state)
{
    const Value v = state.arg(call, 0);
    return state.failed() ? Value() : Value::fromBool(!v.isNullOrEmpty());
}

Value isString(const Node& call, EvalState& state)
{
    // "If the expression can be evaluated to a string type": anything but null and a list of
    // several values (which CStr could not turn into one string).
    const Value v = state.arg(call, 0);
    if (state.failed())
        return {};
    const bool ok = !v.isNull() && !(v.kind == Value::Kind::List && v.list.size() != 1);
    return Value::fromBool(ok);
}

Value notFunction(const Node& call, EvalState& state)
{
    // "If source value is True, returns False. Otherwise, returns True."
    const Value v = state.arg(call, 0);
    if (state.failed())
        return {};
    const auto truth = truthOf(v);
    return Value::fromBool(!(truth && *truth));
}

Value cBool(const Node& call, EvalState& state)
{
    // "If the expression evaluates to a non-zero value, then CBool returns True, else False."
    const Value v = state.arg(call, 0);
    if (state.failed())
        return {};
    const auto truth = truthOf(v);
    if (!truth)
        return state.fail(call, QStringLiteral("\"%1\" is neither a number nor True/False").arg(scalarText(v)));
    return Value::fromBool(*truth);
}

Value cStr(const Node& call, EvalState& state)
{
    const Value v = state.arg(call, 0);
    QString s;
    if (state.failed() || !state.text(call, v, "value", s))
        return {};
    return v.isNull() ? Value() : Value::fromString(std::move(s));
}

Value cRef(const Node& call, EvalState& state)
{
    // Cloud sync's CRef marks a string as a reference (a DN); here DNs are strings already.
    return state.arg(call, 0);
}

Value bitAnd(const Node& call, EvalState& state)
{
    qint64 a = 0, b = 0;
    if (!state.integer(call, state.arg(call, 0), "value1", a) || !state.integer(call, state.arg(call, 1), "value2", b))
        return {};
    return Value::fromNumber(a & b);
}

Value error(const Node& call, EvalState& state)
{
    // Cloud sync: "The Error function is used to return a custom error."
    QString message;
    if (!state.text(call, state.arg(call, 0), "message", message))
        return {};
    return state.fail(call, message.isEmpty() ? QStringLiteral("Error() was reached") : message);
}

Value ignoreFlowIfNullOrEmpty(const Node& call, EvalState& state)
{
    // "instructs the provisioning service to ignore the attribute and drop it from the flow if the
    // enclosed function or attribute is NULL or empty."
    Value v = state.arg(call, 0);
    if (state.failed())
        return {};
    if (v.isNullOrEmpty())
        state.ignoreFlow();
    return v;
}

Value selectUniqueValue(const Node& call, EvalState& state)
{
    // "The function evaluates each rule and then checks the value generated for uniqueness in the
    // target app/directory. The first unique value found is the one returned. If all of the values
    // already exist in the target, the entry is escrowed." Empty candidates are skipped: they can
    // never be a usable unique value.
    QStringList tried;
    for (std::size_t i = 0; i < call.args.size(); ++i) {
        const Value v = state.arg(call, i);
        QString candidate;
        if (state.failed() || !state.text(call, v, "a rule", candidate))
            return {};
        if (candidate.isEmpty())
            continue;
        const auto& isTaken = state.context().isTaken;
        if (!isTaken || !isTaken(candidate))
            return Value::fromString(std::move(candidate));
        tried.append(candidate);
    }
    if (tried.isEmpty())
        return state.fail(call, QStringLiteral("every rule produced an empty value"));
    return state.fail(call,
                      QStringLiteral("every candidate is already taken: %1")
                          .arg(tried.join(QStringLiteral(", "))),
                      ErrorCode::Conflict);
}

Value redact(const Node& call, EvalState& state)
{
    // The value flows unchanged; logs show "[Redact]" instead of it.
    state.markRedacted();
    return state.arg(call, 0);
}

Value entraOnly(const Node& call, EvalState& state)
{
    return state.fail(call, QStringLiteral("not applicable to this target: %1 reads Microsoft Entra app role "
                                           "assignments, which only exist when provisioning from Entra ID")
                                .arg(call.name));
}

} // namespace Tenure::Models::Expr::Functions
