#include "scimserviceconfig.h"

#include "scimattributepath.h"

#include <QStringList>

namespace Tenure::Connectors {
namespace {

QJsonObject member(const QJsonObject& json, const char* name)
{
    return json.value(scimKey(json, QLatin1String(name))).toObject();
}

bool supported(const QJsonObject& json, const char* name)
{
    const QJsonObject object = member(json, name);
    return object.value(scimKey(object, QStringLiteral("supported"))).toBool(false);
}

int number(const QJsonObject& json, const char* name, const char* field)
{
    const QJsonObject object = member(json, name);
    const double value = object.value(scimKey(object, QLatin1String(field))).toDouble(0);
    return value > 0 && value < 1e9 ? static_cast<int>(value) : 0;
}

} // namespace

ScimServiceConfig ScimServiceConfig::fromJson(const QJsonObject& json)
{
    ScimServiceConfig c;
    c.patch = supported(json, "patch");
    c.filter = supported(json, "filter");
    c.filterMaxResults = number(json, "filter", "maxResults");
    c.bulk = supported(json, "bulk");
    c.bulkMaxOperations = number(json, "bulk", "maxOperations");
    c.bulkMaxPayloadSize = number(json, "bulk", "maxPayloadSize");
    c.etag = supported(json, "etag");
    c.sort = supported(json, "sort");
    c.changePassword = supported(json, "changePassword");
    return c;
}

QString ScimServiceConfig::describe() const
{
    QStringList yes;
    QStringList no;
    (patch ? yes : no) << QStringLiteral("PATCH");
    (filter ? yes : no) << (filter && filterMaxResults > 0 ? QStringLiteral("filter (max %1)").arg(filterMaxResults)
                                                           : QStringLiteral("filter"));
    (etag ? yes : no) << QStringLiteral("ETags");
    (bulk ? yes : no) << (bulk && bulkMaxOperations > 0 ? QStringLiteral("bulk (max %1)").arg(bulkMaxOperations)
                                                        : QStringLiteral("bulk"));
    QString text = yes.isEmpty() ? QStringLiteral("none of PATCH, filter, ETags, bulk") : yes.join(QStringLiteral(", "));
    if (!yes.isEmpty() && !no.isEmpty())
        text += QStringLiteral("; no ") + no.join(QStringLiteral(", no "));
    return text;
}

} // namespace Tenure::Connectors
