// The Runs page's run flow: prepare (off the GUI thread), confirm, run with progress, rate and
// ETA, cancel, and show how it ended.
#include "confirmation.h"
#include "errorbanner.h"
#include "models/items/categorylabels.h"
#include "progressstrip.h"
#include "runcontroller.h"
#include "runlabels.h"
#include "runspage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <algorithm>

namespace Tenure::Ui {
namespace {

// Every operation the run will send, pending, so the pane lists them before the first answer.
QList<Models::RunOutcomeRow> pendingRows(const App::RunScope& scope)
{
    const auto& ops = scope.plan.plan.operations;
    QList<int> indexes;
    if (scope.only) {
        indexes = *scope.only;
    } else {
        for (int i = 0; i < ops.size(); ++i)
            if (ops.at(i).writes())
                indexes << i;
    }
    QList<Models::RunOutcomeRow> rows;
    rows.reserve(indexes.size());
    for (int index : std::as_const(indexes)) {
        const auto& op = ops.at(index);
        Models::RunOutcomeRow row;
        row.index = index;
        row.category = op.category;
        row.kind = op.kind;
        row.workerId = op.workerId;
        row.displayName = op.displayName;
        row.targetId = op.targetId;
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace

void RunsPage::connectRunSignals()
{
    connect(m_job, &RunScopeJob::progressed, this, [this](int step, int steps) {
        static const char* const names[] = {QT_TR_NOOP("Reading the HR source…"), QT_TR_NOOP("Reading the directory…"),
                                            QT_TR_NOOP("Planning…"), QT_TR_NOOP("Saving the plan…")};
        m_progress->setProgress(step, steps, tr(names[std::clamp(step, 0, 3)]));
    });
    connect(m_job, &RunScopeJob::prepared, this, &RunsPage::onPrepared);
    connect(m_job, &RunScopeJob::failed, this, [this](const Models::Error& error) {
        m_banner->showError(error.code == Models::ErrorCode::Blocked
                                ? tr("A safety rule stopped the plan; nothing was written: %1").arg(error.describe())
                                : tr("The run was not started: %1").arg(error.describe()));
        endWork();
    });
    connect(m_runner, &RunController::outcomeArrived, m_model, &Models::RunOutcomeModel::setOutcome);
    connect(m_runner, &RunController::progressed, this, &RunsPage::onProgress);
    connect(m_runner, &RunController::finished, this, &RunsPage::onRunFinished);
    connect(m_runner, &RunController::failed, this, &RunsPage::onRunFailed);
}

bool RunsPage::isWorking() const { return m_job->isRunning() || m_runner->isRunning() || m_confirming; }

void RunsPage::runEverything()
{
    const QString tenant = m_tenant->currentText();
    if (tenant.isEmpty() || isWorking())
        return;
    RunScopeJob::Request request;
    request.purpose = Models::RunPurpose::Plan;
    request.tenant = tenant;
    prepare(tr("Planning %1 afresh before the run…").arg(tenant), request);
}

void RunsPage::runSelected()
{
    if (!m_selectionPlan || m_selection.isEmpty() || isWorking())
        return;
    RunScopeJob::Request request;
    request.purpose = Models::RunPurpose::Selection;
    request.planId = m_selectionPlan;
    request.operations = m_selection;
    prepare(tr("Reading plan %1…").arg(m_selectionPlan), request);
}

void RunsPage::retryFailed()
{
    const Models::RunRecord* run = selectedRun();
    if (!run || !m_retry->isEnabled())
        return;
    RunScopeJob::Request request;
    request.purpose = Models::RunPurpose::Retry;
    request.runId = run->id;
    prepare(tr("Planning %1 afresh to retry run %2's failed operations…").arg(run->tenant).arg(run->id), request);
}

void RunsPage::resume()
{
    const Models::RunRecord* run = selectedRun();
    if (!run || !m_resume->isEnabled())
        return;
    RunScopeJob::Request request;
    request.purpose = Models::RunPurpose::Resume;
    request.runId = run->id;
    prepare(tr("Planning %1 afresh to resume run %2…").arg(run->tenant).arg(run->id), request);
}

void RunsPage::prepare(const QString& what, const RunScopeJob::Request& request)
{
    m_banner->clear();
    m_progress->begin(what);
    m_job->prepare(request);
    updateActions();
    Q_EMIT busyChanged(true);
}

QString RunsPage::confirmationText(const App::RunScope& scope) const
{
    const auto& plan = scope.plan.plan;
    QStringList lines;
    lines << tr("Carry out %Ln operation(s) on %1 now?", nullptr, scope.sendCount()).arg(plan.tenant);
    lines << tr("Plan %1 (%2).").arg(scope.plan.id).arg(scope.kindCounts());
    switch (scope.origin.purpose) {
    case Models::RunPurpose::Retry:
    case Models::RunPurpose::Resume: {
        QString followUp = scope.origin.purpose == Models::RunPurpose::Retry
                               ? tr("Retry of run %1: planned afresh for the %Ln operation(s) that failed.", nullptr,
                                    scope.earlier)
                               : tr("Resumption of run %1: planned afresh for the %Ln operation(s) it left undone.",
                                    nullptr, scope.earlier);
        followUp = followUp.arg(scope.origin.originRun);
        if (scope.settled)
            followUp += QLatin1Char(' ') + tr("Nothing is left to do for %Ln of them.", nullptr, scope.settled);
        if (scope.changed)
            followUp += QLatin1Char(' ') + tr("What changed since goes out as planned now (%Ln operation(s)).", nullptr, scope.changed);
        lines << followUp;
        break;
    }
    case Models::RunPurpose::Selection:
        lines << tr("Only the operations selected on the Preview page; anything an earlier run of this plan carried "
                    "out is not sent again.");
        break;
    default:
        lines << tr("Everything this fresh preview plans; open it on the Preview page to look at each change first.");
        break;
    }
    lines << QString() << tr("Each change is written as it goes; operations awaiting approval are skipped. Leavers are "
                             "disabled, never deleted. You can cancel between operations.");
    return lines.join(QLatin1Char('\n'));
}

void RunsPage::onPrepared(const App::RunScope& scope)
{
    m_progress->end();
    if (scope.sendCount() == 0) {
        const QString why = scope.origin.originRun
                                ? tr("Nothing to send: a fresh plan of %1 needs nothing more for the operations of run %2 "
                                     "(they went through meanwhile, or are no longer wanted).")
                                      .arg(scope.plan.plan.tenant)
                                      .arg(scope.origin.originRun)
                                : tr("Nothing to send: %1 matches HR.").arg(scope.plan.plan.tenant);
        m_banner->show(ErrorBanner::Kind::Information, why);
        endWork();
        return;
    }
    m_confirming = true;
    updateActions();
    Confirmation::ask(this, tr("Run on %1").arg(scope.plan.plan.tenant), confirmationText(scope), tr("Run"),
                      [this, scope](bool yes) {
                          m_confirming = false;
                          if (!yes) {
                              m_banner->show(ErrorBanner::Kind::Information,
                                             tr("Not started; nothing was written. Plan %1 stays stored.").arg(scope.plan.id));
                              endWork();
                              return;
                          }
                          startRun(scope);
                      });
}

void RunsPage::startRun(const App::RunScope& scope)
{
    m_live = scope;
    m_filter->clear();
    m_model->setTextFilter({});
    m_outcomesOf = 0;
    m_model->setRows(0, pendingRows(scope));
    m_outcomesPanel->setVisible(true);
    m_outcomesTitle->setText(tr("Running on %1: plan %2, %Ln operation(s)", nullptr, scope.sendCount())
                                 .arg(scope.plan.plan.tenant)
                                 .arg(scope.plan.id));
    {
        const QSignalBlocker blocker(m_runsTable);
        m_runsTable->clearSelection();
    }
    m_rate = App::RunRate();
    m_clock.start();
    m_progress->begin(tr("Starting the run on %1…").arg(scope.plan.plan.tenant));
    m_runner->start(scope);
    updateActions();
}

void RunsPage::onProgress(qint64 done, qint64 total, qint64 failed)
{
    const QLocale locale;
    m_rate.sample(m_clock.elapsed(), done, total);
    QStringList parts{tr("%1 of %2 operations").arg(locale.toString(done), locale.toString(total))};
    if (failed)
        parts << tr("%1 failed").arg(locale.toString(failed));
    if (const auto rate = m_rate.perSecond())
        parts << tr("%1 ops/s").arg(locale.toString(*rate, 'f', *rate < 10 ? 1 : 0));
    if (const auto left = m_rate.secondsLeft(); left && done < total)
        parts << tr("about %1 left").arg(RunLabels::duration(*left));
    m_progress->setProgress(done, total, parts.join(QStringLiteral(" · ")));
}

void RunsPage::onRunFinished(const App::RunSummary& s)
{
    m_model->flushOutcomeChanges();
    const QLocale locale;
    const QString counts = tr("%1 confirmed, %2 failed, %3 skipped")
                               .arg(locale.toString(s.confirmed), locale.toString(s.failed), locale.toString(s.skipped));
    const double seconds = std::max<qint64>(1, m_clock.elapsed()) / 1000.0;
    const QString speed = tr("%1 ops/s over %2").arg(locale.toString((s.confirmed + s.failed) / seconds, 'f', 1),
                                                     RunLabels::duration(qint64(seconds + 0.5)));
    // What the HR source was told of the new accounts' email and user name (hrwriteback.h).
    QString writeBack;
    if (s.writtenBack || s.writeBackFailed)
        writeBack = QLatin1Char(' ') + tr("Written back to HR: %1, %2 refused.").arg(locale.toString(s.writtenBack),
                                                                                     locale.toString(s.writeBackFailed));
    if (!s.writeBackMessage.isEmpty())
        writeBack += QLatin1Char(' ') + s.writeBackMessage;
    if (s.cancelled)
        m_banner->show(ErrorBanner::Kind::Warning,
                       tr("Run %1 was cancelled: %2. Resume carries out the rest from a fresh plan.").arg(s.runId).arg(counts)
                           + writeBack);
    else if (s.quarantined || !s.message.isEmpty())
        m_banner->show(ErrorBanner::Kind::Warning, tr("Run %1 stopped: %2 (%3).").arg(s.runId).arg(s.message, counts) + writeBack);
    else if (s.failed)
        m_banner->show(ErrorBanner::Kind::Warning, tr("Run %1 finished with failures: %2 (%3). Show Failed says why; "
                                                      "Retry failed sends them again from a fresh plan.")
                                                       .arg(s.runId)
                                                       .arg(counts, speed)
                                                       + writeBack);
    else
        m_banner->show(s.writeBackFailed ? ErrorBanner::Kind::Warning : ErrorBanner::Kind::Success,
                       tr("Run %1 finished: %2 (%3).").arg(s.runId).arg(counts, speed) + writeBack);
    m_reselect = s.runId;
    endWork();
    Q_EMIT runFinished(s.runId);
}

void RunsPage::onRunFailed(const Models::Error& error)
{
    m_banner->showError(error.code == Models::ErrorCode::Blocked
                            ? tr("The run did not start; nothing was written: %1").arg(error.describe())
                            : tr("The run failed: %1").arg(error.describe()));
    endWork();
}

void RunsPage::endWork()
{
    m_progress->end();
    m_live.reset();
    updateActions();
    reload();
    Q_EMIT busyChanged(false);
}

void RunsPage::cancel()
{
    if (m_runner->isRunning()) {
        m_runner->cancel();
        m_progress->setCancelling();
    } else if (m_job->isRunning()) {
        m_job->cancel();
        m_banner->show(ErrorBanner::Kind::Information, tr("Cancelled before the run started; nothing was written."));
        endWork();
    }
}

} // namespace Tenure::Ui
