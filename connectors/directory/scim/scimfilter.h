#pragma once

#include <QString>
#include <QStringList>

namespace Tenure::Connectors {

// The one place SCIM filter values are written (RFC 7644 §3.4.2.2).
//
// A compValue string is a JSON string (RFC 7644 §3.4.2.2 refers to RFC 7159 §7): it is quoted, and
// `"`, `\` and the control characters U+0000–U+001F are escaped, so a hostile value such as
// a"b\c or `x" or userName pr or "` stays one value and cannot change the filter's meaning.
[[nodiscard]] QString scimStringLiteral(const QString& value);

// `attribute eq "value"`, with the value escaped as above. `attribute` is an attribute path the
// caller chose (externalId, userName, name.familyName): never HR data.
[[nodiscard]] QString scimEqualsFilter(const QString& attribute, const QString& value);

// `attribute eq "v1" or attribute eq "v2" …` (RFC 7644 §3.4.2.2 logical "or"), each value escaped
// as above: one query that finds the users for many values. Empty for no values.
[[nodiscard]] QString scimAnyEqualsFilter(const QString& attribute, const QStringList& values);

} // namespace Tenure::Connectors
