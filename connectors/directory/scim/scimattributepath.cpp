#include "scimattributepath.h"

#include "scimfilter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Tenure::Connectors {
namespace {

using Models::AttributeValue;
using Models::ErrorCode;

// RFC 7644 §3.10: ATTRNAME = ALPHA *(nameChar), nameChar = "-" / "_" / DIGIT / ALPHA; "$ref" is the
// one sub-attribute name outside it (RFC 7643 §2.3.7).
const QString attrName = QStringLiteral("[A-Za-z][A-Za-z0-9_-]*");
const QString subName = QStringLiteral("(?:[A-Za-z][A-Za-z0-9_-]*|\\$ref)");

std::unexpected<Models::Error> invalid(const QString& text, const QString& why)
{
    Models::ErrorContext context;
    context.attribute = text;
    return Models::fail(ErrorCode::InvalidInput,
                        QStringLiteral("\"%1\" is not a SCIM attribute path Tenure can write: %2").arg(text, why), {},
                        std::move(context));
}

// Booleans of the User schema and its multi-valued attributes (RFC 7643 §4.1.1, §2.4).
bool isBoolean(const QString& name)
{
    return name.compare(QLatin1String("active"), Qt::CaseInsensitive) == 0
           || name.compare(QLatin1String("primary"), Qt::CaseInsensitive) == 0;
}

QString literal(const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return ScimAttributePath::textOf(value);
    return scimStringLiteral(value.toString());
}

void addSchema(QJsonObject& resource, const QString& schema, bool present)
{
    const QString key = scimKey(resource, QStringLiteral("schemas"));
    QJsonArray schemas = resource.value(key).toArray();
    for (qsizetype i = schemas.size() - 1; i >= 0; --i) {
        if (schemas.at(i).toString().compare(schema, Qt::CaseInsensitive) == 0) {
            if (present)
                return;
            schemas.removeAt(i);
        }
    }
    if (present)
        schemas.append(schema);
    resource.insert(key, schemas);
}

} // namespace

QString scimKey(const QJsonObject& object, const QString& name)
{
    if (object.contains(name))
        return name;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return name;
}

Models::Result<ScimAttributePath> ScimAttributePath::parse(const QString& input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return invalid(text, QStringLiteral("it is empty"));
    ScimAttributePath path;
    QString rest = text;
    // attrPath = [URI ":"] ATTRNAME …: the URI ends at the last ':' before any value filter, since
    // the URN itself holds dots ("2.0") and colons.
    if (text.startsWith(QLatin1String("urn:"), Qt::CaseInsensitive)) {
        const qsizetype bracket = text.indexOf(QLatin1Char('['));
        const qsizetype colon = (bracket < 0 ? text : text.left(bracket)).lastIndexOf(QLatin1Char(':'));
        path.m_schema = text.left(colon);
        rest = text.mid(colon + 1);
        if (path.m_schema.compare(QLatin1String(ScimCoreUserSchema), Qt::CaseInsensitive) == 0)
            path.m_schema.clear();
        else if (path.m_schema.count(QLatin1Char(':')) < 2)
            return invalid(text, QStringLiteral("the schema URN is incomplete"));
    }

    static const QRegularExpression simple(QStringLiteral("^(%1)(?:\\.(%2))?$").arg(attrName, subName));
    static const QRegularExpression filtered(
        QStringLiteral("^(%1)\\[\\s*(%1)\\s+[eE][qQ]\\s+(.+?)\\s*\\](?:\\.(%2))?$").arg(attrName, subName));
    if (const auto m = simple.match(rest); m.hasMatch()) {
        path.m_attribute = m.captured(1);
        path.m_subAttribute = m.captured(2);
        return path;
    }
    const auto m = filtered.match(rest);
    if (!m.hasMatch())
        return invalid(text, QStringLiteral("use attribute, attribute.subAttribute, "
                                            "attribute[type eq \"work\"].subAttribute or urn:…:attribute"));
    if (m.captured(4).isEmpty())
        return invalid(text, QStringLiteral("a value filter must be followed by a sub-attribute (.value)"));
    // compValue (RFC 7644 §3.4.2.2) is JSON: let the JSON parser read the string's escapes.
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray("[") + m.captured(3).toUtf8() + "]");
    const QJsonValue value = document.isArray() && document.array().size() == 1 ? document.array().at(0) : QJsonValue();
    if (!value.isString() && !value.isBool() && !value.isDouble())
        return invalid(text, QStringLiteral("the filter value must be a quoted string, true, false or a number"));
    path.m_attribute = m.captured(1);
    path.m_filterAttribute = m.captured(2);
    path.m_filterValue = value;
    path.m_subAttribute = m.captured(4);
    return path;
}

QString ScimAttributePath::attributePath() const
{
    return m_schema.isEmpty() ? m_attribute : m_schema + QLatin1Char(':') + m_attribute;
}

QString ScimAttributePath::valuePath() const
{
    if (!hasValueFilter())
        return attributePath();
    return attributePath() + QLatin1Char('[') + m_filterAttribute + QLatin1String(" eq ") + literal(m_filterValue)
           + QLatin1Char(']');
}

QString ScimAttributePath::toString() const
{
    return m_subAttribute.isEmpty() ? valuePath() : valuePath() + QLatin1Char('.') + m_subAttribute;
}

QString ScimAttributePath::textOf(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String: return value.toString();
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const auto whole = static_cast<qint64>(number);
        return static_cast<double>(whole) == number ? QString::number(whole) : QString::number(number, 'g', 17);
    }
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    default: return {};
    }
}

bool ScimAttributePath::matches(const QJsonValue& element) const
{
    const QJsonObject object = element.toObject();
    const QJsonValue actual = object.value(scimKey(object, m_filterAttribute));
    // "type" and the other canonical-value sub-attributes are caseExact=false (RFC 7643 §2.4).
    if (m_filterValue.isString())
        return actual.isString() && actual.toString().compare(m_filterValue.toString(), Qt::CaseInsensitive) == 0;
    return actual == m_filterValue;
}

Models::AttributeValue ScimAttributePath::read(const QJsonObject& resource) const
{
    const QJsonObject container =
        m_schema.isEmpty() ? resource : resource.value(scimKey(resource, m_schema)).toObject();
    const QJsonValue value = container.value(scimKey(container, m_attribute));
    AttributeValue out;
    const auto take = [&out](const QJsonValue& v) {
        if (const QString text = textOf(v); !text.isEmpty())
            out << text;
    };
    const auto sub = [this](const QJsonValue& element) {
        const QJsonObject object = element.toObject();
        return object.value(scimKey(object, m_subAttribute));
    };
    if (value.isArray()) {
        for (const QJsonValue& element : value.toArray()) {
            if (hasValueFilter() && !matches(element))
                continue;
            take(m_subAttribute.isEmpty() ? element : sub(element));
        }
    } else if (!hasValueFilter()) {
        take(m_subAttribute.isEmpty() ? value : sub(value));
    }
    return out;
}

QJsonValue ScimAttributePath::toJson(const Models::AttributeValue& value) const
{
    if (value.isEmpty())
        return QJsonValue::Null;
    if (isBoolean(m_subAttribute.isEmpty() ? m_attribute : m_subAttribute))
        return value.constFirst().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    if (value.size() == 1 || !m_subAttribute.isEmpty())
        return value.constFirst();
    return QJsonArray::fromStringList(value);
}

QJsonObject ScimAttributePath::newElement(const Models::AttributeValue& value) const
{
    return QJsonObject{{m_filterAttribute, m_filterValue}, {m_subAttribute, toJson(value)}};
}

void ScimAttributePath::write(QJsonObject& resource, const Models::AttributeValue& value) const
{
    const QString schemaKey = scimKey(resource, m_schema);
    QJsonObject container = m_schema.isEmpty() ? resource : resource.value(schemaKey).toObject();
    const QString key = scimKey(container, m_attribute);
    const QJsonValue current = container.value(key);

    if (hasValueFilter()) {
        QJsonArray elements = current.toArray();
        bool found = false;
        for (qsizetype i = elements.size() - 1; i >= 0; --i) {
            if (!matches(elements.at(i)))
                continue;
            found = true;
            if (value.isEmpty()) {
                elements.removeAt(i);
                continue;
            }
            QJsonObject element = elements.at(i).toObject();
            element.insert(scimKey(element, m_subAttribute), toJson(value));
            elements.replace(i, element);
        }
        if (!found && !value.isEmpty())
            elements.append(newElement(value));
        if (elements.isEmpty())
            container.remove(key);
        else
            container.insert(key, elements);
    } else if (!m_subAttribute.isEmpty() && current.isArray()) {
        // A sub-attribute of every value of a multi-valued attribute: the values are replaced.
        QJsonArray elements;
        for (const QString& v : value)
            elements.append(QJsonObject{{m_subAttribute, isBoolean(m_subAttribute) ? toJson({v}) : QJsonValue(v)}});
        if (elements.isEmpty())
            container.remove(key);
        else
            container.insert(key, elements);
    } else if (!m_subAttribute.isEmpty()) {
        QJsonObject object = current.toObject();
        if (value.isEmpty())
            object.remove(scimKey(object, m_subAttribute));
        else
            object.insert(scimKey(object, m_subAttribute), toJson(value));
        if (object.isEmpty())
            container.remove(key);
        else
            container.insert(key, object);
    } else if (value.isEmpty()) {
        container.remove(key);
    } else {
        container.insert(key, toJson(value));
    }

    if (m_schema.isEmpty()) {
        resource = container;
        return;
    }
    // RFC 7643 §3: "schemas" lists every extension the resource carries, and only those.
    if (container.isEmpty())
        resource.remove(schemaKey);
    else
        resource.insert(schemaKey, container);
    addSchema(resource, m_schema, !container.isEmpty());
}

} // namespace Tenure::Connectors
