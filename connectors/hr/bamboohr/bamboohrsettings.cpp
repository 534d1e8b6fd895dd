#include "bamboohrsettings.h"

#include "connectors/hr/settingfields.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Tenure::Connectors {

using Models::Result;

QStringList BambooHrSettings::defaultFields()
{
    return {QStringLiteral("id"),         QStringLiteral("employeeNumber"), QStringLiteral("firstName"),
            QStringLiteral("lastName"),   QStringLiteral("preferredName"),  QStringLiteral("displayName"),
            QStringLiteral("workEmail"),  QStringLiteral("jobTitle"),       QStringLiteral("department"),
            QStringLiteral("division"),   QStringLiteral("location"),       QStringLiteral("supervisorEId"),
            QStringLiteral("status"),     QStringLiteral("employmentHistoryStatus"),
            QStringLiteral("hireDate"),   QStringLiteral("terminationDate")};
}

HrRecordRules BambooHrSettings::defaultRecordRules()
{
    HrRecordRules rules;
    rules.required = {QStringLiteral("firstName"), QStringLiteral("lastName")};
    rules.dateFields = {QStringLiteral("hireDate"), QStringLiteral("terminationDate")};
    rules.statusField = QStringLiteral("status");
    rules.statusValues = {QStringLiteral("Active"), QStringLiteral("Inactive")};
    return rules;
}

Result<BambooHrSettings> BambooHrSettings::fromJson(const QJsonObject& json)
{
    BambooHrSettings s;
    const SettingFields fields(json, QStringLiteral("BambooHR"));
    QString fullRead;
    for (auto read : {fields.string("companyDomain", &s.companyDomain, true), fields.httpsUrl("apiUrl", &s.apiUrl, false),
                      fields.string("caFile", &s.caFile, false), fields.integer("timeoutSeconds", &s.timeoutSeconds, 1, 600),
                      fields.string("fullRead", &fullRead, false), fields.stringList("fields", &s.fields),
                      fields.boolean("onlyCurrent", &s.onlyCurrent),
                      fields.string("workerIdField", &s.workerIdField, false)}) {
        if (!read)
            return std::unexpected(read.error());
    }
    static const QRegularExpression subdomain(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9-]*$"));
    if (!subdomain.match(s.companyDomain).hasMatch())
        return fields.invalid(QStringLiteral("companyDomain"),
                              QStringLiteral("is the subdomain alone (acme for acme.bamboohr.com), not '%1'")
                                  .arg(s.companyDomain));
    if (fullRead.isEmpty() || fullRead == QLatin1String("report"))
        s.fullRead = FullRead::Report;
    else if (fullRead == QLatin1String("directory"))
        s.fullRead = FullRead::Directory;
    else
        return fields.invalid(QStringLiteral("fullRead"), QStringLiteral("must be \"report\" or \"directory\""));
    if (s.fields.isEmpty())
        return fields.invalid(QStringLiteral("fields"), QStringLiteral("must name at least one field"));
    if (!s.fields.contains(s.workerIdField))
        s.fields.prepend(s.workerIdField);   // the worker id is always asked for
    if (s.fullRead == FullRead::Directory && s.workerIdField != QLatin1String("id"))
        return fields.invalid(QStringLiteral("workerIdField"),
                              QStringLiteral("must be id with fullRead \"directory\": the directory has no other key"));
    const QJsonValue records = json.value(QLatin1String("records"));
    if (records.isUndefined() || records.isNull()) {
        s.records = defaultRecordRules();
    } else {
        auto rules = HrRecordRules::fromJson(records.toObject());
        if (!rules)
            return std::unexpected(rules.error());
        s.records = std::move(*rules);
    }
    return s;
}

QJsonObject BambooHrSettings::toJson() const
{
    QJsonObject json{{QStringLiteral("companyDomain"), companyDomain},
                     {QStringLiteral("apiUrl"), apiUrl.toString()},
                     {QStringLiteral("timeoutSeconds"), timeoutSeconds},
                     {QStringLiteral("fullRead"), fullRead == FullRead::Directory ? QStringLiteral("directory")
                                                                                  : QStringLiteral("report")},
                     {QStringLiteral("fields"), QJsonArray::fromStringList(fields)},
                     {QStringLiteral("onlyCurrent"), onlyCurrent},
                     {QStringLiteral("workerIdField"), workerIdField},
                     {QStringLiteral("records"), records.toJson()}};
    if (!caFile.isEmpty())
        json.insert(QStringLiteral("caFile"), caFile);
    return json;
}

QUrl BambooHrSettings::gateway(const QString& relative) const
{
    QUrl url = apiUrl;
    url.setPath(QStringLiteral("%1/api/gateway.php/%2/v1/%3").arg(url.path(), companyDomain, relative));
    return url;
}

QByteArray BambooHrSettings::basicAuthorization(const QString& apiKey)
{
    return "Basic " + (apiKey + QStringLiteral(":x")).toUtf8().toBase64();
}

} // namespace Tenure::Connectors
