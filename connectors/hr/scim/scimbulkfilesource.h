#pragma once

#include "connectors/hr/hrrecordrules.h"
#include "connectors/hr/hrsource.h"

#include <QJsonObject>

namespace Tenure::Connectors {

struct ScimBulkFileSettings {
    QString path;
    QString workerIdAttribute = QStringLiteral("externalId");   // Entra's default matching attribute
    HrRecordRules records{};

    [[nodiscard]] static Models::Result<ScimBulkFileSettings> fromJson(const QJsonObject& json);
    [[nodiscard]] QJsonObject toJson() const;
};

// Workers from a file holding a SCIM BulkRequest (RFC 7644 §3.7) in the shape of Microsoft
// Entra's API-driven inbound provisioning (learn.microsoft.com/graph/api/
// synchronization-synchronizationjob-post-bulkupload; learn.microsoft.com/entra/identity/
// app-provisioning/inbound-provisioning-api-concepts): what an HR integration would POST to
// /bulkUpload, read instead as a source. Each Operation {"method": "POST", "path": "/Users",
// "bulkId", "data": User} is one worker.
//
// Attribute names are those ScimBulkPayload writes (connectors/directory/entrainbound), so a
// mapping reads the same names either way:
//   core        userName externalId displayName nickName title userType preferredLanguage locale
//               timezone active ("true"/"false"); name.<sub-attribute>; emails.<type>,
//               phoneNumbers.<type> (value of that type; "work" when untyped);
//               addresses.<type>.<sub-attribute>
//   enterprise  employeeNumber costCenter organization division department manager (its value)
//   custom      every other schema URN listed in data.schemas: its attributes under their own name
//               (a name the core or enterprise schema also uses is kept as "<urn>:<name>")
// An operation that is not a POST to /Users, has no data or no worker id is an error for that
// record (its 1-based position in Operations); a file that is not a BulkRequest blocks the read.
class ScimBulkFileSource : public HrSource {
public:
    explicit ScimBulkFileSource(ScimBulkFileSettings settings) : m_settings(std::move(settings)) {}

    [[nodiscard]] Models::Result<QString> testConnection() override;
    [[nodiscard]] Models::Result<Models::HrSnapshot> read(const Models::CancelToken& cancel) override;
    // Parse a BulkRequest already in memory (what read() does after loading the file).
    [[nodiscard]] Models::Result<Models::HrSnapshot> parse(const QByteArray& json,
                                                           const Models::CancelToken& cancel) const;

private:
    ScimBulkFileSettings m_settings;
};

} // namespace Tenure::Connectors
