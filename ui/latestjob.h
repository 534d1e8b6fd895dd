#pragma once

#include "backgroundcall.h"
#include "progressrelay.h"

#include "models/domain/cancellation.h"

#include <QObject>
#include <utility>

namespace Tenure::Ui {

// A job that runs off the GUI thread, of which only the latest counts: launching one cancels the
// one before it and makes its result stale, and cancel() stops the running one at its next check
// and drops its result. Progress and the result reach the GUI thread as queued calls, and only
// for the latest job.
class LatestJob : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;
    ~LatestJob() override { m_cancel.cancel(); }

    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }

protected:
    // Runs work(cancel, report) on the thread pool, where report(const Models::Progress&) may be
    // called from any thread; onProgress(done, total) and then done(result) run on the GUI thread.
    template <typename Work, typename OnProgress, typename Done>
    void launch(Work work, OnProgress onProgress, Done done)
    {
        m_cancel.cancel();   // the older job stops early; its result is stale anyway
        m_cancel = Models::CancelToken();
        const quint64 generation = ++m_generation;
        m_running = true;
        auto relay = ProgressRelay::create();
        connect(relay.get(), &ProgressRelay::progressed, this,
                [this, generation, onProgress = std::move(onProgress)](qint64 done, qint64 total, qint64) {
                    if (generation == m_generation)
                        onProgress(done, total);
                });
        runInBackground(
            this,
            [work = std::move(work), cancel = m_cancel, relay] {
                return work(cancel, [relay](const Models::Progress& p) { relay->report(p); });
            },
            [this, generation, done = std::move(done)](const auto& result) {
                if (generation != m_generation)
                    return;   // a newer job (or a cancel) made this one stale
                m_running = false;
                done(result);
            });
    }

    // After cancel() stopped a running job.
    virtual void onCancelled() {}

private:
    Models::CancelToken m_cancel;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace Tenure::Ui
