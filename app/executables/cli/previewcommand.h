#pragma once

#include <QStringList>
#include <QTextStream>

namespace Tenure::Cli {

// tenure-cli preview --workspace FILE --tenant NAME [--format table|json|csv]
int runPreview(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace Tenure::Cli
