// Planning benchmark: N workers × N accounts, 20 mapped attributes, a realistic delta (1 % joiners,
// 5 % movers, 1 % leavers). Prints the median planning time of several runs and the peak memory.
//   bench_planner [workers=100000] [runs=5]
#include "models/lifecycle/planbuilder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

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
        const int bucket = n % 100;
        if (bucket == 0) {                 // 1 % joiners: in HR, no account
            in.hr.workers.append(worker);
            continue;
        }
        if (bucket == 1) {                 // 1 % leavers: an account, gone from HR
            in.directory.accounts.append(account);
            continue;
        }
        if (bucket < 7)                    // 5 % movers: one attribute changed
            worker.attributes.insert(QStringLiteral("Field3"), {QStringLiteral("moved %1").arg(id)});
        in.hr.workers.append(worker);
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

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 5;
    const auto in = inputs(count);
    const long beforeKb = peakMemoryKb();
    std::vector<qint64> times;
    Plan plan;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        auto result = PlanBuilder::build(in);
        times.push_back(clock.elapsed());
        if (!result) {
            std::fprintf(stderr, "planning failed: %s\n", qPrintable(result.error().describe()));
            return 1;
        }
        plan = std::move(*result);
    }
    std::sort(times.begin(), times.end());
    const auto counts = plan.countsByCategory();
    std::printf("workers=%d accounts=%lld attributes=%d runs=%d\n", int(in.hr.workers.size()),
                qlonglong(in.directory.accounts.size()), AttributeCount, runs);
    std::printf("joiners=%d movers=%d leavers=%d unchanged=%d\n", counts.value(Category::Joiner),
                counts.value(Category::Mover), counts.value(Category::Leaver), counts.value(Category::Unchanged));
    std::printf("median_ms=%lld min_ms=%lld max_ms=%lld\n", qlonglong(times[times.size() / 2]), qlonglong(times.front()),
                qlonglong(times.back()));
    std::printf("peak_rss_mb=%ld (inputs alone: %ld)\n", peakMemoryKb() / 1024, beforeKb / 1024);
    return 0;
}
