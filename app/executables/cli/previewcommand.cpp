#include "previewcommand.h"

#include "app/documents/planexportfile.h"
#include "app/export/planexport.h"
#include "app/previewservice.h"
#include "clisession.h"
#include "exitcodes.h"

#include <QFileInfo>
#include <QSaveFile>

namespace Tenure::Cli {
namespace {

const QStringList TextFormats{QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")};
const QStringList FileFormats{QStringLiteral("xlsx"), QStringLiteral("pdf")};

// --format, or else what --output's suffix names, or else the table.
QString chosenFormat(const QString& format, const QString& output)
{
    if (!format.isEmpty())
        return format.toLower();
    const QString suffix = QFileInfo(output).suffix().toLower();
    return TextFormats.contains(suffix) || FileFormats.contains(suffix) ? suffix : QStringLiteral("table");
}

// The value of `--name VALUE` or `--name=VALUE` in raw command-line words.
QString optionValue(const QStringList& words, const QString& name)
{
    const QString flag = QStringLiteral("--") + name;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (words.at(i) == flag && i + 1 < words.size())
            return words.at(i + 1);
        if (words.at(i).startsWith(flag + QLatin1Char('=')))
            return words.at(i).mid(flag.size() + 1);
    }
    return {};
}

} // namespace

bool previewWantsPdf(const QStringList& commandLine)
{
    if (commandLine.size() < 2 || commandLine.at(1) != QLatin1String("preview"))
        return false;
    return chosenFormat(optionValue(commandLine, QStringLiteral("format")),
                        optionValue(commandLine, QStringLiteral("output")))
           == QLatin1String("pdf");
}

int runPreview(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Plan a sync and print it, or write it to a file; nothing is "
                                                    "written to the directory."));
    addWorkspaceOptions(parser);
    parser.addOption({QStringLiteral("format"),
                      QStringLiteral("table (default), json or csv on stdout; xlsx or pdf need --output. "
                                     "Without it, --output's suffix decides."),
                      QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("output"),
                      QStringLiteral("Write the plan to FILE instead of stdout (whole or not at all)."),
                      QStringLiteral("FILE")});
    int code = Success;
    auto session = openSession(parser, arguments, err, &code);
    if (!session)
        return code;
    const QString output = parser.value(QStringLiteral("output"));
    const QString format = chosenFormat(parser.value(QStringLiteral("format")), output);
    if (!TextFormats.contains(format) && !FileFormats.contains(format)) {
        err << "error: --format must be table, json, csv, xlsx or pdf" << Qt::endl;
        return Usage;
    }
    if (FileFormats.contains(format) && output.isEmpty()) {
        err << "error: --format " << format << " writes a file: give it with --output FILE" << Qt::endl;
        return Usage;
    }

    App::PreviewService preview(*session->workspace, session->connectors);
    auto stored = preview.preview(parser.value(QStringLiteral("tenant")), {});
    if (!stored) {
        printError(err, stored.error());
        return Failed;
    }
    const int planCode = stored->plan.isBlocked() ? PlanBlocked : Success;

    App::PlanExportFormat fileFormat = App::PlanExportFormat::Csv;
    if (!output.isEmpty() && App::planExportFormatFromName(format, &fileFormat)) {
        auto written = App::exportPlanToFile(fileFormat, App::PlanSelection::whole(stored->plan, stored->id), output);
        if (!written) {
            printError(err, written.error());
            return Failed;
        }
        out << "Plan " << stored->id << " (" << written->operations << " operations) written to " << output << " as "
            << format.toUpper() << '\n';
        out.flush();
        return planCode;
    }

    QByteArray text;
    if (format == QLatin1String("json"))
        text = App::planAsJson(stored->plan, stored->id);
    else if (format == QLatin1String("csv"))
        text = App::planAsCsv(stored->plan);
    else
        text = (App::planAsTable(stored->plan) + QStringLiteral("Plan %1 stored in %2\n").arg(stored->id).arg(session->workspace->path()))
                   .toUtf8();
    if (output.isEmpty()) {
        out << text;   // QTextStream reads a QByteArray as UTF-8
        out.flush();
        return planCode;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        err << "error: cannot write " << output << ": " << file.errorString() << Qt::endl;
        return Failed;
    }
    out << "Plan " << stored->id << " (" << stored->plan.operations.size() << " operations) written to " << output
        << " as " << format.toUpper() << '\n';
    return planCode;
}

} // namespace Tenure::Cli
