#pragma once

#include "graphsettings.h"

#include "models/domain/account.h"
#include "models/domain/operation.h"

#include <QJsonObject>

namespace Tenure::Connectors {

// One request of a Graph JSON batch (learn.microsoft.com/graph/json-batching).
struct GraphCall {
    enum class Kind {
        Create,   // POST /users: after a lost answer, look the UPN up before sending it again
        Delete,   // DELETE /users/{id}: after a lost answer, 404 means it was done
        Other,    // PATCH, $ref, revokeSignInSessions: the same request twice has the same effect
    };
    QString id;             // unique within the batch: "<operation index>.<n>"
    QByteArray method;
    QString url;            // relative to the version: "/users/{id}"
    QJsonObject body;
    bool hasBody = false;
    QStringList dependsOn;
    qsizetype operation = 0;   // index of the operation it carries out
    Kind kind = Kind::Other;
    QString userPrincipalName; // Create: how to find the user after a lost answer
    QString describe;          // for messages: "Create user ada@contoso.test"
};

// The account-facing side of Graph's user resource (learn.microsoft.com/graph/api/resources/user):
// how attributes map to JSON and which requests carry out an operation.
namespace GraphUsers {

// The pseudo-attribute carrying the manager's userPrincipalName (or object id); written with
// PUT /users/{id}/manager/$ref, read with $expand=manager($select=id,userPrincipalName).
inline constexpr char ManagerAttribute[] = "manager";

// Properties every read selects, whatever the mapping asks for.
[[nodiscard]] QStringList baseSelect();
// $select for `attributes` (pseudo-attributes removed, base properties added).
[[nodiscard]] QString selectFor(const QStringList& attributes);

// A user as Graph returned it → the account the planner compares: id = object id, enabled =
// accountEnabled, attributes as strings (booleans "true"/"false", collections one value each).
[[nodiscard]] Models::Account accountFromJson(const QJsonObject& user, const QStringList& attributes);

// An attribute value as JSON for a POST or PATCH: accountEnabled a boolean, collections
// (businessPhones, otherMails, imAddresses) arrays, empty null.
[[nodiscard]] QJsonValue jsonValue(const QString& attribute, const Models::AttributeValue& value);

// userPrincipalName from the attributes, else mailNickname@domain; empty if neither.
[[nodiscard]] QString userPrincipalName(const Models::Attributes& attributes, const QString& domain);

// A random initial password that meets Entra's default policy (16 characters, all four classes).
// Never logged; the user must change it at first sign-in (forceChangePasswordNextSignIn).
[[nodiscard]] QString initialPassword();

// The calls that carry out one operation, in order, with dependsOn between them (create → set
// manager; disable → revoke sign-in sessions). An error for what Graph cannot do (move).
[[nodiscard]] Models::Result<QList<GraphCall>> callsFor(const Models::Operation& operation, qsizetype index,
                                                        const GraphSettings& settings);

} // namespace GraphUsers
} // namespace Tenure::Connectors
