#pragma once

#include "ast.h"
#include "expression.h"

namespace Tenure::Models::Expr {

// Parses and checks an expression: syntax, function names (with suggestions), argument
// counts, Switch's pairs, SelectUniqueValue only at the top, constant regular expressions and
// date intervals. Everything that can be known before a record is seen is reported here.
//
// Grammar (VB-like, as Microsoft describes it):
//   expression := concat [ ("=" | "<>" | "<" | "<=" | ">" | ">=") concat ]
//   concat     := operand { "&" operand }
//   operand    := string | ["-"] number | &Hhex | [attribute] | Name "(" [args] ")"
//               | IgnoreAttributeFlow | enumName | "(" expression ")"
//   args       := [expression] { "," [expression] }      (an empty position is an omitted argument)
[[nodiscard]] std::expected<std::unique_ptr<Node>, Diagnostic> parseExpression(QStringView text);

} // namespace Tenure::Models::Expr
