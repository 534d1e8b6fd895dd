#pragma once

#include "scimattributepath.h"

#include "models/domain/account.h"
#include "models/domain/operation.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace Tenure::Connectors {

// A mapping attribute name and the SCIM path it names.
struct ScimMappedAttribute {
    QString name;
    ScimAttributePath path;
};

// Parses each name as a ScimAttributePath; the error names the first that is not one.
[[nodiscard]] Models::Result<QList<ScimMappedAttribute>> scimAttributes(const QStringList& names);

// A User resource as an Account: id = the resource's id, enabled = active (absent: true, since
// RFC 7643 §4.1.1 gives active no default and a provider that omits it has no disabled users),
// attributes under the mapping's names.
[[nodiscard]] Models::Account scimAccount(const QJsonObject& resource, const QList<ScimMappedAttribute>& attributes);

// The body of POST /Users (RFC 7644 §3.3): the "after" of every change, the schemas it uses, and
// `active` unless a change sets it (false for a pre-hire account created disabled).
[[nodiscard]] Models::Result<QJsonObject> scimCreateBody(const QList<Models::AttributeChange>& changes,
                                                         bool active = true);

// The body of PUT /Users/{id} (RFC 7644 §3.5.1): the current resource with the changes applied and
// `active` set when given. PUT replaces the whole resource, so it starts from what the service
// returned; meta is dropped (readOnly, §3.5.1 says it is ignored anyway).
[[nodiscard]] Models::Result<QJsonObject> scimReplaceBody(QJsonObject current,
                                                          const QList<Models::AttributeChange>& changes,
                                                          std::optional<bool> active);

// The PatchOp of PATCH /Users/{id} (RFC 7644 §3.5.2) for the changes, plus "replace active" when
// given. Per change:
//   no value after                → "remove" (a selected value of a multi-valued attribute as a whole)
//   no value before, filtered path → "add" of a new value to the multi-valued attribute (a replace
//                                    would fail with 400 noTarget, §3.5.2.3)
//   no value before, a.sub         → "add" of {sub: value} to the complex attribute a (§3.5.2.1)
//   no value before, otherwise     → "add" (on a single-valued attribute it sets the value, §3.5.2.1)
//   otherwise                      → "replace" of the value at the path
// "add" where nothing was is what services accept most widely; "replace" of an absent attribute
// should act as an add (§3.5.2.3) but not every service does it. Empty when there is nothing to send.
[[nodiscard]] Models::Result<QJsonObject> scimPatchBody(const QList<Models::AttributeChange>& changes,
                                                        std::optional<bool> active);

} // namespace Tenure::Connectors
