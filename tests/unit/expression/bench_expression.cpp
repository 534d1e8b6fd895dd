// Benchmark, not a test: a 20-attribute Workday -> Active Directory mapping evaluated over
// 100,000 generated workers, on one thread and on two. Prints attribute evaluations per second
// for each run and the median. Build Release; record the medians in models/expression/README.md.
//
//   bench_expression [workers=100000] [runs=5]
#include "models/expression/expression.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSet>

#include <algorithm>
#include <cstdio>
#include <thread>
#include <time.h>

using namespace Tenure::Models;
using namespace Tenure::Models::Expr;

namespace {

// What an admin would start from for Workday -> on-premises AD (see Microsoft's Workday guide).
const char* const Mapping[20] = {
    "[WorkerID]",
    "[PreferredFirstName]",
    "[PreferredLastName]",
    R"(Join(" ", [PreferredFirstName], [PreferredLastName]))",
    R"(NormalizeDiacritics(Join(" ", [PreferredFirstName], [PreferredLastName])))",
    R"(SelectUniqueValue(
        ToLower(Mid(NormalizeDiacritics(StripSpaces(Join("", Mid([PreferredFirstName], 1, 1), [PreferredLastName]))), 1, 20)),
        ToLower(Join("", Mid(NormalizeDiacritics(StripSpaces(Join("", Mid([PreferredFirstName], 1, 1), [PreferredLastName]))), 1, 19), "1")),
        ToLower(Join("", Mid(NormalizeDiacritics(StripSpaces(Join("", Mid([PreferredFirstName], 1, 1), [PreferredLastName]))), 1, 19), "2"))))",
    R"(Join("@", NormalizeDiacritics(StripSpaces(Join(".", [PreferredFirstName], [PreferredLastName]))), "contoso.com"))",
    R"(ToLower(Join("@", NormalizeDiacritics(StripSpaces(Join(".", [PreferredFirstName], [PreferredLastName]))), "contoso.com")))",
    "[BusinessTitle]",
    "[Department]",
    "[Company]",
    "[City]",
    R"(Replace([PrimaryWorkTelephone], , "[()\\s-]+", , "", , ))",
    R"(IgnoreFlowIfNullOrEmpty(Replace([Mobile], , "[()\\s-]+", , "", , )))",
    R"(Switch([Active], , "1", "False", "0", "True"))",
    R"(Switch([City], "OU=Default,OU=Users,DC=contoso,DC=com",
        "Dallas", "OU=Dallas,OU=Users,DC=contoso,DC=com", "Austin", "OU=Austin,OU=Users,DC=contoso,DC=com",
        "Seattle", "OU=Seattle,OU=Users,DC=contoso,DC=com", "London", "OU=London,OU=Users,DC=contoso,DC=com"))",
    "[CountryReferenceTwoLetter]",
    R"(IgnoreFlowIfNullOrEmpty(Switch([WorkerType], "", "C", FormatDateTime([ContractEndDate], , "yyyy-MM-dd", "yyyyMMdd"))))",
    R"(IIF(DateDiff("d", Now(), CDate([StatusHireDate])) >= 0, "future", "current"))",
    R"(Switch([WorkerType], "Employee", "C", "Contractor"))",
};

const char* const FirstNames[] = {"John", "Zoë", "José", "María José", "Łukasz", "Anne-Marie", "Søren", "Wei", "Aïsha", "Li"};
const char* const LastNames[] = {"Smith", "García-López", "Müller", "O'Brien", "Nguyễn", "van der Berg", "Kowalski", "Øster"};
const char* const Cities[] = {"Dallas", "Austin", "Seattle", "London", "Chicago", "Paris"};
const char* const Departments[] = {"Engineering", "Sales", "Finance", "Support", "Legal"};

std::vector<Attributes> generate(int first, int count)
{
    std::vector<Attributes> workers;
    workers.reserve(count);
    auto s = [](const char* text) { return QStringList{QString::fromUtf8(text)}; };
    for (int i = first; i < first + count; ++i) {
        Attributes a;
        a.insert(QStringLiteral("WorkerID"), {QString::number(100000 + i)});
        a.insert(QStringLiteral("PreferredFirstName"), s(FirstNames[i % 10]));
        a.insert(QStringLiteral("PreferredLastName"), s(LastNames[(i / 10) % 8]));
        a.insert(QStringLiteral("BusinessTitle"), s("Software Engineer"));
        a.insert(QStringLiteral("Department"), s(Departments[i % 5]));
        a.insert(QStringLiteral("Company"), s("Contoso"));
        a.insert(QStringLiteral("City"), s(Cities[i % 6]));
        a.insert(QStringLiteral("PrimaryWorkTelephone"), {QStringLiteral("+1 (555) 123-%1").arg(i % 10000, 4, 10, QLatin1Char('0'))});
        if (i % 3 == 0)
            a.insert(QStringLiteral("Mobile"), s("+1 (555) 987-6543"));
        a.insert(QStringLiteral("Active"), s(i % 20 == 0 ? "0" : "1"));
        a.insert(QStringLiteral("CountryReferenceTwoLetter"), s("US"));
        a.insert(QStringLiteral("WorkerType"), s(i % 7 == 0 ? "C" : "E"));
        a.insert(QStringLiteral("ContractEndDate"), s("2026-06-30"));
        a.insert(QStringLiteral("StatusHireDate"), {QStringLiteral("2024-%1-15").arg(1 + i % 12, 2, 10, QLatin1Char('0'))});
        workers.push_back(std::move(a));
    }
    return workers;
}

// Evaluates the whole mapping for [begin, end) of the workers; returns the number of evaluations.
qint64 evaluateRange(const std::vector<Expression>& mapping, const std::vector<Attributes>& workers, std::size_t begin,
                     std::size_t end, const QSet<QString>& taken, qint64 now)
{
    qint64 evaluations = 0;
    EvalContext context;
    context.nowMsecsUtc = now;
    context.isTaken = [&taken](const QString& v) { return taken.contains(v); };
    for (std::size_t w = begin; w < end; ++w) {
        context.record = &workers[w];
        for (const Expression& e : mapping) {
            const auto result = e.evaluate(context);
            if (!result) {
                std::fprintf(stderr, "%s\n", qPrintable(result.error().describe()));
                std::exit(1);
            }
            ++evaluations;
        }
    }
    return evaluations;
}

// CPU time of the calling thread: unlike wall time, it does not count time other processes on a
// busy machine took from us.
qint64 threadCpuNsecs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int workerCount = argc > 1 ? std::atoi(argv[1]) : 100'000;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 5;
    constexpr int Chunk = 10'000; // generated chunk by chunk to keep memory small; only evaluation is timed

    std::vector<Expression> mapping;
    for (const char* text : Mapping) {
        auto e = Expression::compile(QString::fromUtf8(text));
        if (!e) {
            std::fprintf(stderr, "%s\n", qPrintable(e.error().describe()));
            return 1;
        }
        mapping.push_back(*e);
    }
    QSet<QString> taken;
    for (const char* last : LastNames)
        taken.insert(QStringLiteral("j") + QString::fromUtf8(last).toLower().remove(QLatin1Char(' ')));
    const qint64 now = QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();

    std::vector<double> single, dual, perCpu, perCpuDual;
    for (int run = 0; run < runs; ++run) {
        qint64 nsSingle = 0, nsDual = 0, nsCpu = 0, nsDualCpu = 0, evaluations = 0;
        for (int first = 0; first < workerCount; first += Chunk) {
            const auto workers = generate(first, std::min(Chunk, workerCount - first));
            QElapsedTimer timer;
            timer.start();
            const qint64 cpuStart = threadCpuNsecs();
            evaluations += evaluateRange(mapping, workers, 0, workers.size(), taken, now);
            nsCpu += threadCpuNsecs() - cpuStart;
            nsSingle += timer.nsecsElapsed();

            timer.restart();
            const std::size_t half = workers.size() / 2;
            qint64 otherCpu = 0;
            std::thread other([&] {
                const qint64 start = threadCpuNsecs();
                evaluateRange(mapping, workers, half, workers.size(), taken, now);
                otherCpu = threadCpuNsecs() - start;
            });
            const qint64 start = threadCpuNsecs();
            evaluateRange(mapping, workers, 0, half, taken, now);
            const qint64 ownCpu = threadCpuNsecs() - start;
            other.join();
            nsDual += timer.nsecsElapsed();
            nsDualCpu += ownCpu + otherCpu;
        }
        single.push_back(double(evaluations) / (double(nsSingle) / 1e9));
        dual.push_back(double(evaluations) / (double(nsDual) / 1e9));
        perCpu.push_back(double(evaluations) / (double(nsCpu) / 1e9));
        perCpuDual.push_back(double(evaluations) / (double(nsDualCpu) / 1e9));
        std::printf("run %d: %lld evaluations; wall: 1 thread %.0f/s, 2 threads %.0f/s; per CPU-second: "
                    "1 thread %.0f, 2 threads %.0f\n",
                    run + 1, static_cast<long long>(evaluations), single.back(), dual.back(), perCpu.back(),
                    perCpuDual.back());
    }
    // Per CPU-second figures do not count time other processes took; equal figures for 1 and 2
    // threads mean the threads do not slow each other down.
    std::printf("median of %d runs: wall 1 thread %.0f/s, wall 2 threads %.0f/s, per CPU-second 1 thread %.0f, "
                "2 threads %.0f\n",
                runs, median(single), median(dual), median(perCpu), median(perCpuDual));
    return 0;
}
