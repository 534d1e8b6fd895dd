#include "settingpath.h"

#include <QStringList>

namespace Tenure::Ui {
namespace {

void setAt(QJsonObject& object, const QStringList& path, qsizetype at, const QJsonValue* value)
{
    const QString& name = path.at(at);
    if (at == path.size() - 1) {
        if (value)
            object.insert(name, *value);
        else
            object.remove(name);
        return;
    }
    QJsonObject inner = object.value(name).toObject();
    setAt(inner, path, at + 1, value);
    if (inner.isEmpty() && !value)
        object.remove(name);
    else
        object.insert(name, inner);
}

} // namespace

QJsonValue settingAt(const QJsonObject& settings, const QString& key)
{
    const QStringList path = key.split(QLatin1Char('.'));
    QJsonValue value = settings;
    for (const auto& name : path) {
        if (!value.isObject())
            return QJsonValue(QJsonValue::Undefined);
        value = value.toObject().value(name);
    }
    return value;
}

void setSettingAt(QJsonObject& settings, const QString& key, const QJsonValue& value)
{
    setAt(settings, key.split(QLatin1Char('.')), 0, &value);
}

void removeSettingAt(QJsonObject& settings, const QString& key)
{
    if (!settingAt(settings, key).isUndefined())
        setAt(settings, key.split(QLatin1Char('.')), 0, nullptr);
}

} // namespace Tenure::Ui
