#include "ratelimiter.h"

#include <QHash>

#include <algorithm>
#include <thread>

namespace Tenure::Connectors::Net {

using namespace std::chrono;

RateLimiter::Config RateLimiter::forWindow(int requests, milliseconds window, double burst, double margin)
{
    const double usable = double(requests) * (1.0 - std::clamp(margin, 0.0, 0.5));
    const double capacity = std::clamp(burst, 1.0, usable / 2);
    const double seconds = std::max(duration<double>(window).count(), 0.001);
    return Config{capacity, std::max((usable - capacity) / seconds, 0.001)};
}

RateLimiter::RateLimiter(Config config, std::function<Clock::time_point()> clock)
    : m_config(config), m_clock(std::move(clock)), m_tokens(config.capacity), m_last(m_clock())
{
}

void RateLimiter::refill(Clock::time_point now)
{
    if (now > m_last) {
        m_tokens = std::min(m_config.capacity, m_tokens + duration<double>(now - m_last).count() * m_config.refillPerSecond);
        m_last = now;
    }
}

nanoseconds RateLimiter::reserve(double cost)
{
    const std::lock_guard lock(m_mutex);
    const auto now = m_clock();
    refill(now);
    nanoseconds wait{0};
    if (m_tokens < cost)
        wait = duration_cast<nanoseconds>(duration<double>((cost - m_tokens) / m_config.refillPerSecond));
    m_tokens -= cost;
    if (m_pausedUntil > now)
        wait = std::max(wait, duration_cast<nanoseconds>(m_pausedUntil - now));
    return wait;
}

void RateLimiter::giveBack(double cost)
{
    const std::lock_guard lock(m_mutex);
    m_tokens = std::min(m_config.capacity, m_tokens + cost);
}

void RateLimiter::pauseUntil(Clock::time_point until)
{
    const std::lock_guard lock(m_mutex);
    m_pausedUntil = std::max(m_pausedUntil, until);
}

RateLimiter::Clock::time_point RateLimiter::pausedUntil() const
{
    const std::lock_guard lock(m_mutex);
    return m_pausedUntil;
}

double RateLimiter::available() const
{
    const std::lock_guard lock(m_mutex);
    return m_tokens;
}

bool RateLimiter::acquire(double cost, const Models::CancelToken& cancel)
{
    const auto wait = reserve(cost);
    if (wait <= nanoseconds::zero())
        return true;
    if (sleepUntil(Clock::now() + wait, cancel)) {
        // A Retry-After that arrived while we slept applies to us too.
        const auto paused = pausedUntil();
        if (paused <= Clock::now() || sleepUntil(paused, cancel))
            return true;
    }
    giveBack(cost);
    return false;
}

std::shared_ptr<RateLimiter> sharedRateLimiter(const QString& key, RateLimiter::Config config)
{
    static std::mutex mutex;
    static QHash<QString, std::weak_ptr<RateLimiter>> limiters;
    const std::lock_guard lock(mutex);
    if (auto existing = limiters.value(key).lock())
        return existing;
    auto created = std::make_shared<RateLimiter>(config);
    limiters.insert(key, created);
    return created;
}

bool sleepUntil(RateLimiter::Clock::time_point deadline, const Models::CancelToken& cancel)
{
    constexpr auto slice = milliseconds(50);
    for (;;) {
        if (cancel.isCancelled())
            return false;
        const auto now = RateLimiter::Clock::now();
        if (now >= deadline)
            return true;
        std::this_thread::sleep_for(std::min<RateLimiter::Clock::duration>(deadline - now, slice));
    }
}

} // namespace Tenure::Connectors::Net
