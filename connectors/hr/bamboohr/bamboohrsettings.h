#pragma once

#include "connectors/hr/hrrecordrules.h"

#include <QJsonObject>
#include <QUrl>

namespace Tenure::Connectors {

// One BambooHR company as an HR source (Tenant::settings). The API key is not a setting: it comes
// from the SecretStore through Tenant::secretRef.
//
// JSON keys:
//   companyDomain   required  the company's BambooHR subdomain (acme for acme.bamboohr.com)
//   apiUrl          default https://api.bamboohr.com; /api/gateway.php/{companyDomain}/v1 is
//                   appended (https only)
//   caFile          PEM of the CA to trust instead of the system store (a local server)
//   timeoutSeconds  default 60
//   fullRead        "report" (default): a custom report of `fields` for every employee, whatever
//                   their status; "directory": the employee directory, which lists only current
//                   employees and its own fixed fields (for API keys without report access)
//   fields          the report's fields; default id, employeeNumber, firstName, lastName,
//                   preferredName, displayName, workEmail, jobTitle, department, division,
//                   location, supervisorEId, status, employmentHistoryStatus, hireDate,
//                   terminationDate
//   onlyCurrent     default false: reports include future-dated values (a hire who starts next
//                   month), as BambooHR's onlyCurrent=false does
//   workerIdField   default id (BambooHR's immutable employee id; supervisorEId refers to it)
//   records         HrRecordRules; default: firstName and lastName required, hireDate and
//                   terminationDate dates, status Active or Inactive
// Worker attributes carry BambooHR's field names. An empty date ("0000-00-00", as BambooHR writes
// it) is no value.
struct BambooHrSettings {
    enum class FullRead { Report, Directory };

    QString companyDomain;
    QUrl apiUrl = QUrl(QStringLiteral("https://api.bamboohr.com"));
    QString caFile;
    int timeoutSeconds = 60;
    FullRead fullRead = FullRead::Report;
    QStringList fields = defaultFields();
    bool onlyCurrent = false;
    QString workerIdField = QStringLiteral("id");
    HrRecordRules records{};

    [[nodiscard]] static Models::Result<BambooHrSettings> fromJson(const QJsonObject& json);
    [[nodiscard]] QJsonObject toJson() const;

    [[nodiscard]] static QStringList defaultFields();
    [[nodiscard]] static HrRecordRules defaultRecordRules();

    // {apiUrl}/api/gateway.php/{companyDomain}/v1/{relative}
    [[nodiscard]] QUrl gateway(const QString& relative) const;
    // The API key is the Basic user name; BambooHR ignores the password ("x").
    [[nodiscard]] static QByteArray basicAuthorization(const QString& apiKey);
};

} // namespace Tenure::Connectors
