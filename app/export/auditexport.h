#pragma once

#include "models/domain/auditevent.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Tenure::App {

// The audit log as people and tools read it outside the console: one writer per format, used by
// `tenure-cli audit` and the console's Audit page alike.

// seq, time, actor, action, subject, why: one line each. Control characters are shown as spaces
// so an HR value cannot move the terminal's cursor.
[[nodiscard]] QString auditAsTable(const QList<Models::AuditEvent>& events);
// Every field, before/after as JSON text, the hashes included so an exported event can be matched
// to the chain. Cells a spreadsheet would run as a formula are neutralised (OWASP "CSV injection").
[[nodiscard]] QByteArray auditAsCsv(const QList<Models::AuditEvent>& events);
// {"events": [{seq, at, actor, action, subject, why, before, after, prevHash, hash}, …]}
[[nodiscard]] QByteArray auditAsJson(const QList<Models::AuditEvent>& events);

} // namespace Tenure::App
