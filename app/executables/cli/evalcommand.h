#pragma once

#include <QStringList>
#include <QTextStream>

namespace Tenure::Cli {

// tenure-cli eval [--record JSON_OBJECT] [--now ISO_8601] [--taken JSON_ARRAY] EXPRESSION
//
// Evaluates one mapping expression (Microsoft Entra syntax) and prints exactly one line:
//   {"value": V, "flows": B}
// V is a JSON string, an array of strings, or null; B is true or false (false when
// IgnoreFlowIfNullOrEmpty saw an empty value or IgnoreAttributeFlow was reached).
//   --record  attribute name -> "string" | ["strings"] | null ([] is null too; numbers and
//             booleans are taken as their text)
//   --now     what Now() returns (default: the current time), e.g. 2024-03-16T08:00:00Z
//   --taken   values already present in the target, for SelectUniqueValue
// `arguments` are the words after "eval". Exit codes (EvalExit below): 0 evaluated; 2 the
// expression does not compile (stderr names line and column); 3 it failed for this record
// (Error(), an index out of range, every unique candidate taken); 64 bad usage.
int runEval(const QStringList& arguments, QTextStream& out, QTextStream& err);

namespace EvalExit {
inline constexpr int Success = 0;
inline constexpr int ParseError = 2;
inline constexpr int EvaluationError = 3;
inline constexpr int Usage = 64;
} // namespace EvalExit

} // namespace Tenure::Cli
