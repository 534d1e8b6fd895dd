#include "settingfields.h"

#include <QJsonArray>

namespace Tenure::Connectors {

using Models::Result;

std::unexpected<Models::Error> SettingFields::invalid(const QString& key, const QString& what) const
{
    Models::ErrorContext context;
    context.attribute = key;
    return Models::fail(Models::ErrorCode::InvalidInput,
                        QStringLiteral("%1 setting \"%2\" %3").arg(m_connector, key, what), {}, std::move(context));
}

Result<void> SettingFields::string(const char* key, QString* out, bool required) const
{
    const QJsonValue value = m_json.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().trimmed().isEmpty()))
        return required ? Result<void>(invalid(QLatin1String(key), QStringLiteral("is required"))) : Result<void>();
    if (!value.isString())
        return invalid(QLatin1String(key), QStringLiteral("must be text"));
    *out = value.toString().trimmed();
    return {};
}

Result<void> SettingFields::httpsUrl(const char* key, QUrl* out, bool required) const
{
    QString text;
    if (auto read = string(key, &text, required); !read)
        return read;
    if (text.isEmpty())
        return {};
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty() || url.hasQuery())
        return invalid(QLatin1String(key), QStringLiteral("must be an https:// URL without a query, not '%1'").arg(text));
    *out = url;
    return {};
}

Result<void> SettingFields::integer(const char* key, int* out, int min, int max) const
{
    const QJsonValue value = m_json.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isDouble() || value.toDouble() != double(value.toInt()) || value.toInt() < min || value.toInt() > max)
        return invalid(QLatin1String(key), QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
    *out = value.toInt();
    return {};
}

Result<void> SettingFields::boolean(const char* key, bool* out) const
{
    const QJsonValue value = m_json.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isBool())
        return invalid(QLatin1String(key), QStringLiteral("must be true or false"));
    *out = value.toBool();
    return {};
}

Result<void> SettingFields::date(const char* key, QDate* out) const
{
    QString text;
    if (auto read = string(key, &text, false); !read)
        return read;
    if (text.isEmpty())
        return {};
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return invalid(QLatin1String(key), QStringLiteral("must be a date (yyyy-MM-dd), not '%1'").arg(text));
    *out = date;
    return {};
}

Result<void> SettingFields::stringList(const char* key, QStringList* out) const
{
    const QJsonValue value = m_json.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray())
        return invalid(QLatin1String(key), QStringLiteral("must be a list of names"));
    QStringList list;
    for (const auto& item : value.toArray()) {
        if (!item.isString() || item.toString().trimmed().isEmpty())
            return invalid(QLatin1String(key), QStringLiteral("must hold only non-empty names"));
        list.append(item.toString().trimmed());
    }
    *out = list;
    return {};
}

Result<void> SettingFields::stringMap(const char* key, QMap<QString, QString>* out) const
{
    const QJsonValue value = m_json.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isObject())
        return invalid(QLatin1String(key), QStringLiteral("must be an object of names and texts"));
    QMap<QString, QString> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString() || it.key().trimmed().isEmpty())
            return invalid(QStringLiteral("%1.%2").arg(QLatin1String(key), it.key()), QStringLiteral("must be text"));
        map.insert(it.key().trimmed(), it.value().toString().trimmed());
    }
    *out = map;
    return {};
}

} // namespace Tenure::Connectors
