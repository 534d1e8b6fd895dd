#pragma once

#include <QStringList>
#include <QTextStream>

namespace Tenure::Cli {

// tenure-cli demo use-hr --workspace FILE --kind csv|workday|successfactors|bamboohr
//                        [--endpoint URL] [--ca-file FILE] [--user NAME] [--company ID]
// Points the demo's HR tenant at the CSV export or at a local HR server, and the Directory's
// mapping at that source's names. The password or API key is read as one line from stdin.
int runDemoUseHr(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace Tenure::Cli
