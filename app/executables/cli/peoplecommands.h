#pragma once

#include <QStringList>
#include <QTextStream>

namespace Tenure::Cli {

// tenure-cli approvals list|approve|reject …   (the operator is the OS user; four-eyes enforced)
int runApprovals(const QStringList& arguments, QTextStream& out, QTextStream& err);
// tenure-cli terminate --workspace FILE --worker ID --reason TEXT   (files an emergency termination)
int runTerminate(const QStringList& arguments, QTextStream& out, QTextStream& err);
// tenure-cli holds list|place|clear …
int runHolds(const QStringList& arguments, QTextStream& out, QTextStream& err);
// tenure-cli run-due --workspace FILE [--tenant NAME]   (for Task Scheduler, systemd timers, cron)
int runDue(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace Tenure::Cli
