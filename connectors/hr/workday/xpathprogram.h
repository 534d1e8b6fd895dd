#pragma once

// The compiled form of an XPath (xpath.h), shared by its parser and its evaluator.

#include "xpath.h"

#include <memory>
#include <vector>

namespace Tenure::Connectors::Xml {

enum class Op { Or, And, Eq, Ne, Lt, Le, Gt, Ge, Add, Sub, Mul, Div, Mod, Neg, Union, Literal, Number, Call, Path, Filter };
enum class Axis { Child, Attribute, Self, Parent, Descendant, DescendantOrSelf, Ancestor, AncestorOrSelf };
enum class Test { Name, AnyName, NamespaceAny, Text, Node };
enum class Fn {
    Name, LocalName, Last, Position, Count, String, Substring, Concat, SubstringAfter, SubstringBefore, StartsWith,
    StringLength, Contains, Translate, NormalizeSpace, Boolean, True, False, Not, Number, Ceiling, Floor, Round, Sum
};

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;

struct Step {
    Axis axis = Axis::Child;
    Test test = Test::Node;
    QString ns;
    QString local;
    std::vector<ExprPtr> predicates;
};

struct Expr {
    Op op = Op::Literal;
    std::vector<ExprPtr> args;        // operands, function arguments; Path: args[0] is a filter start
    QString string;                   // Literal
    double number = 0;                // Number
    Fn fn = Fn::String;               // Call
    bool absolute = false;            // Path
    std::vector<Step> steps;          // Path
    std::vector<ExprPtr> predicates;  // Filter (args[0] is the primary expression)
};

struct XPathProgram {
    ExprPtr root;
};
} // namespace Tenure::Connectors::Xml
