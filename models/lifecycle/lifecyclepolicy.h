#pragma once

#include "models/domain/operation.h"
#include "models/domain/result.h"

#include <QJsonObject>
#include <QMap>

namespace Tenure::Models {

// What a leave of absence does to the account.
enum class LeaveAction { Keep, Disable };

// A directory tenant's lifecycle and safety rules. Stored in the tenant's settings under "policy".
struct LifecyclePolicy {
    // Safety. A threshold on disables + deletes per run holds the whole plan for release by a
    // second person. Unset (-1) values use the default: min(500, max(10, 1 % of accounts in scope)).
    int maxDisables = -1;
    double maxDisablesPercent = -1;
    // A full HR read that shrank by more than this share of the last good read is blocked.
    double maxSourceShrink = 0.10;
    // A run whose failures pass this share (after at least quarantineMinimum operations) stops.
    double quarantineFailureShare = 0.20;
    int quarantineMinimum = 20;

    // Lifecycle.
    LeaveAction leaveAction = LeaveAction::Keep;
    int preHireDays = 0;          // create future hires this many days ahead, disabled; 0: on the hire date
    int deleteAfterDays = 0;      // delete disabled leavers after this many days; 0: never delete
    QString defaultTimeZone;      // IANA id for effective dates; empty: UTC
    QMap<QString, QString> locationTimeZones;   // HR location → IANA id

    // People: categories whose operations need a second person's approval (rehires always do).
    QList<Category> approvalCategories{Category::Rehire};

    [[nodiscard]] int disableThreshold(int accountsInScope) const;
    [[nodiscard]] bool needsApproval(Category category) const { return approvalCategories.contains(category); }
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<LifecyclePolicy> fromJson(const QJsonObject& json);
};

} // namespace Tenure::Models
