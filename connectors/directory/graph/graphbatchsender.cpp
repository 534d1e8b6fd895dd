#include "graphbatchsender.h"

#include "connectors/net/httperror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrlQuery>

#include <spdlog/spdlog.h>

namespace Tenure::Connectors {
namespace {

using namespace std::chrono;
using Models::ErrorCode;
using Clock = std::chrono::steady_clock;

QJsonObject requestJson(const GraphCall& call, const QSet<QString>& pendingIds)
{
    QJsonObject json{{QStringLiteral("id"), call.id},
                     {QStringLiteral("method"), QString::fromLatin1(call.method)},
                     {QStringLiteral("url"), call.url}};
    if (call.hasBody) {
        json.insert(QStringLiteral("body"), call.body);
        json.insert(QStringLiteral("headers"), QJsonObject{{QStringLiteral("Content-Type"), QStringLiteral("application/json")}});
    }
    QJsonArray dependsOn;   // a dependency already done is no longer one
    for (const QString& dependency : call.dependsOn) {
        if (pendingIds.contains(dependency))
            dependsOn.append(dependency);
    }
    if (!dependsOn.isEmpty())
        json.insert(QStringLiteral("dependsOn"), dependsOn);
    return json;
}

std::optional<milliseconds> retryAfterOf(const QJsonObject& headers)
{
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        if (it.key().compare(QLatin1String("Retry-After"), Qt::CaseInsensitive) == 0)
            return Net::parseRetryAfter(it.value().toString().toLatin1());
    }
    return std::nullopt;
}

} // namespace

GraphBatchSender::GraphBatchSender(const Net::HttpClient& writes, const Net::HttpClient& reads, const GraphSettings& settings)
    : m_writes(writes), m_reads(reads), m_settings(settings)
{
}

Models::Result<void> GraphBatchSender::reconcile(const QList<GraphCall>& pending, QHash<QString, GraphCallResult>& results,
                                                 const Models::CancelToken& cancel) const
{
    for (const GraphCall& call : pending) {
        if (call.kind != GraphCall::Kind::Create)
            continue;
        QUrl url = m_settings.graph(QStringLiteral("users/") + call.userPrincipalName);
        url.setQuery(QStringLiteral("$select=id,userPrincipalName"));
        Net::HttpRequest lookup = Net::HttpRequest::get(url);
        lookup.what = QStringLiteral("Look up %1").arg(call.userPrincipalName);
        auto response = m_reads.send(lookup, cancel);
        if (!response)
            return std::unexpected(response.error());
        if (response->status == 200) {
            spdlog::info("Graph: {} was created before the connection was lost; not sending it again",
                         call.userPrincipalName.toStdString());
            results.insert(call.id, GraphCallResult{201, response->jsonObject().value_or(QJsonObject())});
        } else if (response->status != 404) {
            return std::unexpected(Net::errorFromResponse(*response, lookup.what));
        }
    }
    return {};
}

Models::Result<QHash<QString, GraphCallResult>> GraphBatchSender::send(const QList<GraphCall>& calls,
                                                                       const Models::CancelToken& cancel) const
{
    const Net::RetryPolicy& policy = m_writes.options().retry;
    QHash<QString, GraphCallResult> results;
    QSet<QString> answerLost;   // calls whose earlier answer never arrived
    int lostConnections = 0;
    int throttledRounds = 0;

    for (;;) {
        QList<GraphCall> pending;
        QSet<QString> pendingIds;
        for (const GraphCall& call : calls) {
            if (results.contains(call.id))
                continue;
            // A dependency that failed for good fails its dependants without sending them.
            const bool blocked = std::any_of(call.dependsOn.cbegin(), call.dependsOn.cend(), [&](const QString& d) {
                return results.contains(d) && !results[d].ok();
            });
            if (blocked) {
                results.insert(call.id, GraphCallResult{424, {}});
                continue;
            }
            pending.append(call);
            pendingIds.insert(call.id);
        }
        if (pending.isEmpty())
            return results;

        QJsonArray requests;
        for (const GraphCall& call : pending)
            requests.append(requestJson(call, pendingIds));
        Net::HttpRequest batch = Net::HttpRequest::json("POST", m_settings.graph(QStringLiteral("$batch")),
                                                        {{QStringLiteral("requests"), requests}});
        batch.what = QStringLiteral("Graph batch of %1 requests").arg(pending.size());
        auto response = m_writes.send(batch, cancel, double(pending.size()));
        const auto received = Clock::now();

        if (!response) {
            if (!response.error().retryable || ++lostConnections >= policy.maxAttempts)
                return std::unexpected(response.error());
            spdlog::warn("Graph: {} ({}); checking what was done before sending again", batch.what.toStdString(),
                         response.error().detail.toStdString());
            for (const GraphCall& call : pending)
                answerLost.insert(call.id);
            if (!Net::sleepUntil(received + policy.backoff(lostConnections), cancel))
                return Models::fail(ErrorCode::Cancelled, QStringLiteral("%1 was cancelled").arg(batch.what));
            if (auto reconciled = reconcile(pending, results, cancel); !reconciled)
                return std::unexpected(reconciled.error());
            continue;
        }
        if (response->status != 200)
            return std::unexpected(Net::errorFromResponse(*response, batch.what));

        auto json = response->jsonObject();
        if (!json)
            return std::unexpected(json.error());
        QHash<QString, QJsonObject> answers;
        for (const QJsonValue& value : json->value(QLatin1String("responses")).toArray())
            answers.insert(value.toObject().value(QLatin1String("id")).toString(), value.toObject());

        std::optional<milliseconds> longestWait;
        bool throttled = false;
        QSet<QString> retry;
        for (const GraphCall& call : pending) {
            const QJsonObject answer = answers.value(call.id);
            const int status = answer.value(QLatin1String("status")).toInt();
            if (status == 429 || status == 503 || answer.isEmpty()) {
                throttled = true;
                retry.insert(call.id);
                if (const auto wait = retryAfterOf(answer.value(QLatin1String("headers")).toObject()))
                    longestWait = std::max(longestWait.value_or(milliseconds(0)), *wait);
            }
        }
        for (const GraphCall& call : pending) {
            if (retry.contains(call.id))
                continue;
            const QJsonObject answer = answers.value(call.id);
            int status = answer.value(QLatin1String("status")).toInt();
            // 424 because the dependency was only throttled: send both again.
            if (status == 424 && std::any_of(call.dependsOn.cbegin(), call.dependsOn.cend(),
                                             [&](const QString& d) { return retry.contains(d); })) {
                retry.insert(call.id);
                continue;
            }
            if (status == 404 && call.kind == GraphCall::Kind::Delete && answerLost.contains(call.id))
                status = 204;   // the delete went through with the answer that was lost
            results.insert(call.id, GraphCallResult{status, answer.value(QLatin1String("body")).toObject()});
        }
        if (!throttled)
            continue;
        if (++throttledRounds > policy.maxThrottled) {
            for (const QString& id : std::as_const(retry))
                results.insert(id, GraphCallResult{429, answers.value(id).value(QLatin1String("body")).toObject()});
            continue;
        }
        const milliseconds wait = longestWait.value_or(policy.backoff(throttledRounds));
        if (wait > policy.maxRetryAfter)
            return Models::fail(ErrorCode::Unavailable,
                                QStringLiteral("Microsoft Graph asked to wait %1 s before writing again; resume the run later")
                                    .arg(duration_cast<seconds>(wait).count()));
        spdlog::info("Graph: {} of {} requests throttled; sending them again in {} ms", retry.size(), pending.size(),
                     wait.count());
        // Graph throttles the app: hold back every writer sharing the quota, not just this batch.
        if (m_writes.limiter())
            m_writes.limiter()->pauseUntil(received + wait);
        if (!Net::sleepUntil(received + wait, cancel))
            return Models::fail(ErrorCode::Cancelled, QStringLiteral("%1 was cancelled").arg(batch.what));
    }
}

} // namespace Tenure::Connectors
