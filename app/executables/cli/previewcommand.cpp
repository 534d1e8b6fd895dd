#include "previewcommand.h"

#include "app/export/planexport.h"
#include "app/previewservice.h"
#include "clisession.h"
#include "exitcodes.h"

namespace Tenure::Cli {

int runPreview(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Plan a sync and print it; nothing is written."));
    addWorkspaceOptions(parser);
    parser.addOption({QStringLiteral("format"), QStringLiteral("table (default), json or csv."), QStringLiteral("FORMAT"),
                      QStringLiteral("table")});
    int code = Success;
    auto session = openSession(parser, arguments, err, &code);
    if (!session)
        return code;
    const auto format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json") && format != QLatin1String("csv")) {
        err << "error: --format must be table, json or csv" << Qt::endl;
        return Usage;
    }

    App::PreviewService preview(*session->workspace, session->connectors);
    auto stored = preview.preview(parser.value(QStringLiteral("tenant")), {});
    if (!stored) {
        printError(err, stored.error());
        return Failed;
    }
    if (format == QLatin1String("json"))
        out << App::planAsJson(stored->plan, stored->id);
    else if (format == QLatin1String("csv"))
        out << App::planAsCsv(stored->plan);
    else
        out << App::planAsTable(stored->plan) << "Plan " << stored->id << " stored in " << session->workspace->path()
            << '\n';
    out.flush();
    return stored->plan.isBlocked() ? PlanBlocked : Success;
}

} // namespace Tenure::Cli
