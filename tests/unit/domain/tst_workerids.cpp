// Duplicate worker ids across a big read: for each worker, the first earlier worker with the
// same id, exactly as a map of every id would find it, blank ids never matched.
#include "models/domain/workerids.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTest>

using namespace Tenure::Models;

class TestWorkerIds : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void findsTheFirstEarlierWorkerOfEveryIdAsAMapWould()
    {
        QRandomGenerator random(7);
        QList<Worker> workers;
        for (int i = 0; i < 200000; ++i) {
            Worker worker;
            // About one in twenty ids repeats an earlier one; some ids are blank.
            worker.workerId = i % 997 == 0  ? QStringLiteral("  ")
                              : i % 20 == 0 ? QStringLiteral("W%1").arg(random.bounded(std::max(1, i)))
                                            : QStringLiteral("W%1").arg(i);
            workers.append(worker);
        }
        QHash<QString, int> first;
        std::vector<int> expected(size_t(workers.size()), -1);
        for (int i = 0; i < workers.size(); ++i) {
            const auto id = workers.at(i).workerId;
            if (id.trimmed().isEmpty())
                continue;
            if (const auto it = first.constFind(id); it != first.cend())
                expected[size_t(i)] = *it;
            else
                first.insert(id, i);
        }
        const auto earlier = earlierWithSameId(workers);
        QCOMPARE(earlier.size(), expected.size());
        QVERIFY(std::count_if(expected.cbegin(), expected.cend(), [](int e) { return e >= 0; }) > 1000);
        for (size_t i = 0; i < expected.size(); ++i)
            QCOMPARE(earlier[i], expected[i]);
    }

    void noWorkersNoDuplicates() { QVERIFY(earlierWithSameId({}).empty()); }
};

QTEST_GUILESS_MAIN(TestWorkerIds)
#include "tst_workerids.moc"
