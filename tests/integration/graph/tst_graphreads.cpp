// Reading Entra ID: paging past 999 users, delta rounds that return only what changed, and a
// full read when Graph has forgotten the deltaLink (410 Gone).

#include "graphfixture.h"

#include <QSet>

using namespace Tenure;
using namespace Tenure::Tests::Graph;
using Kind = Models::OperationKind;

class TestGraphReads : public QObject {
    Q_OBJECT

    std::unique_ptr<GraphFixture> m_fixture;
    std::unique_ptr<Connectors::GraphDirectory> m_directory;
    const QStringList m_attributes{QStringLiteral("displayName"), QStringLiteral("employeeId"), QStringLiteral("jobTitle")};

    GraphService& service() { return m_fixture->server.service(); }

    int requestsTo(const QString& path)
    {
        const auto arrivals = service().arrivals();
        return int(std::count_if(arrivals.cbegin(), arrivals.cend(), [&](const Arrival& a) { return a.path == path; }));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = std::make_unique<GraphFixture>();
        QVERIFY(m_fixture->start());
        QList<QJsonObject> users;
        for (int i = 0; i < 2500; ++i)
            users.append({{QStringLiteral("userPrincipalName"), QStringLiteral("user%1@contoso.test").arg(i)},
                          {QStringLiteral("employeeId"), QStringLiteral("E%1").arg(i)}});
        service().addUsers(users);
        m_directory = m_fixture->directory();
    }

    void fullReadPagesThroughMoreThan999Users()
    {
        const auto snapshot = m_directory->readAccounts(m_attributes, Models::CancelToken());
        QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().describe()));
        QCOMPARE(snapshot->accounts.size(), 2500);
        QCOMPARE(Models::firstValue(snapshot->accounts.at(2499).attributes, QStringLiteral("employeeId")), QStringLiteral("E2499"));
        QSet<QString> ids;
        for (const auto& account : snapshot->accounts)
            ids.insert(account.id);
        QCOMPARE(ids.size(), 2500);                              // no page read twice
        QCOMPARE(requestsTo(QStringLiteral("/v1.0/users")), 3);  // 999 + 999 + 502
    }

    void deltaAfterAChangeReturnsOnlyTheChange()
    {
        const auto first = m_directory->readChanges(m_attributes, {}, Models::CancelToken());
        QVERIFY2(first, qPrintable(first ? QString() : first.error().describe()));
        QVERIFY(first->full);
        QCOMPARE(first->snapshot.accounts.size(), 2500);
        QVERIFY(!first->next.value.isEmpty());

        const auto unchanged = m_directory->readChanges(m_attributes, first->next, Models::CancelToken());
        QVERIFY(unchanged);
        QVERIFY(!unchanged->full);
        QCOMPARE(unchanged->snapshot.accounts.size(), 0);

        const QString changedId = first->snapshot.accounts.at(42).id;
        const QString deletedId = first->snapshot.accounts.at(43).id;
        QVERIFY(m_directory->apply(operation(Kind::Update, changedId, {{QStringLiteral("jobTitle"), QStringLiteral("Lead")}})));
        QVERIFY(m_directory->apply(operation(Kind::Delete, deletedId)));

        const auto changes = m_directory->readChanges(m_attributes, unchanged->next, Models::CancelToken());
        QVERIFY2(changes, qPrintable(changes ? QString() : changes.error().describe()));
        QVERIFY(!changes->full);
        QCOMPARE(changes->snapshot.accounts.size(), 1);
        QCOMPARE(changes->snapshot.accounts.at(0).id, changedId);
        QCOMPARE(Models::firstValue(changes->snapshot.accounts.at(0).attributes, QStringLiteral("jobTitle")), QStringLiteral("Lead"));
        QCOMPARE(changes->removedIds, QStringList{deletedId});
        m_next = changes->next;
    }

    void expiredDeltaLinkLeadsToAFullRead()
    {
        service().expireDeltaTokens();
        const auto changes = m_directory->readChanges(m_attributes, m_next, Models::CancelToken());
        QVERIFY2(changes, qPrintable(changes ? QString() : changes.error().describe()));
        QVERIFY(changes->full);
        QCOMPARE(changes->snapshot.accounts.size(), 2499);
        QVERIFY(!changes->next.value.isEmpty());
        const auto arrivals = service().arrivals();
        QVERIFY(std::any_of(arrivals.cbegin(), arrivals.cend(), [](const Arrival& a) { return a.status == 410; }));

        // The new deltaLink works.
        const auto after = m_directory->readChanges(m_attributes, changes->next, Models::CancelToken());
        QVERIFY(after && !after->full && after->snapshot.accounts.isEmpty());
    }

    // The manager comes with the users: $expand on full reads (100 users a page then), manager@delta
    // on delta rounds. No request per user, however many users change.
    void managersComeWithTheReadsNotOneRequestPerUser()
    {
        // A second directory of its own, 1,000 reports under 10 managers, for another app (the
        // write limiter is per app and tenant) with a quota that lets the moves below go at once.
        GraphServiceOptions options;
        options.clientId = QStringLiteral("3f1c9a2e-8d4b-4c6f-a1e7-5b2d9c0e7f41");
        options.writeQuota = 150'000;
        GraphFixture fixture(options);
        QVERIFY(fixture.start());
        GraphService& graph = fixture.server.service();
        QList<QJsonObject> managers;
        for (int m = 0; m < 10; ++m)
            managers.append({{QStringLiteral("userPrincipalName"), QStringLiteral("boss%1@contoso.test").arg(m)}});
        graph.addUsers(managers);
        QList<QJsonObject> reports;
        for (int i = 0; i < 1000; ++i)
            reports.append({{QStringLiteral("userPrincipalName"), QStringLiteral("report%1@contoso.test").arg(i)},
                            {QStringLiteral("manager"), QStringLiteral("boss%1@contoso.test").arg(i % 10)}});
        graph.addUsers(reports);
        const auto idOf = [&](const QString& upn) { return graph.userByUpn(upn)->properties.value(QLatin1String("id")).toString(); };
        const auto requestsTo = [&](const QString& start) {
            const auto arrivals = graph.arrivals();
            return int(std::count_if(arrivals.cbegin(), arrivals.cend(), [&](const Arrival& a) { return a.path.startsWith(start); }));
        };
        const auto perUser = [&] {
            const auto arrivals = graph.arrivals();
            return int(std::count_if(arrivals.cbegin(), arrivals.cend(),
                                     [](const Arrival& a) { return a.path.endsWith(QLatin1String("/manager")); }));
        };
        const QStringList attributes{QStringLiteral("employeeId"), QStringLiteral("manager")};
        auto directory = fixture.directory();

        const auto full = directory->readChanges(attributes, {}, Models::CancelToken());
        QVERIFY2(full, qPrintable(full ? QString() : full.error().describe()));
        QVERIFY(full->full);
        QCOMPARE(full->snapshot.accounts.size(), 1010);
        QHash<QString, QString> managerOf;
        for (const auto& account : full->snapshot.accounts)
            managerOf.insert(account.id, Models::firstValue(account.attributes, QStringLiteral("manager")));
        QCOMPARE(managerOf.value(idOf(QStringLiteral("report17@contoso.test"))), idOf(QStringLiteral("boss7@contoso.test")));
        QVERIFY(managerOf.value(idOf(QStringLiteral("boss3@contoso.test"))).isEmpty());
        QCOMPARE(requestsTo(QStringLiteral("/v1.0/users/delta")), 1);   // $deltatoken=latest
        QCOMPARE(requestsTo(QStringLiteral("/v1.0/users")) - 1, 11);     // 1,010 users, 100 a page with $expand
        QCOMPARE(perUser(), 0);

        // 400 reports move to another manager, one loses hers: written the way a run writes them.
        QList<Models::Operation> moves;
        for (int i = 0; i < 400; ++i)
            moves.append(operation(Kind::Update, idOf(QStringLiteral("report%1@contoso.test").arg(i)),
                                   {{QStringLiteral("manager"), idOf(QStringLiteral("boss%1@contoso.test").arg((i + 1) % 10))}}));
        moves.append(operation(Kind::Update, idOf(QStringLiteral("report999@contoso.test")), {{QStringLiteral("manager"), QString()}}));
        const auto written = applyAll(*directory, moves);
        QVERIFY2(failures(written).isEmpty(), qPrintable(failures(written)));

        const int deltaBefore = requestsTo(QStringLiteral("/v1.0/users/delta"));
        const auto changes = directory->readChanges(attributes, full->next, Models::CancelToken());
        QVERIFY2(changes, qPrintable(changes ? QString() : changes.error().describe()));
        QVERIFY(!changes->full);
        QCOMPARE(changes->snapshot.accounts.size(), 401);
        QHash<QString, QString> changed;
        for (const auto& account : changes->snapshot.accounts)
            changed.insert(account.id, Models::firstValue(account.attributes, QStringLiteral("manager")));
        QCOMPARE(changed.value(idOf(QStringLiteral("report17@contoso.test"))), idOf(QStringLiteral("boss8@contoso.test")));
        QVERIFY(changed.contains(idOf(QStringLiteral("report999@contoso.test"))));
        QVERIFY(changed.value(idOf(QStringLiteral("report999@contoso.test"))).isEmpty());   // manager@delta: @removed
        QCOMPARE(requestsTo(QStringLiteral("/v1.0/users/delta")) - deltaBefore, 3);          // 401 changes, 200 a page
        QCOMPARE(perUser(), 0);
    }

    void deltaCanBeTurnedOff()
    {
        auto settings = m_fixture->settings();
        settings.delta = false;
        auto directory = m_fixture->directory(settings);
        QVERIFY(!directory->capabilities().deltaReads);
        const auto changes = directory->readChanges(m_attributes, m_next, Models::CancelToken());
        QVERIFY(changes && changes->full && changes->next.value.isEmpty());
    }

private:
    Connectors::DirectoryWatermark m_next;
};

QTEST_GUILESS_MAIN(TestGraphReads)
#include "tst_graphreads.moc"
