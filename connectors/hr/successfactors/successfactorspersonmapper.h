#pragma once

#include "connectors/hr/successfactors/jsonpath.h"
#include "connectors/hr/successfactors/successfactorssettings.h"
#include "models/domain/worker.h"

#include <QJsonObject>

namespace Tenure::Connectors {

// Turns one PerPerson record of an OData v2 answer (with its expanded navigations) into a
// Worker: every configured attribute is its JSONPath's values, as text (dates as yyyy-MM-dd or
// ISO 8601, booleans as true/false, numbers without a trailing .0). A value that cannot be read
// (a malformed /Date(…)/, an attribute whose path reaches an object) makes the whole record a
// RecordError naming the worker and the attribute: the planner leaves that worker's account
// alone rather than act on half a record.
class SuccessFactorsPersonMapper {
public:
    // The settings are valid (fromJson compiled every path), so this cannot fail for them.
    [[nodiscard]] static Models::Result<SuccessFactorsPersonMapper> create(const SuccessFactorsSettings& settings);

    // Appends the worker to snapshot.workers or an error to snapshot.errors. `recordNumber` is
    // the record's 1-based position in the read: what the preview shows as its line.
    void map(const QJsonObject& person, int recordNumber, Models::HrSnapshot& snapshot) const;

private:
    struct Attribute {
        QString name;
        JsonPath path;
    };
    SuccessFactorsPersonMapper(QList<Attribute> attributes, QString workerIdAttribute)
        : m_attributes(std::move(attributes)), m_workerIdAttribute(std::move(workerIdAttribute))
    {
    }

    QList<Attribute> m_attributes;
    QString m_workerIdAttribute;
};

} // namespace Tenure::Connectors
