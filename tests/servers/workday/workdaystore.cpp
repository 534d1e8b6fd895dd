#include "workdaystore.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace Tenure::Tests::Workday {

std::optional<WorkerView> viewAsOf(const StoredWorker& worker, const QDate& effective, const QDateTime& entry)
{
    const WorkerVersion* inForce = nullptr;
    const WorkerVersion* earliest = nullptr;
    for (const auto& version : worker.versions) {
        if (version.entered > entry)
            continue;
        if (!earliest || version.effective < earliest->effective)
            earliest = &version;
        // Later effective dates win; on the same date, the one entered last (a correction).
        if (version.effective <= effective &&
            (!inForce || version.effective > inForce->effective ||
             (version.effective == inForce->effective && version.entered >= inForce->entered)))
            inForce = &version;
    }
    if (inForce)
        return WorkerView{inForce->fields, false};
    if (!earliest)
        return std::nullopt;
    // Workday shows a future hire before its start with Active 0 (Entra's integration reference:
    // "Future-dated hires in Workday have the Active field set to 0 and it changes to 1 on the hire date").
    WorkerView view{earliest->fields, true};
    view.fields.insert(QLatin1String(Field::Active), QStringLiteral("0"));
    return view;
}

QString widFor(const QString& workerId)
{
    return QString::fromLatin1(
        QCryptographicHash::hash("tenure-workday-server/" + workerId.toUtf8(), QCryptographicHash::Md5).toHex());
}

QJsonObject workersToJson(const QList<StoredWorker>& workers)
{
    QJsonArray list;
    for (const auto& w : workers) {
        QJsonArray versions;
        for (const auto& v : w.versions) {
            QJsonObject fields;
            for (auto it = v.fields.begin(); it != v.fields.end(); ++it)
                fields.insert(it.key(), it.value());
            versions.append(QJsonObject{{QStringLiteral("effective"), v.effective.toString(Qt::ISODate)},
                                        {QStringLiteral("entered"), v.entered.toUTC().toString(Qt::ISODateWithMs)},
                                        {QStringLiteral("transaction"), v.transaction},
                                        {QStringLiteral("fields"), fields}});
        }
        list.append(QJsonObject{{QStringLiteral("wid"), w.wid},
                                {QStringLiteral("workerId"), w.workerId},
                                {QStringLiteral("contingent"), w.contingent},
                                {QStringLiteral("userName"), w.userName},
                                {QStringLiteral("versions"), versions}});
    }
    return {{QStringLiteral("workers"), list}};
}

QString workersFromJson(const QJsonObject& json, QList<StoredWorker>* out)
{
    const QJsonValue workers = json.value(QLatin1String("workers"));
    if (!workers.isArray())
        return QStringLiteral("the data file needs a \"workers\" list");
    int index = 0;
    for (const auto& item : workers.toArray()) {
        ++index;
        const QJsonObject o = item.toObject();
        StoredWorker w;
        w.workerId = o.value(QLatin1String("workerId")).toString();
        w.wid = o.value(QLatin1String("wid")).toString();
        if (w.wid.isEmpty())
            w.wid = widFor(w.workerId.isEmpty() ? QString::number(index) : w.workerId);
        w.contingent = o.value(QLatin1String("contingent")).toBool();
        w.userName = o.value(QLatin1String("userName")).toString();
        for (const auto& v : o.value(QLatin1String("versions")).toArray()) {
            const QJsonObject vo = v.toObject();
            WorkerVersion version;
            version.effective = QDate::fromString(vo.value(QLatin1String("effective")).toString(), Qt::ISODate);
            version.entered = QDateTime::fromString(vo.value(QLatin1String("entered")).toString(), Qt::ISODateWithMs);
            version.transaction = vo.value(QLatin1String("transaction")).toString();
            if (!version.effective.isValid() || !version.entered.isValid() || version.transaction.isEmpty())
                return QStringLiteral("worker %1 (entry %2) has a version without a valid effective date, entry moment "
                                      "or transaction")
                    .arg(w.workerId)
                    .arg(index);
            const QJsonObject fields = vo.value(QLatin1String("fields")).toObject();
            for (auto it = fields.begin(); it != fields.end(); ++it)
                version.fields.insert(it.key(), it.value().toString());
            w.versions.append(version);
        }
        if (w.versions.isEmpty())
            return QStringLiteral("worker %1 (entry %2) has no versions").arg(w.workerId).arg(index);
        out->append(w);
    }
    return {};
}

} // namespace Tenure::Tests::Workday
