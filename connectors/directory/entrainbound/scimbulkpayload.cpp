#include "scimbulkpayload.h"

#include <QJsonArray>

namespace Tenure::Connectors {
namespace {

const QStringList& coreSimple()
{
    static const QStringList names{QStringLiteral("userName"), QStringLiteral("externalId"), QStringLiteral("displayName"),
                                   QStringLiteral("nickName"), QStringLiteral("title"), QStringLiteral("userType"),
                                   QStringLiteral("preferredLanguage"), QStringLiteral("locale"), QStringLiteral("timezone")};
    return names;
}

const QStringList& enterpriseSimple()
{
    static const QStringList names{QStringLiteral("employeeNumber"), QStringLiteral("costCenter"),
                                   QStringLiteral("organization"), QStringLiteral("division"), QStringLiteral("department")};
    return names;
}

// Adds {"value", "type", "primary"} to a multi-valued attribute (emails, phoneNumbers).
void addTyped(QJsonObject& data, const QString& attribute, const QString& type, const QString& value)
{
    QJsonArray list = data.value(attribute).toArray();
    list.append(QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("type"), type},
                            {QStringLiteral("primary"), list.isEmpty()}});
    data.insert(attribute, list);
}

void addAddressPart(QJsonObject& data, const QString& type, const QString& field, const QString& value)
{
    QJsonArray list = data.value(QLatin1String("addresses")).toArray();
    qsizetype at = -1;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).toObject().value(QLatin1String("type")).toString() == type)
            at = i;
    }
    QJsonObject address = at < 0 ? QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("primary"), list.isEmpty()}}
                                 : list.at(at).toObject();
    address.insert(field, value);
    if (at < 0)
        list.append(address);
    else
        list.replace(at, address);
    data.insert(QStringLiteral("addresses"), list);
}

} // namespace

QJsonObject ScimBulkPayload::operation(const Models::Operation& operation, const QString& bulkId) const
{
    QJsonObject data;
    QJsonObject enterprise;
    QJsonObject custom;
    for (const Models::AttributeChange& change : operation.changes) {
        if (change.after.isEmpty() || change.attribute == QLatin1String(Models::ParentDnAttribute))
            continue;
        const QString& name = change.attribute;
        const QString value = change.after.constFirst();
        const QStringList parts = name.split(QLatin1Char('.'));
        if (coreSimple().contains(name)) {
            data.insert(name, value);
        } else if (name == QLatin1String("active")) {
            data.insert(name, value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0);
        } else if (parts.size() == 2 && parts[0] == QLatin1String("name")) {
            QJsonObject person = data.value(QLatin1String("name")).toObject();
            person.insert(parts[1], value);
            data.insert(QStringLiteral("name"), person);
        } else if (parts.size() == 2 && (parts[0] == QLatin1String("emails") || parts[0] == QLatin1String("phoneNumbers"))) {
            addTyped(data, parts[0], parts[1], value);
        } else if (parts.size() == 3 && parts[0] == QLatin1String("addresses")) {
            addAddressPart(data, parts[1], parts[2], value);
        } else if (enterpriseSimple().contains(name)) {
            enterprise.insert(name, value);
        } else if (name == QLatin1String("manager")) {
            enterprise.insert(name, QJsonObject{{QStringLiteral("value"), value}});
        } else {
            custom.insert(name, value);
        }
    }
    if (!data.contains(QLatin1String("externalId")))
        data.insert(QStringLiteral("externalId"), operation.workerId);
    // A disable or enable is the worker's state, whatever the mapping says.
    if (operation.kind == Models::OperationKind::Disable || operation.kind == Models::OperationKind::Enable)
        data.insert(QStringLiteral("active"), operation.kind == Models::OperationKind::Enable);

    QJsonArray schemas{QLatin1String(coreUserSchema)};
    if (!enterprise.isEmpty()) {
        schemas.append(QLatin1String(enterpriseUserSchema));
        data.insert(QLatin1String(enterpriseUserSchema), enterprise);
    }
    if (!custom.isEmpty()) {
        schemas.append(m_customSchema);
        data.insert(m_customSchema, custom);
    }
    data.insert(QStringLiteral("schemas"), schemas);
    return QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                       {QStringLiteral("bulkId"), bulkId},
                       {QStringLiteral("path"), QStringLiteral("/Users")},
                       {QStringLiteral("data"), data}};
}

QJsonObject ScimBulkPayload::request(const QJsonArray& operations)
{
    return QJsonObject{{QStringLiteral("schemas"), QJsonArray{QLatin1String(bulkRequestSchema)}},
                       {QStringLiteral("Operations"), operations},
                       {QStringLiteral("failOnErrors"), QJsonValue::Null}};
}

} // namespace Tenure::Connectors
