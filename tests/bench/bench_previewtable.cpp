// The Preview page over a big plan (tests/support/syntheticplan.h: 1 % joiners, 5 % movers, …):
//   first paint   PreviewPage::showPlan (model, counts, chips, chart, summary) until the page has
//                 painted the table (a synchronous repaint of the whole page);
//   text filter   PlanModel::setTextFilter until the filtered rows are painted (the page waits
//                 another 150 ms after the last key before it filters; not counted here);
//   sort          PlanModel::sort on a column until the sorted rows are painted.
// Filter and sort run on the thread pool for big plans; the time is until the view shows the
// result. Each measurement is repeated; medians and the slowest are printed, with the CPU time
// the process spent meanwhile (all threads): on a machine shared with other work the wall time
// grows with the load, the CPU time much less.
//   QT_QPA_PLATFORM=offscreen bench_previewtable [operations=1000000] [runs=7]
#include "tests/bench/median.h"
#include "app/connectorfactory.h"
#include "app/secrets/memorysecretstore.h"
#include "app/workspace.h"
#include "models/items/planmodel.h"
#include "resources/initresources.h"
#include "tests/support/syntheticplan.h"
#include "ui/previewpage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <time.h>

using namespace Tenure;

namespace {

using Tenure::Bench::median;

double maximum(const QList<double>& values) { return *std::max_element(values.cbegin(), values.cend()); }

double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

// One measurement: wall time and the process's CPU time, from start() to the paint.
struct Stopwatch {
    QElapsedTimer wall;
    double cpuStart = 0;
    void start()
    {
        cpuStart = cpuMs();
        wall.start();
    }
};

struct Sample {
    QList<double> wall;
    QList<double> cpu;
};

void report(const char* what, const Sample& ms, const QString& note = {})
{
    std::printf("%-34s median %8.1f ms (cpu %7.1f ms)   max %8.1f ms   (%lld runs)%s%s\n", what, median(ms.wall),
                median(ms.cpu), maximum(ms.wall), static_cast<long long>(ms.wall.size()), note.isEmpty() ? "" : "   ",
                qPrintable(note));
    std::fflush(stdout);
}

// Runs the event loop until the model's index has arrived, sleeping meanwhile (a busy loop
// would add its own CPU time to the measurement).
void waitForIndex(Models::PlanModel* model)
{
    if (!model->isIndexing())
        return;
    QEventLoop loop;
    QObject::connect(model, &Models::PlanModel::indexingChanged, &loop, [&loop](bool indexing) {
        if (!indexing)
            loop.quit();
    });
    loop.exec();
}

// Waits until the model has its rows, then paints the page.
void untilPainted(const Stopwatch& watch, Models::PlanModel* model, QWidget* page, Sample* sample)
{
    waitForIndex(model);
    page->repaint();
    sample->wall << watch.wall.nsecsElapsed() / 1e6;
    sample->cpu << cpuMs() - watch.cpuStart;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int operations = argc > 1 ? std::atoi(argv[1]) : 1000000;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 7;
    QTemporaryDir dir;
    QCoreApplication::setOrganizationName(QStringLiteral("TenureBench"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
    Ui::initResources();

    QElapsedTimer build;
    build.start();
    const auto plan = Tests::syntheticPlan(operations);
    std::printf("%d operations generated in %.1f s\n", operations, build.elapsed() / 1000.0);

    auto workspace = App::Workspace::open(dir.filePath(QStringLiteral("bench.tenure")));
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(workspace.error().describe()));
        return 1;
    }
    App::MemorySecretStore secrets;
    App::ConnectorFactory connectors(secrets);
    Ui::PreviewPage page(**workspace, connectors, QStringLiteral("bench"));
    page.resize(1280, 800);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page)) {
        std::fprintf(stderr, "the page was never shown\n");
        return 1;
    }
    auto* model = page.model();

    // First paint: a new plan each time (a refresh's result), alternating between two plans so
    // that no run sees the one it replaces.
    const auto other = Tests::syntheticPlan(operations);
    Sample firstPaint;
    for (int run = 0; run < runs; ++run) {
        const App::StoredPlan stored{run + 1, run % 2 ? other : plan};
        Stopwatch watch;
        watch.start();
        page.showPlan(stored, false);
        untilPainted(watch, model, &page, &firstPaint);
        if (model->rowCount() != operations) {
            std::fprintf(stderr, "the table shows %d rows, not %d\n", model->rowCount(), operations);
            return 1;
        }
    }
    report("first paint (showPlan → painted)", firstPaint);

    const QStringList needles{QStringLiteral("berg"), QStringLiteral("w00123"), QStringLiteral("title"),
                              QStringLiteral("ZOË"), QStringLiteral("no such thing"), QStringLiteral("leaver"),
                              QStringLiteral("ou=people")};
    Sample filter;
    QList<int> matches;
    for (int run = 0; run < runs; ++run) {
        Stopwatch watch;
        watch.start();
        model->setTextFilter(needles.at(run % needles.size()));
        untilPainted(watch, model, &page, &filter);
        matches << model->rowCount();
        model->setTextFilter({});
        waitForIndex(model);
    }
    QStringList found;
    for (int i = 0; i < matches.size(); ++i)
        found << QStringLiteral("“%1” %2").arg(needles.at(i % needles.size())).arg(matches.at(i));
    report("text filter (set → painted)", filter, found.join(QStringLiteral(", ")));

    const struct {
        const char* name;
        int column;
    } columns[] = {{"sort by worker (text)", Models::PlanModel::WorkerColumn},
                   {"sort by name (text)", Models::PlanModel::NameColumn},
                   {"sort by target (text)", Models::PlanModel::TargetColumn},
                   {"sort by changed attributes (text)", Models::PlanModel::ChangesColumn},
                   {"sort by category (number)", Models::PlanModel::CategoryColumn}};
    for (const auto& column : columns) {
        Sample sort;
        for (int run = 0; run < runs; ++run) {
            Stopwatch watch;
            watch.start();
            model->sort(column.column, run % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
            untilPainted(watch, model, &page, &sort);
        }
        report(column.name, sort);
    }

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak memory %.0f MB\n", usage.ru_maxrss / 1024.0);
    return 0;
}
