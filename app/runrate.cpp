#include "runrate.h"

#include <algorithm>
#include <cmath>

namespace Tenure::App {

void RunRate::sample(qint64 elapsedMs, qint64 done, qint64 total)
{
    m_done = done;
    m_total = total;
    m_samples.append({elapsedMs, done});
    // Keep one sample older than the window, so the window is always fully covered.
    while (m_samples.size() > 2 && elapsedMs - m_samples.at(1).atMs >= WindowMs)
        m_samples.removeFirst();
}

std::optional<double> RunRate::perSecond() const
{
    if (m_samples.size() < 2)
        return std::nullopt;
    const auto& first = m_samples.constFirst();
    const auto& last = m_samples.constLast();
    const qint64 span = last.atMs - first.atMs;
    if (span < 200)   // too short to say anything
        return std::nullopt;
    return double(last.done - first.done) * 1000.0 / double(span);
}

std::optional<qint64> RunRate::secondsLeft() const
{
    const auto rate = perSecond();
    if (!rate || *rate <= 0.0)
        return std::nullopt;
    return qint64(std::ceil(double(std::max<qint64>(0, m_total - m_done)) / *rate));
}

} // namespace Tenure::App
