#pragma once

#include "models/domain/result.h"
#include "models/domain/worker.h"

#include <QJsonObject>
#include <QStringList>

namespace Tenure::Connectors {

// The checks every HR source applies to what it read, so bad input is a clear per-worker error
// and never a silent drop or a silent guess. Settings key "records" of any HR source:
//   {"required": ["Email"], "dateFields": ["HireDate"], "statusField": "Status",
//    "statusValues": ["Active", "Terminated", "Leave"]}
struct HrRecordRules {
    QStringList required;       // fields every worker must have (its worker id always)
    QStringList dateFields;     // when present, an ISO 8601 calendar date (yyyy-MM-dd)
    QString statusField;        // with statusValues: the only values that field may hold
    QStringList statusValues;

    [[nodiscard]] static Models::Result<HrRecordRules> fromJson(const QJsonObject& json);
    [[nodiscard]] QJsonObject toJson() const;
};

// Moves every worker that breaks a rule from snapshot.workers to snapshot.errors with its line
// (CSV) or record number, keeping its worker id so the planner leaves its account alone.
// A worker id that occurs more than once is an error on every record holding it: which record
// is right cannot be known, and keeping one could change or disable the wrong account.
// `recordNoun` names the position in messages ("line", "record").
void applyRecordRules(Models::HrSnapshot& snapshot, const HrRecordRules& rules,
                      const QString& recordNoun = QStringLiteral("line"));

} // namespace Tenure::Connectors
