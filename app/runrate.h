#pragma once

#include <QList>
#include <optional>

namespace Tenure::App {

// The speed of a run and when it will end, for its progress line. The rate is measured over the
// last few seconds rather than since the start, so a run that slows down (throttling, a slow
// domain controller) shows it at once, and the ETA follows.
class RunRate {
public:
    static constexpr qint64 WindowMs = 5000;

    // `elapsedMs`: since the run started (a monotonic clock); `done` and `total`: operations.
    void sample(qint64 elapsedMs, qint64 done, qint64 total);

    // Operations per second over the window; none until two samples a moment apart.
    [[nodiscard]] std::optional<double> perSecond() const;
    // Seconds until the last operation at the current rate; none while the rate is unknown or zero.
    [[nodiscard]] std::optional<qint64> secondsLeft() const;

private:
    struct Sample {
        qint64 atMs = 0;
        qint64 done = 0;
    };
    QList<Sample> m_samples;
    qint64 m_done = 0;
    qint64 m_total = 0;
};

} // namespace Tenure::App
