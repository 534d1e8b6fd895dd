#include "successfactorssettings.h"

#include "connectors/hr/settingfields.h"

#include <QJsonArray>

namespace Tenure::Connectors {
namespace {

using Models::Result;

const QString Job = QStringLiteral("$.employmentNav.results[0].jobInfoNav.results[0].");
const QString Personal = QStringLiteral("$.personalInfoNav.results[0].");
const QString Employment = QStringLiteral("$.employmentNav.results[0].");

} // namespace

QMap<QString, QString> SuccessFactorsSettings::defaultAttributes()
{
    QMap<QString, QString> paths{
        {QStringLiteral("personIdExternal"), QStringLiteral("$.personIdExternal")},
        {QStringLiteral("userId"), Employment + QStringLiteral("userId")},
        {QStringLiteral("username"), Employment + QStringLiteral("userNav.username")},
        {QStringLiteral("startDate"), Employment + QStringLiteral("startDate")},
        {QStringLiteral("endDate"), Employment + QStringLiteral("endDate")},
        {QStringLiteral("emplStatus"), Job + QStringLiteral("emplStatusNav.externalCode")},
        {QStringLiteral("email"), QStringLiteral("$.emailNav.results[?(@.isPrimary == true)].emailAddress")},
    };
    for (const char* name : {"firstName", "lastName", "preferredName", "displayName"})
        paths.insert(QLatin1String(name), Personal + QLatin1String(name));
    for (const char* name : {"jobTitle", "department", "division", "company", "location", "managerId", "employeeClass",
                             "countryOfCompany"})
        paths.insert(QLatin1String(name), Job + QLatin1String(name));
    return paths;
}

HrRecordRules SuccessFactorsSettings::defaultRecordRules()
{
    HrRecordRules rules;
    rules.required = {QStringLiteral("firstName"), QStringLiteral("lastName")};
    rules.dateFields = {QStringLiteral("startDate"), QStringLiteral("endDate")};
    rules.statusField = QStringLiteral("emplStatus");
    // Employee Central's employment status picklist (external codes): active, unpaid and paid
    // leave, terminated, retired, suspended, deceased, furlough, discarded.
    rules.statusValues = {QStringLiteral("A"), QStringLiteral("U"), QStringLiteral("P"),
                          QStringLiteral("T"), QStringLiteral("R"), QStringLiteral("S"),
                          QStringLiteral("D"), QStringLiteral("F"), QStringLiteral("O")};
    return rules;
}

QMap<QString, QString> SuccessFactorsSettings::attributePaths() const
{
    QMap<QString, QString> paths = defaultAttributes();
    for (auto it = attributeOverrides.cbegin(); it != attributeOverrides.cend(); ++it) {
        if (it.value().isEmpty())
            paths.remove(it.key());
        else
            paths.insert(it.key(), it.value());
    }
    return paths;
}

QStringList SuccessFactorsSettings::expand() const
{
    QStringList navigations{QStringLiteral("personalInfoNav"), QStringLiteral("emailNav"),
                            QStringLiteral("employmentNav"), QStringLiteral("employmentNav/userNav"),
                            QStringLiteral("employmentNav/jobInfoNav"),
                            QStringLiteral("employmentNav/jobInfoNav/emplStatusNav")};
    for (const auto& extra : extraExpand) {
        if (!navigations.contains(extra))
            navigations.append(extra);
    }
    return navigations;
}

Result<SuccessFactorsSettings> SuccessFactorsSettings::fromJson(const QJsonObject& json)
{
    SuccessFactorsSettings s;
    const SettingFields fields(json, QStringLiteral("SuccessFactors"));
    QString authentication;
    for (auto read : {fields.httpsUrl("apiUrl", &s.apiUrl, true), fields.string("companyId", &s.companyId, true),
                      fields.string("username", &s.username, true),
                      fields.string("authentication", &authentication, false),
                      fields.string("caFile", &s.caFile, false), fields.integer("timeoutSeconds", &s.timeoutSeconds, 1, 600),
                      fields.integer("pageSize", &s.pageSize, 1, 1000), fields.date("asOfDate", &s.asOfDate),
                      fields.stringMap("attributes", &s.attributeOverrides), fields.stringList("expand", &s.extraExpand),
                      fields.string("workerIdAttribute", &s.workerIdAttribute, false),
                      fields.integer("overlapMinutes", &s.overlapMinutes, 0, 1440),
                      fields.string("writeBackEmailType", &s.writeBackEmailType, false),
                      fields.boolean("writeBackEmailPrimary", &s.writeBackEmailPrimary)}) {
        if (!read)
            return std::unexpected(read.error());
    }
    if (!authentication.isEmpty() && authentication != QLatin1String("basic"))
        return fields.invalid(QStringLiteral("authentication"),
                              QStringLiteral("must be \"basic\": the OAuth 2.0 SAML bearer flow is not supported yet"));
    if (s.username.contains(QLatin1Char('@')))
        return fields.invalid(QStringLiteral("username"),
                              QStringLiteral("is the API user alone; the company id goes in \"companyId\""));
    const auto paths = s.attributePaths();
    for (auto it = paths.cbegin(); it != paths.cend(); ++it) {
        if (auto compiled = JsonPath::parse(it.value()); !compiled)
            return fields.invalid(QStringLiteral("attributes.%1").arg(it.key()), compiled.error().message);
    }
    if (!paths.contains(s.workerIdAttribute))
        return fields.invalid(QStringLiteral("workerIdAttribute"),
                              QStringLiteral("names '%1', which is not one of the attributes").arg(s.workerIdAttribute));
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

QJsonObject SuccessFactorsSettings::toJson() const
{
    QJsonObject json{{QStringLiteral("apiUrl"), apiUrl.toString()},
                     {QStringLiteral("companyId"), companyId},
                     {QStringLiteral("username"), username},
                     {QStringLiteral("authentication"), QStringLiteral("basic")},
                     {QStringLiteral("timeoutSeconds"), timeoutSeconds},
                     {QStringLiteral("pageSize"), pageSize},
                     {QStringLiteral("workerIdAttribute"), workerIdAttribute},
                     {QStringLiteral("overlapMinutes"), overlapMinutes},
                     {QStringLiteral("writeBackEmailPrimary"), writeBackEmailPrimary},
                     {QStringLiteral("records"), records.toJson()}};
    if (!caFile.isEmpty())
        json.insert(QStringLiteral("caFile"), caFile);
    if (asOfDate.isValid())
        json.insert(QStringLiteral("asOfDate"), asOfDate.toString(Qt::ISODate));
    if (!attributeOverrides.isEmpty()) {
        QJsonObject attributes;
        for (auto it = attributeOverrides.cbegin(); it != attributeOverrides.cend(); ++it)
            attributes.insert(it.key(), it.value());
        json.insert(QStringLiteral("attributes"), attributes);
    }
    if (!extraExpand.isEmpty())
        json.insert(QStringLiteral("expand"), QJsonArray::fromStringList(extraExpand));
    if (!writeBackEmailType.isEmpty())
        json.insert(QStringLiteral("writeBackEmailType"), writeBackEmailType);
    return json;
}

QUrl SuccessFactorsSettings::odata(const QString& relative) const
{
    QUrl url = apiUrl;
    url.setPath(url.path() + QStringLiteral("/odata/v2/") + relative);
    return url;
}

QByteArray SuccessFactorsSettings::basicAuthorization(const QString& password) const
{
    const QString credentials = QStringLiteral("%1@%2:%3").arg(username, companyId, password);
    return "Basic " + credentials.toUtf8().toBase64();
}

} // namespace Tenure::Connectors
