#pragma once

#include <QHash>
#include <QString>

class QTableView;

namespace Tenure::Ui {

// Sizes a table's columns once, each to the wider of its header and a sample of what it holds
// ("2026-11-23 17:25", "Emergency termination"), so nothing a person needs is cut off. Measuring
// every row instead (ResizeToContents) takes seconds on long tables (PEERS.md). Columns without a
// sample keep their width; the stretching one takes what is left.
void fitColumns(QTableView* table, const QHash<int, QString>& samples);

} // namespace Tenure::Ui
