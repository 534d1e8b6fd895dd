#pragma once

#include "models/domain/cancellation.h"
#include "models/domain/result.h"
#include "models/domain/worker.h"

namespace Tenure::Connectors {

using Models::Result;

// One HR system workers are read from. Calls block and are made from a worker thread.
class HrSource {
public:
    virtual ~HrSource() = default;

    // Reach the source and say what was found ("2,013 records in workers.csv").
    [[nodiscard]] virtual Result<QString> testConnection() = 0;

    // Records that cannot be read land in HrSnapshot::errors with their line; the rest proceed.
    // A source that cannot be read at all is an error: nothing is planned from half a read.
    [[nodiscard]] virtual Result<Models::HrSnapshot> read(const Models::CancelToken& cancel) = 0;
};

} // namespace Tenure::Connectors
