// tenure-cli: the headless console. The composition root for scheduled and scripted work.
#include "app/logging/log.h"
#include "auditcommand.h"
#include "democommand.h"
#include "evalcommand.h"
#include "mappingcommand.h"
#include "exitcodes.h"
#include "passwordscommand.h"
#include "peoplecommands.h"
#include "previewcommand.h"
#include "rolecommand.h"
#include "secretcommand.h"
#include "synccommand.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>
#include <memory>

namespace {

using namespace Tenure::Cli;

using Command = int (*)(const QStringList&, QTextStream&, QTextStream&);

struct CommandEntry {
    const char* name;
    Command run;
    const char* summary;
};

const CommandEntry commands[] = {
    {"preview", runPreview, "preview --workspace FILE --tenant NAME [--format table|json|csv|xlsx|pdf] [--output FILE]\n"
                            "      Plan a sync and print it, or write it to FILE. Nothing is written to the directory."},
    {"sync", runSync, "sync --workspace FILE --tenant NAME [--yes]\n"
                      "      Plan, show the counts, ask (or --yes), and carry the plan out."},
    {"run-due", runDue, "run-due --workspace FILE [--tenant NAME]\n"
                        "      Carry out what has become due (starts, last days, pre-hire enables); for schedulers."},
    {"approvals", runApprovals, "approvals list|approve|reject --workspace FILE [ID] [--reason TEXT] [--choice reactivate|new-account]\n"
                                "      The approval queue; the requester can never approve their own request."},
    {"terminate", runTerminate, "terminate --workspace FILE --worker ID --reason TEXT\n"
                                "      Request an emergency termination; a second person approves it with `approvals approve`."},
    {"roles", runRoles, "roles list|grant|revoke --workspace FILE [--operator NAME] [--role admin|hr-staff]\n"
                        "      Who decides what: hr-staff decide emergency terminations and rehires, admins everything."},
    {"holds", runHolds, "holds list|place|clear --workspace FILE [ID] [--worker ID] [--reason TEXT]\n"
                        "      Holds that stop automated changes for a worker."},
    {"passwords", runPasswords, "passwords list|take --workspace FILE [--tenant NAME] [ACCOUNT]\n"
                                "      New accounts' initial passwords waiting in the keychain; `take` prints one once and\n"
                                "      removes it (audited, never with the password)."},
    {"set-secret", runSetSecret, "set-secret --workspace FILE --tenant NAME\n"
                                 "      Store the tenant's secret, read as one line from stdin, in the OS keychain."},
    {"eval", [](const QStringList& arguments, QTextStream& out, QTextStream& err) { return runEval(arguments.mid(1), out, err); },
     "eval [--record JSON_OBJECT] [--now ISO_8601] [--taken JSON_ARRAY] EXPRESSION\n"
     "      Evaluate a mapping expression; prints {\"value\": V, \"flows\": B}. Exit 2: parse error, 3: evaluation error."},
    {"mapping", runMapping, "mapping export|import|use-template --workspace FILE --tenant NAME [FILE|TEMPLATE], mapping templates\n"
                            "      Export or import a tenant's mapping set (JSON, or --entra-schema), or start from a template."},
    {"demo", runDemo, "demo init --dir DIR --ldaps-url URL --ca-file FILE [--today YYYY-MM-DD] [--force]\n"
                      "      Create the demo company (HR CSV, directory seed LDIF, workspace); the directory\n"
                      "      admin password is read as one line from stdin and stored in the OS keychain.\n"
                      "  demo use-hr --workspace FILE --kind csv|workday|successfactors|bamboohr [--endpoint URL]\n"
                      "      [--ca-file FILE] [--user NAME] [--company ID]\n"
                      "      Point the demo's HR tenant at the CSV export or a local HR server and the Directory's\n"
                      "      mapping at its field names (audited); a server's password or API key is read from stdin."},
    {"audit", runAudit, "audit verify|list|export --workspace FILE [--format csv|json] [--actor A] [--action PREFIX]\n"
                        "      [--subject S] [--text T] [--since ISO] [--until ISO]\n"
                        "      Check the audit log's hash chain (exit 6 names the first bad event), or read it."},
};

void printHelp(QTextStream& out)
{
    out << "Usage: tenure-cli COMMAND [OPTIONS]   (tenure-cli COMMAND --help for its options)\n\nCommands:\n";
    for (const auto& command : commands)
        out << "  " << command.summary << '\n';
    out << "\nExit codes:\n"
           "  0   success\n"
           "  1   the command failed (workspace, settings, connection); the message says why\n"
           "  3   sync: some operations failed\n"
           "  4   a safety rule blocked the plan; nothing was written\n"
           "  5   sync: not confirmed; nothing was written\n"
           "  6   audit verify: the audit log was tampered with (an event edited, removed or reordered)\n"
           "  64  bad command line\n";
}

// A PDF export draws text, and Qt's fonts come with its Gui module: only then is the application
// a QGuiApplication, on the offscreen platform unless one is set, so no display is ever needed.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv)
{
    QStringList words;
    for (int i = 0; i < argc; ++i)
        words << QString::fromLocal8Bit(argv[i]);
    if (!previewWantsPdf(words))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char** argv)
{
    const auto application = makeApplication(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Tenure"));
    QCoreApplication::setApplicationName(QStringLiteral("Tenure"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TENURE_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto arguments = app.arguments();
    if (arguments.size() < 2 || arguments.at(1) == QLatin1String("--help") || arguments.at(1) == QLatin1String("-h")) {
        printHelp(arguments.size() < 2 ? err : out);
        return arguments.size() < 2 ? Usage : Success;
    }
    if (arguments.at(1) == QLatin1String("--version")) {
        out << "tenure-cli " << TENURE_VERSION << Qt::endl;
        return Success;
    }

    Tenure::App::Log::Options logging;
    // The CLI's own messages say what went wrong; the console shows diagnostics from errors up,
    // everything with TENURE_LOG_CONSOLE=1. The rotating file keeps info and up either way.
    const bool verbose = qEnvironmentVariableIsSet("TENURE_LOG_CONSOLE");
    logging.toConsole = true;
    logging.consoleLevel = verbose ? spdlog::level::debug : spdlog::level::err;
    logging.level = verbose ? spdlog::level::debug : spdlog::level::info;
    Tenure::App::Log::init(logging);

    int code = Usage;
    bool known = false;
    for (const auto& command : commands) {
        if (arguments.at(1) == QLatin1String(command.name)) {
            known = true;
            // QCommandLineParser expects the program name first.
            code = command.run(QStringList{arguments.at(0)} + arguments.mid(2), out, err);
        }
    }
    if (!known) {
        err << "error: unknown command '" << arguments.at(1) << "'\n\n";
        printHelp(err);
    }
    out.flush();
    err.flush();
    Tenure::App::Log::shutdown();
    return code;
}
