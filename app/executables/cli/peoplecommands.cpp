#include "peoplecommands.h"

#include "app/approvalqueue.h"
#include "app/duework.h"
#include "app/emergencytermination.h"
#include "app/operatoridentity.h"
#include "clisession.h"
#include "exitcodes.h"

namespace Tenure::Cli {
namespace {

// `tenure-cli GROUP ACTION …`: the action is the first word after the group.
std::unique_ptr<CliSession> openFor(QCommandLineParser& parser, const QStringList& arguments, QTextStream& err, int* code)
{
    return openSession(parser, QStringList{arguments.value(0)} + arguments.mid(2), err, code, false);
}

QString line(const Models::Approval& a)
{
    QString text = QStringLiteral("#%1  %2  %3  requested by %4 at %5")
                       .arg(a.id)
                       .arg(Models::approvalStateName(a.state), a.summary, a.requestedBy,
                            a.requestedAt.toString(Qt::ISODate));
    if (!a.reason.isEmpty())
        text += QStringLiteral("\n      why: ") + a.reason;
    if (!a.decidedBy.isEmpty())
        text += QStringLiteral("\n      decided by %1: %2%3")
                    .arg(a.decidedBy, a.decisionReason,
                         a.choice == Models::RehireChoice::None ? QString()
                                                                : QStringLiteral(" (%1)").arg(Models::rehireChoiceName(a.choice)));
    return text;
}

} // namespace

int runApprovals(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const auto action = arguments.value(1);
    if (action != QLatin1String("list") && action != QLatin1String("approve") && action != QLatin1String("reject")) {
        err << "usage: tenure-cli approvals list --workspace FILE [--all]\n"
               "       tenure-cli approvals approve --workspace FILE ID [--reason TEXT] [--choice reactivate|new-account]\n"
               "       tenure-cli approvals reject --workspace FILE ID --reason TEXT"
            << Qt::endl;
        return Usage;
    }
    QCommandLineParser parser;
    addWorkspaceOptions(parser);
    parser.addOption({QStringLiteral("all"), QStringLiteral("List decided approvals too.")});
    parser.addOption({QStringLiteral("reason"), QStringLiteral("Why you decide so."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("choice"), QStringLiteral("For a rehire: reactivate or new-account."), QStringLiteral("CHOICE")});
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("The approval to decide."));
    int code = Success;
    auto session = openFor(parser, arguments, err, &code);
    if (!session)
        return code;
    const auto operatorName = App::currentOperator();
    const auto approvals = session->workspace->approvals(operatorName);
    if (action == QLatin1String("list")) {
        // The same queue the console shows this operator: what their role may decide.
        auto queue = App::ApprovalQueue(*session->workspace, session->connectors, operatorName)
                         .load(!parser.isSet(QStringLiteral("all")));
        if (!queue) {
            printError(err, queue.error());
            return Failed;
        }
        if (queue->role != Models::OperatorRole::Admin)
            out << operatorName << " is " << Models::operatorRoleName(queue->role)
                << ": listing emergency terminations and rehires, the requests this role decides.\n";
        for (const auto& approval : queue->approvals)
            out << line(approval) << '\n';
        if (queue->approvals.isEmpty())
            out << "No approvals waiting.\n";
        return Success;
    }
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).remove(u'#').toLongLong(&ok);
    if (!ok) {
        err << "error: give the approval's number" << Qt::endl;
        return Usage;
    }
    Models::RehireChoice choice = Models::RehireChoice::None;
    if (parser.isSet(QStringLiteral("choice")) && !Models::rehireChoiceFromName(parser.value(QStringLiteral("choice")), &choice)) {
        err << "error: --choice is reactivate or new-account" << Qt::endl;
        return Usage;
    }
    const bool approve = action == QLatin1String("approve");
    auto current = approvals.find(id);
    if (!current) {
        printError(err, current.error());
        return Failed;
    }
    if (approve && current->kind == Models::ApprovalKind::EmergencyTermination) {
        App::EmergencyTermination termination(*session->workspace, session->connectors, operatorName);
        auto report = termination.approve(id, parser.value(QStringLiteral("reason")));
        if (!report) {
            printError(err, report.error());
            return Failed;
        }
        for (const auto& disabled : report->disabled)
            out << "disabled: " << disabled << '\n';
        for (const auto& tenant : report->notFound)
            out << "no enabled account in " << tenant << '\n';
        for (const auto& failure : report->failed)
            err << "failed: " << failure << '\n';
        out << "Hold #" << report->holdId << " keeps the accounts disabled until HR shows the worker terminated." << Qt::endl;
        return report->failed.isEmpty() ? Success : OperationsFailed;
    }
    auto decided = approvals.decide(id, approve, parser.value(QStringLiteral("reason")), choice);
    if (!decided) {
        printError(err, decided.error());
        return Failed;
    }
    out << line(*decided) << Qt::endl;
    return Success;
}

int runTerminate(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    addWorkspaceOptions(parser);
    parser.addOption({QStringLiteral("worker"), QStringLiteral("The worker id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("reason"), QStringLiteral("Why, for the approver and the audit."), QStringLiteral("TEXT")});
    int code = Success;
    auto session = openSession(parser, arguments, err, &code, false);
    if (!session)
        return code;
    App::EmergencyTermination termination(*session->workspace, session->connectors, App::currentOperator());
    auto request = termination.request(parser.value(QStringLiteral("worker")), parser.value(QStringLiteral("reason")));
    if (!request) {
        printError(err, request.error());
        return request.error().code == Models::ErrorCode::InvalidInput ? Usage : Failed;
    }
    out << "Emergency termination filed as approval #" << request->id << ". A second person approves it with:\n"
        << "  tenure-cli approvals approve --workspace " << session->workspace->path() << ' ' << request->id << Qt::endl;
    return Success;
}

int runHolds(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const auto action = arguments.value(1);
    if (action != QLatin1String("list") && action != QLatin1String("place") && action != QLatin1String("clear")) {
        err << "usage: tenure-cli holds list --workspace FILE\n"
               "       tenure-cli holds place --workspace FILE --worker ID --reason TEXT [--kind reenable|any-change]\n"
               "       tenure-cli holds clear --workspace FILE ID --reason TEXT"
            << Qt::endl;
        return Usage;
    }
    QCommandLineParser parser;
    addWorkspaceOptions(parser);
    parser.addOption({QStringLiteral("worker"), QStringLiteral("The worker id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("reason"), QStringLiteral("Why."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("kind"), QStringLiteral("reenable (default) or any-change."), QStringLiteral("KIND"),
                      QStringLiteral("reenable")});
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("The hold to clear."));
    int code = Success;
    auto session = openFor(parser, arguments, err, &code);
    if (!session)
        return code;
    const auto holds = session->workspace->holds(App::currentOperator());
    if (action == QLatin1String("list")) {
        auto list = holds.active();
        if (!list) {
            printError(err, list.error());
            return Failed;
        }
        for (const auto& hold : *list)
            out << '#' << hold.id << "  worker " << hold.workerId << "  " << Models::holdKindName(hold.kind) << "  by "
                << hold.placedBy << " at " << hold.placedAt.toString(Qt::ISODate) << ": " << hold.reason << '\n';
        if (list->isEmpty())
            out << "No active holds.\n";
        return Success;
    }
    if (action == QLatin1String("place")) {
        Models::Hold hold;
        hold.workerId = parser.value(QStringLiteral("worker"));
        hold.reason = parser.value(QStringLiteral("reason"));
        hold.kind = parser.value(QStringLiteral("kind")) == QLatin1String("any-change") ? Models::HoldKind::AnyChange
                                                                                         : Models::HoldKind::Reenable;
        auto placed = holds.place(hold);
        if (!placed) {
            printError(err, placed.error());
            return Failed;
        }
        out << "Hold #" << placed->id << " placed on worker " << placed->workerId << Qt::endl;
        return Success;
    }
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).remove(u'#').toLongLong(&ok);
    if (!ok || parser.value(QStringLiteral("reason")).isEmpty()) {
        err << "error: give the hold's number and --reason" << Qt::endl;
        return Usage;
    }
    if (auto cleared = holds.clear(id, parser.value(QStringLiteral("reason"))); !cleared) {
        printError(err, cleared.error());
        return Failed;
    }
    out << "Hold #" << id << " cleared." << Qt::endl;
    return Success;
}

// Due work as App::DueWork defines it, for schedulers.
int runDue(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    addWorkspaceOptions(parser);
    int code = Success;
    auto session = openSession(parser, arguments, err, &code, false);
    if (!session)
        return code;
    const QStringList tenants = parser.isSet(QStringLiteral("tenant")) ? QStringList{parser.value(QStringLiteral("tenant"))}
                                                                        : QStringList{};
    App::DueWork work(*session->workspace, session->connectors, App::currentOperator());
    auto reports = work.run(tenants, {});
    if (!reports) {
        printError(err, reports.error());
        return Failed;
    }
    int result = Success;
    for (const auto& report : *reports) {
        out << report.tenant << ": " << report.due << " due, " << report.later << " later" << Qt::endl;
        if (report.run)
            out << report.tenant << ": run " << report.run->runId << ": " << report.run->confirmed << " confirmed, "
                << report.run->failed << " failed, " << report.run->skipped << " skipped" << Qt::endl;
        if (report.error) {
            printError(err, *report.error);
            result = report.blocked ? PlanBlocked : Failed;
        } else if (report.run && report.run->failed) {
            result = OperationsFailed;
        }
    }
    return result;
}

} // namespace Tenure::Cli
