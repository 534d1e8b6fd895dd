// The Approvals and Audit pages driven as people would, offscreen, against a real slapd. alice's
// previews filed real requests (a mover the policy holds, a rehire), bob (an admin, the window's
// operator) sees what each would change and decides them; his own request is not his to decide.
// hana, HR staff, sees only emergency terminations and rehires, and routes the rehire alice's
// preview raised. An emergency termination is requested by the worker's name. The audit log then
// shows the decisions, filters them and verifies its chain.
#include "app/emergencytermination.h"
#include "app/previewservice.h"
#include "app/syncservice.h"
#include "consoleworkspace.h"
#include "ui/approvaldiffview.h"
#include "ui/approvalspage.h"
#include "ui/auditpage.h"
#include "ui/errorbanner.h"
#include "ui/mainwindow.h"
#include "ui/plandetailview.h"
#include "ui/workerpicker.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QJsonArray>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTest>

using namespace Tenure;
using Models::Approval;
using Models::ApprovalKind;
using Models::ApprovalState;

namespace {

constexpr int Timeout = 20000;
const QString Alice = QStringLiteral("alice");
const QString Bob = QStringLiteral("bob");
const QString Hana = QStringLiteral("hana");

const QByteArray header = "WorkerID,FirstName,LastName,DisplayName,Title,Status,HireDate\n";
const QByteArray ann = "1001,Ann,Lee,Ann Lee,Engineer,Active,2019-03-01\n";
const QByteArray cy = "1003,Cy,Ng,Cy Ng,Engineer,Active,2020-01-01\n";   // was Clerk: a mover the policy holds

Approval request(ApprovalKind kind, const QString& summary, const QString& subject,
                 std::optional<Models::Category> category = std::nullopt)
{
    Approval a;
    a.kind = kind;
    a.tenant = QStringLiteral("Directory");
    a.workerId = QStringLiteral("1001");
    a.subjectHash = subject;
    a.category = category;
    a.summary = summary;
    a.reason = QStringLiteral("policy");
    return a;
}

} // namespace

class TestApprovalsPage : public QObject {
    Q_OBJECT

    Tests::ConsoleWorkspace m_env;
    std::unique_ptr<Ui::MainWindow> m_window;
    qint64 m_mover = 0, m_rehire = 0, m_release = 0, m_own = 0;

    Ui::ApprovalsPage* page() const { return m_window->approvalsPage(); }
    Ui::AuditPage* audit() const { return m_window->auditPage(); }

    ApprovalState stateOf(qint64 id)
    {
        auto found = m_env.workspace().approvals(Bob).find(id);
        return found ? found->state : ApprovalState::Done;
    }

    static bool waitIdle(Ui::ApprovalsPage* page)
    {
        return QTest::qWaitFor([&] { return !page->isBusy() && !page->isReadingDiff(); }, Timeout);
    }
    bool waitIdle() { return waitIdle(page()); }
    bool select(qint64 id) { return waitIdle() && page()->selectApproval(id) && waitIdle(); }

    bool writeHr(const QByteArray& rows)
    {
        QFile csv(m_env.filePath(QStringLiteral("workers.csv")));
        return csv.open(QIODevice::WriteOnly) && csv.write(header + rows) == header.size() + rows.size();
    }

    // alice previews and runs: what the policy holds becomes her requests.
    bool previewAndRunAsAlice()
    {
        m_env.workspace().setActor(Alice);
        auto stored = App::PreviewService(m_env.workspace(), m_env.connectors()).preview(QStringLiteral("Directory"), {});
        if (!stored)
            return false;
        return bool(App::SyncService(m_env.workspace(), m_env.connectors(), Alice).run(stored->id, {}));
    }

    qint64 pendingFor(const QString& worker, Models::Category category)
    {
        const auto pending = m_env.workspace().approvals(Bob).list(true);
        for (const auto& a : *pending)
            if (a.workerId == worker && a.category == category)
                return a.id;
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        using Tests::ConsoleWorkspace;
        QVERIFY2(m_env.create(header + ann + "1002,Bo,Ek,Bo Ek,Clerk,Terminated,2018-01-01\n" + cy, QString()),
                 qPrintable(m_env.error()));
        QVERIFY(m_env.slapd().ldif(ConsoleWorkspace::person(m_env.slapd().peopleDn(), QStringLiteral("1001"), QStringLiteral("Ann Lee"),
                                                            QStringLiteral("Lee"), QStringLiteral("Engineer"))
                                   + ConsoleWorkspace::person(m_env.slapd().peopleDn(), QStringLiteral("1002"), QStringLiteral("Bo Ek"),
                                                              QStringLiteral("Ek"), QStringLiteral("Clerk"))
                                   + ConsoleWorkspace::person(m_env.slapd().peopleDn(), QStringLiteral("1003"), QStringLiteral("Cy Ng"),
                                                              QStringLiteral("Ng"), QStringLiteral("Clerk"))));
        // The policy holds movers for a second person, as it always holds rehires.
        auto tenant = m_env.workspace().tenants().find(QStringLiteral("Directory"));
        QVERIFY(tenant);
        tenant->settings.insert(QStringLiteral("policy"),
                                QJsonObject{{QStringLiteral("approvalCategories"), QJsonArray{QStringLiteral("rehire"), QStringLiteral("mover")}}});
        QVERIFY(m_env.workspace().tenants().save(*tenant));

        // First run: Bo leaves (disabled), Cy's title change waits for approval.
        QVERIFY(previewAndRunAsAlice());
        m_mover = pendingFor(QStringLiteral("1003"), Models::Category::Mover);
        QVERIFY(m_mover);
        // Bo comes back in a new role: a rehire, routed by a person.
        QVERIFY(writeHr(ann + "1002,Bo,Ek,Bo Ek,Senior Clerk,Active,2018-01-01\n" + cy));
        QVERIFY(previewAndRunAsAlice());
        m_rehire = pendingFor(QStringLiteral("1002"), Models::Category::Rehire);
        QVERIFY(m_rehire);

        const auto alice = m_env.workspace().approvals(Alice);
        m_release = alice.request(request(ApprovalKind::ThresholdRelease, QStringLiteral("Release plan 3: disables 40 accounts"),
                                          QStringLiteral("h1")))->id;
        m_own = m_env.workspace().approvals(Bob).request(request(ApprovalKind::Operation, QStringLiteral("Delete uid=bo"),
                                                                   QStringLiteral("h4"), Models::Category::Leaver))->id;
        QVERIFY(m_release && m_own);

        m_window = std::make_unique<Ui::MainWindow>(m_env.workspace(), m_env.connectors(), Bob);
        m_window->resize(1280, 800);
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
        QCOMPARE(requesters.count(Alice), 3);
        QCOMPARE(requesters.count(QStringLiteral("bob (you)")), 1);
        QVERIFY2(page()->roleLabel()->text().contains(QStringLiteral("admin")), qPrintable(page()->roleLabel()->text()));
        QVERIFY(select(m_mover));
        QVERIFY2(page()->detailsLabel()->text().contains(QStringLiteral("Requested by <b>alice</b>")),
                 qPrintable(page()->detailsLabel()->text()));
    }

    void theDiffBehindARequestShowsEachAttributeBeforeAndAfter()
    {
        QVERIFY(select(m_mover));
        QCOMPARE(page()->diffView()->changeCount(), 1);
        QString detail = page()->diffView()->detail()->plainText();
        QVERIFY2(detail.contains(QStringLiteral("Cy Ng (1003)")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("title: Clerk → Engineer")), qPrintable(detail));

        QVERIFY(select(m_rehire));
        detail = page()->diffView()->detail()->plainText();
        QVERIFY2(detail.contains(QStringLiteral("(account): disabled → enabled")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("title: Clerk → Senior Clerk")), qPrintable(detail));
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
        QVERIFY(select(m_mover));
        page()->reasonEdit()->clear();
        QTest::mouseClick(page()->rejectButton(), Qt::LeftButton);
        QVERIFY(page()->banner()->isVisible());
        QVERIFY2(page()->banner()->text().contains(QStringLiteral("reason")), qPrintable(page()->banner()->text()));
        QVERIFY(waitIdle());
        QCOMPARE(stateOf(m_mover), ApprovalState::Pending);

        page()->reasonEdit()->setText(QStringLiteral("Cy stays a clerk until March"));
        QTest::mouseClick(page()->rejectButton(), Qt::LeftButton);
        QVERIFY(waitIdle());
        QCOMPARE(stateOf(m_mover), ApprovalState::Rejected);
    }

    void hrStaffSeeOnlyWhatTheyDecideAndRouteARehireRaisedBySomeoneElse()
    {
        // bob gives hana the HR staff role (and so becomes the workspace's first admin).
        QVERIFY(m_env.workspace().roles(Bob).grant(Hana, Models::OperatorRole::HrStaff));
        const qint64 release = m_env.workspace().approvals(Alice).request(
            request(ApprovalKind::ThresholdRelease, QStringLiteral("Release plan 9: disables 60 accounts"), QStringLiteral("h9")))->id;
        const qint64 termination = App::EmergencyTermination(m_env.workspace(), m_env.connectors(), Alice)
                                       .request(QStringLiteral("1003"), QStringLiteral("left the building with the payroll"))->id;

        Ui::MainWindow hanas(m_env.workspace(), m_env.connectors(), Hana);
        hanas.showPage(Ui::MainWindow::Page::Approvals);
        hanas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&hanas));
        auto* queue = hanas.approvalsPage();
        QVERIFY(QTest::qWaitFor([&] { return !queue->isBusy() && !queue->approvals().isEmpty(); }, Timeout));
        QList<qint64> ids;
        for (const auto& a : queue->approvals())
            ids << a.id;
        QCOMPARE(ids, (QList<qint64>{m_rehire, termination}));   // no release, no held mover, no delete
        QVERIFY(!ids.contains(release));
        QVERIFY2(queue->roleLabel()->text().contains(QStringLiteral("HR staff")), qPrintable(queue->roleLabel()->text()));

        QVERIFY(waitIdle(queue) && queue->selectApproval(m_rehire) && waitIdle(queue));
        QVERIFY(queue->rehireRouting()->isVisible());
        QVERIFY(queue->approveButton()->isEnabled());
        QVERIFY(queue->diffView()->detail()->plainText().contains(QStringLiteral("title: Clerk → Senior Clerk")));
        QTest::mouseClick(queue->approveButton(), Qt::LeftButton);
        QVERIFY2(queue->banner()->text().contains(QStringLiteral("rehire")), qPrintable(queue->banner()->text()));
        QVERIFY(waitIdle(queue));
        QCOMPARE(stateOf(m_rehire), ApprovalState::Pending);

        QTest::mouseClick(queue->rehireReactivate(), Qt::LeftButton);
        queue->reasonEdit()->setText(QStringLiteral("back in the same team"));
        QTest::mouseClick(queue->approveButton(), Qt::LeftButton);
        QVERIFY(waitIdle(queue));
        QVERIFY2(queue->banner()->kind() == Ui::ErrorBanner::Kind::Success, qPrintable(queue->banner()->text()));
        auto decided = m_env.workspace().approvals(Bob).find(m_rehire);
        QCOMPARE(decided->state, ApprovalState::Approved);
        QCOMPARE(decided->decidedBy, Hana);
        QCOMPARE(decided->requestedBy, Alice);
        QCOMPARE(decided->choice, Models::RehireChoice::Reactivate);

        // The next run carries out the approved rehire: Bo's account is enabled in the new role.
        QVERIFY(previewAndRunAsAlice());
        QVERIFY(m_env.slapd().canBind(QStringLiteral("uid=1002,") + m_env.slapd().peopleDn(), QStringLiteral("pw-1002")));
        QVERIFY(m_env.slapd().search(QStringLiteral("(employeeNumber=1002)")).contains(QStringLiteral("title: Senior Clerk")));
        QVERIFY(m_env.workspace().approvals(Bob).decide(termination, false, QStringLiteral("HR recorded it"), Models::RehireChoice::None));
        QVERIFY(m_env.workspace().approvals(Bob).decide(release, false, QStringLiteral("not today"), Models::RehireChoice::None));
    }

    void showDecidedListsEveryRequest()
    {
        const auto pending = int(m_env.workspace().approvals(Bob).list(true)->size());
        const auto all = int(m_env.workspace().approvals(Bob).list(false)->size());
        QVERIFY(pending < all);
        page()->reload();
        QVERIFY(QTest::qWaitFor([&] { return !page()->isBusy() && page()->approvals().size() == pending; }, Timeout));
        page()->showDecided()->setChecked(true);
        QVERIFY(QTest::qWaitFor([&] { return !page()->isBusy() && page()->approvals().size() == all; }, Timeout));
        page()->showDecided()->setChecked(false);
        QVERIFY(QTest::qWaitFor([&] { return !page()->isBusy() && page()->approvals().size() == pending; }, Timeout));
    }

    void anEmergencyTerminationIsRequestedByTheWorkersName()
    {
        const auto before = page()->approvals().size();
        QTest::mouseClick(page()->terminationToggle(), Qt::LeftButton);
        auto* picker = page()->terminationWorker();
        QVERIFY(picker->edit()->isVisible());
        QVERIFY(QTest::qWaitFor([&] { return picker->isLoaded(); }, Timeout));
        QTest::mouseClick(page()->terminationRequest(), Qt::LeftButton);
        QVERIFY2(page()->banner()->text().contains(QStringLiteral("worker")), qPrintable(page()->banner()->text()));

        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        picker->edit()->setFocus();
        QTest::keyClicks(picker->edit(), QStringLiteral("ann l"));
        QVERIFY(QTest::qWaitFor([&] { return picker->completer()->popup()->isVisible(); }, Timeout));
        QCOMPARE(picker->completer()->completionModel()->rowCount(), 1);
        QVERIFY(picker->completer()->popup()->model()->index(0, 0).data().toString().startsWith(QStringLiteral("Ann Lee (1001)")));
        QTest::keyClick(picker->completer()->popup(), Qt::Key_Down);
        QTest::keyClick(picker->completer()->popup(), Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return picker->edit()->text() == QStringLiteral("1001"); }, Timeout));
        QVERIFY2(picker->cardText().contains(QStringLiteral("Ann Lee (1001) · Engineer")), qPrintable(picker->cardText()));

        QTest::keyClicks(page()->terminationReason(), QStringLiteral("walked out with a laptop"));
        QTest::mouseClick(page()->terminationRequest(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return waitIdle() && page()->approvals().size() == before + 1; }, Timeout));
        QVERIFY2(page()->banner()->kind() == Ui::ErrorBanner::Kind::Success, qPrintable(page()->banner()->text()));
        const auto& queue = page()->approvals();
        const auto it = std::find_if(queue.begin(), queue.end(),
                                     [](const Approval& a) { return a.kind == ApprovalKind::EmergencyTermination; });
        QVERIFY(it != queue.end());
        QCOMPARE(it->workerId, QStringLiteral("1001"));
        QCOMPARE(it->requestedBy, Bob);
        QVERIFY(select(it->id));
        QVERIFY(!page()->approveButton()->isEnabled());   // bob requested it: he cannot approve it
    }

    void anApprovedEmergencyTerminationShowsWhatItDisablesThenDoesIt()
    {
        // carol asks to terminate Cy now; bob approves.
        const auto before = page()->approvals().size();
        auto requested = App::EmergencyTermination(m_env.workspace(), m_env.connectors(), QStringLiteral("carol"))
                             .request(QStringLiteral("1003"), QStringLiteral("threatened a colleague"));
        QVERIFY2(requested, qPrintable(requested ? QString() : requested.error().describe()));
        page()->reload();
        QVERIFY(QTest::qWaitFor([&] { return !page()->isBusy() && page()->approvals().size() == before + 1; }, Timeout));
        QVERIFY(select(requested->id));
        const QString detail = page()->diffView()->detail()->plainText();
        QVERIFY2(detail.contains(QStringLiteral("(account): enabled → disabled")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("uid=1003")), qPrintable(detail));

        page()->reasonEdit()->setText(QStringLiteral("confirmed with legal"));
        QTest::mouseClick(page()->approveButton(), Qt::LeftButton);
        QVERIFY(waitIdle());
        QVERIFY2(page()->reportLabel()->isVisible(), qPrintable(page()->banner()->text()));
        QVERIFY2(page()->reportLabel()->text().contains(QStringLiteral("Directory")), qPrintable(page()->reportLabel()->text()));
        QVERIFY(page()->reportLabel()->text().contains(QStringLiteral("Hold #")));
        QCOMPARE(stateOf(requested->id), ApprovalState::Done);   // approved and carried out
        auto holds = m_env.workspace().holds(Bob).activeByWorker();
        QVERIFY(holds && holds->contains(QStringLiteral("1003")));
        QVERIFY(!m_env.slapd().canBind(QStringLiteral("uid=1003,") + m_env.slapd().peopleDn(), QStringLiteral("pw-1003")));
    }

    void theAuditPageFiltersTheDecisions()
    {
        m_window->showPage(Ui::MainWindow::Page::Audit);
        audit()->reload();
        QVERIFY(QTest::qWaitFor([&] { return !audit()->isBusy(); }, Timeout));
        QVERIFY(audit()->table()->rowCount() >= 8);

        QTest::keyClicks(audit()->actorFilter(), Hana);
        QVERIFY(QTest::qWaitFor([&] {
            return !audit()->isBusy() && !audit()->events().isEmpty()
                   && std::all_of(audit()->events().begin(), audit()->events().end(),
                                  [](const Models::AuditEvent& e) { return e.actor == Hana; });
        }, Timeout));
        for (int row = 0; row < audit()->table()->rowCount(); ++row)
            QCOMPARE(audit()->table()->item(row, 1)->text(), Hana);

        audit()->actionFilter()->setEditText(QStringLiteral("approval.granted"));
        QVERIFY(QTest::qWaitFor([&] { return !audit()->isBusy() && audit()->events().size() == 1; }, Timeout));
        QCOMPARE(audit()->table()->item(0, 4)->text(), QStringLiteral("back in the same team"));

        audit()->actorFilter()->clear();
        audit()->actionFilter()->setEditText(QString());
        QTest::keyClicks(audit()->textFilter(), QStringLiteral("laptop"));
        // Debounced: the previous filter's row is there until the new one lands.
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
        const QByteArray csv = file.readAll();
        QVERIFY(csv.contains("laptop"));
        QCOMPARE(csv.count('\n'), 2);   // the header and the one event shown
        QVERIFY2(audit()->banner()->text().contains(QStringLiteral("laptop")), qPrintable(audit()->banner()->text()));
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
