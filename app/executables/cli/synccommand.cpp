#include "synccommand.h"

#include "app/export/planexport.h"
#include "app/operatoridentity.h"
#include "app/previewservice.h"
#include "app/syncservice.h"
#include "clisession.h"
#include "exitcodes.h"

#include <cstdio>
#include <unistd.h>

namespace Tenure::Cli {
namespace {

// Asks on the terminal; without one (a scheduler), there is nobody to say yes.
bool confirmed(QTextStream& out, int writes, const QString& tenant)
{
    if (!isatty(fileno(stdin)))
        return false;
    out << "Apply " << writes << " operations to " << tenant << "? [y/N] " << Qt::flush;
    QTextStream in(stdin);
    const auto answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

} // namespace

int runSync(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Plan a sync, show it, and carry it out."));
    addWorkspaceOptions(parser);
    parser.addOption({QStringLiteral("yes"), QStringLiteral("Carry out the plan without asking (for schedulers).")});
    int code = Success;
    auto session = openSession(parser, arguments, err, &code);
    if (!session)
        return code;
    const auto tenant = parser.value(QStringLiteral("tenant"));

    // The plan that runs is the plan that was just shown: the run loads it by id.
    App::PreviewService preview(*session->workspace, session->connectors);
    auto stored = preview.preview(tenant, {});
    if (!stored) {
        printError(err, stored.error());
        return Failed;
    }
    out << "Plan " << stored->id << ": " << App::planCountsLine(stored->plan) << '\n';
    if (stored->plan.isBlocked()) {
        err << "blocked: " << stored->plan.blockedReason << Qt::endl;
        return PlanBlocked;
    }
    const int writes = stored->plan.writeCount();
    if (writes == 0) {
        out << "Nothing to write: the directory matches HR." << Qt::endl;
        return Success;
    }
    if (!parser.isSet(QStringLiteral("yes")) && !confirmed(out, writes, tenant)) {
        err << "not confirmed: nothing was written (pass --yes to run unattended)" << Qt::endl;
        return NotConfirmed;
    }

    App::SyncService sync(*session->workspace, session->connectors, App::currentOperator());
    const auto& operations = stored->plan.operations;
    auto summary = sync.run(stored->id, {}, [&](const Models::OperationOutcome& outcome) {
        if (outcome.state == Models::OutcomeState::Failed) {
            const auto& op = operations.at(outcome.index);
            err << "failed: " << Models::operationKindName(op.kind) << ' ' << op.targetId << ": " << outcome.message
                << Qt::endl;
        }
    });
    if (!summary) {
        printError(err, summary.error());
        return summary.error().code == Models::ErrorCode::Blocked ? PlanBlocked : Failed;
    }
    out << "Run " << summary->runId << ": " << summary->confirmed << " confirmed, " << summary->failed << " failed, "
        << summary->skipped << " skipped" << Qt::endl;
    // What the HR source was told afterwards; a refusal there does not fail the run (hrwriteback.h).
    if (summary->writtenBack || summary->writeBackFailed)
        out << "Written back to HR: " << summary->writtenBack << " workers, " << summary->writeBackFailed << " refused"
            << Qt::endl;
    if (!summary->writeBackMessage.isEmpty())
        err << summary->writeBackMessage << Qt::endl;
    return summary->failed ? OperationsFailed : Success;
}

} // namespace Tenure::Cli
