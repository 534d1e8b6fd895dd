#pragma once

#include <QtGlobal>
#include <atomic>
#include <functional>
#include <memory>

namespace Tenure::Models {

// The one cancellation token: cheap to copy, shared by the job and whoever may cancel it.
class CancelToken {
public:
    CancelToken() : m_flag(std::make_shared<std::atomic_bool>(false)) {}
    void cancel() const { m_flag->store(true, std::memory_order_relaxed); }
    [[nodiscard]] bool isCancelled() const { return m_flag->load(std::memory_order_relaxed); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

// The one progress report: what a progress bar shows.
struct Progress {
    qint64 done = 0;
    qint64 total = 0;   // 0 when unknown
    qint64 failed = 0;
};

using ProgressCallback = std::function<void(const Progress&)>;

} // namespace Tenure::Models
