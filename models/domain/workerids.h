#pragma once

#include "worker.h"

#include <vector>

namespace Tenure::Models {

// For each worker, the index of the first earlier worker with the same id, or -1 (also for a
// blank id, which is no id). Linear in the number of workers: a read of a million has to find
// its duplicates without a map of a million strings.
[[nodiscard]] std::vector<int> earlierWithSameId(const QList<Worker>& workers);

} // namespace Tenure::Models
