#include "graphcalls.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QUrl>

namespace Tenure::Connectors::GraphUsers {
namespace {

using Models::ErrorCode;

const QStringList& collectionProperties()
{
    static const QStringList names{QStringLiteral("businessPhones"), QStringLiteral("otherMails"),
                                   QStringLiteral("imAddresses"), QStringLiteral("proxyAddresses")};
    return names;
}

bool isPseudo(const QString& attribute)
{
    return attribute == QLatin1String(ManagerAttribute) || attribute == QLatin1String(Models::ParentDnAttribute);
}

QString userPath(const QString& idOrUpn)
{
    return QStringLiteral("/users/") + QString::fromLatin1(QUrl::toPercentEncoding(idOrUpn, "@"));
}

// PATCH body of an operation's attribute changes (pseudo-attributes left out).
QJsonObject patchBody(const Models::Operation& operation)
{
    QJsonObject body;
    for (const Models::AttributeChange& change : operation.changes) {
        if (!isPseudo(change.attribute))
            body.insert(change.attribute, jsonValue(change.attribute, change.after));
    }
    return body;
}

const Models::AttributeChange* managerChange(const Models::Operation& operation)
{
    for (const Models::AttributeChange& change : operation.changes) {
        if (change.attribute == QLatin1String(ManagerAttribute))
            return &change;
    }
    return nullptr;
}

GraphCall managerCall(const QString& user, const Models::AttributeChange& change, const GraphSettings& settings)
{
    GraphCall call;
    call.url = userPath(user) + QStringLiteral("/manager/$ref");
    if (change.after.isEmpty()) {
        call.method = "DELETE";
        call.describe = QStringLiteral("Remove the manager of %1").arg(user);
    } else {
        // user-post-manager: PUT with the manager as an @odata.id reference.
        call.method = "PUT";
        call.hasBody = true;
        call.body = {{QStringLiteral("@odata.id"), settings.graph(userPath(change.after.constFirst()).mid(1)).toString()}};
        call.describe = QStringLiteral("Set the manager of %1").arg(user);
    }
    return call;
}

} // namespace

QStringList baseSelect()
{
    return {QStringLiteral("id"), QStringLiteral("accountEnabled"), QStringLiteral("userPrincipalName")};
}

QString selectFor(const QStringList& attributes)
{
    QStringList select = baseSelect();
    for (const QString& attribute : attributes) {
        if (!isPseudo(attribute) && !select.contains(attribute))
            select.append(attribute);
    }
    return select.join(QLatin1Char(','));
}

QString deltaSelectFor(const QStringList& attributes)
{
    QString select = selectFor(attributes);
    if (attributes.contains(QLatin1String(ManagerAttribute)))
        select += QLatin1Char(',') + QLatin1String(ManagerAttribute);
    return select;
}

namespace {

QString managerOf(const QJsonObject& user)
{
    if (user.contains(QLatin1String("manager@delta"))) {
        QString manager;
        for (const QJsonValue& entry : user.value(QLatin1String("manager@delta")).toArray()) {
            const QJsonObject reference = entry.toObject();
            if (!reference.contains(QLatin1String("@removed")))
                manager = reference.value(QLatin1String("id")).toString();
        }
        return manager;
    }
    return user.value(QLatin1String("manager")).toObject().value(QLatin1String("id")).toString();
}

} // namespace

Models::Account accountFromJson(const QJsonObject& user, const QStringList& attributes)
{
    Models::Account account;
    account.id = user.value(QLatin1String("id")).toString();
    account.enabled = user.value(QLatin1String("accountEnabled")).toBool(true);
    for (const QString& attribute : attributes) {
        if (attribute == QLatin1String(ManagerAttribute)) {
            const QString manager = managerOf(user);
            if (!manager.isEmpty())
                account.attributes.insert(attribute, {manager});
            continue;
        }
        const QJsonValue value = user.value(attribute);
        Models::AttributeValue values;
        if (value.isBool())
            values.append(value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        else if (value.isArray())
            for (const QJsonValue& item : value.toArray())
                values.append(item.toVariant().toString());
        else if (value.isDouble())
            values.append(QString::number(value.toDouble()));
        else if (value.isString() && !value.toString().isEmpty())
            values.append(value.toString());
        if (!values.isEmpty())
            account.attributes.insert(attribute, values);
    }
    return account;
}

QJsonValue jsonValue(const QString& attribute, const Models::AttributeValue& value)
{
    if (collectionProperties().contains(attribute))
        return QJsonArray::fromStringList(value);
    if (value.isEmpty())
        return QJsonValue::Null;
    if (attribute == QLatin1String("accountEnabled"))
        return value.constFirst().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    return value.constFirst();
}

QString userPrincipalName(const Models::Attributes& attributes, const QString& domain)
{
    const QString upn = Models::firstValue(attributes, QStringLiteral("userPrincipalName"));
    if (!upn.isEmpty())
        return upn;
    const QString nickname = Models::firstValue(attributes, QStringLiteral("mailNickname"));
    return nickname.isEmpty() || domain.isEmpty() ? QString() : nickname + QLatin1Char('@') + domain;
}

QString initialPassword()
{
    static const QString classes[] = {QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ"), QStringLiteral("abcdefghijkmnopqrstuvwxyz"),
                                      QStringLiteral("23456789"), QStringLiteral("!#%+-=?@_~")};
    QRandomGenerator* random = QRandomGenerator::system();
    QString password;
    for (int i = 0; i < 16; ++i) {
        const QString& pool = classes[i % 4];   // every class at least four times
        password.append(pool.at(int(random->bounded(quint32(pool.size())))));
    }
    std::shuffle(password.begin(), password.end(), *random);
    return password;
}

Models::Result<QList<GraphCall>> callsFor(const Models::Operation& operation, qsizetype index, const GraphSettings& settings)
{
    using Kind = Models::OperationKind;
    QList<GraphCall> calls;
    const auto add = [&](GraphCall call) {
        call.id = QStringLiteral("%1.%2").arg(index).arg(calls.size());
        call.operation = index;
        calls.append(std::move(call));
        return calls.constLast().id;
    };
    const Models::AttributeChange* manager = managerChange(operation);

    switch (operation.kind) {
    case Kind::None:
        return calls;
    case Kind::Move:
        return Models::fail(ErrorCode::Rejected,
                            QStringLiteral("Entra ID has no containers to move %1 to; remove the container mapping for this "
                                           "target").arg(operation.displayName));
    case Kind::Create: {
        Models::Attributes attributes;
        for (const Models::AttributeChange& change : operation.changes)
            attributes.insert(change.attribute, change.after);
        QString upn = userPrincipalName(attributes, settings.domain);
        if (upn.isEmpty())
            upn = operation.targetId;
        QJsonObject body = patchBody(operation);
        body.insert(QStringLiteral("userPrincipalName"), upn);
        if (!body.contains(QLatin1String("accountEnabled")))
            body.insert(QStringLiteral("accountEnabled"), operation.accountEnabled);   // false: a pre-hire
        if (body.value(QLatin1String("mailNickname")).toString().isEmpty())
            body.insert(QStringLiteral("mailNickname"), upn.section(QLatin1Char('@'), 0, 0));
        if (body.value(QLatin1String("displayName")).toString().isEmpty())
            return Models::fail(ErrorCode::InvalidInput,
                                QStringLiteral("Entra ID needs a displayName to create %1; map one").arg(upn));
        body.insert(QStringLiteral("passwordProfile"),
                    QJsonObject{{QStringLiteral("forceChangePasswordNextSignIn"), true},
                                {QStringLiteral("password"), initialPassword()}});
        GraphCall create{{}, "POST", QStringLiteral("/users"), body, true, {}, index, GraphCall::Kind::Create, upn,
                         QStringLiteral("Create user %1").arg(upn)};
        const QString createId = add(std::move(create));
        if (manager && !manager->after.isEmpty()) {
            GraphCall call = managerCall(upn, *manager, settings);
            call.dependsOn = {createId};
            add(std::move(call));
        }
        return calls;
    }
    case Kind::Delete: {
        // user-delete: a soft delete; the user stays restorable from deletedItems for 30 days.
        add(GraphCall{{}, "DELETE", userPath(operation.targetId), {}, false, {}, index, GraphCall::Kind::Delete, {},
                      QStringLiteral("Delete user %1").arg(operation.targetId)});
        return calls;
    }
    case Kind::Update:
    case Kind::Disable:
    case Kind::Enable: {
        QJsonObject body = patchBody(operation);
        if (operation.kind != Kind::Update)
            body.insert(QStringLiteral("accountEnabled"), operation.kind == Kind::Enable);
        QString patchId;
        if (!body.isEmpty()) {
            const QString verb = operation.kind == Kind::Disable ? QStringLiteral("Disable")
                                 : operation.kind == Kind::Enable ? QStringLiteral("Enable") : QStringLiteral("Update");
            patchId = add(GraphCall{{}, "PATCH", userPath(operation.targetId), body, true, {}, index, GraphCall::Kind::Other,
                                    {}, QStringLiteral("%1 user %2").arg(verb, operation.targetId)});
        }
        if (manager) {
            GraphCall call = managerCall(operation.targetId, *manager, settings);
            if (!patchId.isEmpty())
                call.dependsOn = {patchId};
            add(std::move(call));
        }
        if (operation.kind == Kind::Disable && settings.revokeSessionsOnDisable) {
            // A disabled account keeps its refresh tokens until they are revoked
            // (user-revokesigninsessions): revoke them once the disable has gone through.
            GraphCall revoke{{}, "POST", userPath(operation.targetId) + QStringLiteral("/revokeSignInSessions"), {}, false,
                             {}, index, GraphCall::Kind::Other, {},
                             QStringLiteral("Revoke the sign-in sessions of %1").arg(operation.targetId)};
            if (!patchId.isEmpty())
                revoke.dependsOn = {patchId};
            add(std::move(revoke));
        }
        return calls;
    }
    }
    return calls;
}

} // namespace Tenure::Connectors::GraphUsers
