#include "sfrender.h"

#include <QJsonArray>

namespace Tenure::Tests::SuccessFactors {

namespace {

QJsonValue dateOrNull(const QDate& date)
{
    return date.isValid() ? QJsonValue(odataDate(date)) : QJsonValue(QJsonValue::Null);
}

QJsonValue instantOrNull(const QDateTime& instant)
{
    return instant.isValid() ? QJsonValue(odataDateTimeOffset(instant)) : QJsonValue(QJsonValue::Null);
}

QJsonObject metadata(const QString& serviceUrl, const QString& type, const QString& key)
{
    return {{QStringLiteral("uri"), QStringLiteral("%1/%2(%3)").arg(serviceUrl, type, key)},
            {QStringLiteral("type"), QStringLiteral("SFOData.%1").arg(type)}};
}

QJsonObject deferred(const QString& serviceUrl, const QString& type, const QString& key, const QString& navigation)
{
    return {{QStringLiteral("__deferred"),
             QJsonObject{{QStringLiteral("uri"), QStringLiteral("%1/%2(%3)/%4").arg(serviceUrl, type, key, navigation)}}}};
}

QString quoted(const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QJsonArray slicesOf(const QList<TimeSlice>& slices, const RenderOptions& options,
                    const std::function<QJsonObject(const TimeSlice&)>& render)
{
    QJsonArray array;
    for (const auto& slice : slices) {
        if (!options.asOf || slice.inEffectOn(*options.asOf))
            array.append(render(slice));
    }
    return array;
}

} // namespace

QString emplStatusOptionId(const QString& externalCode)
{
    static const QHash<QString, QString> ids{
        {QStringLiteral("A"), QStringLiteral("6021")}, {QStringLiteral("U"), QStringLiteral("6022")},
        {QStringLiteral("P"), QStringLiteral("6023")}, {QStringLiteral("T"), QStringLiteral("6024")},
        {QStringLiteral("R"), QStringLiteral("6025")}, {QStringLiteral("S"), QStringLiteral("6026")},
        {QStringLiteral("D"), QStringLiteral("6027")}, {QStringLiteral("F"), QStringLiteral("6028")},
        {QStringLiteral("O"), QStringLiteral("6029")}};
    return ids.value(externalCode, QStringLiteral("6999"));
}

QString odataDate(const QDate& date)
{
    return QStringLiteral("/Date(%1)/").arg(QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
}

QString odataDateTimeOffset(const QDateTime& instant)
{
    return QStringLiteral("/Date(%1+0000)/").arg(instant.toMSecsSinceEpoch());
}

bool RenderOptions::expands(const QString& navigationPath) const
{
    const QString prefix = navigationPath + QLatin1Char('/');
    return std::any_of(expand.cbegin(), expand.cend(),
                       [&](const QString& e) { return e == navigationPath || e.startsWith(prefix); });
}

QJsonObject renderJob(const Person& person, const TimeSlice& job, const RenderOptions& options,
                      const QString& navigationPrefix)
{
    const QString key = QStringLiteral("seqNumber=1L,startDate=datetime'%1T00:00:00',userId=%2")
                            .arg(job.start.toString(Qt::ISODate), quoted(person.userId));
    QJsonObject record{{QStringLiteral("__metadata"), metadata(options.serviceUrl, QStringLiteral("EmpJob"), key)},
                       {QStringLiteral("userId"), person.userId},
                       {QStringLiteral("seqNumber"), QStringLiteral("1")},
                       {QStringLiteral("startDate"), odataDate(job.start)},
                       {QStringLiteral("endDate"), odataDate(job.end)},
                       {QStringLiteral("lastModifiedDateTime"), instantOrNull(job.lastModified)}};
    for (const char* name : {"jobTitle", "department", "division", "company", "location", "managerId",
                             "employeeClass", "countryOfCompany"})
        record.insert(QLatin1String(name), job.fields.value(QLatin1String(name)).isUndefined()
                                               ? QJsonValue(QJsonValue::Null)
                                               : job.fields.value(QLatin1String(name)));
    const QString code = job.fields.value(QLatin1String("emplStatus")).toString();
    record.insert(QStringLiteral("emplStatus"), code.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(emplStatusOptionId(code)));
    if (options.expands(navigationPrefix + QStringLiteral("emplStatusNav")) && !code.isEmpty()) {
        record.insert(QStringLiteral("emplStatusNav"),
                      QJsonObject{{QStringLiteral("__metadata"),
                                   metadata(options.serviceUrl, QStringLiteral("PicklistOption"),
                                            emplStatusOptionId(code) + QLatin1Char('L'))},
                                  {QStringLiteral("id"), emplStatusOptionId(code)},
                                  {QStringLiteral("externalCode"), code}});
    } else {
        record.insert(QStringLiteral("emplStatusNav"),
                      deferred(options.serviceUrl, QStringLiteral("EmpJob"), key, QStringLiteral("emplStatusNav")));
    }
    return record;
}

QJsonObject renderPerson(const Person& person, const RenderOptions& options)
{
    const QString key = quoted(person.personIdExternal);
    const QString& service = options.serviceUrl;
    QJsonObject record{{QStringLiteral("__metadata"), metadata(service, QStringLiteral("PerPerson"), key)},
                       {QStringLiteral("personIdExternal"), person.personIdExternal},
                       {QStringLiteral("lastModifiedDateTime"), instantOrNull(person.lastModified)}};

    if (options.expands(QStringLiteral("personalInfoNav"))) {
        record.insert(QStringLiteral("personalInfoNav"),
                      QJsonObject{{QStringLiteral("results"), slicesOf(person.personal, options, [&](const TimeSlice& s) {
                                       QJsonObject personal{
                                           {QStringLiteral("__metadata"),
                                            metadata(service, QStringLiteral("PerPersonal"),
                                                     QStringLiteral("personIdExternal=%1,startDate=datetime'%2T00:00:00'")
                                                         .arg(key, s.start.toString(Qt::ISODate)))},
                                           {QStringLiteral("personIdExternal"), person.personIdExternal},
                                           {QStringLiteral("startDate"), odataDate(s.start)},
                                           {QStringLiteral("endDate"), odataDate(s.end)},
                                           {QStringLiteral("lastModifiedDateTime"), instantOrNull(s.lastModified)}};
                                       for (const char* name : {"firstName", "lastName", "middleName", "preferredName",
                                                                "displayName"}) {
                                           const QJsonValue value = s.fields.value(QLatin1String(name));
                                           personal.insert(QLatin1String(name),
                                                           value.isUndefined() ? QJsonValue(QJsonValue::Null) : value);
                                       }
                                       return personal;
                                   })}});
    } else {
        record.insert(QStringLiteral("personalInfoNav"),
                      deferred(service, QStringLiteral("PerPerson"), key, QStringLiteral("personalInfoNav")));
    }

    if (options.expands(QStringLiteral("emailNav"))) {
        QJsonArray emails;
        for (const auto& email : person.emails) {
            emails.append(QJsonObject{
                {QStringLiteral("__metadata"),
                 metadata(service, QStringLiteral("PerEmail"),
                          QStringLiteral("emailType=%1,personIdExternal=%2").arg(quoted(email.type), key))},
                {QStringLiteral("personIdExternal"), person.personIdExternal},
                {QStringLiteral("emailType"), email.type},
                {QStringLiteral("emailAddress"), email.address},
                {QStringLiteral("isPrimary"), email.primary},
                {QStringLiteral("lastModifiedDateTime"), instantOrNull(email.lastModified)}});
        }
        record.insert(QStringLiteral("emailNav"), QJsonObject{{QStringLiteral("results"), emails}});
    } else {
        record.insert(QStringLiteral("emailNav"), deferred(service, QStringLiteral("PerPerson"), key, QStringLiteral("emailNav")));
    }

    if (options.expands(QStringLiteral("employmentNav"))) {
        QJsonArray employments;
        if (person.employmentStart.isValid()) {
            const QString employmentKey = QStringLiteral("personIdExternal=%1,userId=%2").arg(key, quoted(person.userId));
            QJsonObject employment{
                {QStringLiteral("__metadata"), metadata(service, QStringLiteral("EmpEmployment"), employmentKey)},
                {QStringLiteral("personIdExternal"), person.personIdExternal},
                {QStringLiteral("userId"), person.userId},
                {QStringLiteral("startDate"), odataDate(person.employmentStart)},
                {QStringLiteral("endDate"), dateOrNull(person.employmentEnd)},
                {QStringLiteral("lastModifiedDateTime"), instantOrNull(person.employmentLastModified)}};
            if (options.expands(QStringLiteral("employmentNav/jobInfoNav"))) {
                employment.insert(QStringLiteral("jobInfoNav"),
                                  QJsonObject{{QStringLiteral("results"),
                                               slicesOf(person.jobs, options, [&](const TimeSlice& job) {
                                                   return renderJob(person, job, options,
                                                                    QStringLiteral("employmentNav/jobInfoNav/"));
                                               })}});
            } else {
                employment.insert(QStringLiteral("jobInfoNav"), deferred(service, QStringLiteral("EmpEmployment"),
                                                                         employmentKey, QStringLiteral("jobInfoNav")));
            }
            if (options.expands(QStringLiteral("employmentNav/userNav"))) {
                employment.insert(QStringLiteral("userNav"),
                                  QJsonObject{{QStringLiteral("__metadata"),
                                               metadata(service, QStringLiteral("User"), quoted(person.userId))},
                                              {QStringLiteral("userId"), person.userId},
                                              {QStringLiteral("username"), person.username},
                                              {QStringLiteral("status"), person.employmentEnd.isValid()
                                                                             ? QStringLiteral("inactive")
                                                                             : QStringLiteral("active")}});
            } else {
                employment.insert(QStringLiteral("userNav"), deferred(service, QStringLiteral("EmpEmployment"),
                                                                      employmentKey, QStringLiteral("userNav")));
            }
            employments.append(employment);
        }
        record.insert(QStringLiteral("employmentNav"), QJsonObject{{QStringLiteral("results"), employments}});
    } else {
        record.insert(QStringLiteral("employmentNav"),
                      deferred(service, QStringLiteral("PerPerson"), key, QStringLiteral("employmentNav")));
    }
    return record;
}

void applySelect(QJsonObject& record, const QStringList& select)
{
    if (select.isEmpty())
        return;
    QSet<QString> keep{QStringLiteral("__metadata")};
    for (const auto& path : select)
        keep.insert(path.section(QLatin1Char('/'), 0, 0));
    for (const QString& key : record.keys()) {
        if (!keep.contains(key))
            record.remove(key);
    }
}

namespace {

QJsonValue overridden(const QJsonValue& value, const QStringList& path, qsizetype at, const QJsonValue& replacement)
{
    if (at == path.size())
        return replacement;
    QJsonObject object = value.toObject();
    QJsonValue member = object.value(path.at(at));
    QJsonObject collection = member.toObject();
    if (collection.value(QLatin1String("results")).isArray()) {
        QJsonArray results = collection.value(QLatin1String("results")).toArray();
        if (!results.isEmpty()) {
            results[0] = overridden(results.at(0), path, at + 1, replacement);
            collection.insert(QStringLiteral("results"), results);
        }
        object.insert(path.at(at), collection);
    } else {
        object.insert(path.at(at), overridden(member, path, at + 1, replacement));
    }
    return object;
}

} // namespace

void applyWireOverrides(QJsonObject& record, const QList<QPair<QString, QJsonValue>>& overrides)
{
    for (const auto& [path, value] : overrides)
        record = overridden(record, path.split(QLatin1Char('/')), 0, value).toObject();
}

} // namespace Tenure::Tests::SuccessFactors
