// The Runs page driven as an admin would, offscreen, against a real slapd: start a run, watch
// its progress (counts, rate) and each operation's outcome; cancel it and resume the rest; retry
// only the failed operations; run just what is selected on the Preview page. Every run goes
// through a confirmation that says what it will do.
#include "consoleworkspace.h"
#include "models/items/planmodel.h"
#include "models/items/runoutcomemodel.h"
#include "ui/confirmation.h"
#include "ui/errorbanner.h"
#include "ui/mainwindow.h"
#include "ui/previewpage.h"
#include "ui/progressstrip.h"
#include "ui/runspage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QElapsedTimer>
#include <QTest>
#include <algorithm>

using namespace Tenure;
using Show = Models::RunOutcomeModel::Show;

namespace {

constexpr int Timeout = 60000;
constexpr int Workers = 1000;   // about a second of writes: progress to watch, time to cancel
enum HistoryColumn { RunColumn, StartedColumn, TenantColumn, PurposeColumn, OperatorColumn, ConfirmedColumn, FailedColumn,
                     SkippedColumn, StateColumn };

QByteArray hr(const QString& title, int extra = 0)
{
    QByteArray csv = "WorkerID,FirstName,LastName,DisplayName,Title,Status,HireDate\n";
    for (int i = 0; i < Workers + extra; ++i)
        csv += QStringLiteral("%1,Worker,No%1,Worker No%1,%2,Active,2020-01-01\n").arg(5000 + i).arg(title).toUtf8();
    return csv;
}

void click(QWidget* widget)
{
    QVERIFY(widget);
    QVERIFY2(widget->isEnabled(), qPrintable(widget->objectName() + QStringLiteral(" is disabled")));
    QTest::mouseClick(widget, Qt::LeftButton);
}

} // namespace

class TestRunsPage : public QObject {
    Q_OBJECT

    Tests::ConsoleWorkspace m_env;
    std::unique_ptr<Ui::MainWindow> m_window;

    Ui::RunsPage* page() const { return m_window->runsPage(); }
    Models::RunOutcomeModel* outcomes() const { return page()->outcomeModel(); }

    bool writeHr(const QByteArray& csv)
    {
        QFile file(m_env.filePath(QStringLiteral("workers.csv")));
        return file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size();
    }

    int entries(const QString& filter)
    {
        return int(m_env.slapd().search(filter, {QStringLiteral("uid")}).count(QStringLiteral("dn: ")));
    }

    QString history(int column) const { return page()->runsTable()->item(0, column)->text(); }

    bool idle() { return QTest::qWaitFor([&] { return !page()->isBusy(); }, Timeout); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_env.create(hr(QStringLiteral("Clerk")), QString()), qPrintable(m_env.error()));
        m_window = std::make_unique<Ui::MainWindow>(m_env.workspace(), m_env.connectors(), QStringLiteral("tester"));
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->showPage(Ui::MainWindow::Page::Runs);
        QVERIFY(QTest::qWaitFor([&] { return page()->tenantCombo()->count() == 1 && !page()->isBusy(); }, Timeout));
    }

    void cleanupTestCase() { m_window.reset(); }

    void anEmptyHistorySaysHowToStartARun()
    {
        QVERIFY2(page()->emptyStateText().contains(QStringLiteral("Run everything")), qPrintable(page()->emptyStateText()));
        QVERIFY(page()->runAllButton()->isEnabled());
        QVERIFY(!page()->runSelectedButton()->isEnabled());   // nothing selected on the Preview page
    }

    void runEverythingAsksThenShowsProgressRateAndEachOutcome()
    {
        Ui::Confirmation::setNextAnswer(true);
        QElapsedTimer clock;
        clock.start();
        click(page()->runAllButton());
        QStringList progressLines;
        QVERIFY(QTest::qWaitFor([&] {
            if (page()->progress()->isVisible())
                progressLines << page()->progress()->text();
            return !page()->isBusy();
        }, Timeout));
        QVERIFY2(Ui::Confirmation::lastQuestion().contains(QStringLiteral("Carry out %1 operations on Directory now?").arg(QLocale().toString(Workers))),
                 qPrintable(Ui::Confirmation::lastQuestion()));
        QVERIFY2(Ui::Confirmation::lastQuestion().contains(QStringLiteral("%1 create").arg(Workers)), qPrintable(Ui::Confirmation::lastQuestion()));
        const bool sawCounts = std::any_of(progressLines.cbegin(), progressLines.cend(), [](const QString& line) {
            return line.contains(QStringLiteral(" of %1 operations").arg(QLocale().toString(Workers)));
        });
        QVERIFY2(sawCounts, qPrintable(progressLines.join(QLatin1Char('\n'))));
        // The rate shows once the run has gone on long enough to measure it (RunRate: samples at
        // least 200 ms apart); a quick run on a fast machine may end before that. Either way the
        // final banner says the rate over the whole run.
        const bool sawRate = std::any_of(progressLines.cbegin(), progressLines.cend(),
                                         [](const QString& line) { return line.contains(QStringLiteral("ops/s")); });
        QVERIFY2(sawRate || clock.elapsed() < 1500, qPrintable(progressLines.join(QLatin1Char('\n'))));
        QVERIFY2(page()->banner()->text().contains(QStringLiteral("ops/s over")), qPrintable(page()->banner()->text()));

        QCOMPARE(page()->banner()->kind(), Ui::ErrorBanner::Kind::Success);
        QVERIFY2(page()->banner()->text().contains(QStringLiteral("%1 confirmed, 0 failed").arg(QLocale().toString(Workers))), qPrintable(page()->banner()->text()));
        QCOMPARE(entries(QStringLiteral("(objectClass=inetOrgPerson)")), Workers);

        // The history shows it, selected, and the pane every operation's outcome.
        QVERIFY(QTest::qWaitFor([&] { return idle() && page()->runs().size() == 1 && outcomes()->totalCount() == Workers; }, Timeout));
        QVERIFY2(history(PurposeColumn).startsWith(QStringLiteral("Whole plan")), qPrintable(history(PurposeColumn)));
        QCOMPARE(history(ConfirmedColumn), QLocale().toString(Workers));
        QCOMPARE(history(StateColumn), QStringLiteral("Completed"));
        QCOMPARE(outcomes()->count(Show::Succeeded), Workers);
        QCOMPARE(outcomes()->index(0, Models::RunOutcomeModel::WorkerColumn).data().toString(), QStringLiteral("5000"));
        QCOMPARE(outcomes()->index(0, Models::RunOutcomeModel::OperationColumn).data().toString(), QStringLiteral("Create"));
        QVERIFY(!page()->retryButton()->isEnabled());
        QVERIFY(!page()->resumeButton()->isEnabled());
        QVERIFY(page()->outcomesTitle().contains(QStringLiteral("by tester")));
    }

    void declinedConfirmationWritesNothing()
    {
        QVERIFY(writeHr(hr(QStringLiteral("Analyst"))));
        Ui::Confirmation::setNextAnswer(false);
        click(page()->runAllButton());
        QVERIFY(idle());
        QCOMPARE(page()->banner()->kind(), Ui::ErrorBanner::Kind::Information);
        QVERIFY(page()->banner()->text().contains(QStringLiteral("nothing was written")));
        QCOMPARE(entries(QStringLiteral("(title=Analyst)")), 0);
        QCOMPARE(page()->runs().size(), 1);
    }

    void cancelStopsTheRunAndResumeCarriesOutTheRestOnce()
    {
        Ui::Confirmation::setNextAnswer(true);
        click(page()->runAllButton());
        // The run in progress has the pane (its rows have no run id yet) once the first outcomes are in.
        QVERIFY(QTest::qWaitFor([&] {
            return outcomes()->runId() == 0 && outcomes()->totalCount() == Workers && outcomes()->count(Show::Succeeded) >= 1;
        }, Timeout));
        QVERIFY(page()->progress()->isVisible());
        QVERIFY(page()->outcomesTitle().startsWith(QStringLiteral("Running on Directory")));
        click(page()->progress()->cancelButton());
        QVERIFY(idle());
        QCOMPARE(page()->banner()->kind(), Ui::ErrorBanner::Kind::Warning);
        QVERIFY2(page()->banner()->text().contains(QStringLiteral("was cancelled")), qPrintable(page()->banner()->text()));
        QVERIFY(QTest::qWaitFor([&] { return idle() && page()->runs().size() == 2 && outcomes()->totalCount() == Workers; }, Timeout));
        QCOMPARE(history(StateColumn), QStringLiteral("Cancelled"));
        const int done = entries(QStringLiteral("(title=Analyst)"));
        QVERIFY2(done > 0 && done < Workers, qPrintable(QString::number(done)));
        QCOMPARE(outcomes()->count(Show::Succeeded), done);
        QCOMPARE(outcomes()->count(Show::NotDone), Workers - done);

        // Not done: the skipped ones, with why.
        click(page()->showButton(Show::NotDone));
        QCOMPARE(outcomes()->rowCount(), Workers - done);
        QVERIFY(outcomes()->index(0, Models::RunOutcomeModel::MessageColumn).data().toString().contains(QStringLiteral("Cancelled")));
        click(page()->showButton(Show::All));

        QVERIFY(page()->resumeButton()->isEnabled());
        Ui::Confirmation::setNextAnswer(true);
        click(page()->resumeButton());
        QVERIFY(QTest::qWaitFor([&] { return idle() && page()->runs().size() == 3; }, Timeout));
        QVERIFY2(Ui::Confirmation::lastQuestion().contains(QStringLiteral("Resumption of run")), qPrintable(Ui::Confirmation::lastQuestion()));
        QCOMPARE(page()->banner()->kind(), Ui::ErrorBanner::Kind::Success);
        QCOMPARE(entries(QStringLiteral("(title=Analyst)")), Workers);
        QVERIFY2(history(PurposeColumn).startsWith(QStringLiteral("Resumption of run")), qPrintable(history(PurposeColumn)));
        QCOMPARE(history(ConfirmedColumn), QLocale().toString(Workers - done));
        QCOMPARE(history(FailedColumn), QStringLiteral("0"));
    }

    void retryFailedSendsOnlyTheFailedOperationsAgain()
    {
        // Three movers; while the confirmation is open, one account is removed: its update fails.
        QByteArray csv = hr(QStringLiteral("Analyst"));
        for (int id : {5001, 5002, 5003})
            csv.replace(QStringLiteral("%1,Worker,No%1,Worker No%1,Analyst").arg(id).toUtf8(),
                        QStringLiteral("%1,Worker,No%1,Worker No%1,Lead").arg(id).toUtf8());
        QVERIFY(writeHr(csv));
        click(page()->runAllButton());
        QMessageBox* box = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (box = page()->findChild<QMessageBox*>()) && box->isVisible(); }, Timeout));
        QVERIFY2(box->text().contains(QStringLiteral("Carry out 3 operations")), qPrintable(box->text()));
        QVERIFY(m_env.slapd().ldif(QStringLiteral("dn: uid=5002,%1\nchangetype: delete\n").arg(m_env.slapd().peopleDn())));
        QAbstractButton* run = nullptr;
        for (auto* button : box->buttons())
            if (button->text() == QStringLiteral("Run"))
                run = button;
        click(run);
        QVERIFY(QTest::qWaitFor([&] { return idle() && page()->runs().size() == 4 && outcomes()->totalCount() == 3; }, Timeout));
        QCOMPARE(page()->banner()->kind(), Ui::ErrorBanner::Kind::Warning);
        QCOMPARE(history(FailedColumn), QStringLiteral("1"));
        click(page()->showButton(Show::Failed));
        QCOMPARE(outcomes()->rowCount(), 1);
        QCOMPARE(outcomes()->index(0, Models::RunOutcomeModel::WorkerColumn).data().toString(), QStringLiteral("5002"));
        QVERIFY(!outcomes()->index(0, Models::RunOutcomeModel::MessageColumn).data().toString().isEmpty());
        click(page()->showButton(Show::All));

        // HR hires one more meanwhile: the retry is about the failed operation only.
        QVERIFY(writeHr(csv + "9999,New,Hire,New Hire,Intern,Active,2020-01-01\n"));
        QVERIFY(page()->retryButton()->isEnabled());
        Ui::Confirmation::setNextAnswer(true);
        click(page()->retryButton());
        QVERIFY(QTest::qWaitFor([&] { return idle() && page()->runs().size() == 5; }, Timeout));
        QVERIFY2(Ui::Confirmation::lastQuestion().contains(QStringLiteral("Carry out 1 operation on Directory")),
                 qPrintable(Ui::Confirmation::lastQuestion()));
        QVERIFY2(Ui::Confirmation::lastQuestion().contains(QStringLiteral("Retry of run")), qPrintable(Ui::Confirmation::lastQuestion()));
        QCOMPARE(page()->banner()->kind(), Ui::ErrorBanner::Kind::Success);
        QVERIFY2(history(PurposeColumn).startsWith(QStringLiteral("Retry of run")), qPrintable(history(PurposeColumn)));
        QCOMPARE(history(ConfirmedColumn), QStringLiteral("1"));
        QCOMPARE(entries(QStringLiteral("(&(employeeNumber=5002)(title=Lead))")), 1);
        QCOMPARE(entries(QStringLiteral("(employeeNumber=9999)")), 0);
    }

    void runSelectedCarriesOutOnlyThePreviewSelection()
    {
        auto* preview = m_window->previewPage();
        m_window->showPage(Ui::MainWindow::Page::Preview);
        QVERIFY(QTest::qWaitFor([&] { return preview->tenantCombo()->count() == 1; }, Timeout));
        QTest::mouseClick(preview->refreshButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !preview->isBusy() && preview->model()->hasPlan(); }, Timeout));
        auto* model = preview->model();
        const int joiner = [&] {
            for (int row = 0; row < model->rowCount(); ++row)
                if (model->operationAt(row)->workerId == QStringLiteral("9999"))
                    return row;
            return -1;
        }();
        QVERIFY(joiner >= 0);
        preview->table()->selectRow(joiner);
        QCOMPARE(preview->selectedOperations(), QList<int>{model->operationIndex(joiner)});

        m_window->showPage(Ui::MainWindow::Page::Runs);
        QVERIFY(page()->runSelectedButton()->isEnabled());
        QCOMPARE(page()->runSelectedButton()->text().remove(QLatin1Char('&')), QStringLiteral("Run 1 selected…"));
        Ui::Confirmation::setNextAnswer(true);
        click(page()->runSelectedButton());
        QVERIFY(QTest::qWaitFor([&] { return idle() && page()->runs().size() == 6; }, Timeout));
        QVERIFY2(Ui::Confirmation::lastQuestion().contains(QStringLiteral("selected on the Preview page")),
                 qPrintable(Ui::Confirmation::lastQuestion()));
        QVERIFY2(history(PurposeColumn).startsWith(QStringLiteral("Selected operations of plan")), qPrintable(history(PurposeColumn)));
        QCOMPARE(history(ConfirmedColumn), QStringLiteral("1"));
        QCOMPARE(entries(QStringLiteral("(employeeNumber=9999)")), 1);
    }
};

QTEST_MAIN(TestRunsPage)
#include "tst_runspage.moc"
