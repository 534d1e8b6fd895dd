#include "evaluator.h"

#include "datetext.h"

namespace Tenure::Models::Expr {

QString scalarText(const Value& value)
{
    switch (value.kind) {
    case Value::Kind::Null: return QString();
    case Value::Kind::String: return value.string;
    case Value::Kind::List: return value.list.isEmpty() ? QString() : value.list.constFirst();
    case Value::Kind::Number: return QString::number(value.number);
    // .NET Boolean.ToString(): "True" / "False".
    case Value::Kind::Bool: return value.boolean ? QStringLiteral("True") : QStringLiteral("False");
    case Value::Kind::DateTime: return DateText::formatDefault(value.number);
    }
    return QString();
}

qsizetype footprint(const Value& value)
{
    switch (value.kind) {
    case Value::Kind::String: return value.string.size();
    case Value::Kind::List: {
        qsizetype size = value.list.size();
        for (const QString& s : value.list)
            size += s.size();
        return size;
    }
    default: return 0; // null, and scalars, which print in a few characters
    }
}

std::optional<qint64> parseInteger(QStringView text)
{
    bool ok = false;
    const qint64 n = text.trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

std::optional<bool> truthOf(const Value& value)
{
    switch (value.kind) {
    case Value::Kind::Null: return false;
    case Value::Kind::Bool: return value.boolean;
    case Value::Kind::Number: return value.number != 0;
    case Value::Kind::DateTime: return std::nullopt;
    case Value::Kind::String:
    case Value::Kind::List: {
        if (value.kind == Value::Kind::List && value.list.size() != 1)
            return value.list.isEmpty() ? std::optional<bool>(false) : std::nullopt;
        const QString& s = value.kind == Value::Kind::String ? value.string : value.list.constFirst();
        if (s.compare(QLatin1String("True"), Qt::CaseInsensitive) == 0)
            return true;
        if (s.compare(QLatin1String("False"), Qt::CaseInsensitive) == 0 || s.isEmpty())
            return false;
        if (const auto n = parseInteger(s))
            return *n != 0;
        return std::nullopt;
    }
    }
    return std::nullopt;
}

Value EvalState::fail(const Node& call, const QString& message, ErrorCode code)
{
    if (m_error)
        return {};
    const QString who = call.kind == Node::Kind::Call ? call.name : QStringLiteral("expression");
    QString text = who;
    if (!m_context.workerId.isEmpty())
        text += QStringLiteral(" (worker %1)").arg(m_context.workerId);
    text += QStringLiteral(": ") + message;
    Error error;
    error.code = code;
    error.message = text;
    error.detail = QStringLiteral("line %1, column %2").arg(call.line).arg(call.column);
    error.context.workerId = m_context.workerId;
    m_error = std::move(error);
    return {};
}

Value EvalState::failTooLong(const Node& call)
{
    return fail(call, QStringLiteral("the value would be longer than %1 characters").arg(m_context.maxValueLength));
}

bool EvalState::text(const Node& call, const Value& value, const char* argName, QString& out)
{
    switch (value.kind) {
    case Value::Kind::String: out = value.string; return true;
    case Value::Kind::Null: out.clear(); return true;
    case Value::Kind::List:
        if (value.list.size() <= 1) {
            out = value.list.isEmpty() ? QString() : value.list.constFirst();
            return true;
        }
        fail(call, QStringLiteral("%1 must be a single value, but it has %2 values")
                       .arg(QLatin1String(argName))
                       .arg(value.list.size()));
        return false;
    default: out = scalarText(value); return true;
    }
}

bool EvalState::integer(const Node& call, const Value& value, const char* argName, qint64& out)
{
    if (value.kind == Value::Kind::Number) {
        out = value.number;
        return true;
    }
    QString s;
    if (value.kind != Value::Kind::DateTime && value.kind != Value::Kind::Bool && text(call, value, argName, s)) {
        if (const auto n = parseInteger(s)) {
            out = *n;
            return true;
        }
    }
    if (!failed())
        fail(call, QStringLiteral("%1 must be a whole number, got %2")
                       .arg(QLatin1String(argName),
                            value.isNull() ? QStringLiteral("null") : QLatin1Char('"') + s + QLatin1Char('"')));
    return false;
}

bool EvalState::dateTime(const Node& call, const Value& value, const char* argName, qint64& out)
{
    if (value.kind == Value::Kind::DateTime) {
        out = value.number;
        return true;
    }
    QString s;
    if (!text(call, value, argName, s))
        return false;
    if (const auto parsed = DateText::parseFlexible(s)) {
        out = *parsed;
        return true;
    }
    fail(call, QStringLiteral("%1 \"%2\" is not a date (use an ISO 8601 date such as 2024-03-16 or "
                              "2024-03-16T08:00:00-07:00, or FormatDateTime to convert it)")
                   .arg(QLatin1String(argName), s));
    return false;
}

Value EvalState::eval(const Node& node)
{
    switch (node.kind) {
    case Node::Kind::Literal:
    case Node::Kind::Symbol: return node.literal;
    case Node::Kind::Omitted: return {};
    case Node::Kind::Attribute: {
        if (!m_context.record)
            return {};
        const auto values = m_context.record->view(node.name);
        if (values.isEmpty())
            return {};
        if (values.size() == 1)
            return Value::fromString(values.firstString());
        return Value::fromList(values.toList());
    }
    case Node::Kind::IgnoreFlow:
        // "IgnoreAttributeFlow": the attribute is left out of the flow, as if not mapped.
        ignoreFlow();
        return {};
    case Node::Kind::Call: {
        // Every function's result is held to maxValueLength here; the ones that can grow a value
        // by more than a small factor in one call (Replace, Join, Split, &) also check as they go.
        Value v = node.function->evaluate(node, *this);
        if (!failed() && !fits(footprint(v)))
            return failTooLong(node);
        return v;
    }
    case Node::Kind::Concat: return evalConcat(node);
    case Node::Kind::Compare: return evalCompare(node);
    }
    return {};
}

Value EvalState::evalConcat(const Node& node)
{
    // VB's &: every operand as text, null as "" ("t-" & [alias]).
    QString out;
    for (const auto& operand : node.args) {
        const Value v = eval(*operand);
        if (failed())
            return {};
        if (v.kind == Value::Kind::String) {
            if (!fits(out.size() + v.string.size()))
                return failTooLong(node);
            out += v.string;
        } else {
            QString s;
            if (!text(node, v, "each operand of &", s))
                return {};
            if (!fits(out.size() + s.size()))
                return failTooLong(node);
            out += s;
        }
    }
    return Value::fromString(std::move(out));
}

Value EvalState::evalCompare(const Node& node)
{
    const Value a = eval(*node.args[0]);
    if (failed())
        return {};
    const Value b = eval(*node.args[1]);
    if (failed())
        return {};
    // Microsoft: "If the source attribute used within the IIF function is empty or null, the
    // condition check fails." A comparison with null is False, whichever the operator (VB's Null).
    if (a.isNull() || b.isNull())
        return Value::fromBool(false);

    const bool aNum = a.kind == Value::Kind::Number, bNum = b.kind == Value::Kind::Number;
    const bool aDate = a.kind == Value::Kind::DateTime, bDate = b.kind == Value::Kind::DateTime;
    QString as, bs;
    if (!text(node, a, "the left side of the comparison", as) || !text(node, b, "the right side", bs))
        return {};
    const int order = [&] {
        auto sign = [](qint64 x, qint64 y) { return x < y ? -1 : (x > y ? 1 : 0); };
        if (aDate || bDate) {
            const auto ad = aDate ? std::optional<qint64>(a.number) : DateText::parseFlexible(as);
            const auto bd = bDate ? std::optional<qint64>(b.number) : DateText::parseFlexible(bs);
            if (ad && bd)
                return sign(*ad, *bd);
        }
        // Numbers compare as numbers when either side is one ([StatusRehire]=1, DateDiff(...) > 5);
        // everything else compares as case-sensitive ordinal text, like Switch.
        if (aNum || bNum) {
            const auto an = aNum ? std::optional<qint64>(a.number) : parseInteger(as);
            const auto bn = bNum ? std::optional<qint64>(b.number) : parseInteger(bs);
            if (an && bn)
                return sign(*an, *bn);
        }
        const int c = as.compare(bs, Qt::CaseSensitive);
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }();
    bool result = false;
    switch (node.op) {
    case Node::Op::Equal: result = order == 0; break;
    case Node::Op::NotEqual: result = order != 0; break;
    case Node::Op::Less: result = order < 0; break;
    case Node::Op::LessEqual: result = order <= 0; break;
    case Node::Op::Greater: result = order > 0; break;
    case Node::Op::GreaterEqual: result = order >= 0; break;
    }
    return Value::fromBool(result);
}

} // namespace Tenure::Models::Expr
