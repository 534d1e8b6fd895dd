#include "mappingevaluator.h"

namespace Tenure::Models {

Result<DesiredAttributes> MappingEvaluator::evaluate(const Worker& worker) const
{
    DesiredAttributes desired;
    for (const auto& mapping : m_mapping.attributes) {
        MappedValue mapped;
        mapped.apply = mapping.apply;
        mapped.why = mapping.describe();
        if (mapping.kind == MappingKind::Constant) {
            if (!mapping.constant.isEmpty())
                mapped.value = {mapping.constant};
        } else {
            // HR exports pad fields; a value of only spaces is no value.
            for (const auto& item : worker.attributes.value(mapping.source)) {
                const auto trimmed = item.trimmed();
                if (!trimmed.isEmpty())
                    mapped.value.append(trimmed);
            }
        }
        desired.insert(mapping.target, std::move(mapped));
    }
    const auto& match = m_mapping.matching;
    if (!desired.contains(match.targetAttribute)) {
        const auto anchor = firstValue(worker.attributes, match.sourceAttribute).trimmed();
        desired.insert(match.targetAttribute,
                       {anchor.isEmpty() ? AttributeValue{} : AttributeValue{anchor}, ApplyWhen::Always,
                        QStringLiteral("matching rule: %1").arg(match.sourceAttribute)});
    }
    return desired;
}

} // namespace Tenure::Models
