#pragma once

#include <QStringList>
#include <QTextStream>

namespace Tenure::Cli {

// tenure-cli sync --workspace FILE --tenant NAME [--yes]
int runSync(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace Tenure::Cli
