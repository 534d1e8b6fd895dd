#include "lifecyclepolicy.h"

#include <QJsonArray>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

namespace Tenure::Models {

int LifecyclePolicy::disableThreshold(int accountsInScope) const
{
    if (maxDisables < 0 && maxDisablesPercent < 0)
        return std::min(500, std::max(10, int(std::ceil(accountsInScope * 0.01))));
    int limit = maxDisables >= 0 ? maxDisables : std::numeric_limits<int>::max();
    if (maxDisablesPercent >= 0)
        limit = std::min(limit, int(std::floor(accountsInScope * maxDisablesPercent / 100.0)));
    return limit;
}

QJsonObject LifecyclePolicy::toJson() const
{
    QJsonArray approvals;
    for (auto category : approvalCategories)
        approvals.append(categoryName(category));
    QJsonObject zones;
    for (auto it = locationTimeZones.cbegin(); it != locationTimeZones.cend(); ++it)
        zones.insert(it.key(), it.value());
    return {{QStringLiteral("maxDisables"), maxDisables},
            {QStringLiteral("maxDisablesPercent"), maxDisablesPercent},
            {QStringLiteral("maxSourceShrink"), maxSourceShrink},
            {QStringLiteral("quarantineFailureShare"), quarantineFailureShare},
            {QStringLiteral("quarantineMinimum"), quarantineMinimum},
            {QStringLiteral("leaveAction"), leaveAction == LeaveAction::Disable ? QStringLiteral("disable") : QStringLiteral("keep")},
            {QStringLiteral("preHireDays"), preHireDays},
            {QStringLiteral("deleteAfterDays"), deleteAfterDays},
            {QStringLiteral("defaultTimeZone"), defaultTimeZone},
            {QStringLiteral("locationTimeZones"), zones},
            {QStringLiteral("approvalCategories"), approvals}};
}

Result<LifecyclePolicy> LifecyclePolicy::fromJson(const QJsonObject& json)
{
    LifecyclePolicy policy;
    const auto field = [](const QString& name) { return ErrorContext{{}, {}, name, 0}; };
    policy.maxDisables = json.value(QStringLiteral("maxDisables")).toInt(policy.maxDisables);
    policy.maxDisablesPercent = json.value(QStringLiteral("maxDisablesPercent")).toDouble(policy.maxDisablesPercent);
    policy.maxSourceShrink = json.value(QStringLiteral("maxSourceShrink")).toDouble(policy.maxSourceShrink);
    policy.quarantineFailureShare = json.value(QStringLiteral("quarantineFailureShare")).toDouble(policy.quarantineFailureShare);
    policy.quarantineMinimum = json.value(QStringLiteral("quarantineMinimum")).toInt(policy.quarantineMinimum);
    policy.preHireDays = json.value(QStringLiteral("preHireDays")).toInt(policy.preHireDays);
    policy.deleteAfterDays = json.value(QStringLiteral("deleteAfterDays")).toInt(policy.deleteAfterDays);
    policy.defaultTimeZone = json.value(QStringLiteral("defaultTimeZone")).toString();
    const auto leave = json.value(QStringLiteral("leaveAction")).toString(QStringLiteral("keep"));
    if (leave != QLatin1String("keep") && leave != QLatin1String("disable"))
        return fail(ErrorCode::InvalidInput, QStringLiteral("leaveAction must be keep or disable, not '%1'").arg(leave), {},
                    field(QStringLiteral("leaveAction")));
    policy.leaveAction = leave == QLatin1String("disable") ? LeaveAction::Disable : LeaveAction::Keep;
    if (policy.maxSourceShrink < 0 || policy.maxSourceShrink > 1)
        return fail(ErrorCode::InvalidInput, QStringLiteral("maxSourceShrink is a share between 0 and 1"), {},
                    field(QStringLiteral("maxSourceShrink")));
    if (policy.preHireDays < 0 || policy.deleteAfterDays < 0)
        return fail(ErrorCode::InvalidInput, QStringLiteral("preHireDays and deleteAfterDays cannot be negative"));
    const auto checkZone = [&](const QString& zone, const QString& name) -> Result<void> {
        if (!zone.isEmpty() && !QTimeZone(zone.toUtf8()).isValid())
            return fail(ErrorCode::InvalidInput, QStringLiteral("'%1' is not a time zone (use an IANA id such as Europe/Paris)").arg(zone),
                        {}, field(name));
        return {};
    };
    if (auto ok = checkZone(policy.defaultTimeZone, QStringLiteral("defaultTimeZone")); !ok)
        return std::unexpected(ok.error());
    const auto zones = json.value(QStringLiteral("locationTimeZones")).toObject();
    for (auto it = zones.begin(); it != zones.end(); ++it) {
        if (auto ok = checkZone(it.value().toString(), it.key()); !ok)
            return std::unexpected(ok.error());
        policy.locationTimeZones.insert(it.key(), it.value().toString());
    }
    if (json.contains(QStringLiteral("approvalCategories"))) {
        policy.approvalCategories.clear();
        for (const auto& item : json.value(QStringLiteral("approvalCategories")).toArray()) {
            Category category;
            if (!categoryFromName(item.toString(), &category))
                return fail(ErrorCode::InvalidInput, QStringLiteral("Unknown category '%1' in approvalCategories").arg(item.toString()));
            policy.approvalCategories.append(category);
        }
        if (!policy.approvalCategories.contains(Category::Rehire))
            policy.approvalCategories.append(Category::Rehire);   // a rehire is always routed by a person
    }
    return policy;
}

} // namespace Tenure::Models
