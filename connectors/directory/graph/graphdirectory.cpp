#include "graphdirectory.h"

#include "connectors/net/httperror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

#include <spdlog/spdlog.h>

namespace Tenure::Connectors {
namespace {

using Models::ErrorCode;

// The PEM block of `kind` ("CERTIFICATE", "PRIVATE KEY", "RSA PRIVATE KEY") in `pem`.
QByteArray pemBlock(const QByteArray& pem, const QByteArray& kind)
{
    const QByteArray begin = "-----BEGIN " + kind + "-----";
    const QByteArray end = "-----END " + kind + "-----";
    const qsizetype from = pem.indexOf(begin);
    const qsizetype to = from < 0 ? -1 : pem.indexOf(end, from);
    return to < 0 ? QByteArray() : pem.mid(from, to - from + end.size()) + '\n';
}

Models::Error withContext(Models::Error error, const QString& tenant, const QString& worker = {})
{
    error.context.tenant = tenant;
    if (!worker.isEmpty())
        error.context.workerId = worker;
    return error;
}

// A sub-answer of a batch as an error for a person.
Models::Error callError(const GraphCall& call, const GraphCallResult& result)
{
    if (result.status == 424)
        return Models::makeError(ErrorCode::Rejected,
                                 QStringLiteral("%1 was not attempted: the request it depends on failed").arg(call.describe),
                                 QStringLiteral("HTTP 424 FailedDependency"));
    Net::HttpResponse response;
    response.status = result.status;
    response.body = QJsonDocument(result.body).toJson(QJsonDocument::Compact);
    return Net::errorFromResponse(response, call.describe);
}

} // namespace

Models::Result<std::unique_ptr<GraphDirectory>> GraphDirectory::create(GraphSettings settings, QString credential)
{
    Net::HttpClientOptions base;
    base.caFile = settings.caFile;
    base.timeout = std::chrono::seconds(settings.timeoutSeconds);
    base.userAgent = "Tenure (Graph connector)";
    auto tokenClient = Net::HttpClient::create(base);
    if (!tokenClient)
        return std::unexpected(tokenClient.error());

    const Net::OAuth2ClientCredentials::Settings oauth{settings.tokenEndpoint(), settings.clientId,
                                                       settings.tokenScope()};
    std::shared_ptr<Net::AccessTokenProvider> auth;
    if (settings.credential == GraphCredential::Certificate) {
        const QByteArray pem = credential.toUtf8();
        Net::ClientCertificate certificate{pemBlock(pem, "CERTIFICATE"), pemBlock(pem, "PRIVATE KEY")};
        if (certificate.privateKeyPem.isEmpty())
            certificate.privateKeyPem = pemBlock(pem, "RSA PRIVATE KEY");
        if (certificate.certificatePem.isEmpty() || certificate.privateKeyPem.isEmpty())
            return Models::fail(ErrorCode::Secrets,
                                QStringLiteral("The certificate credential must hold the PEM certificate and its private key"));
        auth = std::make_shared<Net::OAuth2ClientCredentials>(oauth, std::move(certificate), *tokenClient);
    } else {
        auth = std::make_shared<Net::OAuth2ClientCredentials>(oauth, std::move(credential), *tokenClient);
    }

    Net::HttpClientOptions readOptions = base;
    readOptions.auth = auth;
    Net::HttpClientOptions writeOptions = readOptions;
    // Burst of one batch; the rest paced so no 150 s window ever sees more than the quota.
    writeOptions.limiter = Net::sharedRateLimiter(
        QStringLiteral("graph-writes/%1/%2").arg(settings.clientId, settings.tenantId),
        Net::RateLimiter::forWindow(settings.writeQuota, std::chrono::seconds(settings.writeQuotaSeconds),
                                    GraphBatchSender::maxCalls));
    auto reads = Net::HttpClient::create(readOptions);
    auto writes = Net::HttpClient::create(writeOptions);
    if (!reads || !writes)
        return std::unexpected(reads ? writes.error() : reads.error());
    return std::unique_ptr<GraphDirectory>(new GraphDirectory(std::move(settings), std::move(*reads), std::move(*writes)));
}

GraphDirectory::GraphDirectory(GraphSettings settings, Net::HttpClient reads, Net::HttpClient writes)
    : m_settings(std::move(settings)), m_reads(std::move(reads)), m_writes(std::move(writes)),
      m_sender(m_writes, m_reads, m_settings)
{
}

DirectoryCapabilities GraphDirectory::capabilities() const
{
    DirectoryCapabilities capabilities;
    capabilities.disable = true;
    capabilities.enable = true;
    capabilities.move = false;
    capabilities.setPassword = false;   // only the random initial password of a create
    capabilities.revokeSessions = m_settings.revokeSessionsOnDisable;
    capabilities.deltaReads = m_settings.delta;
    return capabilities;
}

Result<QString> GraphDirectory::testConnection()
{
    QUrl url = m_settings.graph(QStringLiteral("users"));
    url.setQuery(QStringLiteral("$select=id&$top=1"));
    Net::HttpRequest request = Net::HttpRequest::get(url);
    request.what = QStringLiteral("Read users");
    auto read = m_reads.sendForJson(request, request.what, Models::CancelToken());
    if (!read)
        return std::unexpected(withContext(read.error(), m_settings.tenantId));
    return QStringLiteral("Connected to Microsoft Graph (%1) as app %2 in tenant %3")
        .arg(m_settings.graphUrl.host(), m_settings.clientId, m_settings.tenantId);
}

Result<QList<QJsonObject>> GraphDirectory::readPages(QUrl url, const Models::CancelToken& cancel, QString* deltaLink)
{
    QList<QJsonObject> users;
    for (;;) {
        Net::HttpRequest request = Net::HttpRequest::get(url);
        request.what = QStringLiteral("Read users");
        auto page = m_reads.sendForJson(request, request.what, cancel);
        if (!page)
            return std::unexpected(withContext(page.error(), m_settings.tenantId));
        for (const QJsonValue& user : page->value(QLatin1String("value")).toArray())
            users.append(user.toObject());
        const QString next = page->value(QLatin1String("@odata.nextLink")).toString();
        if (deltaLink && page->contains(QLatin1String("@odata.deltaLink")))
            *deltaLink = page->value(QLatin1String("@odata.deltaLink")).toString();
        if (next.isEmpty())
            return users;
        // graph/paging: follow the link as given, never build the next page's URL ourselves.
        url = QUrl(next);
    }
}

Result<Models::DirectorySnapshot> GraphDirectory::readAccounts(const QStringList& attributes,
                                                               const Models::CancelToken& cancel)
{
    QUrl url = m_settings.graph(QStringLiteral("users"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("$select"), GraphUsers::selectFor(attributes));
    query.addQueryItem(QStringLiteral("$top"), QStringLiteral("999"));   // the largest page /users allows
    if (attributes.contains(QLatin1String(GraphUsers::ManagerAttribute)))
        query.addQueryItem(QStringLiteral("$expand"), QStringLiteral("manager($select=id)"));
    url.setQuery(query);
    auto users = readPages(url, cancel);
    if (!users)
        return std::unexpected(users.error());
    Models::DirectorySnapshot snapshot;
    snapshot.accounts.reserve(users->size());
    for (const QJsonObject& user : std::as_const(*users))
        snapshot.accounts.append(GraphUsers::accountFromJson(user, attributes));
    spdlog::debug("Graph: read {} users", snapshot.accounts.size());
    return snapshot;
}

Result<DirectoryChanges> GraphDirectory::fullReadWithDeltaLink(const QStringList& attributes,
                                                               const Models::CancelToken& cancel)
{
    // The deltaLink first ($deltatoken=latest: "from now on", delta-query-overview), then the full
    // read: a change in between shows up again in the next round, which is harmless.
    QUrl url = m_settings.graph(QStringLiteral("users/delta"));
    // The deltaLink carries this $select into every later round: the manager is tracked from here on.
    url.setQuery(QStringLiteral("$select=%1&$deltatoken=latest").arg(GraphUsers::deltaSelectFor(attributes)));
    QString deltaLink;
    auto latest = readPages(url, cancel, &deltaLink);
    if (!latest)
        return std::unexpected(latest.error());
    auto snapshot = readAccounts(attributes, cancel);
    if (!snapshot)
        return std::unexpected(snapshot.error());
    return DirectoryChanges{std::move(*snapshot), true, DirectoryWatermark{deltaLink}, {}};
}

Result<DirectoryChanges> GraphDirectory::readChanges(const QStringList& attributes, const DirectoryWatermark& since,
                                                     const Models::CancelToken& cancel)
{
    if (!m_settings.delta)
        return DirectoryTarget::readChanges(attributes, since, cancel);
    if (since.value.isEmpty())
        return fullReadWithDeltaLink(attributes, cancel);

    DirectoryChanges changes;
    changes.full = false;
    QUrl url(since.value);
    for (;;) {
        Net::HttpRequest request = Net::HttpRequest::get(url);
        request.what = QStringLiteral("Read changed users");
        auto response = m_reads.send(request, cancel);
        if (!response)
            return std::unexpected(withContext(response.error(), m_settings.tenantId));
        if (response->status == 410) {
            // The service no longer knows this deltaLink (7 days for directory objects): start over.
            spdlog::info("Graph: the deltaLink has expired (410 Gone); reading every user again");
            return fullReadWithDeltaLink(attributes, cancel);
        }
        if (!response->isSuccess())
            return std::unexpected(withContext(Net::errorFromResponse(*response, request.what), m_settings.tenantId));
        auto page = response->jsonObject();
        if (!page)
            return std::unexpected(page.error());
        for (const QJsonValue& value : page->value(QLatin1String("value")).toArray()) {
            const QJsonObject user = value.toObject();
            if (user.contains(QLatin1String("@removed"))) {
                changes.removedIds.append(user.value(QLatin1String("id")).toString());
                continue;
            }
            // The manager comes in the same answer, as manager@delta.
            changes.snapshot.accounts.append(GraphUsers::accountFromJson(user, attributes));
        }
        if (page->contains(QLatin1String("@odata.deltaLink"))) {
            changes.next.value = page->value(QLatin1String("@odata.deltaLink")).toString();
            return changes;
        }
        const QString next = page->value(QLatin1String("@odata.nextLink")).toString();
        if (next.isEmpty())
            return Models::fail(ErrorCode::Rejected, QStringLiteral("Graph ended a delta round without a deltaLink"));
        url = QUrl(next);
    }
}

Result<QString> GraphDirectory::newAccountId(const Models::Attributes& attributes) const
{
    const QString upn = GraphUsers::userPrincipalName(attributes, m_settings.domain);
    if (upn.isEmpty())
        return Models::fail(ErrorCode::InvalidInput,
                            QStringLiteral("Entra ID needs a userPrincipalName or a mailNickname for a new user"));
    return upn;
}

bool GraphDirectory::acceptsValue(const QString& attribute, const QString& value) const
{
    // user resource: mailNickname ≤ 64 characters without spaces or @; the UPN's local part ≤ 64.
    if (attribute == QLatin1String("mailNickname")) {
        static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9!#$%&'*+\\-/=?^_`{|}~.]{1,64}$"));
        return allowed.match(value).hasMatch();
    }
    if (attribute == QLatin1String("userPrincipalName"))
        return value.count(QLatin1Char('@')) == 1 && value.section(QLatin1Char('@'), 0, 0).size() <= 64
               && !value.startsWith(QLatin1Char('@'));
    if (attribute == QLatin1String("displayName"))
        return !value.isEmpty() && value.size() <= 256;
    return true;
}

QString GraphDirectory::comparableValue(const QString& attribute, const QString& value) const
{
    // Entra compares these without regard to case.
    if (attribute == QLatin1String("userPrincipalName") || attribute == QLatin1String("mail")
        || attribute == QLatin1String("mailNickname") || attribute == QLatin1String(GraphUsers::ManagerAttribute)
        || attribute == QLatin1String("accountEnabled"))
        return value.toLower();
    return value;
}

Result<void> GraphDirectory::apply(const Models::Operation& operation)
{
    return applyAsBatchOfOne(*this, operation);
}

void GraphDirectory::applyBatch(const QList<Models::Operation>& operations, const BatchCallbacks& callbacks,
                                const Models::CancelToken& cancel)
{
    QList<GraphCall> chunk;
    QList<qsizetype> chunkOperations;
    for (qsizetype i = 0; i < operations.size(); ++i) {
        auto calls = GraphUsers::callsFor(operations.at(i), i, m_settings);
        if (calls && calls->size() + chunk.size() > GraphBatchSender::maxCalls) {
            if (!sendChunk(operations, chunkOperations, chunk, callbacks, cancel))
                return;
            chunk.clear();
            chunkOperations.clear();
        }
        if (!calls) {
            // Nothing to send: report it in its place.
            if (callbacks.sending && !callbacks.sending(i))
                return;
            if (callbacks.done && !callbacks.done(i, std::unexpected(withContext(calls.error(), m_settings.tenantId,
                                                                                   operations.at(i).workerId))))
                return;
            continue;
        }
        chunk.append(*calls);
        chunkOperations.append(i);
    }
    if (!chunkOperations.isEmpty())
        (void)sendChunk(operations, chunkOperations, chunk, callbacks, cancel);
}

bool GraphDirectory::sendChunk(const QList<Models::Operation>& operations, const QList<qsizetype>& indexes,
                               const QList<GraphCall>& calls, const BatchCallbacks& callbacks,
                               const Models::CancelToken& cancel)
{
    if (cancel.isCancelled())
        return false;
    // Journal "sent" for each operation first; one refused stops the chunk there.
    qsizetype accepted = 0;
    for (; accepted < indexes.size(); ++accepted) {
        if (callbacks.sending && !callbacks.sending(indexes[accepted]))
            break;
    }
    QList<GraphCall> toSend;
    for (const GraphCall& call : calls) {
        if (indexes.indexOf(call.operation) < accepted)
            toSend.append(call);
    }
    const auto results = toSend.isEmpty() ? Result<QHash<QString, GraphCallResult>>() : m_sender.send(toSend, cancel);
    bool keepGoing = accepted == indexes.size();
    for (qsizetype k = 0; k < accepted; ++k) {
        const qsizetype index = indexes[k];
        const Models::Operation& operation = operations.at(index);
        Result<QString> outcome = QString();
        if (!results) {
            outcome = std::unexpected(withContext(results.error(), m_settings.tenantId, operation.workerId));
        } else {
            for (const GraphCall& call : toSend) {
                if (call.operation != index)
                    continue;
                const GraphCallResult result = results->value(call.id);
                if (!result.ok()) {
                    outcome = std::unexpected(withContext(callError(call, result), m_settings.tenantId, operation.workerId));
                    break;
                }
                if (call.kind == GraphCall::Kind::Create)
                    outcome = QStringLiteral("created with object id %1; the initial password must be changed at first "
                                             "sign-in").arg(result.body.value(QLatin1String("id")).toString());
                else if (call.url.endsWith(QLatin1String("/revokeSignInSessions")))
                    outcome = QStringLiteral("sign-in sessions revoked");
            }
        }
        if (callbacks.done && !callbacks.done(index, outcome))
            keepGoing = false;
    }
    return keepGoing && !cancel.isCancelled();
}

} // namespace Tenure::Connectors
