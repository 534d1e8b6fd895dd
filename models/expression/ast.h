#pragma once

#include "value.h"

#include <QRegularExpression>

#include <memory>
#include <vector>

namespace Tenure::Models::Expr {

class EvalState;
struct Node;
struct FunctionSpec;

using EvalFunction = Value (*)(const Node& call, EvalState& state);

// A node of the compiled expression. The tree is built once by the parser and
// then only read, so one compiled expression is safely shared by every thread
// evaluating it.
struct Node {
    enum class Kind : quint8 {
        Literal,    // "text", 42, &HF7
        Attribute,  // [name]
        Call,       // Name(args)
        Concat,     // a & b & c (one n-ary node, so long chains do not recurse)
        Compare,    // a = b, a <> b, a < b, ...
        Omitted,    // an empty positional argument: Replace([x], , "re", , "", , )
        IgnoreFlow, // the IgnoreAttributeFlow keyword
        Symbol,     // a bare enumeration name: vbTextCompare, UTF8
    };
    enum class Op : quint8 { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual };

    Kind kind = Kind::Literal;
    Op op = Op::Equal;
    int line = 1;
    int column = 1;
    Value literal;                          // Literal and Symbol
    QString name;                           // Attribute, Call, Symbol
    const FunctionSpec* function = nullptr; // Call
    std::vector<std::unique_ptr<Node>> args;
    // Replace with a constant pattern: compiled (and JIT-optimised) once, at compile time.
    std::unique_ptr<const QRegularExpression> regex;

    [[nodiscard]] bool isOmitted(std::size_t i) const { return i >= args.size() || args[i]->kind == Kind::Omitted; }
};

// One function of the language: its name, how many arguments it takes, and how it runs.
struct FunctionSpec {
    const char* name;
    int minArgs;
    int maxArgs; // -1: no upper bound
    EvalFunction evaluate;
    const char* signature; // for error messages: "Left(source, numChars)"
};

} // namespace Tenure::Models::Expr
