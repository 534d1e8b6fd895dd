#include "clisession.h"

#include "exitcodes.h"

#include <QFileInfo>

namespace Tenure::Cli {

void addWorkspaceOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("workspace"), QStringLiteral("The workspace file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("tenant"), QStringLiteral("The directory tenant."), QStringLiteral("NAME")});
    parser.addHelpOption();
}

void printError(QTextStream& err, const Models::Error& error)
{
    err << "error: " << error.describe() << Qt::endl;
}

std::unique_ptr<CliSession> openSession(QCommandLineParser& parser, const QStringList& arguments, QTextStream& err,
                                        int* exitCode, bool tenantRequired)
{
    *exitCode = Usage;
    if (!parser.parse(arguments)) {
        err << "error: " << parser.errorText() << Qt::endl;
        return nullptr;
    }
    const auto path = parser.value(QStringLiteral("workspace"));
    if (path.isEmpty() || (tenantRequired && parser.value(QStringLiteral("tenant")).isEmpty())) {
        err << (tenantRequired ? "error: --workspace FILE and --tenant NAME are required" : "error: --workspace FILE is required")
            << Qt::endl;
        return nullptr;
    }
    *exitCode = Failed;
    if (!QFileInfo::exists(path)) {
        err << "error: the workspace " << path << " does not exist" << Qt::endl;
        return nullptr;
    }
    auto workspace = App::Workspace::open(path);
    if (!workspace) {
        printError(err, workspace.error());
        return nullptr;
    }
    auto session = std::make_unique<CliSession>();
    session->workspace = std::move(*workspace);
    *exitCode = Success;
    return session;
}

} // namespace Tenure::Cli
