#include "bamboohrsource.h"

#include <QJsonArray>
#include <QLocale>
#include <QMap>
#include <QSet>

namespace Tenure::Connectors {

using Models::ErrorCode;
using Models::Result;

namespace {

// BambooHR writes an empty date as 0000-00-00.
const QString EmptyDate = QStringLiteral("0000-00-00");

QString text(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String: return value.toString() == EmptyDate ? QString() : value.toString();
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const auto whole = qint64(number);
        return double(whole) == number ? QString::number(whole) : QString::number(number, 'g', 15);
    }
    default: return {};
    }
}

QString idOf(const QJsonObject& employee)
{
    return text(employee.value(QLatin1String("id")));
}

Result<QJsonArray> employeesOf(const QJsonObject& answer, const QString& what)
{
    const QJsonValue employees = answer.value(QLatin1String("employees"));
    if (!employees.isArray())
        return Models::fail(ErrorCode::Rejected,
                            QStringLiteral("%1: the answer lists no employees (no \"employees\" array); nothing is "
                                           "planned from it")
                                .arg(what));
    for (const auto& employee : employees.toArray()) {
        if (!employee.isObject())
            return Models::fail(ErrorCode::Rejected, QStringLiteral("%1: an employee is not a JSON object").arg(what));
    }
    return employees.toArray();
}

} // namespace

Result<std::unique_ptr<BambooHrSource>> BambooHrSource::create(BambooHrSettings settings, const QString& apiKey)
{
    auto client = BambooHrClient::create(settings, apiKey);
    if (!client)
        return std::unexpected(client.error());
    return std::unique_ptr<BambooHrSource>(new BambooHrSource(std::move(*client)));
}

Models::Worker BambooHrSource::worker(const QJsonObject& employee, int recordNumber) const
{
    Models::Worker worker;
    worker.sourceLine = recordNumber;
    for (auto it = employee.begin(); it != employee.end(); ++it) {
        const QString value = text(it.value());
        if (!value.isEmpty())
            worker.attributes.insert(it.key(), {value});
    }
    worker.workerId = Models::firstValue(worker.attributes, m_client.settings().workerIdField).trimmed();
    return worker;
}

Result<QJsonArray> BambooHrSource::report(const QString& changedSince, const QString& what,
                                          const Models::CancelToken& cancel) const
{
    const auto& s = m_client.settings();
    QJsonObject body{{QStringLiteral("title"), QStringLiteral("Tenure workers")},
                     {QStringLiteral("fields"), QJsonArray::fromStringList(s.fields)}};
    if (!changedSince.isEmpty()) {
        // Only employees changed since then; "includeNull": "no" leaves out those whose last
        // change predates BambooHR's change tracking (they did not change now).
        body.insert(QStringLiteral("filters"),
                    QJsonObject{{QStringLiteral("lastChanged"),
                                 QJsonObject{{QStringLiteral("includeNull"), QStringLiteral("no")},
                                             {QStringLiteral("value"), changedSince}}}});
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("format"), QStringLiteral("JSON"));
    query.addQueryItem(QStringLiteral("onlyCurrent"), s.onlyCurrent ? QStringLiteral("true") : QStringLiteral("false"));
    auto answer = m_client.postRead(QStringLiteral("reports/custom"), query, body, what, cancel);
    if (!answer)
        return std::unexpected(answer.error());
    return employeesOf(*answer, what);
}

Result<QJsonArray> BambooHrSource::directory(const Models::CancelToken& cancel) const
{
    const QString what =
        QStringLiteral("Reading the employee directory of BambooHR company %1").arg(m_client.settings().companyDomain);
    auto answer = m_client.get(QStringLiteral("employees/directory"), {}, what, cancel);
    if (!answer)
        return std::unexpected(answer.error());
    auto employees = employeesOf(*answer, what);
    if (!employees)
        return employees;
    QJsonArray listed;
    for (const auto& value : std::as_const(*employees)) {
        QJsonObject employee = value.toObject();
        // The directory lists current employees only: being listed is being active.
        if (!employee.contains(QLatin1String("status")))
            employee.insert(QStringLiteral("status"), QStringLiteral("Active"));
        listed.append(employee);
    }
    return listed;
}

Result<QString> BambooHrSource::testConnection()
{
    const auto& s = m_client.settings();
    if (s.fullRead == BambooHrSettings::FullRead::Directory) {
        auto employees = directory({});
        if (!employees)
            return std::unexpected(employees.error());
        return QStringLiteral("%1 current employees in the directory of BambooHR company %2")
            .arg(QLocale::c().toString(employees->size()), s.companyDomain);
    }
    auto employees = report({}, QStringLiteral("Requesting a custom report from BambooHR company %1").arg(s.companyDomain), {});
    if (!employees)
        return std::unexpected(employees.error());
    return QStringLiteral("%1 employees in a custom report of %2 fields from BambooHR company %3")
        .arg(QLocale::c().toString(employees->size()))
        .arg(s.fields.size())
        .arg(s.companyDomain);
}

Result<Models::HrSnapshot> BambooHrSource::read(const Models::CancelToken& cancel)
{
    const auto& s = m_client.settings();
    auto employees = s.fullRead == BambooHrSettings::FullRead::Directory
                         ? directory(cancel)
                         : report({}, QStringLiteral("Reading every employee of BambooHR company %1").arg(s.companyDomain),
                                  cancel);
    if (!employees)
        return std::unexpected(employees.error());
    Models::HrSnapshot snapshot;
    snapshot.isFullSnapshot = true;
    int recordNumber = 0;
    for (const auto& employee : std::as_const(*employees))
        snapshot.workers.append(worker(employee.toObject(), ++recordNumber));
    applyRecordRules(snapshot, s.records, QStringLiteral("record"));
    return snapshot;
}

Result<Models::HrSnapshot> BambooHrSource::readChanges(QString& watermark, const Models::CancelToken& cancel)
{
    const auto& s = m_client.settings();
    const QString started = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (watermark.isEmpty()) {
        auto full = read(cancel);
        if (full)
            watermark = started;
        return full;
    }
    if (!QDateTime::fromString(watermark, Qt::ISODate).isValid())
        return Models::fail(ErrorCode::InvalidInput,
                            QStringLiteral("The BambooHR watermark '%1' is not a time this source gave out; clear it "
                                           "to read everything again")
                                .arg(watermark));

    const QString changedWhat =
        QStringLiteral("Listing the employees of BambooHR company %1 changed since %2").arg(s.companyDomain, watermark);
    QUrlQuery since;
    since.addQueryItem(QStringLiteral("since"), QString::fromLatin1(QUrl::toPercentEncoding(watermark)));
    auto changed = m_client.get(QStringLiteral("employees/changed"), since, changedWhat, cancel);
    if (!changed)
        return std::unexpected(changed.error());
    // {"latest": "…", "employees": {"<id>": {"id", "action", "lastChanged"}, …}}
    const QJsonValue listed = changed->value(QLatin1String("employees"));
    if (!listed.isObject() && !listed.isArray())
        return Models::fail(ErrorCode::Rejected,
                            QStringLiteral("%1: the answer has no \"employees\"; nothing is planned from it").arg(changedWhat));
    QMap<qint64, QJsonObject> changes;   // by numeric id: a stable order
    const auto addChange = [&](const QJsonValue& value) {
        const QJsonObject change = value.toObject();
        changes.insert(idOf(change).toLongLong(), change);
    };
    if (listed.isObject()) {
        for (const auto& value : listed.toObject())
            addChange(value);
    } else {
        for (const auto& value : listed.toArray())
            addChange(value);
    }

    Models::HrSnapshot snapshot;
    snapshot.isFullSnapshot = false;
    int recordNumber = 0;
    QSet<QString> read;
    if (std::any_of(changes.cbegin(), changes.cend(), [](const QJsonObject& c) {
            return c.value(QLatin1String("action")).toString() != QLatin1String("Deleted");
        })) {
        auto employees = report(watermark,
                                QStringLiteral("Reading the employees of BambooHR company %1 changed since %2")
                                    .arg(s.companyDomain, watermark),
                                cancel);
        if (!employees)
            return std::unexpected(employees.error());
        for (const auto& employee : std::as_const(*employees)) {
            read.insert(idOf(employee.toObject()));
            snapshot.workers.append(worker(employee.toObject(), ++recordNumber));
        }
    }
    for (const auto& change : std::as_const(changes)) {
        const QString id = idOf(change);
        const QString action = change.value(QLatin1String("action")).toString();
        if (action == QLatin1String("Deleted")) {
            snapshot.errors.append(
                {s.workerIdField == QLatin1String("id") ? id : QString(), 0,
                 QStringLiteral("BambooHR employee %1 was deleted (%2); a delta cannot tell what that means for the "
                                "account, so it is left alone until the next full read")
                     .arg(id, change.value(QLatin1String("lastChanged")).toString())});
            continue;
        }
        if (read.contains(id))
            continue;
        // Changed, but not in the report (it changed again in between, or the report filter
        // missed it): asked for on its own.
        QUrlQuery fields;
        fields.addQueryItem(QStringLiteral("fields"), s.fields.join(QLatin1Char(',')));
        const QString what = QStringLiteral("Reading BambooHR employee %1").arg(id);
        auto employee = m_client.get(QStringLiteral("employees/%1").arg(id), fields, what, cancel);
        if (!employee) {
            if (employee.error().code != ErrorCode::NotFound)
                return std::unexpected(employee.error());
            snapshot.errors.append({s.workerIdField == QLatin1String("id") ? id : QString(), 0,
                                    QStringLiteral("BambooHR employee %1 changed (%2) but cannot be read any more: %3")
                                        .arg(id, action, employee.error().message)});
            continue;
        }
        QJsonObject record = *employee;
        if (!record.contains(QLatin1String("id")))
            record.insert(QStringLiteral("id"), id);
        read.insert(id);
        snapshot.workers.append(worker(record, ++recordNumber));
    }
    applyRecordRules(snapshot, s.records, QStringLiteral("record"));
    const QString latest = changed->value(QLatin1String("latest")).toString();
    if (QDateTime::fromString(latest, Qt::ISODate).isValid())
        watermark = latest;
    return snapshot;
}

} // namespace Tenure::Connectors
