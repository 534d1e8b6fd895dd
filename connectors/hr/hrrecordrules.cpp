#include "hrrecordrules.h"

#include "models/domain/workerids.h"

#include <QDate>
#include <QJsonArray>

#include <algorithm>
#include <vector>

namespace Tenure::Connectors {
namespace {

using Models::ErrorCode;

Models::Result<QStringList> stringList(const QJsonObject& json, const QString& key)
{
    const auto value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return QStringList();
    if (!value.isArray())
        return Models::fail(ErrorCode::InvalidInput, QStringLiteral("records.%1 must be a list of field names").arg(key), {},
                            {{}, {}, QStringLiteral("records.") + key, 0});
    QStringList list;
    for (const auto& item : value.toArray()) {
        if (!item.isString() || item.toString().isEmpty())
            return Models::fail(ErrorCode::InvalidInput, QStringLiteral("records.%1 must hold only non-empty names").arg(key),
                                {}, {{}, {}, QStringLiteral("records.") + key, 0});
        list.append(item.toString());
    }
    return list;
}

} // namespace

Models::Result<HrRecordRules> HrRecordRules::fromJson(const QJsonObject& json)
{
    HrRecordRules rules;
    auto required = stringList(json, QStringLiteral("required"));
    if (!required)
        return std::unexpected(required.error());
    auto dates = stringList(json, QStringLiteral("dateFields"));
    if (!dates)
        return std::unexpected(dates.error());
    auto statuses = stringList(json, QStringLiteral("statusValues"));
    if (!statuses)
        return std::unexpected(statuses.error());
    rules.required = *required;
    rules.dateFields = *dates;
    rules.statusValues = *statuses;
    rules.statusField = json.value(QStringLiteral("statusField")).toString();
    if (rules.statusField.isEmpty() != rules.statusValues.isEmpty())
        return Models::fail(ErrorCode::InvalidInput,
                            QStringLiteral("records.statusField and records.statusValues go together: set both or neither"),
                            {}, {{}, {}, QStringLiteral("records.statusValues"), 0});
    return rules;
}

QJsonObject HrRecordRules::toJson() const
{
    QJsonObject json;
    if (!required.isEmpty())
        json.insert(QStringLiteral("required"), QJsonArray::fromStringList(required));
    if (!dateFields.isEmpty())
        json.insert(QStringLiteral("dateFields"), QJsonArray::fromStringList(dateFields));
    if (!statusField.isEmpty()) {
        json.insert(QStringLiteral("statusField"), statusField);
        json.insert(QStringLiteral("statusValues"), QJsonArray::fromStringList(statusValues));
    }
    return json;
}

void applyRecordRules(Models::HrSnapshot& snapshot, const HrRecordRules& rules, const QString& recordNoun)
{
    const auto earlier = Models::earlierWithSameId(snapshot.workers);
    // Every record of an id that occurs more than once is refused, the first one included.
    std::vector<bool> duplicated(earlier.size(), false);
    bool anyDuplicate = false;
    for (size_t i = 0; i < earlier.size(); ++i) {
        if (earlier[i] >= 0) {
            duplicated[i] = duplicated[size_t(earlier[i])] = true;
            anyDuplicate = true;
        }
    }
    const bool checkPerWorker = !rules.required.isEmpty() || !rules.dateFields.isEmpty() || !rules.statusField.isEmpty();
    const bool anyBlankId = std::any_of(snapshot.workers.cbegin(), snapshot.workers.cend(),
                                        [](const Models::Worker& worker) { return worker.workerId.isEmpty(); });
    if (!checkPerWorker && !anyDuplicate && !anyBlankId)
        return;   // the fast path of a clean file: nothing to move

    QList<Models::Worker> kept;
    kept.reserve(snapshot.workers.size());
    const auto where = [&](const Models::Worker& w) { return QStringLiteral("%1 %2").arg(recordNoun).arg(w.sourceLine); };
    for (qsizetype i = 0; i < snapshot.workers.size(); ++i) {
        auto& worker = snapshot.workers[i];
        QString problem;
        if (worker.workerId.isEmpty()) {
            problem = QStringLiteral("the record has no worker id");
        } else if (duplicated[size_t(i)]) {
            problem = earlier[size_t(i)] < 0
                          ? QStringLiteral("worker id %1 occurs more than once; none of its records is used").arg(worker.workerId)
                          : QStringLiteral("worker id %1 occurs more than once (first at %2); none of its records is used")
                                .arg(worker.workerId, where(snapshot.workers.at(earlier[size_t(i)])));
        }
        for (const auto& field : rules.required) {
            if (!problem.isEmpty())
                break;
            if (Models::firstValue(worker.attributes, field).trimmed().isEmpty())
                problem = QStringLiteral("required field %1 is missing or empty").arg(field);
        }
        for (const auto& field : rules.dateFields) {
            if (!problem.isEmpty())
                break;
            const auto value = Models::firstValue(worker.attributes, field);
            if (!value.isEmpty() && !QDate::fromString(value, Qt::ISODate).isValid())
                problem = QStringLiteral("field %1 holds '%2', which is not a date (yyyy-MM-dd)").arg(field, value);
        }
        if (problem.isEmpty() && !rules.statusField.isEmpty()) {
            const auto value = Models::firstValue(worker.attributes, rules.statusField);
            if (!rules.statusValues.contains(value))
                problem = QStringLiteral("field %1 holds the unknown status '%2' (known: %3)")
                              .arg(rules.statusField, value, rules.statusValues.join(QStringLiteral(", ")));
        }
        if (problem.isEmpty())
            kept.append(std::move(worker));
        else
            snapshot.errors.append({worker.workerId, worker.sourceLine, problem});
    }
    snapshot.workers = std::move(kept);
}

} // namespace Tenure::Connectors
