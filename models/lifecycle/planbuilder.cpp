#include "planbuilder.h"

#include "planner.h"

namespace Tenure::Models {

Result<Plan> PlanBuilder::build(const PlanInputs& inputs, const CancelToken& cancel)
{
    auto evaluator = MappingEvaluator::compile(inputs.mapping);
    if (!evaluator)
        return std::unexpected(evaluator.error());
    return Planner(inputs, std::move(*evaluator)).run(cancel);
}

} // namespace Tenure::Models
