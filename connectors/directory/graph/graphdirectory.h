#pragma once

#include "graphbatchsender.h"
#include "graphsettings.h"

#include "connectors/directory/directorytarget.h"
#include "connectors/net/httpclient.h"
#include "connectors/net/oauth2clientcredentials.h"

#include <memory>

namespace Tenure::Connectors {

// Microsoft Entra ID through Microsoft Graph v1.0 as a DirectoryTarget.
//
// Sign-in: app-only token by client credentials (secret or certificate), cached and refreshed
// (Net::OAuth2ClientCredentials). Reads: GET /users with $select and $top=999, following
// @odata.nextLink (graph/paging); with the manager, $expand=manager($select=id) brings each user's
// manager in the same pages (at most 100 users a page then, graph/query-parameters#expand-parameter).
// Incremental reads through /users/delta with the deltaLink as the watermark, the manager tracked
// by selecting it (manager@delta, delta-query-overview), and a full read when Graph answers 410
// Gone. Either way a read of N users takes a request per page, never one per user. Writes: JSON batches of
// up to 20 requests (GraphBatchSender), paced by a client-side limiter at the documented write
// quota of 3,000 per 150 s per app and tenant (graph/throttling-limits), shared by every instance
// for the same app and tenant in the process.
//
// Operations: create (accountEnabled, passwordProfile with a random password and
// forceChangePasswordNextSignIn, userPrincipalName, mailNickname, employeeId, …), update (PATCH),
// disable/enable (accountEnabled; a disable also revokes sign-in sessions), manager by $ref
// (the attribute "manager" holds the manager's userPrincipalName), delete (soft: restorable from
// deletedItems for 30 days). No move: Entra ID has no containers.
// Blocking; use from one worker thread at a time.
class GraphDirectory : public DirectoryTarget {
public:
    // `credential`: the client secret, or for GraphCredential::Certificate the PEM certificate
    // followed by its private key. Fails on a CA file that cannot be read or a malformed PEM.
    [[nodiscard]] static Models::Result<std::unique_ptr<GraphDirectory>> create(GraphSettings settings, QString credential);

    [[nodiscard]] DirectoryCapabilities capabilities() const override;
    // Signs in and reads one user: "Connected to Microsoft Graph as app <id> in tenant <id>".
    [[nodiscard]] Result<QString> testConnection() override;
    [[nodiscard]] Result<Models::DirectorySnapshot> readAccounts(const QStringList& attributes,
                                                               const Models::CancelToken& cancel) override;
    // Empty watermark or an expired deltaLink (410): a full read plus a fresh deltaLink
    // ($deltatoken=latest). Otherwise the users changed since, deleted ones in removedIds.
    [[nodiscard]] Result<DirectoryChanges> readChanges(const QStringList& attributes, const DirectoryWatermark& since,
                                                       const Models::CancelToken& cancel) override;
    // The userPrincipalName (Graph accepts it wherever an id goes until the object id is known).
    [[nodiscard]] Result<QString> newAccountId(const Models::Attributes& attributes) const override;
    [[nodiscard]] bool acceptsValue(const QString& attribute, const QString& value) const override;
    [[nodiscard]] QString comparableValue(const QString& attribute, const QString& value) const override;
    [[nodiscard]] Result<void> apply(const Models::Operation& operation) override;
    void applyBatch(const QList<Models::Operation>& operations, const BatchCallbacks& callbacks,
                    const Models::CancelToken& cancel) override;

    [[nodiscard]] const GraphSettings& settings() const { return m_settings; }

private:
    GraphDirectory(GraphSettings settings, Net::HttpClient reads, Net::HttpClient writes);

    [[nodiscard]] Result<QList<QJsonObject>> readPages(QUrl url, const Models::CancelToken& cancel,
                                                       QString* deltaLink = nullptr);
    [[nodiscard]] Result<DirectoryChanges> fullReadWithDeltaLink(const QStringList& attributes,
                                                                 const Models::CancelToken& cancel);
    // Sends one chunk (≤ 20 calls) and reports its operations.
    [[nodiscard]] bool sendChunk(const QList<Models::Operation>& operations, const QList<qsizetype>& indexes,
                                 const QList<GraphCall>& calls, const BatchCallbacks& callbacks,
                                 const Models::CancelToken& cancel);

    GraphSettings m_settings;
    Net::HttpClient m_reads;
    Net::HttpClient m_writes;
    GraphBatchSender m_sender;
};

} // namespace Tenure::Connectors
