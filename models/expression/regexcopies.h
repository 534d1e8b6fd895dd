#pragma once

#include <QRegularExpression>

namespace Tenure::Models::Expr {

// This thread's own compiled copy of a constant pattern (Replace's regexPattern, compiled with the
// expression). Qt takes a mutex inside the shared QRegularExpressionPrivate on every match()
// (QRegularExpressionPrivate::compilePattern), so threads running one compiled expression would
// queue on it; each thread matches with its own copy instead, compiled once per thread.
//
// Copies are kept by the address of `shared` and checked against its pattern text, so a freed
// and reused address never returns another pattern's copy. Each copy owns its pattern text: the
// parser builds `shared` from a view into the compiled expression, and a copy outlives it.
[[nodiscard]] const QRegularExpression& perThreadCopy(const QRegularExpression& shared);

} // namespace Tenure::Models::Expr
