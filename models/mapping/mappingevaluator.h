#pragma once

#include "mappingset.h"
#include "models/domain/worker.h"

#include <QHash>

namespace Tenure::Models {

// One computed target attribute and the rule that produced it.
struct MappedValue {
    AttributeValue value;
    ApplyWhen apply = ApplyWhen::Always;
    QString why;
};

// The account a worker should have: target attribute → value and why.
using DesiredAttributes = QMap<QString, MappedValue>;

// Applies a mapping set to workers. Stateless; safe to share across threads.
class MappingEvaluator {
public:
    explicit MappingEvaluator(MappingSet mapping) : m_mapping(std::move(mapping)) {}

    [[nodiscard]] Result<DesiredAttributes> evaluate(const Worker& worker) const;
    [[nodiscard]] const MappingSet& mapping() const { return m_mapping; }

private:
    MappingSet m_mapping;
};

} // namespace Tenure::Models
