#include "hrsamples.h"

#include "connectorfactory.h"
#include "workspace.h"

#include <QSet>

namespace Tenure::App {

Models::Result<MappingSamples> HrSamples::read(const QString& directoryTenant, const Models::CancelToken& cancel)
{
    auto tenant = m_workspace.tenants().find(directoryTenant);
    if (!tenant)
        return std::unexpected(tenant.error());
    MappingSamples samples;
    samples.directory = tenant->name;
    samples.targetType = tenant->type;
    samples.hrSource = tenant->sourceTenant;
    if (auto versions = m_workspace.mappings().versions(directoryTenant); versions && !versions->isEmpty()) {
        samples.mappingVersion = versions->constLast().version;
        auto mapping = m_workspace.mappings().current(directoryTenant);
        if (!mapping)
            return std::unexpected(mapping.error());
        samples.mapping = std::move(*mapping);
    }
    if (tenant->sourceTenant.isEmpty())
        return Models::fail(Models::ErrorCode::InvalidInput,
                            QStringLiteral("Directory '%1' has no HR source; choose one on the Tenants page").arg(directoryTenant));
    auto hrTenant = m_workspace.tenants().find(tenant->sourceTenant);
    if (!hrTenant)
        return std::unexpected(hrTenant.error());
    auto source = m_connectors.hrSource(*hrTenant);
    if (!source)
        return std::unexpected(source.error());
    auto snapshot = (*source)->read(cancel);
    if (!snapshot)
        return std::unexpected(snapshot.error());
    QSet<QString> fields;
    for (const auto& worker : std::as_const(snapshot->workers))
        for (auto it = worker.attributes.cbegin(); it != worker.attributes.cend(); ++it)
            fields.insert(it.key());
    samples.sourceAttributes = QStringList(fields.cbegin(), fields.cend());
    samples.sourceAttributes.sort(Qt::CaseInsensitive);
    samples.workers = std::move(snapshot->workers);
    return samples;
}

QStringList HrSamples::commonTargetAttributes(const QString& targetType)
{
    const QString type = targetType.toLower();
    if (type == QLatin1String("graph") || type == QLatin1String("entra-inbound") || type == QLatin1String("scim"))
        return {QStringLiteral("accountEnabled"), QStringLiteral("city"), QStringLiteral("companyName"),
                QStringLiteral("department"), QStringLiteral("displayName"), QStringLiteral("employeeHireDate"),
                QStringLiteral("employeeId"), QStringLiteral("employeeType"), QStringLiteral("givenName"),
                QStringLiteral("jobTitle"), QStringLiteral("mail"), QStringLiteral("mailNickname"),
                QStringLiteral("mobilePhone"), QStringLiteral("officeLocation"), QStringLiteral("surname"),
                QStringLiteral("usageLocation"), QStringLiteral("userPrincipalName")};
    QStringList common{QStringLiteral("cn"), QStringLiteral("department"), QStringLiteral("displayName"),
                       QStringLiteral("employeeNumber"), QStringLiteral("employeeType"), QStringLiteral("givenName"),
                       QStringLiteral("l"), QStringLiteral("mail"), QStringLiteral("manager"),
                       QStringLiteral("mobile"), QStringLiteral("sn"), QStringLiteral("telephoneNumber"),
                       QStringLiteral("title"), QStringLiteral("uid")};
    if (type == QLatin1String("ad") || type == QLatin1String("activedirectory"))
        common << QStringLiteral("company") << QStringLiteral("employeeID") << QStringLiteral("sAMAccountName")
               << QStringLiteral("userPrincipalName") << QStringLiteral("parentDistinguishedName");
    common.sort(Qt::CaseInsensitive);
    return common;
}

} // namespace Tenure::App
