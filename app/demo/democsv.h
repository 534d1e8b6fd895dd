#pragma once

#include "demopeople.h"
#include "models/domain/worker.h"

#include <QByteArray>

namespace Tenure::App::Demo {

// The HR export: RFC 4180 CSV (UTF-8, CRLF, a header row), one row per person still in HR.
// The two malformed rows are written wrong on purpose, the way real exports break.
[[nodiscard]] QByteArray workersCsv(const QList<DemoPerson>& people);

// The header, in column order.
[[nodiscard]] QStringList workerColumns();

// A person's row as it should read, in column order (before any deliberate damage).
[[nodiscard]] QStringList hrFields(const DemoPerson& person);

// The person as the CSV source would deliver a well-formed row of theirs.
[[nodiscard]] Models::Worker hrRecord(const DemoPerson& person);

} // namespace Tenure::App::Demo
