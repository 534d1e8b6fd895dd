// Cold start of the console on a big workspace: process start → main window shown with the
// Preview page usable (the tenant's latest stored plan painted in the table).
// The workspace: an HR CSV of N workers, the tenants "HR" (that CSV) and "Directory" (LDAP; never
// contacted at start), a mapping, and a stored plan of N operations (tests/support/syntheticplan.h),
// as a refresh over N workers leaves it. Each run starts `tenure --workspace W --quit-when-ready`
// afresh (offscreen, or on $DISPLAY when TENURE_BENCH_DISPLAY=1) and times, from just before the
// process is started: the "ready" line it prints once the plan is painted, and its exit. Its
// own settings and logs go to a temporary folder. With a folder as third argument the workspace
// is made there (or reused when it is already there) and kept, for profiling or hyperfine:
//   bench_coldstart [workers=100000] [runs=7] [folder]
//   hyperfine "tenure --workspace FOLDER/big.tenure --quit-when-ready"
#include "tests/bench/median.h"
#include "app/workspace.h"
#include "models/mapping/mappingset.h"
#include "tests/support/syntheticplan.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace Tenure;

namespace {

using Tenure::Bench::median;

bool writeHrCsv(const QString& path, int workers)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray csv = "WorkerID,FirstName,LastName,DisplayName,Title,Department,Status,HireDate\n";
    for (int i = 0; i < workers; ++i) {
        const QByteArray id = "W" + QByteArray::number(i + 1).rightJustified(7, '0');
        csv += id + ",Ann,Lee" + QByteArray::number(i % 997) + ",Ann Lee" + QByteArray::number(i % 997)
               + ",Engineer,Finance,Active,2019-03-01\n";
    }
    return file.write(csv) == csv.size();
}

bool createWorkspace(const QString& dir, int workers, QString* path)
{
    const QString csvPath = dir + QStringLiteral("/workers.csv");
    if (!writeHrCsv(csvPath, workers))
        return false;
    *path = dir + QStringLiteral("/big.tenure");
    auto workspace = App::Workspace::open(*path);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(workspace.error().describe()));
        return false;
    }
    Models::Tenant hr;
    hr.name = QStringLiteral("HR");
    hr.role = Models::TenantRole::HrSource;
    hr.type = QStringLiteral("csv");
    hr.settings = {{QStringLiteral("path"), csvPath},
                   {QStringLiteral("delimiter"), QStringLiteral("auto")},
                   {QStringLiteral("workerIdColumn"), QStringLiteral("WorkerID")}};
    Models::Tenant directory;
    directory.name = QStringLiteral("Directory");
    directory.type = QStringLiteral("ldap");
    directory.settings = {{QStringLiteral("url"), QStringLiteral("ldaps://127.0.0.1:1")},
                          {QStringLiteral("bindDn"), QStringLiteral("cn=admin,dc=example,dc=test")},
                          {QStringLiteral("baseDn"), QStringLiteral("ou=People,dc=example,dc=test")}};
    directory.secretRef = *path + QStringLiteral("/Directory");
    directory.sourceTenant = hr.name;
    for (const auto& tenant : {hr, directory})
        if (!(*workspace)->tenants().save(tenant))
            return false;
    using Models::AttributeMapping;
    auto employeeNumber = AttributeMapping::direct(QStringLiteral("employeeNumber"), QStringLiteral("WorkerID"));
    employeeNumber.matchingPrecedence = 1;
    Models::MappingSet mapping;
    mapping.attributes = {AttributeMapping::direct(QStringLiteral("uid"), QStringLiteral("WorkerID")),
                          AttributeMapping::direct(QStringLiteral("cn"), QStringLiteral("DisplayName")),
                          AttributeMapping::direct(QStringLiteral("title"), QStringLiteral("Title")), employeeNumber};
    if (!(*workspace)->mappings().save(directory.name, mapping))
        return false;
    return bool((*workspace)->plans().save(Tests::syntheticPlan(workers)));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int workers = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 7;
    QTemporaryDir dir;
    const QString folder = argc > 3 ? QString::fromLocal8Bit(argv[3]) : dir.path();
    QString workspace = folder + QStringLiteral("/big.tenure");
    QElapsedTimer setup;
    setup.start();
    if (!QFile::exists(workspace) && (!QDir().mkpath(folder) || !createWorkspace(folder, workers, &workspace))) {
        std::fprintf(stderr, "cannot create the workspace\n");
        return 1;
    }
    std::printf("workspace with %d workers and a stored plan of %d operations created in %.1f s (%lld MB)\n", workers,
                workers, setup.elapsed() / 1000.0, static_cast<long long>(QFile(workspace).size() >> 20));

    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    if (qEnvironmentVariable("TENURE_BENCH_DISPLAY") != QLatin1String("1"))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    QList<double> ready, inProcess, exited;
    for (int run = 0; run < runs; ++run) {
        QProcess console;
        console.setProcessEnvironment(environment);
        console.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer timer;
        timer.start();
        console.start(QStringLiteral(TENURE_CONSOLE), {QStringLiteral("--workspace"), workspace,
                                                       QStringLiteral("--quit-when-ready")});
        QByteArray line;
        while (!line.startsWith("ready") && console.waitForReadyRead(60000))
            while (console.canReadLine() && !line.startsWith("ready"))
                line = console.readLine().trimmed();
        if (!line.startsWith("ready")) {
            std::fprintf(stderr, "the console never said it was ready\n");
            return 1;
        }
        ready << timer.nsecsElapsed() / 1e6;
        inProcess << line.mid(6).toDouble();
        console.waitForFinished(60000);
        exited << timer.nsecsElapsed() / 1e6;
        if (console.exitCode() != 0) {
            std::fprintf(stderr, "the console exited with %d\n", console.exitCode());
            return 1;
        }
    }
    std::printf("process start → window shown, plan painted: median %6.0f ms (min %.0f, max %.0f) over %d runs\n",
                median(ready), *std::min_element(ready.cbegin(), ready.cend()),
                *std::max_element(ready.cbegin(), ready.cend()), runs);
    std::printf("  of which main() → ready:               median %6.0f ms\n", median(inProcess));
    std::printf("process start → exit:                    median %6.0f ms\n", median(exited));
    return 0;
}
