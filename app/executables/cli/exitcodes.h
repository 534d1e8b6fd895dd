#pragma once

namespace Tenure::Cli {

// tenure-cli's exit codes: a contract for schedulers and scripts. Listed in `tenure-cli --help`.
enum ExitCode : int {
    Success = 0,
    Failed = 1,              // the command could not do its work (workspace, connection, settings)
    OperationsFailed = 3,    // sync: some operations failed; see the run's outcomes
    PlanBlocked = 4,         // a safety rule blocked the plan: nothing was written
    NotConfirmed = 5,        // sync: not confirmed (no --yes and no answer) or cancelled
    AuditTampered = 6,       // audit verify: an event was edited, removed or reordered
    Usage = 64,              // bad command line (EX_USAGE)
};

} // namespace Tenure::Cli
