#pragma once

#include "attributes.h"

#include <QList>

namespace Tenure::Models {

// A person record as the HR source delivered it.
struct Worker {
    QString workerId;
    Attributes attributes;  // HR field name → value
    int sourceLine = 0;     // where the record starts in its source (CSV line), 0 if not applicable
};

// A record the source could not read: it becomes an error in the plan, never a silent drop.
struct RecordError {
    QString workerId;   // when it could be read
    int line = 0;
    QString message;
};

// Everything an HR source delivered in one read.
struct HrSnapshot {
    QList<Worker> workers;
    QList<RecordError> errors;
    // A full snapshot lists every worker, so a worker absent from it has left.
    // An incremental read only lists changes and never turns absence into a leaver.
    bool isFullSnapshot = true;
};

} // namespace Tenure::Models
