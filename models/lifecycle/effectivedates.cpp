#include "effectivedates.h"

namespace Tenure::Models {

EffectiveDates::EffectiveDates(const LifecycleFields& fields, const LifecyclePolicy& policy)
    : m_fields(fields), m_policy(policy),
      m_default(policy.defaultTimeZone.isEmpty() ? QTimeZone::utc() : QTimeZone(policy.defaultTimeZone.toUtf8())),
      m_hireDate(fields.hireDate), m_terminationDate(fields.terminationDate), m_timeZone(fields.timeZone),
      m_location(fields.location)
{
    if (!m_default.isValid())
        m_default = QTimeZone::utc();
}

QTimeZone EffectiveDates::zoneOf(const Worker& worker) const
{
    if (!m_fields.timeZone.isEmpty()) {
        const auto own = firstValue(worker.attributes, m_timeZone).trimmed();
        if (!own.isEmpty())
            if (QTimeZone zone(own.toUtf8()); zone.isValid())
                return zone;
    }
    if (!m_fields.location.isEmpty()) {
        const auto location = firstValue(worker.attributes, m_location).trimmed();
        const auto mapped = m_policy.locationTimeZones.value(location);
        if (!mapped.isEmpty())
            if (QTimeZone zone(mapped.toUtf8()); zone.isValid())
                return zone;
    }
    return m_default;
}

QDateTime EffectiveDates::startOfLocalDay(QDate date, const QTimeZone& zone)
{
    // QDate::startOfDay skips a midnight that a DST change removes (e.g. America/Santiago) to the
    // first instant that exists.
    return date.startOfDay(zone).toUTC();
}

Result<std::optional<QDate>> EffectiveDates::dateOf(const Worker& worker, const QString& field,
                                                    AttributeName name) const
{
    if (field.isEmpty())
        return std::optional<QDate>();
    const auto text = firstValue(worker.attributes, name).trimmed();
    if (text.isEmpty())
        return std::optional<QDate>();
    // HR exports often carry a time part ("2026-03-01T00:00:00"): the calendar day is what counts.
    const auto date = QDate::fromString(text.left(10), Qt::ISODate);
    if (!date.isValid())
        return fail(ErrorCode::InvalidInput, QStringLiteral("%1 '%2' is not a date (expected YYYY-MM-DD)").arg(field, text),
                    {}, {{}, worker.workerId, field, worker.sourceLine});
    return std::optional(date);
}

Result<std::optional<QDateTime>> EffectiveDates::hireInstant(const Worker& worker) const
{
    auto date = dateOf(worker, m_fields.hireDate, m_hireDate);
    if (!date)
        return std::unexpected(date.error());
    if (!*date)
        return std::optional<QDateTime>();
    return std::optional(startOfLocalDay(**date, zoneOf(worker)));
}

Result<std::optional<QDateTime>> EffectiveDates::terminationInstant(const Worker& worker) const
{
    auto date = dateOf(worker, m_fields.terminationDate, m_terminationDate);
    if (!date)
        return std::unexpected(date.error());
    if (!*date)
        return std::optional<QDateTime>();
    return std::optional(startOfLocalDay((*date)->addDays(1), zoneOf(worker)));
}

} // namespace Tenure::Models
