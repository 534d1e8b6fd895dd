#pragma once

#include "connectors/hr/hrrecordrules.h"
#include "models/domain/result.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <QUrl>

namespace Tenure::Connectors {

// The connection settings of one Workday tenant, as the console and the CLI store them
// (Tenant::settings). The integration user's password is not a setting: it comes from the
// SecretStore through Tenant::secretRef (app/connectorfactory.cpp).
//
// JSON keys:
//   endpoint        required  the tenant's web-services URL, https://<host>/ccx/service/<tenant>
//                             ("…/Human_Resources" or "…/Human_Resources/v40.1" is accepted too;
//                             a version there is used when apiVersion is not given)
//   apiVersion      default "v40.1"   the Workday Web Services version ("v21.1" … "v44.0")
//   userName        required  the integration system user with the tenant appended, as Workday
//                             expects it in the WS-Security UsernameToken: "isu_tenure@acme"
//   pageSize        default 30 (1 … 999)  Get_Workers Response_Filter/Count
//   attributes      {name: XPath | null}   added to or replacing the default attribute XPaths
//                             (workdayattributes.h); null removes a default. XPaths use the
//                             prefix wd: for urn:com.workday/bsvc, as in Entra's Workday app.
//   dateAttributes  default: the date attributes among the defaults   values normalised to
//                             yyyy-MM-dd (Workday's xsd:date may carry an offset); anything that
//                             is not a date is an error on that worker
//   emailUsageType  default "WORK"   the Communication_Usage_Type_ID of the work email written back
//   caFile          PEM of the CA to trust instead of the system store (a local server)
//   timeoutSeconds  default 60 (1 … 600)
//   records         the record rules every HR source has (hrrecordrules.h)
// TLS is always verified; plain http:// is refused, since the password travels in every request.
struct WorkdaySettings {
    QUrl endpoint;                       // https://host/ccx/service/<tenant>, no trailing slash
    QString tenant;                      // the last segment of endpoint
    QString apiVersion = QStringLiteral("v40.1");
    QString userName;
    int pageSize = 30;
    QJsonObject attributeOverrides;      // as configured: name → XPath string or null
    QStringList dateAttributes;          // empty in JSON: the defaults (see above)
    QString emailUsageType = QStringLiteral("WORK");
    QString caFile;
    int timeoutSeconds = 60;
    HrRecordRules records{};

    // Validates every key; an error names the key in its message and in context.attribute.
    // Attribute XPaths are compiled here, so a typo is reported when the tenant is saved.
    [[nodiscard]] static Models::Result<WorkdaySettings> fromJson(const QJsonObject& json);
    [[nodiscard]] QJsonObject toJson() const;

    // The defaults with attributeOverrides applied: attribute name → XPath.
    [[nodiscard]] QMap<QString, QString> attributes() const;
    // dateAttributes, or the default date attributes still present in attributes().
    [[nodiscard]] QStringList effectiveDateAttributes() const;
    // endpoint + "/Human_Resources/" + apiVersion: where every request of this source goes.
    [[nodiscard]] QUrl serviceUrl() const;
};

} // namespace Tenure::Connectors
