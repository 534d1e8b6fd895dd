#pragma once

#include <QDateTime>
#include <QString>

namespace Tenure::Models {

// What a hold stops: re-enabling the worker's accounts (after an emergency termination), or any
// automated change.
enum class HoldKind { Reenable, AnyChange };

[[nodiscard]] inline QString holdKindName(HoldKind kind)
{
    return kind == HoldKind::Reenable ? QStringLiteral("reenable") : QStringLiteral("any-change");
}

// A mark on a worker that stops automated changes of one kind until it is cleared.
struct Hold {
    qint64 id = 0;
    QString workerId;
    HoldKind kind = HoldKind::Reenable;
    QString reason;
    QString placedBy;
    QDateTime placedAt;
    bool clearsWhenHrTerminates = false;   // an emergency termination's hold ends when HR catches up
};

// Why Tenure last disabled or created an account, from the workspace's run history: tells a
// return from leave or a pre-hire start from a rehire.
enum class AccountMarkKind { PreHired, DisabledForLeave, DisabledAsLeaver, EmergencyDisabled };

struct AccountMark {
    AccountMarkKind kind = AccountMarkKind::DisabledAsLeaver;
    QDateTime since;
};

} // namespace Tenure::Models
