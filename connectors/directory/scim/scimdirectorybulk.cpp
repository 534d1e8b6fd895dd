// ScimDirectory::applyBatch: a batch of operations as SCIM BulkRequests (RFC 7644 §3.7).
#include "scimdirectory.h"

#include "scimattributepath.h"
#include "scimerrors.h"
#include "scimfilter.h"
#include "scimoperation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <spdlog/spdlog.h>

namespace Tenure::Connectors {

using Models::ErrorCode;
using Models::OperationKind;

namespace {

constexpr char scimJson[] = "application/scim+json";   // RFC 7644 §3.1
// Tenure's own ceiling on operations per BulkRequest, whatever a service advertises: a run's
// progress and its journal advance per request.
constexpr int maxOperationsPerRequest = 1000;
// Values per lookup query (`externalId eq … or …`): keeps the URL well under the 8 KB many
// servers allow for a request line.
constexpr int valuesPerLookup = 50;

} // namespace

// One operation of a window: either a write for the BulkRequest, or an outcome known without
// asking the service (nothing to change, or an operation the target cannot carry out).
struct ScimDirectory::BulkItem {
    qsizetype index = -1;                 // in the batch
    const Models::Operation* operation = nullptr;
    std::optional<ScimWrite> write;
    Result<QString> settled = QString();  // when there is no write
    QString existingId;                   // a create whose user was already there (updated instead)
};

bool ScimDirectory::usesBulk(const ScimServiceConfig& config) const
{
    // RFC 7643 §5 makes maxOperations and maxPayloadSize required with bulk: a service that leaves
    // them out gives no limits to respect, so it gets single requests.
    return m_settings.bulk == ScimBulkMode::Auto && config.bulk && config.bulkMaxOperations > 0
           && config.bulkMaxPayloadSize > 0;
}

void ScimDirectory::applyBatch(const QList<Models::Operation>& operations, const BatchCallbacks& callbacks,
                               const Models::CancelToken& cancel)
{
    auto config = serviceConfig();
    if (!config || !usesBulk(*config)) {
        // One request per operation (a config that cannot be read fails each the same way).
        for (qsizetype i = 0; i < operations.size() && !cancel.isCancelled(); ++i) {
            if (callbacks.sending && !callbacks.sending(i))
                return;
            const auto outcome = applyOne(operations.at(i));
            if (callbacks.done && !callbacks.done(i, outcome))
                return;
        }
        return;
    }
    const int window = qMin(config->bulkMaxOperations, maxOperationsPerRequest);
    std::optional<QList<QJsonObject>> everyone;   // without filter support: every user, read once
    for (qsizetype from = 0; from < operations.size() && !cancel.isCancelled(); from += window) {
        if (!applyBulkWindow(operations, from, qMin(operations.size(), from + window), *config, callbacks, cancel,
                             everyone))
            return;
    }
}

bool ScimDirectory::applyBulkWindow(const QList<Models::Operation>& operations, qsizetype from, qsizetype to,
                                    const ScimServiceConfig& config, const BatchCallbacks& callbacks,
                                    const Models::CancelToken& cancel, std::optional<QList<QJsonObject>>& everyone)
{
    const auto report = [&](qsizetype index, const Result<QString>& outcome) {
        if (callbacks.sending && !callbacks.sending(index))
            return false;
        return !callbacks.done || callbacks.done(index, outcome);
    };

    // The creates' users, in one query: a create sent before whose answer was lost is found here
    // and becomes an update, never a second user.
    QStringList lookFor;
    for (qsizetype i = from; i < to; ++i) {
        const auto* match = scimValueAfter(operations.at(i).changes, m_settings.matchAttribute);
        if (operations.at(i).kind == OperationKind::Create && match && !match->isEmpty())
            lookFor << match->constFirst();
    }
    auto existing = usersMatching(lookFor, cancel, everyone);
    if (!existing) {
        for (qsizetype i = from; i < to; ++i) {
            if (!report(i, std::unexpected(scimInContext(existing.error(), operations.at(i)))))
                return false;
        }
        return true;
    }

    QList<BulkItem> items;
    items.reserve(to - from);
    for (qsizetype i = from; i < to; ++i) {
        const Models::Operation& operation = operations.at(i);
        BulkItem item;
        item.index = i;
        item.operation = &operation;
        std::optional<QJsonObject> user;
        if (const auto* match = scimValueAfter(operation.changes, m_settings.matchAttribute);
            operation.kind == OperationKind::Create && match && !match->isEmpty()) {
            const auto found = existing->value(comparableValue(m_settings.matchAttribute, match->constFirst()));
            if (found.size() > 1) {
                item.settled = std::unexpected(scimInContext(
                    Models::makeError(ErrorCode::Conflict,
                                      QStringLiteral("Several users at the SCIM service have %1 \"%2\"; Tenure cannot "
                                                     "tell which one is the worker's. Remove the duplicate there.")
                                          .arg(m_settings.matchAttribute, match->constFirst())),
                    operation));
                items.append(std::move(item));
                continue;
            }
            if (found.size() == 1) {
                user = found.constFirst();
                item.existingId = user->value(QStringLiteral("id")).toString();
            }
        }
        // bulkId: unique within the request (RFC 7644 §3.7), named after the operation's place in the batch.
        auto write = writeFor(operation, QStringLiteral("op%1").arg(i), user);
        if (!write)
            item.settled = std::unexpected(scimInContext(write.error(), operation));
        else if (*write)
            item.write = std::move(**write);
        else if (!item.existingId.isEmpty())
            item.settled = alreadyCreatedNote(item.existingId);
        items.append(std::move(item));
    }

    // Outcomes known already are reported first; then the writes, as few requests as the limits allow.
    QList<ScimWrite> writes;
    QList<const BulkItem*> writing;
    for (const BulkItem& item : std::as_const(items)) {
        if (item.write) {
            writes.append(*item.write);
            writing.append(&item);
        } else if (!report(item.index, item.settled)) {
            return false;
        }
    }
    for (const QList<qsizetype>& chunk : scimBulkChunks(writes, config.bulkMaxOperations, config.bulkMaxPayloadSize)) {
        if (cancel.isCancelled())
            return false;
        // Journal "sent" for each first; one refused stops the request there.
        QList<const BulkItem*> accepted;
        for (qsizetype k : chunk) {
            if (callbacks.sending && !callbacks.sending(writing.at(k)->index))
                break;
            accepted.append(writing.at(k));
        }
        bool keepGoing = accepted.size() == chunk.size();
        const QList<Result<QString>> outcomes = accepted.isEmpty() ? QList<Result<QString>>()
                                                                   : sendBulk(accepted, config, cancel);
        for (qsizetype k = 0; k < accepted.size(); ++k) {
            if (callbacks.done && !callbacks.done(accepted.at(k)->index, outcomes.at(k)))
                keepGoing = false;
        }
        if (!keepGoing)
            return false;
    }
    return true;
}

Result<QHash<QString, QList<QJsonObject>>> ScimDirectory::usersMatching(const QStringList& values,
                                                                        const Models::CancelToken& cancel,
                                                                        std::optional<QList<QJsonObject>>& everyone)
{
    QHash<QString, QList<QJsonObject>> found;
    if (values.isEmpty())
        return found;
    auto path = ScimAttributePath::parse(m_settings.matchAttribute);
    if (!path)
        return std::unexpected(path.error());
    auto config = serviceConfig();
    if (!config)
        return std::unexpected(config.error());
    QSet<QString> wanted;
    for (const QString& value : values)
        wanted.insert(comparableValue(m_settings.matchAttribute, value));
    QSet<QString> seen;
    const auto consider = [&](const QJsonObject& user) {
        const QString id = user.value(QStringLiteral("id")).toString();
        if (seen.contains(id))
            return;
        for (const QString& have : path->read(user)) {
            const QString key = comparableValue(m_settings.matchAttribute, have);
            if (wanted.contains(key)) {
                seen.insert(id);
                found[key].append(user);
                return;
            }
        }
    };

    if (!config->filter) {
        if (!everyone) {
            auto users = allUsers(cancel);
            if (!users)
                return std::unexpected(users.error());
            everyone = std::move(*users);
        }
        for (const QJsonObject& user : std::as_const(*everyone))
            consider(user);
        return found;
    }
    // The service may cap a filtered query's results (filter.maxResults): page until totalResults,
    // asking for at most that many at a time.
    const int pageSize = config->filterMaxResults > 0 ? qMin(config->filterMaxResults, 2 * valuesPerLookup)
                                                      : 2 * valuesPerLookup;
    for (qsizetype at = 0; at < values.size(); at += valuesPerLookup) {
        const QString filter = scimAnyEqualsFilter(path->toString(), values.mid(at, valuesPerLookup));
        for (int startIndex = 1;;) {
            auto page = listPage(filter, startIndex, pageSize, cancel);
            if (!page)
                return std::unexpected(page.error());
            const QJsonArray resources = page->value(scimKey(*page, QStringLiteral("Resources"))).toArray();
            for (const QJsonValue& user : resources)
                consider(user.toObject());
            startIndex += static_cast<int>(resources.size());
            if (resources.isEmpty() || startIndex > page->value(scimKey(*page, QStringLiteral("totalResults"))).toInt())
                break;
        }
    }
    return found;
}

QList<Result<QString>> ScimDirectory::sendBulk(const QList<const BulkItem*>& items, const ScimServiceConfig& config,
                                               const Models::CancelToken& cancel)
{
    QList<ScimWrite> writes;
    for (const BulkItem* item : items)
        writes.append(*item->write);
    const QByteArray body = scimBulkRequestBody(writes);
    // Larger than the service takes even on its own: an ordinary request has no such limit.
    if (items.size() == 1 && body.size() > config.bulkMaxPayloadSize) {
        auto sent = send(*items.constFirst()->write, scimAction(*items.constFirst()->operation));
        if (!sent)
            return {std::unexpected(scimInContext(sent.error(), *items.constFirst()->operation))};
        return {sent};
    }

    const QString action = items.size() == 1 ? scimAction(*items.constFirst()->operation)
                                             : QStringLiteral("Sending %1 changes in one bulk request").arg(items.size());
    const auto failAll = [&](const Models::Error& error) {
        QList<Result<QString>> outcomes;
        for (const BulkItem* item : items)
            outcomes.append(std::unexpected(scimInContext(error, *item->operation)));
        return outcomes;
    };
    auto http = client();
    if (!http)
        return failAll(http.error());
    Net::HttpRequest request;
    request.method = "POST";
    request.url = m_settings.endpoint(QStringLiteral("Bulk"));
    request.body = body;
    request.headers = {{"Content-Type", scimJson}, {"Accept", scimJson}};
    request.what = action;
    auto response = http->send(request, cancel);
    if (!response)
        return failAll(response.error());
    // 413: the service counted differently and carried out nothing (§3.7.4); halve and send again.
    if (response->status == 413 && items.size() > 1) {
        spdlog::info("SCIM: the service refused a bulk request of {} operations ({} bytes) as too large; halving it",
                     items.size(), body.size());
        const qsizetype half = items.size() / 2;
        return sendBulk(items.first(half), config, cancel) + sendBulk(items.mid(half), config, cancel);
    }
    if (!response->isSuccess())
        return failAll(scimError(response->status, response->body, action));
    auto json = response->jsonObject();
    if (!json)
        return failAll(json.error());
    auto results = scimBulkResults(*json, writes);
    if (!results)
        return failAll(results.error());

    QList<Result<QString>> outcomes;
    for (qsizetype k = 0; k < items.size(); ++k) {
        const BulkItem& item = *items.at(k);
        const ScimWrite& write = *item.write;
        const ScimBulkResult& result = results->at(k);
        const QString id = write.method == "POST" ? result.resourceId() : write.resourceId();
        if (!result.reported()) {
            // Only a service that stopped after failOnErrors errors (never asked for here) or that
            // drops results does this: whether it was carried out is unknown, so it is failed
            // and retryable (a create is looked up before it is sent again).
            auto error = Models::makeError(ErrorCode::Rejected,
                                           QStringLiteral("%1: the SCIM service's bulk response says nothing about this "
                                                          "operation, so it may or may not have been carried out; "
                                                          "preview again and run what is still to do")
                                               .arg(scimAction(*item.operation)));
            error.retryable = true;
            outcomes.append(std::unexpected(scimInContext(error, *item.operation)));
            continue;
        }
        if (write.method == "DELETE" && (result.ok() || result.status == 404)) {
            // Already gone counts as done, as for a single DELETE (§3.6).
            m_versions.remove(id);
            outcomes.append(result.ok() ? QString() : QStringLiteral("the user was already deleted at the service"));
            continue;
        }
        if (!result.ok()) {
            outcomes.append(std::unexpected(scimInContext(
                scimError(result.status, QJsonDocument(result.response).toJson(QJsonDocument::Compact),
                          scimAction(*item.operation)),
                *item.operation)));
            continue;
        }
        // A later change to this user is conditional on the version this one produced; without
        // one in the answer the old version is stale, so none is kept.
        if (!id.isEmpty()) {
            if (result.version.isEmpty())
                m_versions.remove(id);
            else
                m_versions.insert(id, result.version);
        }
        if (!item.existingId.isEmpty())
            outcomes.append(alreadyCreatedNote(item.existingId));
        else if (write.method == "POST")
            outcomes.append(id.isEmpty() ? QString() : QStringLiteral("created as user %1").arg(id));
        else
            outcomes.append(QString());
    }
    return outcomes;
}

} // namespace Tenure::Connectors
