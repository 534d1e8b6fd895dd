// Cancelling a run from the console stops it between operations: what was sent stays, the rest
// is skipped and said so, and the directory holds exactly the confirmed accounts.
#include "consoleworkspace.h"
#include "models/items/planmodel.h"
#include "ui/confirmation.h"
#include "ui/errorbanner.h"
#include "ui/mainwindow.h"
#include "ui/previewpage.h"
#include "ui/progressstrip.h"

#include <QComboBox>
#include <QPushButton>
#include <QTest>

using namespace Tenure;
using Models::OutcomeState;

namespace {

constexpr int Timeout = 60000;
constexpr int Joiners = 1000;   // several hundred ms of adds: time to cancel after the first outcomes

QByteArray manyJoiners()
{
    QByteArray csv = "WorkerID,FirstName,LastName,DisplayName,Title,Status,HireDate\n";
    for (int i = 0; i < Joiners; ++i)
        csv += QStringLiteral("%1,Worker,No%1,Worker No%1,Clerk,Active,2020-01-01\n").arg(5000 + i).toUtf8();
    return csv;
}

} // namespace

class TestRunCancel : public QObject {
    Q_OBJECT

    Tests::ConsoleWorkspace m_env;
    std::unique_ptr<Ui::MainWindow> m_window;

    Ui::PreviewPage* preview() const { return m_window->previewPage(); }
    Models::PlanModel* model() const { return preview()->model(); }

    int accountsInDirectory()
    {
        return int(m_env.slapd().search(QStringLiteral("(objectClass=inetOrgPerson)"), {QStringLiteral("uid")})
                       .count(QStringLiteral("dn: ")));
    }

    // Refresh, start the run, wait for its first outcomes, then cancel with `cancel`.
    void runAndCancel(const std::function<void()>& cancel, int* confirmed, int* skipped)
    {
        QTest::mouseClick(preview()->refreshButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !preview()->isBusy() && model()->hasPlan(); }, Timeout));
        const int writes = model()->plan().writeCount();
        QVERIFY(writes > 0);
        Ui::Confirmation::setNextAnswer(true);
        QTest::mouseClick(preview()->runButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return model()->outcomeCount(OutcomeState::Confirmed) >= 1; }, Timeout));
        QVERIFY(preview()->progress()->isVisible());
        cancel();
        QVERIFY(QTest::qWaitFor([&] { return !preview()->isBusy(); }, Timeout));
        QVERIFY(!preview()->progress()->isVisible());
        *confirmed = model()->outcomeCount(OutcomeState::Confirmed);
        *skipped = model()->outcomeCount(OutcomeState::Skipped);
        QCOMPARE(*confirmed + *skipped, writes);
        QVERIFY2(*skipped > 0, "the run finished before the cancel reached it");
        QCOMPARE(preview()->banner()->kind(), Ui::ErrorBanner::Kind::Warning);
        QVERIFY2(preview()->banner()->text().contains(QStringLiteral("was cancelled")), qPrintable(preview()->banner()->text()));
        model()->flushOutcomeChanges();
        const int skippedRow = [&] {
            for (int row = 0; row < model()->rowCount(); ++row)
                if (model()->outcome(model()->operationIndex(row))
                    && model()->outcome(model()->operationIndex(row))->state == OutcomeState::Skipped)
                    return row;
            return -1;
        }();
        QVERIFY(skippedRow >= 0);
        QVERIFY(model()->index(skippedRow, Models::PlanModel::OutcomeColumn).data().toString().startsWith(QStringLiteral("Skipped")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_env.create(manyJoiners(), QString()), qPrintable(m_env.error()));
        m_window = std::make_unique<Ui::MainWindow>(m_env.workspace(), m_env.connectors(), QStringLiteral("tester"));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(QTest::qWaitFor([&] { return preview()->tenantCombo()->count() == 1; }, Timeout));
        m_window->showPage(Ui::MainWindow::Page::Preview);
    }

    void cleanupTestCase() { m_window.reset(); }

    void theCancelButtonStopsTheRun()
    {
        int confirmed = 0, skipped = 0;
        runAndCancel([&] { QTest::mouseClick(preview()->progress()->cancelButton(), Qt::LeftButton); }, &confirmed,
                     &skipped);
        QCOMPARE(accountsInDirectory(), confirmed);
    }

    void escapeStopsTheRunToo()
    {
        const int before = accountsInDirectory();
        int confirmed = 0, skipped = 0;
        runAndCancel(
            [&] {
                m_window->activateWindow();
                QTest::keyClick(m_window.get(), Qt::Key_Escape);
            },
            &confirmed, &skipped);
        QCOMPARE(accountsInDirectory(), before + confirmed);
        QCOMPARE(before + confirmed + skipped, Joiners);
    }
};

QTEST_MAIN(TestRunCancel)
#include "tst_runcancel.moc"
