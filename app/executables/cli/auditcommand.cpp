#include "auditcommand.h"

#include "app/export/auditexport.h"
#include "app/workspace.h"
#include "clisession.h"
#include "exitcodes.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace Tenure::Cli {
namespace {

const char usage[] = "usage: tenure-cli audit verify --workspace FILE\n"
                     "       tenure-cli audit list --workspace FILE [FILTERS] [--last N]\n"
                     "       tenure-cli audit export --workspace FILE [--format csv|json] [FILTERS]\n"
                     "FILTERS: --actor NAME --action PREFIX --subject S --text T --since ISO --until ISO\n"
                     "         (times without a zone are UTC; --until DATE includes that whole day)";

// "2024-05-01", "2024-05-01T12:00", "2024-05-01T12:00:00Z", "…+02:00". A date alone starts its day,
// or, as an upper bound, ends it: `--until 2024-05-31` means through the end of May 31.
bool parseTime(const QString& text, bool upperBound, QDateTime* out)
{
    if (text.isEmpty())
        return true;
    if (const auto date = QDate::fromString(text, Qt::ISODate); date.isValid() && text.size() == 10) {
        *out = QDateTime(date, upperBound ? QTime(23, 59, 59, 999) : QTime(0, 0), Qt::UTC);
        return true;
    }
    auto at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        return false;
    if (at.timeSpec() == Qt::LocalTime)   // no zone given: the log's own zone, UTC
        at.setTimeSpec(Qt::UTC);
    *out = at;
    return true;
}

int verify(const App::Workspace& workspace, QTextStream& out, QTextStream& err)
{
    auto verdict = workspace.audit().verify();
    if (!verdict) {
        printError(err, verdict.error());
        return Failed;
    }
    if (verdict->intact()) {
        out << verdict->events << " events, chain intact" << Qt::endl;
        return Success;
    }
    const auto& broken = *verdict->firstBreak;
    err << "audit log tampered: first bad event: seq " << broken.seq;
    if (!broken.at.isEmpty())
        err << ", " << broken.at << ", " << broken.action;
    err << "\n  " << broken.message << "\n  (" << verdict->events << " events before it are intact)" << Qt::endl;
    return AuditTampered;
}

} // namespace

int runAudit(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const auto action = arguments.value(1);
    if (action != QLatin1String("verify") && action != QLatin1String("list") && action != QLatin1String("export")) {
        err << usage << Qt::endl;
        return Usage;
    }
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("workspace"), QStringLiteral("The workspace file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("export: csv (default) or json."), QStringLiteral("FORMAT"),
                      QStringLiteral("csv")});
    parser.addOption({QStringLiteral("actor"), QStringLiteral("Only events by this operator."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("action"), QStringLiteral("Only actions starting with this (run., tenant.saved)."),
                      QStringLiteral("PREFIX")});
    parser.addOption({QStringLiteral("subject"), QStringLiteral("Only this tenant, worker id, plan/N or run/N."),
                      QStringLiteral("S")});
    parser.addOption({QStringLiteral("text"), QStringLiteral("Only events mentioning this."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("since"), QStringLiteral("Only events at or after this time."), QStringLiteral("ISO")});
    parser.addOption({QStringLiteral("until"), QStringLiteral("Only events at or before this time."), QStringLiteral("ISO")});
    parser.addOption({QStringLiteral("last"), QStringLiteral("list: only the last N events."), QStringLiteral("N")});
    if (!parser.parse(QStringList{arguments.at(0)} + arguments.mid(2))) {
        err << "error: " << parser.errorText() << '\n' << usage << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << usage << Qt::endl;
        return Success;
    }
    const auto path = parser.value(QStringLiteral("workspace"));
    const auto format = parser.value(QStringLiteral("format"));
    Models::AuditFilter filter;
    filter.actor = parser.value(QStringLiteral("actor"));
    filter.actionPrefix = parser.value(QStringLiteral("action"));
    filter.subject = parser.value(QStringLiteral("subject"));
    filter.text = parser.value(QStringLiteral("text"));
    bool lastOk = true;
    const int last = parser.isSet(QStringLiteral("last")) ? parser.value(QStringLiteral("last")).toInt(&lastOk) : 0;
    if (path.isEmpty() || (format != QLatin1String("csv") && format != QLatin1String("json")) || !lastOk || last < 0
        || !parseTime(parser.value(QStringLiteral("since")), false, &filter.from)
        || !parseTime(parser.value(QStringLiteral("until")), true, &filter.to)) {
        err << "error: bad arguments\n" << usage << Qt::endl;
        return Usage;
    }
    // Never create a workspace here: verifying a mistyped path must not report an empty, intact log.
    if (!QFileInfo::exists(path)) {
        err << "error: the workspace " << path << " does not exist" << Qt::endl;
        return Failed;
    }
    auto workspace = App::Workspace::open(path);
    if (!workspace) {
        printError(err, workspace.error());
        return Failed;
    }
    if (action == QLatin1String("verify"))
        return verify(**workspace, out, err);

    auto events = (*workspace)->audit().query(filter);
    if (!events) {
        printError(err, events.error());
        return Failed;
    }
    if (action == QLatin1String("list")) {
        if (last > 0 && events->size() > last)
            events->remove(0, events->size() - last);
        out << App::auditAsTable(*events);
    } else {
        out << (format == QLatin1String("json") ? App::auditAsJson(*events) : App::auditAsCsv(*events));
    }
    return Success;
}

} // namespace Tenure::Cli
