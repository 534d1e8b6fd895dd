#include "mappingtemplates.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace Tenure::App {
namespace {

const QString folder = QStringLiteral(":/templates");

} // namespace

QStringList MappingTemplates::names()
{
    QStringList list;
    for (const auto& file : QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        list.append(file.chopped(5));
    return list;
}

Models::Result<MappingTemplate> MappingTemplates::load(const QString& name)
{
    QFile file(QStringLiteral("%1/%2.json").arg(folder, name));
    if (!file.open(QIODevice::ReadOnly))
        return Models::fail(Models::ErrorCode::NotFound, QStringLiteral("There is no mapping template '%1' (there are: %2)")
                                                             .arg(name, names().join(QStringLiteral(", "))));
    QJsonParseError parseError;
    const auto json = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return Models::fail(Models::ErrorCode::Internal,
                            QStringLiteral("Mapping template '%1' is not valid JSON: %2").arg(name, parseError.errorString()));
    auto mapping = Models::MappingSet::fromJson(json.value(QStringLiteral("mapping")).toObject());
    if (!mapping)
        return std::unexpected(mapping.error());
    return MappingTemplate{name, json.value(QStringLiteral("title")).toString(),
                           json.value(QStringLiteral("description")).toString(), std::move(*mapping)};
}

} // namespace Tenure::App
