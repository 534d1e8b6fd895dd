#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Tenure::Ui {

// A form field's key may name a member of an object setting, "writeBack.email" for
// {"writeBack": {"email": …}}: how the connectors' own error messages name it too.
[[nodiscard]] QJsonValue settingAt(const QJsonObject& settings, const QString& key);   // undefined when absent
void setSettingAt(QJsonObject& settings, const QString& key, const QJsonValue& value);
// Removes the member; an object it leaves empty goes with it.
void removeSettingAt(QJsonObject& settings, const QString& key);

} // namespace Tenure::Ui
