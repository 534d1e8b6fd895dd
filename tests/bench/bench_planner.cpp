// Planning benchmark: N workers × N accounts, 20 mapped attributes, a realistic delta (1 % joiners,
// 5 % movers, 1 % leavers). Prints the median planning time (wall clock, and CPU time over all
// threads) of several runs, the memory the inputs take, and the peak memory of the process.
//   bench_planner [workers=100000] [runs=5]
#include "models/lifecycle/planbuilder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using namespace Tenure::Models;

namespace {

constexpr int AttributeCount = 20;

QString attributeName(int i) { return QStringLiteral("attr%1").arg(i, 2, 10, QLatin1Char('0')); }

MappingSet mapping()
{
    MappingSet set;
    auto id = AttributeMapping::direct(QStringLiteral("employeeNumber"), QStringLiteral("WorkerID"));
    id.matchingPrecedence = 1;
    set.attributes.append(id);
    for (int i = 0; i < AttributeCount - 1; ++i)
        set.attributes.append(AttributeMapping::direct(attributeName(i), QStringLiteral("Field%1").arg(i)));
    set.lifecycle.displayName = QStringLiteral("Field0");
    return set;
}

PlanInputs inputs(int count)
{
    PlanInputs in;
    in.tenant = QStringLiteral("bench");
    in.mapping = mapping();
    in.now = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
    in.policy.maxDisables = count;   // measure planning, not the threshold
    in.newAccountId = [](const Attributes& a) -> Result<QString> {
        return QStringLiteral("uid=%1,ou=People,dc=example,dc=test").arg(firstValue(a, QStringLiteral("employeeNumber")));
    };
    const QString workerIdField = QStringLiteral("WorkerID");
    QStringList fieldNames, targetNames;
    for (int i = 0; i < AttributeCount - 1; ++i) {
        fieldNames.append(QStringLiteral("Field%1").arg(i));
        targetNames.append(attributeName(i));
    }
    in.hr.workers.reserve(count);
    in.directory.accounts.reserve(count);
    for (int n = 0; n < count; ++n) {
        const auto id = QString::number(1000000 + n);
        Worker worker;
        worker.workerId = id;
        worker.sourceLine = n + 2;
        worker.attributes.insert(workerIdField, {id});
        worker.attributes.insert(QStringLiteral("Status"), {QStringLiteral("Active")});
        Account account;
        account.id = QStringLiteral("uid=%1,ou=People,dc=example,dc=test").arg(id);
        account.attributes.insert(QStringLiteral("employeeNumber"), {id});
        for (int i = 0; i < AttributeCount - 1; ++i) {
            const auto value = QStringLiteral("value %1 of %2").arg(i).arg(id);
            worker.attributes.insert(fieldNames.at(i), {value});   // names shared, as a CSV header gives them
            account.attributes.insert(targetNames.at(i), {value});
        }
        // 1 % joiners (in HR, no account), 1 % leavers (an account, gone from HR), 5 % movers (one
        // attribute changed), the rest unchanged.
        const int bucket = n % 100;
        if (bucket >= 2 && bucket < 7)
            worker.attributes.insert(QStringLiteral("Field3"), {QStringLiteral("moved %1").arg(id)});
        // As the CSV and LDAP sources leave their records: without room for growth.
        worker.attributes.squeeze();
        account.attributes.squeeze();
        if (bucket != 1)
            in.hr.workers.append(worker);
        if (bucket != 0)
            in.directory.accounts.append(account);
    }
    return in;
}

long peakMemoryKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// What the process holds now (unlike the peak, this leaves out what building the inputs let go of).
long residentMemoryKb()
{
    long pages = 0, resident = 0;
    if (FILE* statm = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(statm, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        std::fclose(statm);
    }
    return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

// CPU time of every thread of the process so far: planning runs on all cores, so this shows the
// work apart from how busy the shared machine was.
qint64 cpuMilliseconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval& t) { return qint64(t.tv_sec) * 1000 + t.tv_usec / 1000; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

qint64 median(std::vector<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int runs = std::max(1, argc > 2 ? std::atoi(argv[2]) : 5);
    const long baseKb = residentMemoryKb();
    QElapsedTimer building;
    building.start();
    const auto in = inputs(count);
    const qint64 buildMs = building.elapsed();
    const long inputsKb = residentMemoryKb() - baseKb;
    const long beforeKb = peakMemoryKb();
    std::vector<qint64> times, cpuTimes;
    Plan plan;
    // Each run plans with only the inputs held: the previous run's plan is let go first, so the
    // peak is the inputs plus one planning pass and its plan.
    for (int run = 0; run < runs; ++run) {
        plan = Plan();
        QElapsedTimer clock;
        const qint64 cpuBefore = cpuMilliseconds();
        clock.start();
        auto result = PlanBuilder::build(in);
        times.push_back(clock.elapsed());
        cpuTimes.push_back(cpuMilliseconds() - cpuBefore);
        if (!result) {
            std::fprintf(stderr, "planning failed: %s\n", qPrintable(result.error().describe()));
            return 1;
        }
        plan = std::move(*result);
    }
    const auto counts = plan.countsByCategory();
    std::printf("workers=%d accounts=%lld attributes=%d runs=%d\n", int(in.hr.workers.size()),
                qlonglong(in.directory.accounts.size()), AttributeCount, runs);
    std::printf("joiners=%d movers=%d leavers=%d unchanged=%d\n", counts.value(Category::Joiner),
                counts.value(Category::Mover), counts.value(Category::Leaver), counts.value(Category::Unchanged));
    std::printf("median_ms=%lld min_ms=%lld max_ms=%lld median_cpu_ms=%lld\n", qlonglong(median(times)),
                qlonglong(*std::min_element(times.begin(), times.end())),
                qlonglong(*std::max_element(times.begin(), times.end())), qlonglong(median(cpuTimes)));
    std::printf("inputs_build_ms=%lld inputs_mb=%ld\n", qlonglong(buildMs), inputsKb / 1024);
    std::printf("peak_rss_mb=%ld (inputs alone: %ld)\n", peakMemoryKb() / 1024, beforeKb / 1024);
    // The same inputs must give the same plan, byte for byte, whatever the representation.
    std::printf("plan_sha256=%s\n", plan.hash().toHex().constData());
    return 0;
}
