#pragma once

#include "models/store/repositories.h"

#include <QCoreApplication>
#include <QString>

namespace Tenure::Ui {

// How the Runs page names a run for a person: what it was for, its state, its title.
struct RunLabels {
    Q_DECLARE_TR_FUNCTIONS(RunLabels)

public:
    // "Whole plan 12", "Retry of run 7", "Selection of plan 12 (3 operations)"…
    [[nodiscard]] static QString purpose(const Models::RunRecord& run);
    // "Completed", "Interrupted"; `stopped`: still marked running, but nothing for a while.
    [[nodiscard]] static QString state(Models::RunState state, bool stopped);
    // The outcomes pane's title: "Run 12 · retry of run 7 · Directory · 4 operations · by alice"
    [[nodiscard]] static QString title(const Models::RunRecord& run, int operations);
    // "4 min 10 s": an ETA or a duration.
    [[nodiscard]] static QString duration(qint64 seconds);
};

[[nodiscard]] inline QString runPurposeText(const Models::RunRecord& run) { return RunLabels::purpose(run); }
[[nodiscard]] inline QString runStateText(Models::RunState state, bool stopped) { return RunLabels::state(state, stopped); }
[[nodiscard]] inline QString runTitle(const Models::RunRecord& run, int operations) { return RunLabels::title(run, operations); }

} // namespace Tenure::Ui
