#pragma once

#include "attributes.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>

namespace Tenure::Models {

// Why a worker is in the plan. The order here is the order of the plan.
//   Conversion: contractor ↔ employee.  LeaveOfAbsence: going on leave or coming back.
//   FutureDated: effective later; carried out by run-due when due, never by an earlier run.
//   Held: a hold stops what would otherwise happen (e.g. re-enabling after an emergency termination).
enum class Category { Error, Joiner, Mover, Leaver, Rehire, Conversion, LeaveOfAbsence, FutureDated, Held, Unchanged };

// What is written to the target. None: nothing is written (unchanged, future-dated, error).
// Move: the account changes container (an OU move), with any attribute changes in the same
// operation; the new container is the change of the pseudo-attribute parentDistinguishedName.
// Delete: only ever planned as its own operation after a retention period.
enum class OperationKind { None, Create, Update, Disable, Enable, Move, Delete };

// Entra's name for the container an account lives in (AD: the OU); not an attribute of the entry.
inline constexpr char ParentDnAttribute[] = "parentDistinguishedName";

[[nodiscard]] QString categoryName(Category category);         // "joiner", stable for CLI/JSON
[[nodiscard]] QString operationKindName(OperationKind kind);   // "create", stable for CLI/JSON
[[nodiscard]] bool categoryFromName(const QString& name, Category* out);
[[nodiscard]] bool operationKindFromName(const QString& name, OperationKind* out);

struct AttributeChange {
    QString attribute;
    AttributeValue before;
    AttributeValue after;
    QString why;   // which mapping rule and HR field produced the value

    friend bool operator==(const AttributeChange&, const AttributeChange&) = default;
};

struct Operation {
    Category category = Category::Unchanged;
    OperationKind kind = OperationKind::None;
    QString workerId;
    QString displayName;
    QString targetId;             // the account's id in the target (a DN); the new id for a create
    QList<AttributeChange> changes;
    QString reason;               // one sentence for a person: why this operation
    QDateTime effectiveAt;        // the instant it takes effect (hire, termination); invalid: at once
    bool accountEnabled = true;   // for a create: whether the new account starts enabled (pre-hire: not)
    QStringList warnings;         // what a person should know (manager not found, …); never blocks
    int sourceLine = 0;

    // Whether a run carries it out now: future-dated, held and error operations never write.
    [[nodiscard]] bool writes() const
    {
        return kind != OperationKind::None && category != Category::FutureDated && category != Category::Held
               && category != Category::Error;
    }
    friend bool operator==(const Operation&, const Operation&) = default;
};

// What became of an operation in a run.
enum class OutcomeState { Pending, Sent, Confirmed, Failed, Skipped };
[[nodiscard]] QString outcomeStateName(OutcomeState state);
[[nodiscard]] bool outcomeStateFromName(const QString& name, OutcomeState* out);

struct OperationOutcome {
    int index = -1;               // the operation's index in its plan
    OutcomeState state = OutcomeState::Pending;
    QString message;
};

} // namespace Tenure::Models

Q_DECLARE_METATYPE(Tenure::Models::Operation)
Q_DECLARE_METATYPE(Tenure::Models::OperationOutcome)
