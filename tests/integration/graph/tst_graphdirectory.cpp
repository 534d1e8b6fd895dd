// GraphDirectory against the local Graph server: every operation kind, the manager reference,
// revoked sessions on disable, soft delete, and what the server refuses.

#include "graphfixture.h"

using namespace Tenure;
using namespace Tenure::Tests::Graph;
using Kind = Models::OperationKind;

class TestGraphDirectory : public QObject {
    Q_OBJECT

    std::unique_ptr<GraphFixture> m_fixture;
    std::unique_ptr<Connectors::GraphDirectory> m_directory;

    GraphService& service() { return m_fixture->server.service(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = std::make_unique<GraphFixture>();
        QVERIFY2(m_fixture->start(), qPrintable(m_fixture->server.errorString()));
        m_directory = m_fixture->directory();
        QVERIFY(m_directory);
    }

    void capabilitiesTellTheTruth()
    {
        const auto c = m_directory->capabilities();
        QVERIFY(c.disable && c.enable && c.revokeSessions && c.deltaReads);
        QVERIFY(!c.move && !c.setPassword);
    }

    void testConnectionSignsInAndReads()
    {
        const auto result = m_directory->testConnection();
        QVERIFY2(result, qPrintable(result ? QString() : result.error().describe()));
        QVERIFY(result->contains(QLatin1String("Connected to Microsoft Graph")));
    }

    void createSetsRequiredPropertiesAndManagerByReference()
    {
        const auto outcomes = applyAll(*m_directory, {
            operation(Kind::Create, QStringLiteral("ada@contoso.test"),
                      {{QStringLiteral("displayName"), QStringLiteral("Ada Lovelace")},
                       {QStringLiteral("givenName"), QStringLiteral("Ada")},
                       {QStringLiteral("employeeId"), QStringLiteral("E1")},
                       {QStringLiteral("jobTitle"), QStringLiteral("Analyst")}}),
            operation(Kind::Create, QStringLiteral("grace@contoso.test"),
                      {{QStringLiteral("displayName"), QStringLiteral("Grace Hopper")},
                       {QStringLiteral("employeeId"), QStringLiteral("E2")},
                       {QStringLiteral("manager"), QStringLiteral("ada@contoso.test")}}),
        });
        QVERIFY2(failures(outcomes).isEmpty(), qPrintable(failures(outcomes)));
        QVERIFY(outcomes[0]->contains(QLatin1String("created with object id")));

        const auto ada = service().userByUpn(QStringLiteral("ada@contoso.test"));
        QVERIFY(ada);
        QCOMPARE(ada->creates, 1);
        QCOMPARE(ada->properties.value(QLatin1String("employeeId")).toString(), QStringLiteral("E1"));
        QCOMPARE(ada->properties.value(QLatin1String("mailNickname")).toString(), QStringLiteral("ada"));
        QCOMPARE(ada->properties.value(QLatin1String("accountEnabled")).toBool(), true);
        QVERIFY(ada->forceChangePasswordNextSignIn);
        QVERIFY(!ada->properties.contains(QLatin1String("passwordProfile")));
        const auto grace = service().userByUpn(QStringLiteral("grace@contoso.test"));
        QCOMPARE(grace->managerId, ada->properties.value(QLatin1String("id")).toString());
    }

    void readReturnsAccountsWithManager()
    {
        const auto snapshot = m_directory->readAccounts(
            {QStringLiteral("displayName"), QStringLiteral("employeeId"), QStringLiteral("manager")}, Models::CancelToken());
        QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().describe()));
        QCOMPARE(snapshot->accounts.size(), 2);
        const auto& grace = snapshot->accounts.at(1);
        // The manager's object id: the id the planner gives the manager's account, so an
        // unchanged manager compares equal.
        const QString adaId = service().userByUpn(QStringLiteral("ada@contoso.test"))->properties.value(QLatin1String("id")).toString();
        QCOMPARE(Models::firstValue(grace.attributes, QStringLiteral("manager")), adaId);
        QCOMPARE(snapshot->accounts.at(0).id, adaId);
        QCOMPARE(Models::firstValue(grace.attributes, QStringLiteral("employeeId")), QStringLiteral("E2"));
        QVERIFY(grace.enabled);
    }

    void updateDisableEnablePatchAndRevokeSessions()
    {
        const QString ada = service().userByUpn(QStringLiteral("ada@contoso.test"))->properties.value(QLatin1String("id")).toString();
        auto outcomes = applyAll(*m_directory, {
            operation(Kind::Update, ada, {{QStringLiteral("jobTitle"), QStringLiteral("Countess")}}),
            operation(Kind::Disable, ada),
        });
        QVERIFY2(failures(outcomes).isEmpty(), qPrintable(failures(outcomes)));
        QCOMPARE(*outcomes[1], QStringLiteral("sign-in sessions revoked"));
        auto user = service().userByUpn(QStringLiteral("ada@contoso.test"));
        QCOMPARE(user->properties.value(QLatin1String("jobTitle")).toString(), QStringLiteral("Countess"));
        QCOMPARE(user->properties.value(QLatin1String("accountEnabled")).toBool(), false);
        QCOMPARE(user->sessionRevocations, 1);
        QVERIFY(user->properties.contains(QLatin1String("signInSessionsValidFromDateTime")));

        QVERIFY(m_directory->apply(operation(Kind::Enable, ada)));
        user = service().userByUpn(QStringLiteral("ada@contoso.test"));
        QCOMPARE(user->properties.value(QLatin1String("accountEnabled")).toBool(), true);
        QCOMPARE(user->sessionRevocations, 1);   // enabling revokes nothing
    }

    void managerRemovalAndSoftDelete()
    {
        const QString grace = service().userByUpn(QStringLiteral("grace@contoso.test"))->properties.value(QLatin1String("id")).toString();
        QVERIFY(m_directory->apply(operation(Kind::Update, grace, {{QStringLiteral("manager"), QString()}})));
        QVERIFY(service().userByUpn(QStringLiteral("grace@contoso.test"))->managerId.isEmpty());

        QVERIFY(m_directory->apply(operation(Kind::Delete, grace)));
        QVERIFY(!service().userByUpn(QStringLiteral("grace@contoso.test")));
        const auto all = service().users(true);
        const auto deleted = std::find_if(all.cbegin(), all.cend(), [&](const StoredUser& u) {
            return u.properties.value(QLatin1String("id")).toString() == grace;
        });
        QVERIFY(deleted != all.cend());
        QVERIFY(deleted->deleted);   // soft: still there, restorable
        QVERIFY(deleted->properties.contains(QLatin1String("deletedDateTime")));
        const auto snapshot = m_directory->readAccounts({QStringLiteral("displayName")}, Models::CancelToken());
        QCOMPARE(snapshot->accounts.size(), 1);
    }

    void refusalsBecomeClearErrors()
    {
        // An unverified domain: Graph's 400 with its message, mapped to Rejected.
        auto result = m_directory->apply(operation(Kind::Create, QStringLiteral("eve@elsewhere.test"),
                                                   {{QStringLiteral("displayName"), QStringLiteral("Eve")}}));
        QVERIFY(!result);
        QCOMPARE(result.error().code, Models::ErrorCode::Rejected);
        QVERIFY2(result.error().message.contains(QLatin1String("verified domain")), qPrintable(result.error().message));
        QVERIFY(result.error().detail.contains(QLatin1String("request-id")));

        // A user that does not exist: NotFound; the revoke that depended on it is not attempted.
        result = m_directory->apply(operation(Kind::Disable, QStringLiteral("00000000-0000-0000-0000-000000000000")));
        QVERIFY(!result);
        QCOMPARE(result.error().code, Models::ErrorCode::NotFound);

        // Graph cannot move.
        result = m_directory->apply(operation(Kind::Move, QStringLiteral("ada@contoso.test")));
        QVERIFY(!result);
        QCOMPARE(result.error().code, Models::ErrorCode::Rejected);
    }

    void cleanupTestCase()
    {
        m_directory.reset();
        m_fixture.reset();
    }
};

QTEST_GUILESS_MAIN(TestGraphDirectory)
#include "tst_graphdirectory.moc"
