#pragma once

#include <QProcessEnvironment>
#include <QStringList>

namespace Tenure::Tests {

// Runs a command-line tool for a fixture: `stdinText` (a password with `-y /dev/stdin`, never on
// the command line) is written to its input, and a failure leaves a message naming the tool, its
// exit code and its stderr in *error.
[[nodiscard]] bool runTool(const QString& program, const QStringList& arguments, const QString& stdinText,
                           QString* output, int timeoutMs, QString* error,
                           const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

} // namespace Tenure::Tests
