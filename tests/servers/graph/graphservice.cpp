#include "graphservice.h"

#include <QJsonDocument>
#include <QUuid>

namespace Tenure::Tests::Graph {

QByteArray GraphRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

GraphResponse GraphResponse::json(int status, const QJsonObject& body)
{
    GraphResponse response;
    response.status = status;
    response.headers.append(Header("Content-Type", "application/json;odata.metadata=minimal;charset=utf-8"));
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

GraphResponse GraphResponse::error(int status, const QString& code, const QString& message)
{
    // The shape of https://learn.microsoft.com/graph/errors: code, message, innerError with the
    // request-id support asks for.
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject inner{
        {QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("request-id"), requestId},
        {QStringLiteral("client-request-id"), requestId},
    };
    return json(status, {{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                               {QStringLiteral("message"), message},
                                                               {QStringLiteral("innerError"), inner}}}});
}

GraphResponse GraphResponse::noContent()
{
    GraphResponse response;
    response.status = 204;
    return response;
}

StoredUser* GraphState::findUser(const QString& idOrUpn)
{
    auto it = users.find(idOrUpn);
    if (it == users.end()) {
        // GET /users/{id | userPrincipalName} (user-get): the UPN compares case-insensitively.
        const QString id = byUpn.value(idOrUpn.toLower());
        it = id.isEmpty() ? users.end() : users.find(id);
    }
    return it == users.end() || it->deleted ? nullptr : &*it;
}

void GraphState::index(const StoredUser& user)
{
    byUpn.insert(user.properties.value(QLatin1String("userPrincipalName")).toString().toLower(),
                 user.properties.value(QLatin1String("id")).toString());
}

void GraphState::unindex(const StoredUser& user)
{
    byUpn.remove(user.properties.value(QLatin1String("userPrincipalName")).toString().toLower());
}

void GraphState::touch(StoredUser& user)
{
    user.changeSequence = ++sequence;
}

GraphService::GraphService(GraphServiceOptions options)
{
    m_state.options = std::move(options);
}

namespace {

QStringList segmentsOf(const QString& path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

GraphResponse route(GraphState& state, const GraphRequest& request)
{
    const QStringList segments = segmentsOf(request.path);
    if (segments.size() < 2 || segments[0] != QLatin1String("v1.0"))
        return GraphResponse::error(400, QStringLiteral("BadRequest"),
                                    QStringLiteral("Invalid version: %1").arg(segments.value(0)));
    if (auto refused = throttle(state, request))
        return *refused;
    const QString& resource = segments[1];
    if (resource == QLatin1String("users") && segments.size() == 3
        && (segments[2] == QLatin1String("delta") || segments[2] == QLatin1String("microsoft.graph.delta")))
        return handleDelta(state, request);
    if (resource == QLatin1String("users") || resource == QLatin1String("directory"))
        return handleUsers(state, request, segments);
    if (resource == QLatin1String("servicePrincipals"))
        return handleBulkUpload(state, request, segments);
    return GraphResponse::error(400, QStringLiteral("BadRequest"),
                                QStringLiteral("Resource not found for the segment '%1'.").arg(resource));
}

} // namespace

GraphResponse GraphService::handle(const GraphRequest& request, const QString& baseUrl)
{
    const std::lock_guard lock(m_mutex);
    GraphState& state = m_state;
    state.baseUrl = baseUrl;
    const Clock::time_point now = Clock::now();

    const QStringList segments = segmentsOf(request.path);
    if (segments.size() == 4 && segments[1] == QLatin1String("oauth2") && segments[3] == QLatin1String("token"))
        return handleToken(state, request);

    // Judged once, when the HTTP request arrives: sub-requests of one batch arrive together.
    const bool early = arrivesTooEarly(state, request);
    const auto record = [&](const GraphRequest& r, const GraphResponse& response) {
        state.arrivals.append(Arrival{now, r.method, r.path, response.status, early});
    };

    if (auto refused = checkBearer(state, request)) {
        record(request, *refused);
        return *refused;
    }

    GraphResponse response;
    if (segments.size() == 2 && segments[0] == QLatin1String("v1.0") && segments[1] == QLatin1String("$batch")) {
        response = handleBatch(state, request, [&](const GraphRequest& sub) {
            GraphResponse answer = route(state, sub);
            addUsageHeaders(state, sub, answer);
            record(sub, answer);
            return answer;
        });
    } else {
        response = route(state, request);
        addUsageHeaders(state, request, response);
    }
    record(request, response);
    const QByteArray requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    response.headers.append(Header("request-id", requestId));
    response.headers.append(Header("client-request-id", request.header("client-request-id").isEmpty()
                                                            ? requestId : request.header("client-request-id")));
    return response;
}

void GraphService::addUsers(const QList<QJsonObject>& users)
{
    const std::lock_guard lock(m_mutex);
    for (QJsonObject properties : users) {
        const QString id = properties.value(QLatin1String("id")).toString().isEmpty()
                               ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                               : properties.value(QLatin1String("id")).toString();
        properties.insert(QStringLiteral("id"), id);
        if (!properties.contains(QLatin1String("accountEnabled")))
            properties.insert(QStringLiteral("accountEnabled"), true);
        if (!properties.contains(QLatin1String("displayName")))
            properties.insert(QStringLiteral("displayName"), properties.value(QLatin1String("userPrincipalName")));
        StoredUser user;
        // "manager": the id or userPrincipalName of a user already there (added earlier).
        if (const QString manager = properties.take(QStringLiteral("manager")).toString(); !manager.isEmpty()) {
            if (const StoredUser* found = m_state.findUser(manager))
                user.managerId = found->properties.value(QLatin1String("id")).toString();
        }
        user.properties = properties;
        m_state.touch(user);
        m_state.users.insert(id, user);
        m_state.order.append(id);
        m_state.index(user);
    }
}

void GraphService::startThrottleStorm(int requests, int retryAfterSeconds)
{
    const std::lock_guard lock(m_mutex);
    m_state.stormRemaining = requests;
    m_state.stormRetryAfter = retryAfterSeconds;
}

void GraphService::expireDeltaTokens()
{
    const std::lock_guard lock(m_mutex);
    ++m_state.deltaEpoch;
}

void GraphService::dropConnectionAfterNextBatch()
{
    const std::lock_guard lock(m_mutex);
    m_state.dropNextBatch = true;
}

QList<StoredUser> GraphService::users(bool includeDeleted) const
{
    const std::lock_guard lock(m_mutex);
    QList<StoredUser> result;
    for (const QString& id : m_state.order) {
        const StoredUser& user = m_state.users[id];
        if (includeDeleted || !user.deleted)
            result.append(user);
    }
    return result;
}

std::optional<StoredUser> GraphService::userByUpn(const QString& upn) const
{
    const std::lock_guard lock(m_mutex);
    auto* user = const_cast<GraphState&>(m_state).findUser(upn);
    return user ? std::optional(*user) : std::nullopt;
}

QList<Arrival> GraphService::arrivals() const
{
    const std::lock_guard lock(m_mutex);
    return m_state.arrivals;
}

int GraphService::earlyArrivals() const
{
    const std::lock_guard lock(m_mutex);
    return int(std::count_if(m_state.arrivals.cbegin(), m_state.arrivals.cend(),
                             [](const Arrival& a) { return a.beforeRetryAfter; }));
}

int GraphService::tokensIssued() const
{
    const std::lock_guard lock(m_mutex);
    return m_state.tokensIssued;
}

int GraphService::throttledResponses() const
{
    const std::lock_guard lock(m_mutex);
    return m_state.throttled;
}

QList<QJsonObject> GraphService::bulkRequestsAccepted() const
{
    const std::lock_guard lock(m_mutex);
    return m_state.bulkAccepted;
}

GraphServiceOptions GraphService::options() const
{
    const std::lock_guard lock(m_mutex);
    return m_state.options;
}

} // namespace Tenure::Tests::Graph
