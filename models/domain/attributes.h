#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace Tenure::Models {

// An attribute's value: empty means null (absent). Multi-valued attributes keep their order.
using AttributeValue = QStringList;

// Attribute name → value, ordered by name so that everything built from it is deterministic.
using Attributes = QMap<QString, AttributeValue>;

[[nodiscard]] inline QString firstValue(const Attributes& attributes, const QString& name)
{
    const auto it = attributes.constFind(name);
    return it == attributes.cend() || it->isEmpty() ? QString() : it->constFirst();
}

// "a; b" for people; null shows as nothing.
[[nodiscard]] inline QString displayValue(const AttributeValue& value)
{
    return value.join(QStringLiteral("; "));
}

} // namespace Tenure::Models
