#include "scimdirectory.h"

#include "scimattributepath.h"
#include "scimerrors.h"
#include "scimfilter.h"
#include "scimoperation.h"
#include "scimresource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace Tenure::Connectors {

using Models::ErrorCode;
using Models::OperationKind;

namespace {

constexpr char scimJson[] = "application/scim+json";   // RFC 7644 §3.1

// The tenant's bearer token (RFC 6750), as the one HttpClient takes a token: it never expires
// here, so a 401 means it is wrong and invalidating it changes nothing.
class StaticBearerToken : public Net::AccessTokenProvider {
public:
    explicit StaticBearerToken(QString token) : m_token(std::move(token)) {}
    Result<QString> accessToken(const Models::CancelToken&) override { return m_token; }
    void invalidate(const QString&) override {}

private:
    QString m_token;
};

// Everything but unreserved characters percent-encoded: QUrlQuery leaves '+' alone, which many
// servers read as a space, and a filter value may hold one.
QString encodedQuery(const QList<QPair<QString, QString>>& items)
{
    QStringList parts;
    for (const auto& [key, value] : items)
        parts << QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value));
    return parts.join(QLatin1Char('&'));
}

} // namespace

ScimDirectory::ScimDirectory(ScimSettings settings, QString bearerToken)
    : m_settings(std::move(settings)), m_token(std::move(bearerToken))
{
}

DirectoryCapabilities ScimDirectory::capabilities() const
{
    DirectoryCapabilities capabilities;
    capabilities.disable = true;   // active=false (RFC 7643 §4.1.1)
    capabilities.enable = true;
    capabilities.move = false;     // SCIM has no containers
    capabilities.setPassword = false;
    capabilities.revokeSessions = false;
    capabilities.deltaReads = false;   // RFC 7644 has no change feed; meta.lastModified filters are optional
    return capabilities;
}

Result<Net::HttpClient> ScimDirectory::client()
{
    if (m_client)
        return *m_client;
    Net::HttpClientOptions options;
    options.caFile = m_settings.caFile;
    options.timeout = std::chrono::seconds(m_settings.timeoutSeconds);
    options.auth = std::make_shared<StaticBearerToken>(m_token);
    auto created = Net::HttpClient::create(std::move(options));
    if (!created)
        return std::unexpected(created.error());
    m_client = std::move(*created);
    return *m_client;
}

Result<Net::HttpResponse> ScimDirectory::call(Net::HttpRequest request, const QString& action,
                                              const Models::CancelToken& cancel)
{
    auto http = client();
    if (!http)
        return std::unexpected(http.error());
    request.headers.append(Net::Header("Accept", scimJson));
    request.what = action;
    auto response = http->send(request, cancel);
    if (!response)
        return std::unexpected(response.error());
    if (!response->isSuccess())
        return std::unexpected(scimError(response->status, response->body, action));
    return response;
}

Result<ScimServiceConfig> ScimDirectory::serviceConfig()
{
    if (m_config)
        return *m_config;
    auto response = call(Net::HttpRequest::get(m_settings.endpoint(QStringLiteral("ServiceProviderConfig"))),
                         QStringLiteral("Reading what the SCIM service supports (/ServiceProviderConfig)"), {});
    if (!response)
        return std::unexpected(response.error());
    auto json = response->jsonObject();
    if (!json)
        return std::unexpected(json.error());
    m_config = ScimServiceConfig::fromJson(*json);
    spdlog::debug("SCIM: {} supports {}", m_settings.baseUrl.host().toStdString(), m_config->describe().toStdString());
    return *m_config;
}

Result<QString> ScimDirectory::testConnection()
{
    m_config.reset();
    m_versions.clear();
    auto config = serviceConfig();
    if (!config)
        return std::unexpected(config.error());
    auto page = listPage({}, 1, 1, {});
    if (!page)
        return std::unexpected(page.error());
    const bool tls = m_settings.baseUrl.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    return QStringLiteral("Connected to %1 (%2): %3 users; the service supports %4")
        .arg(m_settings.baseUrl.toString(), tls ? QStringLiteral("TLS verified") : QStringLiteral("plain HTTP, no TLS"))
        .arg(page->value(QStringLiteral("totalResults")).toInt())
        .arg(config->describe());
}

Result<QJsonObject> ScimDirectory::listPage(const QString& filter, int startIndex, int count,
                                            const Models::CancelToken& cancel)
{
    QList<QPair<QString, QString>> query;
    if (!filter.isEmpty())
        query.append({QStringLiteral("filter"), filter});
    query.append({QStringLiteral("startIndex"), QString::number(startIndex)});
    query.append({QStringLiteral("count"), QString::number(count)});
    QUrl url = m_settings.endpoint(QStringLiteral("Users"));
    url.setQuery(encodedQuery(query), QUrl::TolerantMode);
    auto response = call(Net::HttpRequest::get(url), QStringLiteral("Reading users from %1").arg(m_settings.baseUrl.host()),
                         cancel);
    if (!response)
        return std::unexpected(response.error());
    return response->jsonObject();
}

Result<QList<QJsonObject>> ScimDirectory::allUsers(const Models::CancelToken& cancel)
{
    auto config = serviceConfig();
    if (!config)
        return std::unexpected(config.error());
    QList<QJsonObject> users;
    QSet<QString> seen;
    // RFC 7644 §3.4.2.4: 1-based startIndex, count per page, until totalResults. The service may
    // return fewer than asked; users added or removed while reading may shift pages, so ids seen
    // twice are skipped.
    for (int startIndex = 1;;) {
        if (cancel.isCancelled())
            return Models::fail(ErrorCode::Cancelled, QStringLiteral("Reading the SCIM users was cancelled"));
        auto page = listPage({}, startIndex, m_settings.pageSize, cancel);
        if (!page)
            return std::unexpected(page.error());
        const QJsonArray resources = page->value(scimKey(*page, QStringLiteral("Resources"))).toArray();
        const int total = page->value(scimKey(*page, QStringLiteral("totalResults"))).toInt();
        for (const QJsonValue& value : resources) {
            const QJsonObject user = value.toObject();
            const QString id = user.value(QStringLiteral("id")).toString();
            if (!id.isEmpty() && !seen.contains(id)) {
                seen.insert(id);
                users.append(user);
            }
        }
        startIndex += static_cast<int>(resources.size());
        if (resources.isEmpty() || startIndex > total)
            break;
    }
    return users;
}

Result<Models::DirectorySnapshot> ScimDirectory::readAccounts(const QStringList& attributes,
                                                              const Models::CancelToken& cancel)
{
    auto mapped = scimAttributes(attributes);
    if (!mapped)
        return std::unexpected(mapped.error());
    auto users = allUsers(cancel);
    if (!users)
        return std::unexpected(users.error());
    Models::DirectorySnapshot snapshot;
    for (const QJsonObject& user : *users) {
        snapshot.accounts.append(scimAccount(user, *mapped));
        remember(snapshot.accounts.constLast().id, {}, user);
    }
    // The service's order is its own; an id order keeps snapshots (and plans) stable.
    std::sort(snapshot.accounts.begin(), snapshot.accounts.end(),
              [](const Models::Account& a, const Models::Account& b) { return a.id < b.id; });
    spdlog::debug("SCIM: read {} users from {}", snapshot.accounts.size(), m_settings.baseUrl.host().toStdString());
    return snapshot;
}

Result<std::optional<QJsonObject>> ScimDirectory::findUser(const QString& attribute, const QString& value,
                                                           const Models::CancelToken& cancel)
{
    auto path = ScimAttributePath::parse(attribute);
    if (!path)
        return std::unexpected(path.error());
    auto config = serviceConfig();
    if (!config)
        return std::unexpected(config.error());
    QList<QJsonObject> matches;
    if (config->filter) {
        auto page = listPage(scimEqualsFilter(path->toString(), value), 1, 2, cancel);
        if (!page)
            return std::unexpected(page.error());
        for (const QJsonValue& user : page->value(scimKey(*page, QStringLiteral("Resources"))).toArray())
            matches.append(user.toObject());
    } else {
        auto users = allUsers(cancel);
        if (!users)
            return std::unexpected(users.error());
        const QString wanted = comparableValue(attribute, value);
        for (const QJsonObject& user : *users) {
            for (const QString& have : path->read(user)) {
                if (comparableValue(attribute, have) == wanted) {
                    matches.append(user);
                    break;
                }
            }
        }
    }
    if (matches.size() > 1)
        return Models::fail(ErrorCode::Conflict,
                            QStringLiteral("Several users at the SCIM service have %1 \"%2\"; Tenure cannot tell which "
                                           "one is the worker's. Remove the duplicate there.")
                                .arg(attribute, value));
    if (matches.isEmpty())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(matches.constFirst());
}

Result<QString> ScimDirectory::newAccountId(const Models::Attributes& attributes) const
{
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
        auto path = ScimAttributePath::parse(it.key());
        if (path && !path->isExtension() && path->subAttribute().isEmpty()
            && path->attribute().compare(QLatin1String("userName"), Qt::CaseInsensitive) == 0 && !it->isEmpty()
            && !it->constFirst().trimmed().isEmpty())
            return QStringLiteral("new user %1").arg(it->constFirst());
    }
    Models::ErrorContext context;
    context.attribute = QStringLiteral("userName");
    return Models::fail(ErrorCode::InvalidInput,
                        QStringLiteral("Cannot create the user: SCIM requires a userName (RFC 7643 §4.1.1) and the "
                                       "mapping gives it no value"),
                        {}, context);
}

bool ScimDirectory::acceptsValue(const QString& attribute, const QString& value) const
{
    if (attribute.compare(QLatin1String("userName"), Qt::CaseInsensitive) == 0)
        return !value.trimmed().isEmpty();
    return true;
}

QString ScimDirectory::comparableValue(const QString& attribute, const QString& value) const
{
    auto path = ScimAttributePath::parse(attribute);
    if (!path)
        return value;
    const QString leaf = path->subAttribute().isEmpty() ? path->attribute() : path->subAttribute();
    const bool caseInsensitive = path->attribute().compare(QLatin1String("userName"), Qt::CaseInsensitive) == 0
                                 || path->attribute().compare(QLatin1String("emails"), Qt::CaseInsensitive) == 0
                                 || leaf.compare(QLatin1String("active"), Qt::CaseInsensitive) == 0
                                 || leaf.compare(QLatin1String("primary"), Qt::CaseInsensitive) == 0;
    return caseInsensitive ? value.toCaseFolded() : value;
}

Result<void> ScimDirectory::apply(const Models::Operation& operation)
{
    auto done = applyOne(operation);
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Result<QString> ScimDirectory::applyOne(const Models::Operation& operation)
{
    if (operation.kind == OperationKind::None)
        return QString();
    // A create that was sent but whose answer was lost must not make a second user: look the
    // user up by the matching attribute first, and bring an existing one to the planned state.
    std::optional<QJsonObject> existing;
    if (const auto* match = scimValueAfter(operation.changes, m_settings.matchAttribute);
        operation.kind == OperationKind::Create && match && !match->isEmpty()) {
        auto found = findUser(m_settings.matchAttribute, match->constFirst());
        if (!found)
            return std::unexpected(scimInContext(found.error(), operation));
        existing = *found;
    }
    const QString note = existing ? alreadyCreatedNote(existing->value(QStringLiteral("id")).toString()) : QString();
    auto write = writeFor(operation, {}, existing);
    if (!write)
        return std::unexpected(scimInContext(write.error(), operation));
    if (!*write)
        return note;
    auto sent = send(**write, scimAction(operation));
    if (!sent)
        return std::unexpected(scimInContext(sent.error(), operation));
    return existing ? note : sent;
}

Result<std::optional<ScimWrite>> ScimDirectory::writeFor(const Models::Operation& operation, const QString& bulkId,
                                                         const std::optional<QJsonObject>& existing)
{
    switch (operation.kind) {
    case OperationKind::None: return std::optional<ScimWrite>();
    case OperationKind::Create: {
        if (existing) {
            const QString id = existing->value(QStringLiteral("id")).toString();
            spdlog::info("SCIM: the user to create already exists as {}; updating it instead", id.toStdString());
            remember(id, {}, *existing);
            QList<Models::AttributeChange> changes = operation.changes;
            for (auto& change : changes) {
                if (auto path = ScimAttributePath::parse(change.attribute))
                    change.before = path->read(*existing);
            }
            return modifyWrite(id, changes, operation.accountEnabled);
        }
        auto body = scimCreateBody(operation.changes, operation.accountEnabled);
        if (!body)
            return std::unexpected(body.error());
        return std::optional<ScimWrite>(ScimWrite{"POST", QStringLiteral("/Users"), bulkId, {}, *body});
    }
    case OperationKind::Move:
        return Models::fail(ErrorCode::Rejected,
                            QStringLiteral("SCIM has no containers: %1 cannot be moved").arg(scimWho(operation)));
    default: break;
    }
    if (operation.targetId.isEmpty())
        return Models::fail(ErrorCode::InvalidInput, QStringLiteral("The %1 operation names no SCIM user id")
                                                          .arg(Models::operationKindName(operation.kind)));
    if (operation.kind == OperationKind::Delete)
        return std::optional<ScimWrite>(
            ScimWrite{"DELETE", scimUserPath(operation.targetId), {}, versionFor(operation.targetId), {}});
    std::optional<bool> active;
    if (operation.kind == OperationKind::Disable)
        active = false;
    else if (operation.kind == OperationKind::Enable)
        active = true;
    return modifyWrite(operation.targetId, operation.changes, active);
}

Result<std::optional<ScimWrite>> ScimDirectory::modifyWrite(const QString& id,
                                                            const QList<Models::AttributeChange>& changes,
                                                            std::optional<bool> active)
{
    auto config = serviceConfig();
    if (!config)
        return std::unexpected(config.error());
    if (config->patch && m_settings.patch == ScimPatchMode::Auto) {
        auto body = scimPatchBody(changes, active);
        if (!body)
            return std::unexpected(body.error());
        if (body->isEmpty())
            return std::optional<ScimWrite>();
        return std::optional<ScimWrite>(ScimWrite{"PATCH", scimUserPath(id), {}, versionFor(id), *body});
    }
    // PUT replaces the whole resource (RFC 7644 §3.5.1): start from what the service holds now.
    const QString path = scimUserPath(id);
    auto current = call(Net::HttpRequest::get(m_settings.endpoint(path.mid(1))),
                        QStringLiteral("Reading user %1 before replacing it").arg(id), {});
    if (!current)
        return std::unexpected(current.error());
    auto resource = current->jsonObject();
    if (!resource)
        return std::unexpected(resource.error());
    QByteArray version = current->header("ETag");
    if (version.isEmpty())
        version = resource->value(QStringLiteral("meta")).toObject().value(QStringLiteral("version")).toString().toUtf8();
    auto body = scimReplaceBody(*resource, changes, active);
    if (!body)
        return std::unexpected(body.error());
    return std::optional<ScimWrite>(ScimWrite{"PUT", path, {}, versionFor(id, version), *body});
}

Result<QString> ScimDirectory::send(const ScimWrite& write, const QString& action)
{
    const QUrl url = m_settings.endpoint(write.path.mid(1));
    Net::HttpRequest request;
    if (write.method != "DELETE")
        request = Net::HttpRequest::json(write.method, url, write.data, scimJson);
    request.method = write.method;
    request.url = url;
    // Only where offered (RFC 7644 §3.14, etag.supported): a user changed since the preview read
    // it is refused with 412 rather than overwritten.
    if (!write.version.isEmpty())
        request.headers.append({"If-Match", write.version});
    const QString id = write.resourceId();
    auto response = call(std::move(request), action, {});
    if (write.method == "DELETE") {
        // Already gone: a delete resumed after a lost answer is done (RFC 7644 §3.6).
        if (!response && response.error().code != ErrorCode::NotFound)
            return std::unexpected(response.error());
        m_versions.remove(id);
        return response ? QString() : QStringLiteral("the user was already deleted at the service");
    }
    if (!response)
        return std::unexpected(response.error());
    // 200 with the resource, or 204 without (RFC 7644 §3.5.2).
    const QJsonObject resource = response->body.isEmpty() ? QJsonObject() : response->jsonObject().value_or(QJsonObject());
    if (write.method == "POST") {
        const QString created = resource.value(QStringLiteral("id")).toString();
        remember(created, *response, resource);
        return created.isEmpty() ? QString() : QStringLiteral("created as user %1").arg(created);
    }
    remember(id, *response, resource);
    return QString();
}

void ScimDirectory::remember(const QString& id, const Net::HttpResponse& response, const QJsonObject& resource)
{
    if (id.isEmpty())
        return;
    QByteArray version = response.header("ETag");
    if (version.isEmpty())
        version = resource.value(QStringLiteral("meta")).toObject().value(QStringLiteral("version")).toString().toUtf8();
    if (!version.isEmpty())
        m_versions.insert(id, version);
}

QByteArray ScimDirectory::versionFor(const QString& id, const QByteArray& fallback) const
{
    // The version the preview's read saw wins, so a user changed since then is refused.
    if (!m_config || !m_config->etag)
        return {};
    return m_versions.value(id, fallback);
}

} // namespace Tenure::Connectors
