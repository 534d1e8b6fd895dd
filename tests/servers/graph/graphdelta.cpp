// GET /users/delta as https://learn.microsoft.com/graph/delta-query-users and
// /graph/delta-query-overview describe it: the first round returns every user, page by page
// (@odata.nextLink), and ends with an @odata.deltaLink; following the deltaLink later returns only
// the users changed since, a deleted one as {"id", "@removed": {"reason": "changed"}} (soft delete),
// and a new deltaLink. Query parameters of the first request ($select) are carried in the links.
// A token the service no longer knows ("tokens for directory objects last 7 days", or
// expireDeltaTokens()) gets 410 Gone with syncStateNotFound and a Location to start again.
// Relationships (delta-query-overview, "Optional query parameters" and "Resource representation"):
// $expand is not supported on users/delta; $select may name the manager navigation property, and
// each user then carries a "manager@delta" annotation, an array of {"@odata.type", "id"} of its
// manager, or of the manager taken away with "@removed": {"reason": "deleted"}. As the other
// selected properties in the default (not return=minimal) behaviour, it comes with every user of a
// round, changed or not, and is left out where the user has never had a manager.

#include "graphstate.h"

#include <QJsonDocument>

namespace Tenure::Tests::Graph {
namespace {

constexpr int pageSize = 200;   // the service picks the page size of a delta round

struct DeltaState {
    qint64 epoch = 0;
    qint64 since = 0;      // changes after this sequence number
    qint64 upTo = 0;       // … up to this one (fixed when the round started)
    int offset = 0;
    QString select;
};

QString encode(const DeltaState& s)
{
    const QJsonObject json{{QStringLiteral("e"), s.epoch}, {QStringLiteral("s"), s.since},
                           {QStringLiteral("u"), s.upTo},  {QStringLiteral("o"), s.offset},
                           {QStringLiteral("q"), s.select}};
    return QString::fromLatin1(QJsonDocument(json).toJson(QJsonDocument::Compact).toBase64(QByteArray::Base64UrlEncoding));
}

std::optional<DeltaState> decode(const QString& token)
{
    const QJsonObject json = QJsonDocument::fromJson(QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding)).object();
    if (json.isEmpty())
        return std::nullopt;
    return DeltaState{json.value(QLatin1String("e")).toInteger(), json.value(QLatin1String("s")).toInteger(),
                      json.value(QLatin1String("u")).toInteger(), json.value(QLatin1String("o")).toInt(),
                      json.value(QLatin1String("q")).toString()};
}

// The "manager@delta" annotation of a user in a round of changes after `since` (0: the first
// round), or an empty array when there is nothing to say.
QJsonArray managerDelta(const StoredUser& user, qint64 since)
{
    const QString type = QStringLiteral("#microsoft.graph.user");
    if (!user.managerId.isEmpty())
        return {QJsonObject{{QStringLiteral("@odata.type"), type}, {QStringLiteral("id"), user.managerId}}};
    if (since > 0 && user.managerRemovedSequence > since && !user.removedManagerId.isEmpty())
        return {QJsonObject{{QStringLiteral("@odata.type"), type},
                            {QStringLiteral("id"), user.removedManagerId},
                            {QStringLiteral("@removed"), QJsonObject{{QStringLiteral("reason"), QStringLiteral("deleted")}}}}};
    return {};
}

QString link(const GraphState& state, const char* parameter, const QString& token)
{
    QUrlQuery query;
    query.addQueryItem(QLatin1String(parameter), token);
    return state.baseUrl + QStringLiteral("/v1.0/users/delta?") + query.toString(QUrl::FullyEncoded);
}

} // namespace

GraphResponse handleDelta(GraphState& state, const GraphRequest& request)
{
    if (request.method != "GET")
        return GraphResponse::error(405, QStringLiteral("Request_BadRequest"), QStringLiteral("Method not allowed."));
    if (request.query.hasQueryItem(QStringLiteral("$expand")))
        return GraphResponse::error(400, QStringLiteral("Request_UnsupportedQuery"),
                                    QStringLiteral("$expand is not supported on delta queries for users."));
    DeltaState round;
    const bool isNext = request.query.hasQueryItem(QStringLiteral("$skiptoken"));
    const bool isDelta = request.query.hasQueryItem(QStringLiteral("$deltatoken"));
    if (isNext || isDelta) {
        const auto decoded = decode(request.query.queryItemValue(isNext ? QStringLiteral("$skiptoken")
                                                                        : QStringLiteral("$deltatoken")));
        // $deltatoken=latest: no data, just a deltaLink for "from now on" (delta-query-overview).
        if (isDelta && request.query.queryItemValue(QStringLiteral("$deltatoken")) == QLatin1String("latest")) {
            const DeltaState now{state.deltaEpoch, state.sequence, state.sequence, 0,
                                 request.query.queryItemValue(QStringLiteral("$select"), QUrl::FullyDecoded)};
            return GraphResponse::json(200, {{QStringLiteral("value"), QJsonArray()},
                                             {QStringLiteral("@odata.deltaLink"), link(state, "$deltatoken", encode(now))}});
        }
        if (!decoded)
            return GraphResponse::error(400, QStringLiteral("BadRequest"), QStringLiteral("Provided sync token is malformed."));
        round = *decoded;
        if (round.epoch != state.deltaEpoch) {
            GraphResponse gone = GraphResponse::error(
                410, QStringLiteral("syncStateNotFound"),
                QStringLiteral("The sync state is no longer available; start a new synchronization."));
            gone.headers.append(Header("Location", (state.baseUrl + QStringLiteral("/v1.0/users/delta")).toLatin1()));
            return gone;
        }
        if (isDelta) {   // a new round of changes since the last one
            round.since = round.upTo;
            round.upTo = state.sequence;
            round.offset = 0;
        }
    } else {             // the first round: everything there is now
        round = DeltaState{state.deltaEpoch, 0, state.sequence, 0,
                           request.query.queryItemValue(QStringLiteral("$select"), QUrl::FullyDecoded)};
    }

    QList<const StoredUser*> changed;
    for (const QString& id : std::as_const(state.order)) {
        const StoredUser& user = state.users[id];
        if (user.changeSequence > round.since && user.changeSequence <= round.upTo && (round.since > 0 || !user.deleted))
            changed.append(&user);
    }
    QStringList select = round.select.split(QLatin1Char(','), Qt::SkipEmptyParts);
    const bool tracksManager = select.removeAll(QStringLiteral("manager")) > 0;
    QJsonArray value;
    for (int i = round.offset; i < changed.size() && i < round.offset + pageSize; ++i) {
        const StoredUser& user = *changed[i];
        if (user.deleted) {
            value.append(QJsonObject{{QStringLiteral("id"), user.properties.value(QLatin1String("id"))},
                                     {QStringLiteral("@removed"), QJsonObject{{QStringLiteral("reason"), QStringLiteral("changed")}}}});
            continue;
        }
        QJsonObject view = userView(state, user, select);
        if (const QJsonArray manager = tracksManager ? managerDelta(user, round.since) : QJsonArray(); !manager.isEmpty())
            view.insert(QStringLiteral("manager@delta"), manager);
        value.append(view);
    }
    QJsonObject page{{QStringLiteral("@odata.context"), QString(state.baseUrl + QStringLiteral("/v1.0/$metadata#users"))},
                     {QStringLiteral("value"), value}};
    if (round.offset + pageSize < changed.size()) {
        DeltaState next = round;
        next.offset += pageSize;
        page.insert(QStringLiteral("@odata.nextLink"), link(state, "$skiptoken", encode(next)));
    } else {
        DeltaState done = round;
        done.offset = 0;
        page.insert(QStringLiteral("@odata.deltaLink"), link(state, "$deltatoken", encode(done)));
    }
    return GraphResponse::json(200, page);
}

} // namespace Tenure::Tests::Graph
