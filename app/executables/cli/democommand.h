#pragma once

#include <QStringList>
#include <QTextStream>

namespace Tenure::Cli {

// tenure-cli demo init --dir DIR --ldaps-url URL --ca-file FILE [--today YYYY-MM-DD] [--force]
// The directory admin password is read as one line from stdin, never from argv.
// tenure-cli demo use-hr …: demousehrcommand.h.
int runDemo(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace Tenure::Cli
