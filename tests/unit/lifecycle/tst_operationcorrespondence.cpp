// A retry or a resumption is planned afresh and limited to the people the earlier operations were
// about: what they still need now is sent, what went through meanwhile is not sent again.
#include "models/lifecycle/operationcorrespondence.h"

#include <QTest>

using namespace Tenure::Models;

namespace {

Operation op(Category category, OperationKind kind, const QString& worker, const QString& target, const QString& title = {})
{
    Operation o;
    o.category = category;
    o.kind = kind;
    o.workerId = worker;
    o.targetId = target;
    if (!title.isEmpty())
        o.changes = {{QStringLiteral("title"), {}, {title}, QStringLiteral("Title")}};
    return o;
}

} // namespace

class TestOperationCorrespondence : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theSameOperationPlannedAgainIsSentAgain()
    {
        const auto failed = op(Category::Mover, OperationKind::Update, QStringLiteral("7"), QStringLiteral("uid=7"), QStringLiteral("Lead"));
        Plan fresh;
        fresh.operations = {op(Category::Joiner, OperationKind::Create, QStringLiteral("1"), QStringLiteral("uid=1")), failed,
                            op(Category::Unchanged, OperationKind::None, QStringLiteral("9"), QStringLiteral("uid=9"))};
        const auto c = correspondingOperations({failed}, fresh);
        QCOMPARE(c.fresh, QList<int>{1});
        QVERIFY(c.settled.isEmpty());
        QVERIFY(c.changed.isEmpty());
    }

    void whatWentThroughMeanwhileIsSettledAndNotSent()
    {
        const auto failed = op(Category::Leaver, OperationKind::Disable, QStringLiteral("7"), QStringLiteral("uid=7"));
        Plan fresh;
        fresh.operations = {op(Category::Unchanged, OperationKind::None, QStringLiteral("7"), QStringLiteral("uid=7"))};
        const auto c = correspondingOperations({failed}, fresh);
        QVERIFY(c.fresh.isEmpty());
        QCOMPARE(c.settled, QList<int>{0});
    }

    void whatTheDirectoryNeedsNowIsSentEvenWhenItChanged()
    {
        // The update failed because the entry was removed meanwhile: now the worker needs a create.
        const auto failed = op(Category::Mover, OperationKind::Update, QStringLiteral("7"), QStringLiteral("uid=7"), QStringLiteral("Lead"));
        Plan fresh;
        fresh.operations = {op(Category::Joiner, OperationKind::Create, QStringLiteral("7"), QStringLiteral("uid=7"), QStringLiteral("Lead")),
                            op(Category::Joiner, OperationKind::Create, QStringLiteral("8"), QStringLiteral("uid=8"))};
        const auto c = correspondingOperations({failed}, fresh);
        QCOMPARE(c.fresh, QList<int>{0});
        QCOMPARE(c.changed, QList<int>{0});
    }

    void otherPeoplesOperationsAreNeverIncluded()
    {
        const auto failed = op(Category::Joiner, OperationKind::Create, QStringLiteral("7"), QStringLiteral("uid=7"));
        Plan fresh;
        fresh.operations = {op(Category::Joiner, OperationKind::Create, QStringLiteral("70"), QStringLiteral("uid=70")),
                            op(Category::Leaver, OperationKind::Disable, {}, QStringLiteral("uid=7,ou=old"))};
        const auto c = correspondingOperations({failed}, fresh);
        QVERIFY(c.fresh.isEmpty());
        QCOMPARE(c.settled, QList<int>{0});
    }

    void anAccountNoWorkerClaimsIsFollowedByItsTarget()
    {
        const auto failed = op(Category::Leaver, OperationKind::Disable, {}, QStringLiteral("uid=Gone,ou=People"));
        Plan fresh;
        fresh.operations = {op(Category::Leaver, OperationKind::Disable, {}, QStringLiteral("uid=gone,ou=people"))};
        const auto c = correspondingOperations({failed}, fresh);
        QCOMPARE(c.fresh, QList<int>{0});   // DNs compare without case
    }

    void operationsThatWriteNothingAreNeverSent()
    {
        const auto failed = op(Category::Joiner, OperationKind::Create, QStringLiteral("7"), QStringLiteral("uid=7"));
        Plan fresh;
        fresh.operations = {op(Category::FutureDated, OperationKind::Create, QStringLiteral("7"), QStringLiteral("uid=7")),
                            op(Category::Held, OperationKind::Enable, QStringLiteral("7"), QStringLiteral("uid=7"))};
        const auto c = correspondingOperations({failed}, fresh);
        QVERIFY(c.fresh.isEmpty());
        QCOMPARE(c.settled, QList<int>{0});
    }

    void severalEarlierOperationsForOnePersonSendTheirFreshOnesOnce()
    {
        const auto a = op(Category::Mover, OperationKind::Move, QStringLiteral("7"), QStringLiteral("uid=7"));
        const auto b = op(Category::Mover, OperationKind::Update, QStringLiteral("7"), QStringLiteral("uid=7"));
        Plan fresh;
        fresh.operations = {op(Category::Mover, OperationKind::Move, QStringLiteral("7"), QStringLiteral("uid=7"))};
        const auto c = correspondingOperations({a, b}, fresh);
        QCOMPARE(c.fresh, QList<int>{0});
        QCOMPARE(c.changed, QList<int>{1});
    }
};

QTEST_GUILESS_MAIN(TestOperationCorrespondence)
#include "tst_operationcorrespondence.moc"
