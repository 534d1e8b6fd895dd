#pragma once

// A local Graph server (tests/servers/graph) and the connector settings that reach it.

#include "tests/servers/graph/graphserver.h"

#include "connectors/directory/graph/graphdirectory.h"
#include "models/domain/operation.h"

#include <QTest>

namespace Tenure::Tests::Graph {

class GraphFixture {
public:
    explicit GraphFixture(GraphServiceOptions options = {}) : server(std::move(options)) {}

    [[nodiscard]] bool start() { return server.start(); }

    [[nodiscard]] Connectors::GraphSettings settings() const
    {
        Connectors::GraphSettings s;
        const GraphServiceOptions o = const_cast<GraphServer&>(server).service().options();
        s.tenantId = o.tenantId;
        s.clientId = o.clientId;
        s.domain = o.verifiedDomains.constFirst();
        s.authorityUrl = QUrl(server.baseUrl());
        s.graphUrl = QUrl(server.graphUrl());
        s.caFile = server.caFile();
        s.timeoutSeconds = 10;
        s.writeQuota = o.writeQuota;
        s.writeQuotaSeconds = int(std::chrono::duration_cast<std::chrono::seconds>(o.writeWindow).count());
        return s;
    }

    [[nodiscard]] std::unique_ptr<Connectors::GraphDirectory> directory(Connectors::GraphSettings s, QString secret = {})
    {
        if (secret.isEmpty())
            secret = server.service().options().clientSecret;
        auto created = Connectors::GraphDirectory::create(std::move(s), std::move(secret));
        if (!created)
            qWarning("%s", qPrintable(created.error().describe()));
        return created ? std::move(*created) : nullptr;
    }
    [[nodiscard]] std::unique_ptr<Connectors::GraphDirectory> directory() { return directory(settings()); }

    GraphServer server;
};

// A planned operation as the planner would make it: each attribute's new value.
inline Models::Operation operation(Models::OperationKind kind, const QString& targetId,
                                   const QList<QPair<QString, QString>>& after = {})
{
    Models::Operation op;
    op.kind = kind;
    op.targetId = targetId;
    op.workerId = targetId.section(QLatin1Char('@'), 0, 0);
    op.displayName = targetId;
    for (const auto& [attribute, value] : after)
        op.changes.append(Models::AttributeChange{attribute, {}, value.isEmpty() ? QStringList() : QStringList{value}, {}});
    return op;
}

// Runs applyBatch and returns every outcome by index.
inline QList<Models::Result<QString>> applyAll(Connectors::DirectoryTarget& target, const QList<Models::Operation>& ops)
{
    QList<Models::Result<QString>> outcomes(ops.size(), Models::Result<QString>(QStringLiteral("not reported")));
    QList<bool> reported(ops.size(), false);
    Connectors::BatchCallbacks callbacks;
    callbacks.sending = [](qsizetype) { return true; };
    callbacks.done = [&](qsizetype i, const Models::Result<QString>& outcome) {
        outcomes[i] = outcome;
        reported[i] = true;
        return true;
    };
    target.applyBatch(ops, callbacks, Models::CancelToken());
    for (qsizetype i = 0; i < ops.size(); ++i) {
        if (!reported[i])
            outcomes[i] = Models::fail(Models::ErrorCode::Internal, QStringLiteral("operation %1 was never reported").arg(i));
    }
    return outcomes;
}

inline QString failures(const QList<Models::Result<QString>>& outcomes)
{
    QStringList lines;
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        if (!outcomes[i])
            lines.append(QStringLiteral("%1: %2").arg(i).arg(outcomes[i].error().describe()));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Tenure::Tests::Graph
