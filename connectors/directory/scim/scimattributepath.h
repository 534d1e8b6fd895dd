#pragma once

#include "models/domain/attributes.h"
#include "models/domain/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Tenure::Connectors {

inline constexpr char ScimCoreUserSchema[] = "urn:ietf:params:scim:schemas:core:2.0:User";
inline constexpr char ScimEnterpriseUserSchema[] = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

// A mapping's target attribute name read as a SCIM attribute path (RFC 7644 §3.10 ABNF, the
// `path` of PATCH in §3.5.2), and how its value sits in a User resource's JSON. The forms:
//
//   userName, externalId, displayName, title, active         an attribute of the core User schema
//   name.givenName, name.familyName                           a sub-attribute of a complex attribute
//   emails[type eq "work"].value, phoneNumbers[type eq "mobile"].value, emails[primary eq true].value
//                                                             a sub-attribute of the values of a
//                                                             multi-valued attribute selected by one
//                                                             `eq` comparison (string, true or false)
//   urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber
//   urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value
//                                                             any of the above in an extension schema,
//                                                             prefixed with the schema URN
//
// A core-schema URN prefix (urn:…:core:2.0:User:userName) is accepted and dropped. Attribute
// names compare case-insensitively (RFC 7643 §2.1). Values are strings in Tenure; booleans
// (active, primary) are written as JSON true/false and read back as "true"/"false".
// Not supported: filters with and/or/not or other operators, paths into a value's
// sub-sub-attributes, and a filter without a sub-attribute after it.
class ScimAttributePath {
public:
    [[nodiscard]] static Models::Result<ScimAttributePath> parse(const QString& text);

    [[nodiscard]] QString schema() const { return m_schema; }           // empty: the core schema
    [[nodiscard]] QString attribute() const { return m_attribute; }     // "emails"
    [[nodiscard]] QString subAttribute() const { return m_subAttribute; }   // "value"; may be empty
    [[nodiscard]] bool hasValueFilter() const { return !m_filterAttribute.isEmpty(); }
    [[nodiscard]] QString filterAttribute() const { return m_filterAttribute; }   // "type"
    [[nodiscard]] QJsonValue filterValue() const { return m_filterValue; }        // "work"
    [[nodiscard]] bool isExtension() const { return !m_schema.isEmpty(); }

    // The canonical path as PATCH takes it (RFC 7644 §3.5.2), with the filter value re-escaped.
    [[nodiscard]] QString toString() const;
    // The path of the multi-valued attribute itself ("emails", "urn:…:User:emails"): where a new
    // value is added when the filter matches none.
    [[nodiscard]] QString attributePath() const;
    // The path of the selected values without the sub-attribute ("emails[type eq \"work\"]").
    [[nodiscard]] QString valuePath() const;

    // The value at this path in a User resource; empty when absent.
    [[nodiscard]] Models::AttributeValue read(const QJsonObject& resource) const;
    // Sets the value at this path; an empty value removes it (and a selected value of a
    // multi-valued attribute as a whole). The extension's URN is added to "schemas" when needed.
    void write(QJsonObject& resource, const Models::AttributeValue& value) const;

    // The JSON a string value is sent as for this path: true/false for the boolean attributes.
    [[nodiscard]] QJsonValue toJson(const Models::AttributeValue& value) const;
    // The new element a filtered path adds when none matches: {"type": "work", "value": "…"}.
    [[nodiscard]] QJsonObject newElement(const Models::AttributeValue& value) const;

    [[nodiscard]] static QString textOf(const QJsonValue& value);   // "true", "42", the string; empty for null

private:
    [[nodiscard]] bool matches(const QJsonValue& element) const;

    QString m_schema;
    QString m_attribute;
    QString m_subAttribute;
    QString m_filterAttribute;
    QJsonValue m_filterValue;
};

// The key of `object` equal to `name` ignoring case (RFC 7643 §2.1), or `name` when none is.
[[nodiscard]] QString scimKey(const QJsonObject& object, const QString& name);

} // namespace Tenure::Connectors
