// Who may decide what: an operator's role narrows the approval queue and the decisions they can
// make, the workspace database enforces the same rule below the application, and four-eyes still
// holds for every role.
#include "models/store/auditlog.h"
#include "models/store/peoplerepositories.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Tenure::Models;

namespace {

const QString Alice = QStringLiteral("alice");   // requests
const QString Admin = QStringLiteral("ines");    // IT admin
const QString Hana = QStringLiteral("hana");     // HR staff

Approval request(ApprovalKind kind, const QString& subject, std::optional<Category> category = std::nullopt)
{
    Approval a;
    a.kind = kind;
    a.tenant = QStringLiteral("Directory");
    a.workerId = QStringLiteral("1001");
    a.subjectHash = subject;
    a.category = category;
    a.summary = subject;
    a.reason = QStringLiteral("policy");
    return a;
}

} // namespace

class TestOperatorRoles : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_databases = 0;

    std::shared_ptr<WorkspaceDatabase> openNew()
    {
        auto db = WorkspaceDatabase::open(m_dir.filePath(QStringLiteral("roles%1.tenure").arg(++m_databases)));
        return db ? *db : nullptr;
    }

    // A workspace where ines is an admin and hana HR staff, with alice's three requests.
    struct Queue {
        std::shared_ptr<WorkspaceDatabase> db;
        qint64 release = 0, rehire = 0, termination = 0, leaver = 0;
    };
    Queue queueWithRoles()
    {
        Queue q;
        q.db = openNew();
        const ApprovalRepository alice(*q.db, Alice);
        q.release = alice.request(request(ApprovalKind::ThresholdRelease, QStringLiteral("r")))->id;
        q.rehire = alice.request(request(ApprovalKind::Operation, QStringLiteral("h"), Category::Rehire))->id;
        q.termination = alice.request(request(ApprovalKind::EmergencyTermination, QStringLiteral("t")))->id;
        q.leaver = alice.request(request(ApprovalKind::Operation, QStringLiteral("l"), Category::Leaver))->id;
        const RoleRepository roles(*q.db, Admin);
        if (!roles.grant(Hana, OperatorRole::HrStaff))
            return {};
        return q;
    }

private Q_SLOTS:
    void withoutRolesEveryOperatorIsAnAdmin()
    {
        auto db = openNew();
        QVERIFY(db);
        QCOMPARE(*RoleRepository(*db, Hana).roleOf(Hana), OperatorRole::Admin);
        QVERIFY(RoleRepository(*db, Hana).list()->isEmpty());
    }

    void theFirstRoleGivenMakesItsGiverAnAdminAndTheUnlistedHrStaff()
    {
        auto db = openNew();
        const RoleRepository roles(*db, Admin);
        QVERIFY(roles.grant(Hana, OperatorRole::HrStaff));
        QCOMPARE(*roles.roleOf(Admin), OperatorRole::Admin);
        QCOMPARE(*roles.roleOf(Hana), OperatorRole::HrStaff);
        QCOMPARE(*roles.roleOf(QStringLiteral("someone.new")), OperatorRole::HrStaff);
        QCOMPARE(roles.list()->size(), 2);
        auto events = AuditLog(*db).query({{}, QStringLiteral("role."), {}, {}, {}, {}});
        QVERIFY(events);
        QCOMPARE(events->size(), 2);
        QCOMPARE(events->at(1).subject, QStringLiteral("operator/hana"));
        QCOMPARE(events->at(1).after.value(QStringLiteral("role")).toString(), QStringLiteral("hr-staff"));
        QVERIFY(AuditLog(*db).verify()->intact());
    }

    void nobodyCanLeaveTheWorkspaceWithoutAnAdmin()
    {
        auto db = openNew();
        auto selfDemotion = RoleRepository(*db, Admin).grant(Admin, OperatorRole::HrStaff);
        QVERIFY(!selfDemotion);
        QVERIFY2(selfDemotion.error().message.contains(QStringLiteral("must leave an admin")), qPrintable(selfDemotion.error().message));
        QVERIFY(RoleRepository(*db, Admin).grant(Hana, OperatorRole::HrStaff));
        auto lastAdmin = RoleRepository(*db, Admin).grant(Admin, OperatorRole::HrStaff);
        QVERIFY(!lastAdmin);
        QVERIFY(lastAdmin.error().message.contains(QStringLiteral("last admin")));
        QVERIFY(!RoleRepository(*db, Admin).revoke(Admin));
        QCOMPARE(*RoleRepository(*db, Admin).roleOf(Admin), OperatorRole::Admin);
    }

    void hrStaffCannotChangeRoles()
    {
        auto db = openNew();
        QVERIFY(RoleRepository(*db, Admin).grant(Hana, OperatorRole::HrStaff));
        auto promoted = RoleRepository(*db, Hana).grant(Hana, OperatorRole::Admin);
        QVERIFY(!promoted);
        QCOMPARE(promoted.error().code, ErrorCode::Rejected);
        QVERIFY(!RoleRepository(*db, Hana).revoke(Admin));
        QCOMPARE(*RoleRepository(*db, Hana).roleOf(Hana), OperatorRole::HrStaff);
    }

    void theQueueOfHrStaffHoldsOnlyTerminationsAndRehires()
    {
        auto q = queueWithRoles();
        QVERIFY(q.db);
        auto hrQueue = ApprovalRepository(*q.db, Hana).list(true, OperatorRole::HrStaff);
        QVERIFY(hrQueue);
        QList<qint64> ids;
        for (const auto& a : *hrQueue)
            ids << a.id;
        QCOMPARE(ids, (QList<qint64>{q.rehire, q.termination}));
        QCOMPARE(ApprovalRepository(*q.db, Admin).list(true, OperatorRole::Admin)->size(), 4);
        QCOMPARE(ApprovalRepository(*q.db, Admin).list(true)->size(), 4);
    }

    void hrStaffDecideWhatTheirRoleAllowsAndNothingElse()
    {
        auto q = queueWithRoles();
        const ApprovalRepository hana(*q.db, Hana);
        auto release = hana.decide(q.release, true, QStringLiteral("looks fine"), RehireChoice::None);
        QVERIFY(!release);
        QCOMPARE(release.error().code, ErrorCode::Rejected);
        QVERIFY2(release.error().message.contains(QStringLiteral("hr-staff")), qPrintable(release.error().message));
        QVERIFY(!hana.decide(q.leaver, false, QStringLiteral("no"), RehireChoice::None));

        auto rehire = hana.decide(q.rehire, true, QStringLiteral("back in sales"), RehireChoice::Reactivate);
        QVERIFY2(rehire, rehire ? "" : qPrintable(rehire.error().describe()));
        QCOMPARE(rehire->choice, RehireChoice::Reactivate);
        QVERIFY(hana.decide(q.termination, false, QStringLiteral("HR recorded it already"), RehireChoice::None));
        QCOMPARE(ApprovalRepository(*q.db, Admin).find(q.release)->state, ApprovalState::Pending);
        QVERIFY(ApprovalRepository(*q.db, Admin).decide(q.release, true, QStringLiteral("ok"), RehireChoice::None));
    }

    void theDatabaseRefusesADecisionOutsideTheRole()
    {
        auto q = queueWithRoles();
        QSqlQuery update(q.db->connection());
        update.prepare(QStringLiteral("UPDATE approvals SET state = 'approved', decided_by = ?, decided_at = ? WHERE id = ?"));
        update.addBindValue(Hana);
        update.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        update.addBindValue(q.release);
        QVERIFY(!update.exec());
        QVERIFY2(update.lastError().text().contains(QStringLiteral("role may not decide")), qPrintable(update.lastError().text()));
        // A termination is within the role: the trigger lets it through (four-eyes still checked).
        update.bindValue(2, q.termination);
        QVERIFY2(update.exec(), qPrintable(update.lastError().text()));
    }

    void fourEyesHoldsForEveryRole()
    {
        auto q = queueWithRoles();
        auto own = ApprovalRepository(*q.db, Hana).request(request(ApprovalKind::EmergencyTermination, QStringLiteral("own")));
        QVERIFY(own);
        auto decided = ApprovalRepository(*q.db, Hana).decide(own->id, true, QStringLiteral("me"), RehireChoice::None);
        QVERIFY(!decided);
        QVERIFY(decided.error().message.contains(QStringLiteral("a second person must")));
    }

    void anOperationRequestKeepsTheCategoryItApproves()
    {
        auto q = queueWithRoles();
        auto rehire = ApprovalRepository(*q.db, Admin).find(q.rehire);
        QVERIFY(rehire);
        QCOMPARE(rehire->category, std::optional(Category::Rehire));
        QVERIFY(isRehire(*rehire));
        QVERIFY(!isRehire(*ApprovalRepository(*q.db, Admin).find(q.leaver)));
        QVERIFY(!isRehire(*ApprovalRepository(*q.db, Admin).find(q.termination)));
    }
};

QTEST_GUILESS_MAIN(TestOperatorRoles)
#include "tst_operatorroles.moc"
