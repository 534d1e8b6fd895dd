#include "demousehrcommand.h"

#include "app/demo/demohrsource.h"
#include "clisession.h"
#include "exitcodes.h"

#include <QCommandLineParser>

namespace Tenure::Cli {
namespace {

void addUseHrOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Switch the demo's HR source: the tenant HR reads the CSV export or a local HR server "
        "(tenure-workday-server, tenure-successfactors-server, tenure-bamboohr-server), and the Directory's "
        "mapping becomes the demo mapping for that source's field names. Both changes are audited. For a "
        "server, its password (Workday, SuccessFactors) or API key (BambooHR) is read as one line from stdin "
        "and stored in the OS keychain."));
    parser.addPositionalArgument(QStringLiteral("use-hr"), QStringLiteral("Switch the demo's HR source."));
    parser.addOption({QStringLiteral("workspace"), QStringLiteral("The demo workspace (demo.tenure)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("kind"), QStringLiteral("csv, workday, successfactors or bamboohr."),
                      QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("endpoint"),
                      QStringLiteral("The URL the server printed (workday: its endpoint; successfactors, bamboohr: its "
                                     "API server); csv: the export (default: workers.csv beside the workspace)."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("ca-file"), QStringLiteral("The CA file the server printed."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("user"),
                      QStringLiteral("workday: the integration user (isu_tenure@tenant); successfactors: the API user."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("company"),
                      QStringLiteral("successfactors: the company id; bamboohr: the company domain."),
                      QStringLiteral("ID")});
    parser.addHelpOption();
}

} // namespace

int runDemoUseHr(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    addUseHrOptions(parser);
    if (!parser.parse(arguments)) {
        err << "error: " << parser.errorText() << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments() != QStringList{QStringLiteral("use-hr")}) {
        err << "error: usage: tenure-cli demo use-hr --workspace FILE --kind csv|workday|successfactors|bamboohr "
               "[--endpoint URL] [--ca-file FILE] [--user NAME] [--company ID]"
            << Qt::endl;
        return Usage;
    }
    auto kind = App::Demo::demoHrKindFromName(parser.value(QStringLiteral("kind")));
    if (!kind) {
        printError(err, kind.error());
        return Usage;
    }
    App::Demo::DemoHrConnection connection;
    connection.kind = *kind;
    connection.endpoint = parser.value(QStringLiteral("endpoint"));
    connection.caFile = parser.value(QStringLiteral("ca-file"));
    connection.user = parser.value(QStringLiteral("user"));
    connection.company = parser.value(QStringLiteral("company"));

    int code = Success;
    auto session = openSession(parser, arguments, err, &code, /*tenantRequired=*/false);
    if (!session)
        return code;

    // One line on stdin: a password on the command line would show in `ps` and the shell history.
    QString secret;
    if (connection.kind != App::Demo::DemoHrKind::Csv) {
        QTextStream in(stdin);
        secret = in.readLine();
        if (secret.isEmpty()) {
            err << "error: no " << (connection.kind == App::Demo::DemoHrKind::BambooHr ? "API key" : "password")
                << " on stdin (pipe it in as one line)" << Qt::endl;
            return Usage;
        }
    }
    auto switched = App::Demo::useDemoHrSource(*session->workspace, session->secrets, connection, secret);
    if (!switched) {
        printError(err, switched.error());
        return Failed;
    }
    out << "The demo's HR tenant " << switched->hrTenant.name << " now reads " << switched->hrTenant.type;
    if (!connection.endpoint.isEmpty())
        out << " at " << connection.endpoint;
    out << '\n';
    if (switched->mappingVersion > 0)
        out << "The Directory's mapping reads its fields: version " << switched->mappingVersion << '\n';
    else
        out << "The Directory's mapping already reads its fields\n";
    out.flush();
    return Success;
}

} // namespace Tenure::Cli
