#pragma once

#include <QList>
#include <algorithm>

namespace Tenure::Bench {

// The median of a benchmark's runs (the mean of the middle two for an even count): machines here
// are shared and noisy, so benchmarks quote medians rather than means or bests.
[[nodiscard]] inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

} // namespace Tenure::Bench
