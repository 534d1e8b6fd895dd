#pragma once

#include <QStringList>
#include <QTextStream>

namespace Tenure::Cli {

// tenure-cli audit verify|list|export --workspace FILE [filters]: check and read the audit log.
int runAudit(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace Tenure::Cli
