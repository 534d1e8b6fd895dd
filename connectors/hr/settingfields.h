#pragma once

#include "models/domain/result.h"

#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <QUrl>

namespace Tenure::Connectors {

// Reads the keys of a connector's settings object with one kind of error: InvalidInput whose
// message names the connector and the key ("BambooHR setting \"companyDomain\" is required") and
// whose context.attribute is the key, so a form can put the message next to its field.
class SettingFields {
public:
    SettingFields(const QJsonObject& json, QString connector) : m_json(json), m_connector(std::move(connector)) {}

    [[nodiscard]] Models::Result<void> string(const char* key, QString* out, bool required) const;
    // An https:// URL with a host; a trailing '/' is dropped. Data and credentials never travel
    // in the clear, so http:// is refused.
    [[nodiscard]] Models::Result<void> httpsUrl(const char* key, QUrl* out, bool required) const;
    [[nodiscard]] Models::Result<void> integer(const char* key, int* out, int min, int max) const;
    [[nodiscard]] Models::Result<void> boolean(const char* key, bool* out) const;
    // yyyy-MM-dd.
    [[nodiscard]] Models::Result<void> date(const char* key, QDate* out) const;
    // A list of non-empty strings.
    [[nodiscard]] Models::Result<void> stringList(const char* key, QStringList* out) const;
    // An object whose members are all strings (possibly empty).
    [[nodiscard]] Models::Result<void> stringMap(const char* key, QMap<QString, QString>* out) const;

    [[nodiscard]] std::unexpected<Models::Error> invalid(const QString& key, const QString& what) const;

private:
    const QJsonObject& m_json;
    QString m_connector;
};

} // namespace Tenure::Connectors
