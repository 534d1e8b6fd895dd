// POST /$batch as https://learn.microsoft.com/graph/json-batching describes it: up to 20 requests,
// each with a unique id, a method and a URL relative to the version; headers with Content-Type
// whenever there is a body; dependsOn orders requests, and a request whose dependency failed is
// answered 424 Failed Dependency. Each request is evaluated against throttling on its own (a 429
// inside a 200 batch response, with its own Retry-After). Responses carry id, status, headers, body.

#include "graphstate.h"

#include <QJsonDocument>
#include <QSet>
#include <QUrl>

namespace Tenure::Tests::Graph {
namespace {

constexpr int maxRequests = 20;

GraphResponse batchError(const QString& message)
{
    return GraphResponse::error(400, QStringLiteral("BadRequest"), message);
}

QJsonObject headersJson(const QList<Header>& headers)
{
    QJsonObject json;
    for (const auto& [name, value] : headers)
        json.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    return json;
}

} // namespace

GraphResponse handleBatch(GraphState& state, const GraphRequest& request, const Dispatch& dispatch)
{
    if (request.method != "POST")
        return GraphResponse::error(405, QStringLiteral("BadRequest"), QStringLiteral("Method not allowed."));
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    const QJsonArray requests = document.object().value(QLatin1String("requests")).toArray();
    if (!document.isObject() || requests.isEmpty())
        return batchError(QStringLiteral("Invalid batch payload format."));
    if (requests.size() > maxRequests)
        return batchError(QStringLiteral("Number of batch requests exceeds the maximum of %1.").arg(maxRequests));

    QStringList ids;
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue& value : requests) {
        const QJsonObject item = value.toObject();
        const QString id = item.value(QLatin1String("id")).toString();
        if (id.isEmpty() || byId.contains(id))
            return batchError(QStringLiteral("Batch request ids must be present and unique (id '%1').").arg(id));
        if (item.value(QLatin1String("method")).toString().isEmpty() || item.value(QLatin1String("url")).toString().isEmpty())
            return batchError(QStringLiteral("Request '%1' needs a method and a url.").arg(id));
        if (item.contains(QLatin1String("body"))
            && item.value(QLatin1String("headers")).toObject().value(QLatin1String("Content-Type")).toString().isEmpty())
            return batchError(QStringLiteral("Request '%1' has a body but no Content-Type header.").arg(id));
        for (const QJsonValue& dependency : item.value(QLatin1String("dependsOn")).toArray()) {
            // Dependencies point backwards in the list, so the order is always executable.
            if (!byId.contains(dependency.toString()))
                return batchError(QStringLiteral("Request '%1' depends on '%2', which does not precede it.")
                                      .arg(id, dependency.toString()));
        }
        ids.append(id);
        byId.insert(id, item);
    }

    QHash<QString, int> statusById;
    QJsonArray responses;
    for (const QString& id : std::as_const(ids)) {
        const QJsonObject item = byId[id];
        QJsonObject answer{{QStringLiteral("id"), id}};
        bool dependencyFailed = false;
        for (const QJsonValue& dependency : item.value(QLatin1String("dependsOn")).toArray()) {
            const int status = statusById.value(dependency.toString());
            dependencyFailed = dependencyFailed || status < 200 || status >= 300;
        }
        GraphResponse result;
        if (dependencyFailed) {
            result = GraphResponse::error(424, QStringLiteral("FailedDependency"),
                                          QStringLiteral("The request could not be executed because a request it depends on failed."));
        } else {
            QString url = item.value(QLatin1String("url")).toString();
            if (!url.startsWith(QLatin1Char('/')))
                url.prepend(QLatin1Char('/'));
            const QUrl relative(QStringLiteral("/v1.0") + url);
            GraphRequest sub;
            sub.method = item.value(QLatin1String("method")).toString().toUpper().toLatin1();
            sub.path = relative.path(QUrl::FullyDecoded);
            sub.query = QUrlQuery(relative);
            sub.headers = request.headers;   // the batch's Authorization applies to every request
            const QJsonObject headers = item.value(QLatin1String("headers")).toObject();
            for (auto it = headers.begin(); it != headers.end(); ++it)
                sub.headers.append(Header(it.key().toLatin1(), it.value().toString().toLatin1()));
            if (item.contains(QLatin1String("body")))
                sub.body = QJsonDocument(item.value(QLatin1String("body")).toObject()).toJson(QJsonDocument::Compact);
            if (sub.path.endsWith(QLatin1String("$batch")))
                result = batchError(QStringLiteral("A batch cannot contain a batch."));
            else
                result = dispatch(sub);
        }
        statusById.insert(id, result.status);
        answer.insert(QStringLiteral("status"), result.status);
        QList<Header> headers = result.headers;
        answer.insert(QStringLiteral("headers"), headersJson(headers));
        if (!result.body.isEmpty())
            answer.insert(QStringLiteral("body"), QJsonDocument::fromJson(result.body).object());
        responses.append(answer);
    }
    GraphResponse response = GraphResponse::json(200, {{QStringLiteral("responses"), responses}});
    if (state.dropNextBatch) {
        state.dropNextBatch = false;
        response.dropConnection = true;
    }
    return response;
}

} // namespace Tenure::Tests::Graph
