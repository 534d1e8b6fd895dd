#pragma once

#include "models/domain/attributes.h"
#include "models/domain/result.h"

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

// The mapping expression language of Microsoft Entra provisioning
// ("Reference for writing expressions for attribute mappings in Microsoft Entra ID",
// plus the cloud-sync functions ConvertFromBase64, DNComponent, Error, StringFromSid, Trim).
// See README.md in this folder for the semantics chosen where Microsoft is silent.
namespace Tenure::Models::Expr {

struct Program;

// The default for EvalContext::maxValueLength: 32 Mi characters (64 MiB). Far above any
// directory attribute, and above what an 8 MiB HR value becomes in base64.
inline constexpr qsizetype DefaultMaxValueLength = qsizetype(32) << 20;

// What an expression reads and how it is run for one worker.
//
// Attribute values come from a Models::Attributes record, whose convention is kept:
//   absent name or an empty list  -> null        (IsNull is True)
//   {""}                          -> ""          (IsNullOrEmpty is True, IsNull is False)
//   {"x"}                         -> "x"
//   {"x", "y"}                    -> a multi-valued attribute (Count 2, Item, Join)
struct EvalContext {
    const Attributes* record = nullptr; // null: every attribute is null
    qint64 nowMsecsUtc = 0;             // what Now() returns, fixed for a whole plan
    QString workerId;                   // named in evaluation errors
    // SelectUniqueValue: is this candidate already present in the target (or given out earlier)?
    // Unset: nothing is taken. The candidate may be a view into the compiled expression: a
    // callback that keeps it beyond the call keeps a deep copy.
    std::function<bool(const QString&)> isTaken;
    // Guid() and RandomString(); unset: QRandomGenerator::global(). Tests pass a seeded one.
    QRandomGenerator* random = nullptr;
    // The largest value an evaluation may build, in characters plus one per value of a list. An
    // expression that grows a value past it (a Replace nested to double its input again and
    // again) fails with an error naming the function instead of exhausting memory.
    qsizetype maxValueLength = DefaultMaxValueLength;
};

// The value of an expression as it leaves the language: null, one string or a list of strings.
// Numbers, booleans and dates have already become strings as Entra prints them ("13", "True",
// "3/16/2020 7:00:00 AM").
struct EvalResult {
    enum class Kind { Null, String, List };
    Kind kind = Kind::Null;
    QString string;   // Kind::String
    QStringList list; // Kind::List
    // False when the target attribute must not be written: IgnoreFlowIfNullOrEmpty saw a null or
    // empty value, or the IgnoreAttributeFlow keyword was reached.
    bool flows = true;
    // Redact() was used: show "[Redact]" instead of the value in logs.
    bool redacted = false;

    // In the Models::Attributes convention above: null -> {}, "x" -> {"x"}, list -> list.
    [[nodiscard]] AttributeValue toAttributeValue() const;
};

// Where and why an expression does not compile; lines and columns count from 1, columns in
// characters (a surrogate pair is one character).
struct Diagnostic {
    int line = 1;
    int column = 1;
    QString message;           // "unknown function 'Jion'; did you mean Join?"
    [[nodiscard]] QString describe() const; // "line 1, column 1: unknown function ..."
};

// A compiled expression: parse once, evaluate many times, from many threads at once.
class Expression {
public:
    Expression() = default; // an empty expression evaluates to null

    // Error: code InvalidInput, message "line L, column C: ...", context.line = L.
    [[nodiscard]] static Result<Expression> compile(const QString& text);
    [[nodiscard]] static std::expected<Expression, Diagnostic> compileWithDiagnostic(const QString& text);

    // Error codes: InvalidInput (a function could not use its arguments, Item out of range,
    // Error() reached, an Entra-only function), Conflict (every SelectUniqueValue candidate taken).
    // The message names the function and the worker.
    [[nodiscard]] Result<EvalResult> evaluate(const EvalContext& context) const;

    // Every [attribute] the expression may read, sorted, without duplicates.
    [[nodiscard]] QStringList referencedAttributes() const;
    [[nodiscard]] QString text() const;
    [[nodiscard]] bool usesSelectUniqueValue() const;

private:
    std::shared_ptr<const Program> m_program;
};

// Hard limits, so hostile input fails with a message instead of exhausting the stack or memory.
inline constexpr int MaxNestingDepth = 64;
inline constexpr qsizetype MaxExpressionLength = 1 << 20; // characters

} // namespace Tenure::Models::Expr
