#pragma once

#include "models/mapping/mappingset.h"

namespace Tenure::App {

// A mapping set an admin starts from (resources/templates): sound defaults for a source and target.
struct MappingTemplate {
    QString name;          // "csv-to-ad"
    QString title;         // "CSV export → Active Directory"
    QString description;
    Models::MappingSet mapping;
};

class MappingTemplates {
public:
    [[nodiscard]] static QStringList names();
    [[nodiscard]] static Models::Result<MappingTemplate> load(const QString& name);
};

} // namespace Tenure::App
