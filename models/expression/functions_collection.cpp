// Multi-valued attributes: Count, Item, Join, Split, RemoveDuplicates.
#include "functions.h"

namespace Tenure::Models::Expr::Functions {

namespace {

// A value as the list of its strings: null -> none, a scalar -> one.
QStringList valuesOf(const Value& v)
{
    switch (v.kind) {
    case Value::Kind::Null: return {};
    case Value::Kind::List: return v.list;
    case Value::Kind::String: return {v.string};
    default: return {scalarText(v)};
    }
}

} // namespace

Value count(const Node& call, EvalState& state)
{
    // "returns the number of elements in a multi-valued attribute"; null has none.
    const Value v = state.arg(call, 0);
    if (state.failed())
        return {};
    return Value::fromNumber(v.kind == Value::Kind::List ? v.list.size() : (v.isNull() ? 0 : 1));
}

Value item(const Node& call, EvalState& state)
{
    // "Item([proxyAddresses], 1) returns the first item ... Index 0 shouldn't be used."
    // Cloud sync: "Throws an error if index is out of bounds."
    const Value v = state.arg(call, 0);
    qint64 index = 0;
    if (state.failed() || !state.integer(call, state.arg(call, 1), "index", index))
        return {};
    const QStringList values = valuesOf(v);
    if (index < 1 || index > values.size())
        return state.fail(call, QStringLiteral("index %1 is out of range: the value has %2 item(s), numbered from 1")
                                    .arg(index)
                                    .arg(values.size()));
    return Value::fromString(values.at(qsizetype(index - 1)));
}

Value join(const Node& call, EvalState& state)
{
    // "If one of the source values is a multi-value attribute, then every value in that attribute
    // is joined together". Null and empty values are skipped, so no doubled separators appear:
    // Join(", ", "", [surname], [givenName]) is "Doe, John" in Microsoft's example.
    QString separator;
    if (!state.text(call, state.arg(call, 0), "separator", separator) || state.failed())
        return {};
    QString out;
    bool first = true;
    // False when the joined text would pass maxValueLength (many large arguments).
    auto add = [&](const QString& s) {
        if (s.isEmpty())
            return true;
        if (!state.fits(out.size() + (first ? 0 : separator.size()) + s.size()))
            return false;
        if (!first)
            out += separator;
        out += s;
        first = false;
        return true;
    };
    for (std::size_t i = 1; i < call.args.size(); ++i) {
        const Value v = state.arg(call, i);
        if (state.failed())
            return {};
        bool added = true;
        switch (v.kind) {
        case Value::Kind::Null: break;
        case Value::Kind::String: added = add(v.string); break;
        case Value::Kind::List:
            for (const QString& s : v.list)
                added = added && add(s);
            break;
        default: added = add(scalarText(v)); break;
        }
        if (!added)
            return state.failTooLong(call);
    }
    return Value::fromString(std::move(out));
}

Value split(const Node& call, EvalState& state)
{
    // .NET String.Split with the delimiter string: empty parts are kept and nothing is trimmed.
    // (Microsoft's sample output for "PermissionSetOne, PermissionSetTwo" omits the space that
    // follows the comma; .NET keeps it, and so do we. Use Trim(Split(...)) to drop it.)
    const Value source = state.arg(call, 0);
    QString s, delimiter;
    if (state.failed() || !state.text(call, source, "source", s) ||
        !state.text(call, state.arg(call, 1), "delimiter", delimiter) || state.failed())
        return {};
    if (source.isNull())
        return {};
    if (delimiter.isEmpty())
        return Value::fromList({s});
    // Each part counts one towards the limit: a long run of delimiters would otherwise become
    // millions of empty strings before the result is checked.
    const qsizetype parts = occurrences(s, delimiter) + 1;
    if (!state.fits(s.size() - (parts - 1) * delimiter.size() + parts))
        return state.failTooLong(call);
    return Value::fromList(s.split(delimiter, Qt::KeepEmptyParts, Qt::CaseSensitive));
}

Value removeDuplicates(const Node& call, EvalState& state)
{
    // Keeps the first occurrence of each value, in order; values compare exactly.
    const Value v = state.arg(call, 0);
    if (state.failed())
        return {};
    if (v.kind != Value::Kind::List)
        return v;
    QStringList out = v.list;
    out.removeDuplicates();
    return Value::fromList(std::move(out));
}

} // namespace Tenure::Models::Expr::Functions
