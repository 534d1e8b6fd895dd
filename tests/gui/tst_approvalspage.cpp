// The Approvals and Audit pages driven as people would, offscreen: alice filed the requests,
// bob (the window's operator) decides them; alice's requests are shown to bob, his own are not
// his to decide. Then the audit log shows the decisions, filters them and verifies its chain.
#include "app/emergencytermination.h"
#include "consoleworkspace.h"
#include "ui/approvalspage.h"
#include "ui/auditpage.h"
#include "ui/errorbanner.h"
#include "ui/mainwindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace Tenure;
using Models::Approval;
using Models::ApprovalKind;
using Models::ApprovalState;

namespace {

constexpr int Timeout = 20000;

const QByteArray hrCsv = "WorkerID,FirstName,LastName,DisplayName,Title,Status,HireDate\n"
                         "1001,Ann,Lee,Ann Lee,Engineer,Active,2019-03-01\n";

Approval request(ApprovalKind kind, const QString& summary, const QString& subject)
{
    Approval a;
    a.kind = kind;
    a.tenant = QStringLiteral("Directory");
    a.workerId = QStringLiteral("1001");
    a.subjectHash = subject;
    a.summary = summary;
    a.reason = QStringLiteral("policy");
    return a;
}

} // namespace

class TestApprovalsPage : public QObject {
    Q_OBJECT

    Tests::ConsoleWorkspace m_env;
    std::unique_ptr<Ui::MainWindow> m_window;
    qint64 m_release = 0, m_delete = 0, m_rehire = 0, m_own = 0, m_termination = 0;

    Ui::ApprovalsPage* page() const { return m_window->approvalsPage(); }
    Ui::AuditPage* audit() const { return m_window->auditPage(); }

    ApprovalState stateOf(qint64 id)
    {
        auto found = m_env.workspace().approvals(QStringLiteral("bob")).find(id);
        return found ? found->state : ApprovalState::Done;
    }

    bool select(qint64 id)
    {
        return QTest::qWaitFor([&] { return !page()->isBusy(); }, Timeout) && page()->selectApproval(id);
    }

    bool waitIdle() { return QTest::qWaitFor([&] { return !page()->isBusy(); }, Timeout); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_env.create(hrCsv, QString()), qPrintable(m_env.error()));
        QVERIFY(m_env.slapd().ldif(Tests::ConsoleWorkspace::person(m_env.slapd().peopleDn(), QStringLiteral("1001"),
                                                                   QStringLiteral("Ann Lee"), QStringLiteral("Lee"),
                                                                   QStringLiteral("Engineer"))));
        const auto alice = m_env.workspace().approvals(QStringLiteral("alice"));
        const auto bob = m_env.workspace().approvals(QStringLiteral("bob"));
        m_release = alice.request(request(ApprovalKind::ThresholdRelease, QStringLiteral("Release plan 3: disables 40 accounts"), QStringLiteral("h1")))->id;
        m_delete = alice.request(request(ApprovalKind::Operation, QStringLiteral("Delete uid=ann"), QStringLiteral("h2")))->id;
        m_rehire = alice.request(request(ApprovalKind::Operation, QStringLiteral("Rehire 1001 Ann Lee: enable uid=ann"), QStringLiteral("h3")))->id;
        m_own = bob.request(request(ApprovalKind::Operation, QStringLiteral("Delete uid=bo"), QStringLiteral("h4")))->id;
        QVERIFY(m_release && m_delete && m_rehire && m_own);

        m_window = std::make_unique<Ui::MainWindow>(m_env.workspace(), m_env.connectors(), QStringLiteral("bob"));
        m_window->showPage(Ui::MainWindow::Page::Approvals);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(QTest::qWaitFor([&] { return page()->approvals().size() == 4 && !page()->isBusy(); }, Timeout));
    }

    void cleanupTestCase() { m_window.reset(); }

    void theQueueShowsWhoRequestedPlainly()
    {
        QCOMPARE(page()->table()->rowCount(), 4);
        QStringList requesters;
        for (int row = 0; row < 4; ++row)
            requesters << page()->table()->item(row, 3)->text();
        QCOMPARE(requesters.count(QStringLiteral("alice")), 3);
        QCOMPARE(requesters.count(QStringLiteral("bob")), 1);
    }

    void theRequesterCannotDecide()
    {
        QVERIFY(select(m_own));
        QVERIFY(!page()->approveButton()->isEnabled());
        QVERIFY(!page()->rejectButton()->isEnabled());
        QVERIFY2(page()->decisionNote()->text().contains(QStringLiteral("a second person must decide")),
                 qPrintable(page()->decisionNote()->text()));
        QVERIFY(select(m_release));
        QVERIFY(page()->approveButton()->isEnabled());
        QVERIFY(page()->decisionNote()->text().isEmpty());
    }

    void aSecondPersonApproves()
    {
        QVERIFY(select(m_release));
        page()->reasonEdit()->setText(QStringLiteral("checked with HR"));
        QTest::mouseClick(page()->approveButton(), Qt::LeftButton);
        QVERIFY(waitIdle());
        QVERIFY2(page()->banner()->kind() == Ui::ErrorBanner::Kind::Success, qPrintable(page()->banner()->text()));
        QCOMPARE(stateOf(m_release), ApprovalState::Approved);
        QCOMPARE(page()->approvals().size(), 3);   // decided ones leave the queue
    }

    void rejectNeedsAReason()
    {
        QVERIFY(select(m_delete));
        page()->reasonEdit()->clear();
        QTest::mouseClick(page()->rejectButton(), Qt::LeftButton);
        QVERIFY(page()->banner()->isVisible());
        QVERIFY2(page()->banner()->text().contains(QStringLiteral("reason")), qPrintable(page()->banner()->text()));
        QVERIFY(waitIdle());
        QCOMPARE(stateOf(m_delete), ApprovalState::Pending);

        page()->reasonEdit()->setText(QStringLiteral("Ann still works here"));
        QTest::mouseClick(page()->rejectButton(), Qt::LeftButton);
        QVERIFY(waitIdle());
        QCOMPARE(stateOf(m_delete), ApprovalState::Rejected);
    }

    void aRehireNeedsTheRoutingChoice()
    {
        QVERIFY(select(m_rehire));
        QVERIFY(page()->rehireChoice()->isVisible());
        QTest::mouseClick(page()->approveButton(), Qt::LeftButton);
        QVERIFY2(page()->banner()->text().contains(QStringLiteral("rehire")), qPrintable(page()->banner()->text()));
        QVERIFY(waitIdle());
        QCOMPARE(stateOf(m_rehire), ApprovalState::Pending);

        page()->rehireChoice()->setCurrentText(QStringLiteral("Create a new account"));
        QTest::mouseClick(page()->approveButton(), Qt::LeftButton);
        QVERIFY(waitIdle());
        auto decided = m_env.workspace().approvals(QStringLiteral("bob")).find(m_rehire);
        QVERIFY(decided);
        QCOMPARE(decided->state, ApprovalState::Approved);
        QCOMPARE(decided->choice, Models::RehireChoice::NewAccount);
    }

    void showDecidedListsEveryRequest()
    {
        page()->showDecided()->setChecked(true);
        QVERIFY(QTest::qWaitFor([&] { return !page()->isBusy() && page()->approvals().size() == 4; }, Timeout));
        page()->showDecided()->setChecked(false);
        QVERIFY(QTest::qWaitFor([&] { return !page()->isBusy() && page()->approvals().size() == 1; }, Timeout));
    }

    void anEmergencyTerminationIsRequestedFromTheForm()
    {
        QTest::mouseClick(page()->terminationToggle(), Qt::LeftButton);
        QVERIFY(page()->terminationWorker()->isVisible());
        QTest::mouseClick(page()->terminationRequest(), Qt::LeftButton);
        QVERIFY2(page()->banner()->text().contains(QStringLiteral("worker")), qPrintable(page()->banner()->text()));
        QTest::keyClicks(page()->terminationWorker(), QStringLiteral("1002"));
        QTest::keyClicks(page()->terminationReason(), QStringLiteral("walked out with a laptop"));
        QTest::mouseClick(page()->terminationRequest(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !page()->isBusy() && page()->approvals().size() == 2; }, Timeout));
        QVERIFY2(page()->banner()->kind() == Ui::ErrorBanner::Kind::Success, qPrintable(page()->banner()->text()));
        // bob requested it: he cannot approve it.
        const auto& queue = page()->approvals();
        const auto it = std::find_if(queue.begin(), queue.end(),
                                     [](const Approval& a) { return a.kind == ApprovalKind::EmergencyTermination; });
        QVERIFY(it != queue.end());
        QCOMPARE(it->requestedBy, QStringLiteral("bob"));
        QVERIFY(select(it->id));
        QVERIFY(!page()->approveButton()->isEnabled());
    }

    void anApprovedEmergencyTerminationDisablesTheAccountsAndShowsTheReport()
    {
        auto requested = App::EmergencyTermination(m_env.workspace(), m_env.connectors(), QStringLiteral("alice"))
                             .request(QStringLiteral("1001"), QStringLiteral("threatened a colleague"));
        QVERIFY2(requested, qPrintable(requested ? QString() : requested.error().describe()));
        page()->reload();
        QVERIFY(QTest::qWaitFor([&] { return !page()->isBusy() && page()->approvals().size() == 3; }, Timeout));
        QVERIFY(select(requested->id));
        page()->reasonEdit()->setText(QStringLiteral("confirmed with legal"));
        QTest::mouseClick(page()->approveButton(), Qt::LeftButton);
        QVERIFY(waitIdle());
        QVERIFY2(page()->reportLabel()->isVisible(), qPrintable(page()->banner()->text()));
        QVERIFY2(page()->reportLabel()->text().contains(QStringLiteral("Directory")), qPrintable(page()->reportLabel()->text()));
        QVERIFY(page()->reportLabel()->text().contains(QStringLiteral("Hold #")));
        QCOMPARE(stateOf(requested->id), ApprovalState::Done);   // approved and carried out
        auto holds = m_env.workspace().holds(QStringLiteral("bob")).activeByWorker();
        QVERIFY(holds && holds->contains(QStringLiteral("1001")));
    }

    void theAuditPageFiltersTheDecisions()
    {
        m_window->showPage(Ui::MainWindow::Page::Audit);
        audit()->reload();
        QVERIFY(QTest::qWaitFor([&] { return !audit()->isBusy(); }, Timeout));
        QVERIFY(audit()->table()->rowCount() >= 8);

        QTest::keyClicks(audit()->actorFilter(), QStringLiteral("bob"));
        QVERIFY(QTest::qWaitFor([&] {
            return !audit()->isBusy() && !audit()->events().isEmpty()
                   && std::all_of(audit()->events().begin(), audit()->events().end(),
                                  [](const Models::AuditEvent& e) { return e.actor == QStringLiteral("bob"); });
        }, Timeout));
        for (int row = 0; row < audit()->table()->rowCount(); ++row)
            QCOMPARE(audit()->table()->item(row, 1)->text(), QStringLiteral("bob"));

        audit()->actionFilter()->setEditText(QStringLiteral("approval.rejected"));
        QVERIFY(QTest::qWaitFor([&] { return !audit()->isBusy() && audit()->events().size() == 1; }, Timeout));
        QCOMPARE(audit()->table()->item(0, 4)->text(), QStringLiteral("Ann still works here"));

        audit()->actionFilter()->setEditText(QString());
        QTest::keyClicks(audit()->textFilter(), QStringLiteral("laptop"));
        // Debounced: the previous filter's single row is there until the new one lands.
        QVERIFY(QTest::qWaitFor([&] {
            return !audit()->isBusy() && audit()->events().size() == 1
                   && audit()->events().first().action == QStringLiteral("termination.requested");
        }, Timeout));
        QCOMPARE(audit()->table()->item(0, 2)->text(), QStringLiteral("termination.requested"));
    }

    void exportWritesTheShownEvents()
    {
        const QString path = m_env.filePath(QStringLiteral("audit.csv"));
        audit()->exportTo(path, Ui::AuditPage::Format::Csv);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("laptop"));
    }

    void verifyShowsTheChainIntact()
    {
        QTest::mouseClick(audit()->verifyButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !audit()->isBusy(); }, Timeout));
        QVERIFY2(audit()->verdictLabel()->text().contains(QStringLiteral("intact")), qPrintable(audit()->verdictLabel()->text()));
    }
};

QTEST_MAIN(TestApprovalsPage)
#include "tst_approvalspage.moc"
