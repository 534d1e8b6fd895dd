#pragma once

#include "scimbulk.h"
#include "scimserviceconfig.h"
#include "scimsettings.h"

#include "connectors/directory/directorytarget.h"
#include "connectors/net/httpclient.h"

#include <QHash>
#include <QJsonObject>
#include <optional>

namespace Tenure::Connectors {

// A SCIM 2.0 service provider (RFC 7643 / RFC 7644) as a DirectoryTarget: the Users of an app
// that takes provisioning over SCIM. Accounts are User resources (id = the resource's id); mapping
// attribute names are SCIM attribute paths (ScimAttributePath documents the forms).
//
// What the service says in /ServiceProviderConfig is read once per connection and honoured:
// updates go as PATCH only when patch.supported (and the "patch" setting allows it), else as PUT
// of the whole resource; lookups use ?filter= only when filter.supported, else they read every
// user; If-Match is sent only when etag.supported. Bulk is read and shown but not used: each
// operation is its own request, so a failure is reported against its own worker.
//
// Blocking, on the one HttpClient (retries, Retry-After, TLS verified): call from worker threads.
class ScimDirectory : public DirectoryTarget {
public:
    ScimDirectory(ScimSettings settings, QString bearerToken);

    // disable/enable through active; no containers (move), passwords, sessions or delta reads.
    [[nodiscard]] DirectoryCapabilities capabilities() const override;
    // Reads /ServiceProviderConfig afresh and one page of /Users (so the token is checked):
    // "Connected to https://app/scim/v2 (TLS verified): 12 users; supports PATCH, filter; no ETags, no bulk".
    [[nodiscard]] Result<QString> testConnection() override;
    // Every user, paged with startIndex/count (RFC 7644 §3.4.2.4) until totalResults; ordered by id.
    [[nodiscard]] Result<Models::DirectorySnapshot> readAccounts(const QStringList& attributes,
                                                               const Models::CancelToken& cancel) override;
    // The service assigns a new user's id; the preview shows "new user <userName>".
    [[nodiscard]] Result<QString> newAccountId(const Models::Attributes& attributes) const override;
    // userName must not be empty (RFC 7643 §4.1.1: required).
    [[nodiscard]] bool acceptsValue(const QString& attribute, const QString& value) const override;
    // userName, emails and booleans compare case-insensitively (caseExact=false, RFC 7643 §4.1).
    [[nodiscard]] QString comparableValue(const QString& attribute, const QString& value) const override;
    // Create (POST, after looking the user up by matchAttribute so a resumed create never makes a
    // duplicate), Update/Disable/Enable (PATCH or PUT), Delete (DELETE; an absent user is done).
    [[nodiscard]] Result<void> apply(const Models::Operation& operation) override;
    // With bulk (see above): windows of up to maxOperations operations. Per window the creates'
    // users are looked up in one filtered query ("externalId eq … or externalId eq …"; without
    // filter support every user is read once per batch), so a resumed create updates the user it
    // made before; PUT updates (no PATCH) read their user first; the writes then go as few
    // BulkRequests as maxOperations and maxPayloadSize allow, without failOnErrors, so one
    // refused operation never stops the others. A write larger than maxPayloadSize on its own,
    // and every write of a batch that cannot use bulk, goes as its own request.
    void applyBatch(const QList<Models::Operation>& operations, const BatchCallbacks& callbacks,
                    const Models::CancelToken& cancel) override;

    // What the service supports; read on first use and kept for this connection.
    [[nodiscard]] Result<ScimServiceConfig> serviceConfig();
    // The one user whose `attribute` (a SCIM path: externalId, userName) equals `value`, through a
    // filter with the value escaped (RFC 7644 §3.4.2.2), or by reading all users where filtering is
    // not supported. nullopt when there is none; Conflict when several match.
    [[nodiscard]] Result<std::optional<QJsonObject>> findUser(const QString& attribute, const QString& value,
                                                              const Models::CancelToken& cancel = {});

    [[nodiscard]] const ScimSettings& settings() const { return m_settings; }

private:
    [[nodiscard]] Result<Net::HttpClient> client();
    [[nodiscard]] Result<Net::HttpResponse> call(Net::HttpRequest request, const QString& action,
                                                 const Models::CancelToken& cancel);
    [[nodiscard]] Result<QJsonObject> listPage(const QString& filter, int startIndex, int count,
                                               const Models::CancelToken& cancel);
    [[nodiscard]] Result<QList<QJsonObject>> allUsers(const Models::CancelToken& cancel);

    // One operation as its own request: the note for the run log, or the error in the worker's context.
    [[nodiscard]] Result<QString> applyOne(const Models::Operation& operation);
    // The write an operation needs; nullopt when there is nothing to send (the
    // PATCH would be empty). `existing`: for a create, the user already at the service (found by
    // matchAttribute: the create was sent before), which is brought to the planned state instead.
    [[nodiscard]] Result<std::optional<ScimWrite>> writeFor(const Models::Operation& operation, const QString& bulkId,
                                                            const std::optional<QJsonObject>& existing);
    [[nodiscard]] Result<std::optional<ScimWrite>> modifyWrite(const QString& id,
                                                               const QList<Models::AttributeChange>& changes,
                                                               std::optional<bool> active);
    // Sends a write as its own request; the note for the run log.
    [[nodiscard]] Result<QString> send(const ScimWrite& write, const QString& action);

    // Bulk (scimdirectorybulk.cpp).
    struct BulkItem;
    [[nodiscard]] bool usesBulk(const ScimServiceConfig& config) const;
    [[nodiscard]] bool applyBulkWindow(const QList<Models::Operation>& operations, qsizetype from, qsizetype to,
                                       const ScimServiceConfig& config, const BatchCallbacks& callbacks,
                                       const Models::CancelToken& cancel, std::optional<QList<QJsonObject>>& everyone);
    // The users whose matchAttribute equals one of `values`, by comparableValue.
    [[nodiscard]] Result<QHash<QString, QList<QJsonObject>>> usersMatching(
        const QStringList& values, const Models::CancelToken& cancel, std::optional<QList<QJsonObject>>& everyone);
    // Sends items (writes) as one BulkRequest, halving it when the service says it is too large;
    // one outcome per item.
    [[nodiscard]] QList<Result<QString>> sendBulk(const QList<const BulkItem*>& items, const ScimServiceConfig& config,
                                                  const Models::CancelToken& cancel);

    void remember(const QString& id, const Net::HttpResponse& response, const QJsonObject& resource);
    // The version a change to `id` is conditional on, where the service offers ETags: the one the
    // last read saw, else `fallback`.
    [[nodiscard]] QByteArray versionFor(const QString& id, const QByteArray& fallback = {}) const;

    ScimSettings m_settings;
    QString m_token;
    std::optional<Net::HttpClient> m_client;
    std::optional<ScimServiceConfig> m_config;
    // id → the version (ETag) the last read saw: If-Match makes a change to a user that was changed
    // since the preview fail with 412 instead of overwriting it (RFC 7644 §3.14).
    QHash<QString, QByteArray> m_versions;
};

} // namespace Tenure::Connectors
