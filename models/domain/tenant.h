#pragma once

#include <QJsonObject>
#include <QString>

namespace Tenure::Models {

enum class TenantRole { HrSource, Directory };

// One configured connection. Settings hold no secret: only secretRef names one in the SecretStore.
struct Tenant {
    qint64 id = 0;
    QString name;
    TenantRole role = TenantRole::Directory;
    QString type;          // "csv", "ldap", …
    QJsonObject settings;  // connection settings of the type
    QString secretRef;     // a reference into the SecretStore, never the secret
    QString sourceTenant;  // for a directory: the HR source tenant it is fed from
};

[[nodiscard]] inline QString tenantRoleName(TenantRole role)
{
    return role == TenantRole::HrSource ? QStringLiteral("hr") : QStringLiteral("directory");
}

} // namespace Tenure::Models
