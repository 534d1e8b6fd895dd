#include "scimresource.h"

#include <QJsonArray>

namespace Tenure::Connectors {
namespace {

const QString activeKey = QStringLiteral("active");

QJsonObject operation(const QString& op, const QString& path, const QJsonValue& value = QJsonValue::Undefined)
{
    QJsonObject json{{QStringLiteral("op"), op}, {QStringLiteral("path"), path}};
    if (!value.isUndefined())
        json.insert(QStringLiteral("value"), value);
    return json;
}

Models::Result<QJsonObject> applied(QJsonObject resource, const QList<Models::AttributeChange>& changes)
{
    for (const auto& change : changes) {
        auto path = ScimAttributePath::parse(change.attribute);
        if (!path)
            return std::unexpected(path.error());
        path->write(resource, change.after);
    }
    return resource;
}

} // namespace

Models::Result<QList<ScimMappedAttribute>> scimAttributes(const QStringList& names)
{
    QList<ScimMappedAttribute> out;
    out.reserve(names.size());
    for (const QString& name : names) {
        auto path = ScimAttributePath::parse(name);
        if (!path)
            return std::unexpected(path.error());
        out.append({name, *path});
    }
    return out;
}

Models::Account scimAccount(const QJsonObject& resource, const QList<ScimMappedAttribute>& attributes)
{
    Models::Account account;
    account.id = resource.value(scimKey(resource, QStringLiteral("id"))).toString();
    const QJsonValue active = resource.value(scimKey(resource, activeKey));
    account.enabled = !active.isBool() || active.toBool();
    for (const auto& attribute : attributes) {
        const auto value = attribute.path.read(resource);
        if (!value.isEmpty())
            account.attributes.insert(attribute.name, value);
    }
    return account;
}

Models::Result<QJsonObject> scimCreateBody(const QList<Models::AttributeChange>& changes, bool active)
{
    QJsonObject resource{{QStringLiteral("schemas"), QJsonArray{QString::fromLatin1(ScimCoreUserSchema)}}};
    auto body = applied(resource, changes);
    if (body && !body->contains(scimKey(*body, activeKey)))
        body->insert(activeKey, active);
    return body;
}

Models::Result<QJsonObject> scimReplaceBody(QJsonObject current, const QList<Models::AttributeChange>& changes,
                                            std::optional<bool> active)
{
    current.remove(scimKey(current, QStringLiteral("meta")));
    auto body = applied(std::move(current), changes);
    if (body && active)
        body->insert(scimKey(*body, activeKey), *active);
    return body;
}

Models::Result<QJsonObject> scimPatchBody(const QList<Models::AttributeChange>& changes, std::optional<bool> active)
{
    QJsonArray operations;
    for (const auto& change : changes) {
        auto path = ScimAttributePath::parse(change.attribute);
        if (!path)
            return std::unexpected(path.error());
        if (change.after.isEmpty()) {
            if (!change.before.isEmpty())
                operations.append(operation(QStringLiteral("remove"), path->valuePath()));
        } else if (path->hasValueFilter() && change.before.isEmpty()) {
            operations.append(operation(QStringLiteral("add"), path->attributePath(),
                                        QJsonArray{path->newElement(change.after)}));
        } else if (!path->subAttribute().isEmpty() && change.before.isEmpty()) {
            // Added to the complex attribute, whose sub-attributes are merged (§3.5.2.1): this also
            // works when the complex attribute itself is absent, where some services (scimmy)
            // answer noTarget to a path that names the sub-attribute.
            operations.append(operation(QStringLiteral("add"), path->attributePath(),
                                        QJsonObject{{path->subAttribute(), path->toJson(change.after)}}));
        } else if (change.before.isEmpty()) {
            operations.append(operation(QStringLiteral("add"), path->toString(), path->toJson(change.after)));
        } else {
            operations.append(operation(QStringLiteral("replace"), path->toString(), path->toJson(change.after)));
        }
    }
    if (active)
        operations.append(operation(QStringLiteral("replace"), activeKey, *active));
    if (operations.isEmpty())
        return QJsonObject{};
    return QJsonObject{{QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:ietf:params:scim:api:messages:2.0:PatchOp")}},
                       {QStringLiteral("Operations"), operations}};
}

} // namespace Tenure::Connectors
