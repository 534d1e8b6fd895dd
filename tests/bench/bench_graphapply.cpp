// Graph apply benchmark: 10k operations through GraphDirectory against the local Graph server
// enforcing the documented identity-and-access write quota (3,000 writes per 150 s per app and
// tenant, learn.microsoft.com/graph/throttling-limits). Reports the achieved write rate as a share
// of the allowed rate (target ≥ 95 %), the 429s the server had to send, and how many requests
// arrived before a Retry-After had expired (must be 0). Not a test: results go to docs/benchmarks.md.
//
//   bench_graphapply [--operations 10000] [--runs 3] [--scale 1] [--storm 0]
//     --scale k   shrink the window k times (3,000 per 150/k s) for a quicker run of the same shape
//     --storm n   halfway through, the server sheds load: the next n calls get 429, Retry-After 2

#include "tests/bench/median.h"
#include "connectors/directory/graph/graphdirectory.h"
#include "tests/servers/graph/graphserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>

using namespace Tenure;
using namespace Tenure::Tests::Graph;
using Kind = Models::OperationKind;

namespace {

using Tenure::Bench::median;

struct RunResult {
    double seconds = 0;
    int writes = 0;
    double allowedPerSecond = 0;
    double achievedPerSecond = 0;
    int throttled = 0;
    int early = 0;
    int failed = 0;
};

Models::Operation op(Kind kind, const QString& target, const QList<QPair<QString, QString>>& after = {})
{
    Models::Operation o;
    o.kind = kind;
    o.targetId = target;
    o.workerId = target;
    for (const auto& [attribute, value] : after)
        o.changes.append({attribute, {}, {value}, {}});
    return o;
}

// 60 % creates, 30 % updates, 10 % disables (a disable is two writes: PATCH + revokeSignInSessions).
QList<Models::Operation> workload(int operations)
{
    const int creates = operations * 6 / 10;
    const int updates = operations * 3 / 10;
    const int disables = operations - creates - updates;
    QList<Models::Operation> ops;
    for (int i = 0; i < creates; ++i) {
        const QString upn = QStringLiteral("b%1@contoso.test").arg(i);
        ops.append(op(Kind::Create, upn, {{QStringLiteral("displayName"), QStringLiteral("Bench %1").arg(i)},
                                          {QStringLiteral("employeeId"), QString::number(i)}}));
    }
    for (int i = 0; i < updates; ++i)
        ops.append(op(Kind::Update, QStringLiteral("b%1@contoso.test").arg(i % creates),
                      {{QStringLiteral("jobTitle"), QStringLiteral("Title %1").arg(i)}}));
    for (int i = 0; i < disables; ++i)
        ops.append(op(Kind::Disable, QStringLiteral("b%1@contoso.test").arg(creates - 1 - i)));
    return ops;
}

RunResult run(int operations, int scale, int storm)
{
    GraphServiceOptions options;
    options.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);   // a fresh quota per run
    options.writeQuota = 3000;
    options.writeWindow = std::chrono::milliseconds(150'000 / scale);
    GraphServer server(options);
    if (!server.start()) {
        std::fprintf(stderr, "server: %s\n", qPrintable(server.errorString()));
        std::exit(1);
    }
    Connectors::GraphSettings settings;
    settings.tenantId = options.tenantId;
    settings.clientId = options.clientId;
    settings.domain = QStringLiteral("contoso.test");
    settings.authorityUrl = QUrl(server.baseUrl());
    settings.graphUrl = QUrl(server.graphUrl());
    settings.caFile = server.caFile();
    settings.writeQuota = 3000;
    settings.writeQuotaSeconds = 150 / scale;
    auto directory = Connectors::GraphDirectory::create(settings, options.clientSecret);
    if (!directory || !(*directory)->testConnection()) {
        std::fprintf(stderr, "cannot connect\n");
        std::exit(1);
    }

    const QList<Models::Operation> ops = workload(operations);
    RunResult result;
    qsizetype done = 0;
    Connectors::BatchCallbacks callbacks;
    callbacks.done = [&](qsizetype, const Models::Result<QString>& outcome) {
        result.failed += outcome ? 0 : 1;
        if (++done == ops.size() / 2 && storm > 0)
            server.service().startThrottleStorm(storm, 2);
        return true;
    };
    (*directory)->applyBatch(ops, callbacks, Models::CancelToken());

    const QList<Arrival> arrivals = server.service().arrivals();
    Clock::time_point first = Clock::time_point::max(), last{};
    for (const Arrival& a : arrivals) {
        if (a.method == "GET" || a.path.endsWith(QLatin1String("$batch")))
            continue;
        if (a.status >= 200 && a.status < 300) {
            ++result.writes;
            first = std::min(first, a.at);
            last = std::max(last, a.at);
        }
    }
    result.seconds = std::chrono::duration<double>(last - first).count();
    result.allowedPerSecond = 3000.0 / (150.0 / scale);
    // Sustained rate between the first and the last write; the first batch (the limiter's burst of
    // 20) is not counted, since it lands at the clock's start.
    result.achievedPerSecond = result.seconds > 0 ? (result.writes - 20) / result.seconds : 0;
    result.throttled = server.service().throttledResponses();
    result.early = server.service().earlyArrivals();
    return result;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("operations"), QStringLiteral("Operations per run."), QStringLiteral("n"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs (the median is reported)."), QStringLiteral("n"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("scale"), QStringLiteral("Shrink the 150 s window k times."), QStringLiteral("k"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("storm"), QStringLiteral("429s injected halfway."), QStringLiteral("n"), QStringLiteral("0")});
    parser.process(app);
    const int operations = parser.value(QStringLiteral("operations")).toInt();
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    const int scale = std::max(1, parser.value(QStringLiteral("scale")).toInt());
    const int storm = parser.value(QStringLiteral("storm")).toInt();

    std::printf("Graph apply: %d operations, quota 3000 writes per %.0f s (scale %d), storm %d\n", operations,
                150.0 / scale, scale, storm);
    QList<double> shares, seconds;
    int early = 0, failed = 0;
    for (int i = 0; i < runs; ++i) {
        const RunResult r = run(operations, scale, storm);
        const double share = r.achievedPerSecond / r.allowedPerSecond;
        std::printf("run %d: %d writes in %.1f s = %.2f/s of %.2f/s allowed = %.1f %%; 429s %d; early %d; failed %d\n",
                    i + 1, r.writes, r.seconds, r.achievedPerSecond, r.allowedPerSecond, 100 * share, r.throttled,
                    r.early, r.failed);
        std::fflush(stdout);
        shares.append(share);
        seconds.append(r.seconds);
        early += r.early;
        failed += r.failed;
    }
    std::printf("median: %.1f %% of the allowed rate, %.1f s per run; requests before Retry-After: %d; failed: %d\n",
                100 * median(shares), median(seconds), early, failed);
    return early == 0 && failed == 0 ? 0 : 1;
}
