#pragma once

#include <QStringList>
#include <QTextStream>

namespace Tenure::Cli {

// tenure-cli mapping export|import|templates|use-template …: a directory tenant's mapping set.
int runMapping(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace Tenure::Cli
