#pragma once

#include "models/domain/plan.h"

#include <QList>
#include <QString>

namespace Tenure::App {

// The operations of a stored plan to export, in the order a person sees them (the console's
// filter and sort), or the whole plan in plan order.
struct PlanSelection {
    Models::Plan plan;        // implicitly shared: a copy is cheap and can go to a worker thread
    qint64 planId = 0;
    QList<int> operations;    // indexes into plan.operations, in export order
    QString scope;            // how they were chosen, in words; empty for the whole plan

    [[nodiscard]] static PlanSelection whole(const Models::Plan& plan, qint64 planId);
    // Rows of the one-row-per-attribute-change layout the exports share (an operation without
    // changes takes one row).
    [[nodiscard]] qint64 changeRowCount() const;
};

// What an export wrote.
struct PlanExportSummary {
    int operations = 0;
    qint64 rows = 0;     // one per attribute change (CSV, sheet rows, PDF table rows)
    int parts = 1;       // sheets of operations (XLSX) or pages (PDF)
    qint64 bytes = 0;
};

} // namespace Tenure::App
