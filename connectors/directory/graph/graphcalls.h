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

// The pseudo-attribute carrying the manager: read as the manager's object id (the id the planner
// gives the manager's account), from $expand=manager($select=id) on /users or from the
// manager@delta annotation of /users/delta; written with PUT /users/{id}/manager/$ref, which
// also takes a userPrincipalName (a manager created in the same plan has no object id yet).
inline constexpr char ManagerAttribute[] = "manager";

// Properties every read selects, whatever the mapping asks for.
[[nodiscard]] QStringList baseSelect();
// $select for `attributes` (pseudo-attributes removed, base properties added).
[[nodiscard]] QString selectFor(const QStringList& attributes);
// $select for /users/delta: as selectFor, plus the manager navigation property when `attributes`
// has the manager, which delta tracks only when selected (delta-query-overview: "$select also
// supports manager … navigation properties"; $expand is not supported there).
[[nodiscard]] QString deltaSelectFor(const QStringList& attributes);

// A user as Graph returned it → the account the planner compares: id = object id, enabled =
// accountEnabled, attributes as strings (booleans "true"/"false", collections one value each).
// The manager comes from an expanded "manager" object, or from a "manager@delta" annotation
// (relationships in delta answers, delta-query-overview "Resource representation"): its entry
// without "@removed"; an entry with "@removed" only, or no annotation, means no manager, since
// a delta answer names every selected property of a user it returns (user-delta, default
// behaviour: "If the property has not changed, the old value is included").
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
