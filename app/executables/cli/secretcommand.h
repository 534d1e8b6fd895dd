#pragma once

#include <QStringList>
#include <QTextStream>

namespace Tenure::Cli {

// tenure-cli set-secret --workspace FILE --tenant NAME   (the secret is read from stdin, never argv)
int runSetSecret(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace Tenure::Cli
