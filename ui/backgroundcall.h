#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>
#include <type_traits>

namespace Tenure::Ui {

// Runs `work` on the thread pool and hands its result to `done` on the GUI thread, unless
// `context` is gone by then ("callback when done, skipped if the owner is gone", KeePassXC).
// The work must not touch widgets; whatever it references must outlive it: main() waits for
// the thread pool before it destroys the workspace and the secret store.
template <typename Work, typename Done>
void runInBackground(QObject* context, Work work, Done done)
{
    using R = std::invoke_result_t<Work>;
    auto* watcher = new QFutureWatcher<R>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done)]() mutable {
                         done(watcher->result());
                         watcher->deleteLater();
                     });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace Tenure::Ui
