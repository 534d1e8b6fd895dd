#include "toolrunner.h"

#include <QProcess>

namespace Tenure::Tests {

bool runTool(const QString& program, const QStringList& arguments, const QString& stdinText, QString* output,
             int timeoutMs, QString* error, const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        *error = program + QStringLiteral(" did not start: ") + process.errorString();
        return false;
    }
    process.write(stdinText.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        *error = program + QStringLiteral(" did not finish within %1 s").arg(timeoutMs / 1000);
        return false;
    }
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 failed (exit %2): %3")
                     .arg(program)
                     .arg(process.exitCode())
                     .arg(QString::fromUtf8(process.readAllStandardError()).trimmed());
        return false;
    }
    return true;
}

} // namespace Tenure::Tests
