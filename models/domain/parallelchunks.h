#pragma once

#include <QSemaphore>
#include <QThread>
#include <QThreadPool>
#include <algorithm>
#include <atomic>

namespace Tenure::Models {

// Runs fn(0) … fn(count - 1) on the calling thread and on whichever of the global thread pool's
// threads are free right now, each chunk exactly once, and returns when all are done. Helpers are
// only ever started on an idle thread (tryStart), never queued, so a caller that is itself a pool
// thread cannot wait for helpers that wait for it: with no thread free it does every chunk alone.
template <typename Fn>
void parallelChunks(qsizetype count, Fn fn)
{
    std::atomic<qsizetype> next{0};
    const auto work = [&] {
        for (qsizetype chunk = next.fetch_add(1); chunk < count; chunk = next.fetch_add(1))
            fn(chunk);
    };
    QSemaphore finished;
    int helpers = 0;
    const int wanted = int(std::min<qsizetype>(count, QThread::idealThreadCount())) - 1;
    for (int i = 0; i < wanted; ++i) {
        if (!QThreadPool::globalInstance()->tryStart([&] {
                work();
                finished.release();
            }))
            break;
        ++helpers;
    }
    work();
    finished.acquire(helpers);
}

} // namespace Tenure::Models
