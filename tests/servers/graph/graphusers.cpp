// /users and its neighbours as the Graph v1.0 reference describes them: user-list (paging with
// $top ≤ 999 and @odata.nextLink, $select, simple $filter eq), user-get (by id or UPN), user-post-users
// (required properties, verified domains, unique UPN, password complexity), user-update (204),
// user-delete (soft delete into directory/deletedItems for 30 days), user-post-manager /
// user-delete-manager ($ref), user-revokesigninsessions.

#include "graphstate.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace Tenure::Tests::Graph {
namespace {

const QStringList& defaultSelect()
{
    // What GET /users returns without $select (user-list, "default properties").
    static const QStringList properties{
        QStringLiteral("businessPhones"), QStringLiteral("displayName"), QStringLiteral("givenName"),
        QStringLiteral("jobTitle"), QStringLiteral("mail"), QStringLiteral("mobilePhone"),
        QStringLiteral("officeLocation"), QStringLiteral("preferredLanguage"), QStringLiteral("surname"),
        QStringLiteral("userPrincipalName"), QStringLiteral("id")};
    return properties;
}

const QStringList& writableProperties()
{
    static const QStringList properties{
        QStringLiteral("accountEnabled"), QStringLiteral("ageGroup"), QStringLiteral("businessPhones"),
        QStringLiteral("city"), QStringLiteral("companyName"), QStringLiteral("country"),
        QStringLiteral("department"), QStringLiteral("displayName"), QStringLiteral("employeeHireDate"),
        QStringLiteral("employeeId"), QStringLiteral("employeeLeaveDateTime"), QStringLiteral("employeeOrgData"),
        QStringLiteral("employeeType"), QStringLiteral("faxNumber"), QStringLiteral("givenName"),
        QStringLiteral("jobTitle"), QStringLiteral("mail"), QStringLiteral("mailNickname"),
        QStringLiteral("mobilePhone"), QStringLiteral("officeLocation"),
        QStringLiteral("onPremisesExtensionAttributes"), QStringLiteral("onPremisesImmutableId"),
        QStringLiteral("otherMails"), QStringLiteral("passwordPolicies"), QStringLiteral("passwordProfile"),
        QStringLiteral("postalCode"), QStringLiteral("preferredLanguage"), QStringLiteral("state"),
        QStringLiteral("streetAddress"), QStringLiteral("surname"), QStringLiteral("usageLocation"),
        QStringLiteral("userPrincipalName"), QStringLiteral("userType")};
    return properties;
}

const QStringList& readOnlyProperties()
{
    static const QStringList properties{QStringLiteral("id"), QStringLiteral("createdDateTime"),
                                        QStringLiteral("deletedDateTime"),
                                        QStringLiteral("signInSessionsValidFromDateTime")};
    return properties;
}

GraphResponse badRequest(const QString& message)
{
    return GraphResponse::error(400, QStringLiteral("Request_BadRequest"), message);
}

GraphResponse notFound(const QString& what)
{
    return GraphResponse::error(404, QStringLiteral("Request_ResourceNotFound"),
                                QStringLiteral("Resource '%1' does not exist or one of its queried reference-property "
                                               "objects are not present.").arg(what));
}

bool complexEnough(const QString& password)
{
    // Entra's default policy: 8–256 characters and three of the four character classes.
    if (password.size() < 8 || password.size() > 256)
        return false;
    int classes = 0;
    classes += password.contains(QRegularExpression(QStringLiteral("[a-z]")));
    classes += password.contains(QRegularExpression(QStringLiteral("[A-Z]")));
    classes += password.contains(QRegularExpression(QStringLiteral("[0-9]")));
    classes += password.contains(QRegularExpression(QStringLiteral("[^a-zA-Z0-9]")));
    return classes >= 3;
}

// Checks a POST or PATCH body; on success copies it into *user.
std::optional<GraphResponse> applyProperties(GraphState& state, const QJsonObject& body, StoredUser* user,
                                             const QString& selfId)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString& name = it.key();
        if (name.startsWith(QLatin1String("@odata.")))
            continue;
        if (readOnlyProperties().contains(name))
            return badRequest(QStringLiteral("Property '%1' is read-only and cannot be set.").arg(name));
        if (!writableProperties().contains(name) && !name.startsWith(QLatin1String("extension_")))
            return badRequest(QStringLiteral("Property '%1' does not exist as a declared property or extension property.").arg(name));
    }
    if (body.contains(QLatin1String("accountEnabled")) && !body.value(QLatin1String("accountEnabled")).isBool())
        return badRequest(QStringLiteral("Invalid value specified for property 'accountEnabled' of resource 'User'."));
    if (body.contains(QLatin1String("userPrincipalName"))) {
        const QString upn = body.value(QLatin1String("userPrincipalName")).toString();
        const QString domain = upn.section(QLatin1Char('@'), 1);
        if (upn.count(QLatin1Char('@')) != 1 || upn.startsWith(QLatin1Char('@')))
            return badRequest(QStringLiteral("Invalid value specified for property 'userPrincipalName' of resource 'User'."));
        if (!state.options.verifiedDomains.contains(domain, Qt::CaseInsensitive))
            return badRequest(QStringLiteral("The domain portion of the userPrincipalName property is invalid. You must "
                                             "use one of the verified domain names in your organization."));
        const StoredUser* other = state.findUser(upn);
        if (other && other->properties.value(QLatin1String("id")).toString() != selfId)
            return badRequest(QStringLiteral("Another object with the same value for property userPrincipalName already exists."));
    }
    if (body.contains(QLatin1String("mailNickname"))
        && !QRegularExpression(QStringLiteral("^[A-Za-z0-9!#$%&'*+\\-/=?^_`{|}~.]{1,64}$"))
                .match(body.value(QLatin1String("mailNickname")).toString()).hasMatch())
        return badRequest(QStringLiteral("Invalid value specified for property 'mailNickname' of resource 'User'."));
    if (body.contains(QLatin1String("passwordProfile"))) {
        const QJsonObject profile = body.value(QLatin1String("passwordProfile")).toObject();
        if (!complexEnough(profile.value(QLatin1String("password")).toString()))
            return badRequest(QStringLiteral("The specified password does not comply with password complexity "
                                             "requirements. Please provide a different password."));
        user->forceChangePasswordNextSignIn = profile.value(QLatin1String("forceChangePasswordNextSignIn")).toBool(true);
    }
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() == QLatin1String("passwordProfile") || it.key().startsWith(QLatin1String("@odata.")))
            continue;   // write-only: never returned by a read
        if (it.value().isNull())
            user->properties.remove(it.key());
        else
            user->properties.insert(it.key(), it.value());
    }
    return std::nullopt;
}

GraphResponse createUser(GraphState& state, const GraphRequest& request)
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return GraphResponse::error(400, QStringLiteral("BadRequest"), QStringLiteral("Unable to read JSON request payload."));
    const QJsonObject body = document.object();
    for (const char* required : {"accountEnabled", "displayName", "mailNickname", "passwordProfile", "userPrincipalName"}) {
        if (body.value(QLatin1String(required)).isUndefined() || body.value(QLatin1String(required)).isNull())
            return badRequest(QStringLiteral("Invalid value specified for property '%1' of resource 'User'.")
                                  .arg(QLatin1String(required)));
    }
    StoredUser user;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto refused = applyProperties(state, body, &user, id))
        return *refused;
    user.properties.insert(QStringLiteral("id"), id);
    user.properties.insert(QStringLiteral("createdDateTime"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    user.creates = 1;
    state.touch(user);
    state.users.insert(id, user);
    state.order.append(id);
    state.index(user);

    QJsonObject view = userView(state, user, {});
    view.insert(QStringLiteral("@odata.context"), QString(state.baseUrl + QStringLiteral("/v1.0/$metadata#users/$entity")));
    GraphResponse response = GraphResponse::json(201, view);
    response.headers.append(Header("Location", (state.baseUrl + QStringLiteral("/v1.0/users/") + id).toLatin1()));
    return response;
}

QString skipToken(int offset)
{
    return QString::fromLatin1(QByteArray("o=" + QByteArray::number(offset)).toBase64(QByteArray::Base64UrlEncoding));
}

int offsetOf(const QString& token)
{
    const QByteArray decoded = QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding);
    return decoded.startsWith("o=") ? decoded.mid(2).toInt() : -1;
}

GraphResponse listUsers(GraphState& state, const GraphRequest& request, bool deleted)
{
    const QUrlQuery& query = request.query;
    int top = 100;
    if (query.hasQueryItem(QStringLiteral("$top"))) {
        bool ok = false;
        top = query.queryItemValue(QStringLiteral("$top")).toInt(&ok);
        if (!ok || top < 1 || top > 999)
            return GraphResponse::error(400, QStringLiteral("Request_UnsupportedQuery"),
                                        QStringLiteral("Invalid page size specified: '%1'. Must be between 1 and 999 inclusive.")
                                            .arg(query.queryItemValue(QStringLiteral("$top"))));
    }
    QString filterProperty, filterValue;
    if (query.hasQueryItem(QStringLiteral("$filter"))) {
        static const QRegularExpression eq(QStringLiteral("^(\\w+) eq '((?:[^']|'')*)'$"));
        const auto match = eq.match(query.queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded));
        if (!match.hasMatch())
            return GraphResponse::error(400, QStringLiteral("Request_UnsupportedQuery"), QStringLiteral("Unsupported query."));
        filterProperty = match.captured(1);
        filterValue = match.captured(2).replace(QStringLiteral("''"), QStringLiteral("'"));
    }
    const int offset = query.hasQueryItem(QStringLiteral("$skiptoken"))
                           ? offsetOf(query.queryItemValue(QStringLiteral("$skiptoken"))) : 0;
    if (offset < 0)
        return GraphResponse::error(400, QStringLiteral("Request_BadRequest"), QStringLiteral("Invalid skip token."));

    QStringList matching;
    for (const QString& id : std::as_const(state.order)) {
        const StoredUser& user = state.users[id];
        if (user.deleted != deleted)
            continue;
        if (!filterProperty.isEmpty()
            && user.properties.value(filterProperty).toString().compare(filterValue, Qt::CaseInsensitive) != 0)
            continue;
        matching.append(id);
    }
    // "$expand on directory objects returns a maximum of 100 objects" per page, whatever $top asks
    // (query-parameters#expand-parameter; known issue 13635).
    if (expandsManager(query))
        top = qMin(top, 100);
    const QStringList select = selectOf(query);
    QJsonArray value;
    for (int i = offset; i < matching.size() && i < offset + top; ++i)
        value.append(userView(state, state.users[matching[i]], select, expandsManager(query),
                              expandedManagerSelect(query)));
    QJsonObject page{{QStringLiteral("@odata.context"), QString(state.baseUrl + QStringLiteral("/v1.0/$metadata#users"))},
                     {QStringLiteral("value"), value}};
    if (offset + top < matching.size()) {
        QUrlQuery next = query;
        next.removeAllQueryItems(QStringLiteral("$skiptoken"));
        next.addQueryItem(QStringLiteral("$skiptoken"), skipToken(offset + top));
        page.insert(QStringLiteral("@odata.nextLink"),
                    QString(state.baseUrl + request.path + QLatin1Char('?') + next.toString(QUrl::FullyEncoded)));
    }
    return GraphResponse::json(200, page);
}

GraphResponse handleManager(GraphState& state, const GraphRequest& request, StoredUser& user, bool isRef)
{
    if (request.method == "GET" && !isRef) {
        StoredUser* manager = user.managerId.isEmpty() ? nullptr : state.findUser(user.managerId);
        return manager ? GraphResponse::json(200, userView(state, *manager, selectOf(request.query))) : notFound(QStringLiteral("manager"));
    }
    if (request.method == "DELETE" && isRef) {
        if (user.managerId.isEmpty())
            return notFound(QStringLiteral("manager"));
        user.removedManagerId = user.managerId;
        user.managerId.clear();
        state.touch(user);
        user.managerRemovedSequence = user.changeSequence;
        return GraphResponse::noContent();
    }
    if (request.method == "PUT" && isRef) {
        const QString reference = QJsonDocument::fromJson(request.body).object().value(QLatin1String("@odata.id")).toString();
        const QString managerId = reference.section(QLatin1Char('/'), -1);
        StoredUser* manager = managerId.isEmpty() ? nullptr : state.findUser(managerId);
        if (!manager)
            return notFound(managerId);
        if (manager == &user)
            return badRequest(QStringLiteral("A user cannot be their own manager."));
        user.managerId = manager->properties.value(QLatin1String("id")).toString();
        state.touch(user);
        return GraphResponse::noContent();
    }
    return GraphResponse::error(405, QStringLiteral("Request_BadRequest"), QStringLiteral("Method not allowed."));
}

GraphResponse handleDeletedItems(GraphState& state, const GraphRequest& request, const QStringList& segments)
{
    // /directory/deletedItems/microsoft.graph.user | /{id} | /{id}/restore
    if (segments.size() < 3 || segments[2] != QLatin1String("deletedItems"))
        return GraphResponse::error(400, QStringLiteral("BadRequest"), QStringLiteral("Unsupported segment."));
    if (segments.size() == 4 && segments[3] == QLatin1String("microsoft.graph.user") && request.method == "GET")
        return listUsers(state, request, true);
    auto it = state.users.find(segments.value(3));
    if (it == state.users.end() || !it->deleted)
        return notFound(segments.value(3));
    if (segments.size() == 4 && request.method == "GET")
        return GraphResponse::json(200, userView(state, *it, selectOf(request.query)));
    if (segments.size() == 5 && segments[4] == QLatin1String("restore") && request.method == "POST") {
        if (state.findUser(it->properties.value(QLatin1String("userPrincipalName")).toString()))
            return badRequest(QStringLiteral("Another object with the same value for property userPrincipalName already exists."));
        it->deleted = false;
        state.index(*it);
        it->properties.remove(QStringLiteral("deletedDateTime"));
        state.touch(*it);
        return GraphResponse::json(200, userView(state, *it, {}));
    }
    return GraphResponse::error(405, QStringLiteral("Request_BadRequest"), QStringLiteral("Method not allowed."));
}

} // namespace

QStringList selectOf(const QUrlQuery& query)
{
    return query.queryItemValue(QStringLiteral("$select"), QUrl::FullyDecoded).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

bool expandsManager(const QUrlQuery& query)
{
    return query.queryItemValue(QStringLiteral("$expand"), QUrl::FullyDecoded).startsWith(QLatin1String("manager"));
}

QStringList expandedManagerSelect(const QUrlQuery& query)
{
    // manager($select=id,userPrincipalName): the manager's properties to return.
    static const QRegularExpression inner(QStringLiteral("^manager\\(\\$select=([^)]*)\\)$"));
    const auto match = inner.match(query.queryItemValue(QStringLiteral("$expand"), QUrl::FullyDecoded));
    return match.hasMatch() ? match.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts) : QStringList();
}

QJsonObject userView(GraphState& state, const StoredUser& user, const QStringList& select, bool expandManager,
                     const QStringList& managerSelect)
{
    QJsonObject view;
    for (const QString& name : select.isEmpty() ? defaultSelect() : select) {
        const QJsonValue value = user.properties.value(name.trimmed());
        view.insert(name.trimmed(), value.isUndefined() ? (name == QLatin1String("businessPhones") ? QJsonValue(QJsonArray())
                                                                                                   : QJsonValue())
                                                        : value);
    }
    view.insert(QStringLiteral("id"), user.properties.value(QLatin1String("id")));
    // A user without a manager has no "manager" in the expanded answer (user-list-manager); the
    // manager comes with its id and what manager($select=…) names, or its default properties.
    if (const StoredUser* manager = expandManager && !user.managerId.isEmpty() ? state.findUser(user.managerId) : nullptr) {
        QJsonObject expanded = userView(state, *manager, managerSelect);
        expanded.insert(QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.user"));
        view.insert(QStringLiteral("manager"), expanded);
    }
    return view;
}

GraphResponse handleUsers(GraphState& state, const GraphRequest& request, const QStringList& segments)
{
    if (segments[1] == QLatin1String("directory"))
        return handleDeletedItems(state, request, segments);
    if (segments.size() == 2) {
        if (request.method == "GET")
            return listUsers(state, request, false);
        if (request.method == "POST")
            return createUser(state, request);
        return GraphResponse::error(405, QStringLiteral("Request_BadRequest"), QStringLiteral("Method not allowed."));
    }
    StoredUser* user = state.findUser(segments[2]);
    if (!user)
        return notFound(segments[2]);
    const QString id = user->properties.value(QLatin1String("id")).toString();
    if (segments.size() == 3) {
        if (request.method == "GET")
            return GraphResponse::json(200, userView(state, *user, selectOf(request.query), expandsManager(request.query)));
        if (request.method == "PATCH") {
            const QJsonDocument document = QJsonDocument::fromJson(request.body);
            if (!document.isObject())
                return GraphResponse::error(400, QStringLiteral("BadRequest"), QStringLiteral("Unable to read JSON request payload."));
            StoredUser changed = *user;
            if (auto refused = applyProperties(state, document.object(), &changed, id))
                return *refused;
            state.unindex(*user);
            *user = changed;
            state.index(*user);
            state.touch(*user);
            return GraphResponse::noContent();
        }
        if (request.method == "DELETE") {
            // Soft delete: the user goes to deletedItems and can be restored for 30 days.
            state.unindex(*user);
            user->deleted = true;
            user->properties.insert(QStringLiteral("deletedDateTime"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            state.touch(*user);
            return GraphResponse::noContent();
        }
    } else if (segments[3] == QLatin1String("manager")) {
        return handleManager(state, request, *user, segments.value(4) == QLatin1String("$ref"));
    } else if (segments.size() == 4 && segments[3] == QLatin1String("revokeSignInSessions") && request.method == "POST") {
        ++user->sessionRevocations;
        user->properties.insert(QStringLiteral("signInSessionsValidFromDateTime"),
                                QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        return GraphResponse::json(200, {{QStringLiteral("@odata.context"),
                                          QString(state.baseUrl + QStringLiteral("/v1.0/$metadata#Edm.Boolean"))},
                                         {QStringLiteral("value"), true}});
    }
    return GraphResponse::error(405, QStringLiteral("Request_BadRequest"), QStringLiteral("Method not allowed."));
}

} // namespace Tenure::Tests::Graph
