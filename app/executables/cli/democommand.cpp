#include "democommand.h"

#include "app/demo/demoworkspace.h"
#include "app/secrets/keychainsecretstore.h"
#include "clisession.h"
#include "demousehrcommand.h"
#include "exitcodes.h"

#include <QCommandLineParser>
#include <QLocale>

namespace Tenure::Cli {
namespace {

void addInitOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Create the demo: DIR/workers.csv (HR), DIR/directory-seed.ldif (the directory before the first sync) "
        "and DIR/demo.tenure (a workspace with the tenants HR and Directory and the demo mapping). "
        "The directory admin password is read as one line from stdin and stored in the OS keychain."));
    parser.addPositionalArgument(QStringLiteral("init"), QStringLiteral("Create the demo files."));
    parser.addOption({QStringLiteral("dir"), QStringLiteral("The folder to create the demo in."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("ldaps-url"), QStringLiteral("The demo directory, e.g. ldaps://127.0.0.1:3891."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("ca-file"), QStringLiteral("The directory's certificate (PEM) to trust."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("today"),
                      QStringLiteral("The day the demo's dates are relative to (default: today)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("force"), QStringLiteral("Replace a demo already in DIR.")});
    parser.addHelpOption();
}

void printSummary(QTextStream& out, const App::Demo::DemoInitResult& result)
{
    const QLocale c = QLocale::c();
    out << "Created the demo:\n"
        << "  HR export        " << result.csvPath << " (" << c.toString(result.hrRows) << " rows)\n"
        << "  directory seed   " << result.ldifPath << " (" << c.toString(result.accounts) << " accounts)\n"
        << "  workspace        " << result.workspacePath << '\n'
        << "  admin password   in the OS keychain as " << result.secretRef << '\n'
        << "The first preview should show: ";
    QStringList counts;
    for (auto it = result.expected.cbegin(); it != result.expected.cend(); ++it)
        counts.append(QStringLiteral("%1 %2").arg(Models::categoryName(it.key())).arg(it.value()));
    out << counts.join(QStringLiteral(", ")) << Qt::endl;
}

} // namespace

int runDemo(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    if (arguments.value(1) == QLatin1String("use-hr"))
        return runDemoUseHr(arguments, out, err);
    QCommandLineParser parser;
    addInitOptions(parser);
    if (!parser.parse(arguments)) {
        err << "error: " << parser.errorText() << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Success;
    }
    const auto positional = parser.positionalArguments();
    if (positional != QStringList{QStringLiteral("init")}) {
        err << "error: usage: tenure-cli demo init --dir DIR --ldaps-url URL --ca-file FILE [--today YYYY-MM-DD] "
               "[--force]\n       tenure-cli demo use-hr --workspace FILE --kind csv|workday|successfactors|bamboohr …"
            << Qt::endl;
        return Usage;
    }
    App::Demo::DemoInitOptions options;
    options.directory = parser.value(QStringLiteral("dir"));
    options.ldapsUrl = parser.value(QStringLiteral("ldaps-url"));
    options.caFile = parser.value(QStringLiteral("ca-file"));
    options.replace = parser.isSet(QStringLiteral("force"));
    if (options.directory.isEmpty() || options.ldapsUrl.isEmpty() || options.caFile.isEmpty()) {
        err << "error: --dir, --ldaps-url and --ca-file are required" << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("today"))) {
        options.today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!options.today.isValid()) {
            err << "error: --today must be a date as YYYY-MM-DD (got '" << parser.value(QStringLiteral("today"))
                << "')" << Qt::endl;
            return Usage;
        }
    }

    // One line on stdin: a password on the command line would show in `ps` and the shell history.
    QTextStream in(stdin);
    const auto password = in.readLine();
    if (password.isEmpty()) {
        err << "error: no directory admin password on stdin (pipe it in as one line)" << Qt::endl;
        return Usage;
    }

    App::KeychainSecretStore secrets;
    auto result = App::Demo::initDemo(options, secrets, password);
    if (!result) {
        printError(err, result.error());
        return Failed;
    }
    printSummary(out, *result);
    return Success;
}

} // namespace Tenure::Cli
