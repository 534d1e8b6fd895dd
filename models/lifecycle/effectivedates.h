#pragma once

#include "lifecyclepolicy.h"
#include "models/domain/worker.h"
#include "models/mapping/mappingset.h"

#include <QTimeZone>

namespace Tenure::Models {

// When a worker's dates take effect. HR dates are calendar days in the worker's time zone (their
// own, their location's, or the tenant's default); a hire starts at local midnight of the hire
// date, a termination ends the last day worked (local midnight of the next day). Computed with
// QTimeZone, so a DST change never moves the instant by an hour.
class EffectiveDates {
public:
    EffectiveDates(const LifecycleFields& fields, const LifecyclePolicy& policy);

    [[nodiscard]] QTimeZone zoneOf(const Worker& worker) const;
    // std::nullopt: no date; an error: the date is not YYYY-MM-DD (the message names the field).
    [[nodiscard]] Result<std::optional<QDateTime>> hireInstant(const Worker& worker) const;
    [[nodiscard]] Result<std::optional<QDateTime>> terminationInstant(const Worker& worker) const;

    [[nodiscard]] static QDateTime startOfLocalDay(QDate date, const QTimeZone& zone);

private:
    [[nodiscard]] Result<std::optional<QDate>> dateOf(const Worker& worker, const QString& field,
                                                      AttributeName name) const;

    const LifecycleFields& m_fields;
    const LifecyclePolicy& m_policy;
    QTimeZone m_default;
    // The fields' names interned once: every worker is asked for them.
    AttributeName m_hireDate, m_terminationDate, m_timeZone, m_location;
};

} // namespace Tenure::Models
