#pragma once

#include <QStringList>
#include <QTextStream>

namespace Tenure::Cli {

// tenure-cli preview --workspace FILE --tenant NAME [--format table|json|csv|xlsx|pdf] [--output FILE]
int runPreview(const QStringList& arguments, QTextStream& out, QTextStream& err);

// Whether these command-line words (the whole command line, program name first) ask for a PDF,
// which draws text and so needs a QGuiApplication: main() decides which application to build
// before it parses anything.
[[nodiscard]] bool previewWantsPdf(const QStringList& commandLine);

} // namespace Tenure::Cli
