// Finding the worker for an emergency termination by what the requester knows: a name (any
// spelling of accents and case) or the start of the worker id.
#include "app/workerfinder.h"

#include <QTest>

using namespace Tenure;
using App::WorkerCard;
using App::WorkerFinder;

namespace {

Models::Worker worker(const QString& id, const Models::Attributes& attributes)
{
    Models::Worker w;
    w.workerId = id;
    w.attributes = attributes;
    return w;
}

QList<WorkerCard> staff()
{
    return {WorkerFinder::cardOf(worker(QStringLiteral("1001"), {{QStringLiteral("DisplayName"), {QStringLiteral("Ann Lee")}},
                                                                 {QStringLiteral("Title"), {QStringLiteral("Engineer")}}}),
                                 QStringLiteral("HR")),
            WorkerFinder::cardOf(worker(QStringLiteral("1002"), {{QStringLiteral("firstname"), {QStringLiteral("Zoë")}},
                                                                 {QStringLiteral("LASTNAME"), {QStringLiteral("Šimůnek")}}}),
                                 QStringLiteral("HR")),
            WorkerFinder::cardOf(worker(QStringLiteral("10021"), {{QStringLiteral("DisplayName"), {QStringLiteral("Lee Anders")}},
                                                                  {QStringLiteral("Status"), {QStringLiteral("Terminated")}}}),
                                 QStringLiteral("HR")),
            WorkerFinder::cardOf(worker(QStringLiteral("W7"), {{QStringLiteral("PreferredName"), {QStringLiteral("Mary-Jo O'Neil")}}}),
                                 QStringLiteral("Workday"))};
}

QStringList ids(const QList<WorkerCard>& cards)
{
    QStringList list;
    for (const auto& card : cards)
        list << card.workerId;
    return list;
}

} // namespace

class TestWorkerFinder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aCardTakesTheNameFromTheUsualFields()
    {
        const auto cards = staff();
        QCOMPARE(cards.at(0).name, QStringLiteral("Ann Lee"));
        QCOMPARE(cards.at(0).label(), QStringLiteral("Ann Lee (1001) · Engineer"));
        QCOMPARE(cards.at(1).name, QStringLiteral("Zoë Šimůnek"));   // first + last, field names in any case
        QCOMPARE(cards.at(2).status, QStringLiteral("Terminated"));
        QCOMPARE(cards.at(3).name, QStringLiteral("Mary-Jo O'Neil"));
        QCOMPARE(cards.at(3).hrTenant, QStringLiteral("Workday"));
    }

    void match_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("found");
        QTest::newRow("a name") << QStringLiteral("ann") << QStringList{QStringLiteral("1001")};
        QTest::newRow("a name two people share") << QStringLiteral("lee") << QStringList{QStringLiteral("1001"), QStringLiteral("10021")};
        QTest::newRow("first and last name, any order") << QStringLiteral("lee ann") << QStringList{QStringLiteral("1001")};
        QTest::newRow("every word must match") << QStringLiteral("ann lees") << QStringList{};
        QTest::newRow("without accents") << QStringLiteral("zoe simu") << QStringList{QStringLiteral("1002")};
        QTest::newRow("with accents, upper case") << QStringLiteral("ŠIMŮNEK") << QStringList{QStringLiteral("1002")};
        QTest::newRow("an exact id comes first") << QStringLiteral("1002") << QStringList{QStringLiteral("1002"), QStringLiteral("10021")};
        QTest::newRow("the start of an id") << QStringLiteral("w") << QStringList{QStringLiteral("W7")};
        QTest::newRow("a part of a hyphenated name") << QStringLiteral("jo") << QStringList{QStringLiteral("W7")};
        QTest::newRow("a hyphenated name run together") << QStringLiteral("maryjo") << QStringList{QStringLiteral("W7")};
        QTest::newRow("a name without its apostrophe") << QStringLiteral("oneil") << QStringList{QStringLiteral("W7")};
        QTest::newRow("a name with its apostrophe") << QStringLiteral("o'neil") << QStringList{QStringLiteral("W7")};
        QTest::newRow("nothing") << QStringLiteral("   ") << QStringList{};
        QTest::newRow("no one") << QStringLiteral("xavier") << QStringList{};
    }

    void match()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, found);
        QCOMPARE(ids(WorkerFinder::match(staff(), query)), found);
    }

    void theListIsCappedAtTheLimit()
    {
        QCOMPARE(WorkerFinder::match(staff(), QStringLiteral("1"), 2).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestWorkerFinder)
#include "tst_workerfinder.moc"
