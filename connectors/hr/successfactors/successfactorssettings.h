#pragma once

#include "connectors/hr/hrrecordrules.h"
#include "connectors/hr/successfactors/jsonpath.h"

#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QUrl>

namespace Tenure::Connectors {

// One SAP SuccessFactors Employee Central company as an HR source (Tenant::settings). The API
// user's password is not a setting: it comes from the SecretStore through Tenant::secretRef.
//
// JSON keys:
//   apiUrl             required  the API server of the company's data centre, https only
//                                (https://api4.successfactors.com); /odata/v2 is appended
//   companyId          required  the company id (case-sensitive)
//   username           required  the API user; Basic authentication sends username@companyId
//   authentication     "basic" (the only one this version does: the OAuth 2.0 SAML bearer
//                      assertion flow is not implemented)
//   caFile             PEM of the CA to trust instead of the system store (a local server)
//   timeoutSeconds     default 60
//   pageSize           default 100: customPageSize of server-side (snapshot) paging, 1–1000
//   asOfDate           yyyy-MM-dd: the point in time full reads see; default: today (UTC)
//   attributes         {"name": "JSONPath"} added to, or replacing, the defaults below; a name
//                      mapped to "" is dropped
//   expand             further navigations to $expand ("employmentNav/jobInfoNav/locationNav")
//   workerIdAttribute  default personIdExternal: the attribute that identifies a worker
//   overlapMinutes     default 5: incremental reads start this much before the last one ended,
//                      so clock skew between Tenure and SuccessFactors never loses a change
//   writeBackEmailType the PerEmail emailType (picklist option id) of the business email that
//                      email write-back upserts; without it only the username is written back
//   writeBackEmailPrimary  default true: the written email becomes the primary one
//   records            HrRecordRules; default: firstName and lastName required, startDate and
//                      endDate dates, emplStatus one of A U P T R S D F O (Employee Central's
//                      employment status codes)
//
// Default attributes (the names of Entra's SuccessFactors connector, so its templates apply):
//   personIdExternal  $.personIdExternal
//   userId            $.employmentNav.results[0].userId
//   username          $.employmentNav.results[0].userNav.username
//   firstName, lastName, preferredName, displayName   $.personalInfoNav.results[0].<name>
//   jobTitle, department, division, company, location, managerId, employeeClass,
//   countryOfCompany  $.employmentNav.results[0].jobInfoNav.results[0].<name>
//   emplStatus        $.employmentNav.results[0].jobInfoNav.results[0].emplStatusNav.externalCode
//   startDate, endDate  $.employmentNav.results[0].<name>   (hire date, last day worked)
//   email             $.emailNav.results[?(@.isPrimary == true)].emailAddress
struct SuccessFactorsSettings {
    QUrl apiUrl;
    QString companyId;
    QString username;
    QString caFile;
    int timeoutSeconds = 60;
    int pageSize = 100;
    QDate asOfDate;                           // invalid: today
    QMap<QString, QString> attributeOverrides;   // as given in "attributes"
    QStringList extraExpand;
    QString workerIdAttribute = QStringLiteral("personIdExternal");
    int overlapMinutes = 5;
    QString writeBackEmailType;
    bool writeBackEmailPrimary = true;
    HrRecordRules records{};

    // Validates every key, compiles every JSONPath; an error names the key.
    [[nodiscard]] static Models::Result<SuccessFactorsSettings> fromJson(const QJsonObject& json);
    [[nodiscard]] QJsonObject toJson() const;

    [[nodiscard]] static QMap<QString, QString> defaultAttributes();
    [[nodiscard]] static HrRecordRules defaultRecordRules();
    // The defaults with the overrides applied.
    [[nodiscard]] QMap<QString, QString> attributePaths() const;
    // Every navigation a read expands: the defaults, then extraExpand.
    [[nodiscard]] QStringList expand() const;

    // {apiUrl}/odata/v2/{relative}
    [[nodiscard]] QUrl odata(const QString& relative) const;
    // "Basic base64(username@companyId:password)".
    [[nodiscard]] QByteArray basicAuthorization(const QString& password) const;
};

} // namespace Tenure::Connectors
