#pragma once

#include "ast.h"
#include "evaluator.h"

#include <span>

// The functions of the language, one file per family. Each reads its arguments through
// EvalState (lazily, so IIF, Switch, Coalesce and SelectUniqueValue only evaluate what they use).
namespace Tenure::Models::Expr::Functions {

// functions_string.cpp
Value append(const Node&, EvalState&);
Value left(const Node&, EvalState&);
Value mid(const Node&, EvalState&);
Value inStr(const Node&, EvalState&);
Value stripSpaces(const Node&, EvalState&);
Value trim(const Node&, EvalState&);
Value toLower(const Node&, EvalState&);
Value toUpper(const Node&, EvalState&);
Value pCase(const Node&, EvalState&);
Value word(const Node&, EvalState&);
Value normalizeDiacritics(const Node&, EvalState&);
// functions_replace.cpp
Value replace(const Node&, EvalState&);
// functions_logic.cpp
Value iif(const Node&, EvalState&);
Value switchFunction(const Node&, EvalState&);
Value coalesce(const Node&, EvalState&);
Value isNull(const Node&, EvalState&);
Value isNullOrEmpty(const Node&, EvalState&);
Value isPresent(const Node&, EvalState&);
Value isString(const Node&, EvalState&);
Value notFunction(const Node&, EvalState&);
Value cBool(const Node&, EvalState&);
Value cStr(const Node&, EvalState&);
Value cRef(const Node&, EvalState&);
Value bitAnd(const Node&, EvalState&);
Value error(const Node&, EvalState&);
Value ignoreFlowIfNullOrEmpty(const Node&, EvalState&);
Value selectUniqueValue(const Node&, EvalState&);
Value redact(const Node&, EvalState&);
Value entraOnly(const Node&, EvalState&);
// functions_collection.cpp
Value count(const Node&, EvalState&);
Value item(const Node&, EvalState&);
Value join(const Node&, EvalState&);
Value split(const Node&, EvalState&);
Value removeDuplicates(const Node&, EvalState&);
// functions_date.cpp
Value cDate(const Node&, EvalState&);
Value dateAdd(const Node&, EvalState&);
Value dateDiff(const Node&, EvalState&);
Value dateFromNum(const Node&, EvalState&);
Value numFromDate(const Node&, EvalState&);
Value formatDateTime(const Node&, EvalState&);
Value now(const Node&, EvalState&);
// functions_encoding.cpp
Value convertToBase64(const Node&, EvalState&);
Value convertFromBase64(const Node&, EvalState&);
Value convertToUtf8Hex(const Node&, EvalState&);
Value stringFromSid(const Node&, EvalState&);
Value dnComponent(const Node&, EvalState&);
Value guid(const Node&, EvalState&);
Value randomString(const Node&, EvalState&);

// How many times `what` (not empty) occurs in `s` without overlapping, as Split and Replace
// cut: QString::count() would count "aa" twice in "aaa".
[[nodiscard]] inline qsizetype occurrences(const QString& s, const QString& what)
{
    qsizetype n = 0;
    for (qsizetype i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.size()))
        ++n;
    return n;
}

// Applies a per-string transformation to a value: a multi-valued attribute is transformed value
// by value (Microsoft documents this for Trim([proxyAddresses])); null stays null.
template <typename F>
Value mapText(const Node& call, EvalState& state, const Value& value, F&& transform)
{
    switch (value.kind) {
    case Value::Kind::Null: return {};
    case Value::Kind::String: return Value::fromString(transform(value.string));
    case Value::Kind::List: {
        QStringList out;
        out.reserve(value.list.size());
        for (const QString& s : value.list)
            out.append(transform(s));
        return Value::fromList(std::move(out));
    }
    default: {
        QString s;
        state.text(call, value, "source", s);
        return Value::fromString(transform(s));
    }
    }
}

} // namespace Tenure::Models::Expr::Functions

namespace Tenure::Models::Expr {

// Every function, sorted by name; lookup is case-sensitive, as the syntax is.
[[nodiscard]] std::span<const FunctionSpec> functionTable();
[[nodiscard]] const FunctionSpec* findFunction(QStringView name);
// The bare names the language knows (IgnoreAttributeFlow, vbTextCompare, UTF8, ...).
[[nodiscard]] const QStringList& knownSymbols();
// "did you mean Join?": the closest known names by edit distance, best first (at most three).
[[nodiscard]] QStringList suggestNames(QStringView unknown, bool functionsOnly);

} // namespace Tenure::Models::Expr
