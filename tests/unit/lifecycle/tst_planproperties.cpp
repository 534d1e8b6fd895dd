// Properties of the planner over random HR changes: a delta never produces a leaver; applying a
// plan and planning again gives no operations; an empty feed gives no writes.
#include "lifecyclefixture.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Tenure::Models;
using namespace LifecycleFixture;

namespace {

const QDateTime now = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);

QList<Worker> randomChange(const QList<Worker>& workers, QRandomGenerator& random, int* nextId)
{
    QList<Worker> changed;
    for (const auto& w : workers) {
        const auto roll = random.bounded(100);
        if (roll < 3)
            continue;                                        // gone from HR
        Worker copy = w;
        if (roll < 8)
            copy.attributes.insert(QStringLiteral("Name"), {QStringLiteral("Renamed %1").arg(random.bounded(1000))});
        else if (roll < 10)
            copy.attributes.insert(QStringLiteral("Status"), {QStringLiteral("Terminated")});
        else if (roll < 12)
            copy.attributes.insert(QStringLiteral("Status"), {QStringLiteral("Active")});
        else if (roll < 14)
            copy.attributes.insert(QStringLiteral("ManagerID"), {workers.at(random.bounded(workers.size())).workerId});
        changed.append(copy);
    }
    for (int i = random.bounded(5); i > 0; --i)
        changed.append(worker(QString::number((*nextId)++)));
    return changed;
}

} // namespace

class TestPlanProperties : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void applyingAPlanThenPlanningAgainGivesNoOperations()
    {
        for (quint32 seed = 1; seed <= 40; ++seed) {
            QRandomGenerator random(seed);
            int nextId = 1;
            QList<Worker> workers;
            for (int i = 0; i < 60; ++i)
                workers.append(worker(QString::number(nextId++)));
            QList<Account> directory;
            for (int round = 0; round < 4; ++round) {
                workers = randomChange(workers, random, &nextId);
                auto in = inputs(workers, directory, now);
                in.policy.maxDisables = 1000;
                const auto plan = build(in);
                applyInMemory(plan, &directory);
                in.directory.accounts = directory;
                const auto again = build(in);
                QVERIFY2(again.writeCount() == 0,
                         qPrintable(QStringLiteral("seed %1 round %2: %3 writes after applying")
                                        .arg(seed)
                                        .arg(round)
                                        .arg(again.writeCount())));
            }
        }
    }

    void aDeltaNeverProducesALeaverForAnAbsentWorker()
    {
        for (quint32 seed = 1; seed <= 40; ++seed) {
            QRandomGenerator random(seed);
            QList<Account> directory;
            QList<Worker> delta;
            for (int i = 0; i < 50; ++i) {
                directory.append(account(QString::number(i)));
                if (random.bounded(4) == 0)
                    delta.append(worker(QString::number(i), {{QStringLiteral("Name"), QStringLiteral("x")}}));
            }
            auto in = inputs(delta, directory, now);
            in.hr.isFullSnapshot = false;
            const auto plan = build(in);
            QCOMPARE(plan.countsByCategory().value(Category::Leaver), 0);
        }
    }

    void anEmptyFeedGivesNoWrites_data()
    {
        QTest::addColumn<bool>("full");
        QTest::newRow("full") << true;
        QTest::newRow("delta") << false;
    }
    void anEmptyFeedGivesNoWrites()
    {
        QFETCH(bool, full);
        auto in = inputs({}, {account(QStringLiteral("1")), account(QStringLiteral("2"))}, now);
        in.hr.isFullSnapshot = full;
        QCOMPARE(build(in).writeCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPlanProperties)
#include "tst_planproperties.moc"
