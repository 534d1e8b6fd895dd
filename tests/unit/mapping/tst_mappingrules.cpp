// Mapping rules as the planner applies them: expressions, defaults, null flow, matching precedence,
// scoping, and unique values checked against the directory and against the plan itself.
#include "models/lifecycle/planbuilder.h"

#include <QTest>

using namespace Tenure::Models;

namespace {

Worker worker(const QString& id, const QString& first, const QString& last, const QString& extra = {})
{
    Worker w;
    w.workerId = id;
    w.sourceLine = id.toInt() + 1;
    w.attributes = {{QStringLiteral("WorkerID"), {id}}, {QStringLiteral("First"), {first}}, {QStringLiteral("Last"), {last}}};
    if (!extra.isEmpty())
        w.attributes.insert(QStringLiteral("Extra"), {extra});
    return w;
}

Account account(const QString& dn, Attributes attributes, bool enabled = true) { return {dn, std::move(attributes), enabled}; }

AttributeMapping matching(AttributeMapping mapping, int precedence)
{
    mapping.matchingPrecedence = precedence;
    return mapping;
}

const QString uniqueUid = QStringLiteral(
    "SelectUniqueValue(ToLower(Join(\"\", Left([First], 1), [Last])), ToLower(Join(\".\", [First], [Last])), "
    "ToLower(Join(\"\", [First], [Last], \"2\")))");

PlanInputs inputs(QList<Worker> workers, QList<Account> accounts, QList<AttributeMapping> rules)
{
    PlanInputs in;
    in.tenant = QStringLiteral("T");
    in.hr.workers = std::move(workers);
    in.directory.accounts = std::move(accounts);
    in.mapping.attributes = {matching(AttributeMapping::direct(QStringLiteral("employeeNumber"), QStringLiteral("WorkerID")), 1)};
    in.mapping.attributes += rules;
    in.mapping.lifecycle.displayName = QStringLiteral("Last");
    in.today = QDate(2026, 11, 23);
    in.newAccountId = [](const Attributes& a) -> Result<QString> {
        return QStringLiteral("uid=%1").arg(firstValue(a, QStringLiteral("employeeNumber")));
    };
    return in;
}

Plan build(const PlanInputs& in)
{
    auto plan = PlanBuilder::build(in);
    if (!plan)
        qFatal("%s", qPrintable(plan.error().describe()));
    return *plan;
}

AttributeValue afterOf(const Operation& op, const QString& attribute)
{
    for (const auto& change : op.changes)
        if (change.attribute == attribute)
            return change.after;
    return {QStringLiteral("<not changed>")};
}

const Operation& forWorker(const Plan& plan, const QString& id)
{
    for (const auto& op : plan.operations)
        if (op.workerId == id)
            return op;
    qFatal("no operation for %s", qPrintable(id));
}

} // namespace

class TestMappingRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void anExpressionComputesTheValueAndSaysSoInWhy()
    {
        const auto plan = build(inputs({worker(QStringLiteral("1"), QStringLiteral("Zoë"), QStringLiteral("Ångström"))}, {},
                                       {AttributeMapping::fromExpression(QStringLiteral("cn"),
                                                                         QStringLiteral("Join(\" \", [First], [Last])"))}));
        const auto& op = forWorker(plan, QStringLiteral("1"));
        QCOMPARE(afterOf(op, QStringLiteral("cn")), QStringList{QStringLiteral("Zoë Ångström")});
        for (const auto& change : op.changes)
            if (change.attribute == QLatin1String("cn"))
                QCOMPARE(change.why, QStringLiteral("expression Join(\" \", [First], [Last])"));
    }

    void aDefaultReplacesANullValue()
    {
        auto rule = AttributeMapping::direct(QStringLiteral("title"), QStringLiteral("Extra"));
        rule.defaultValue = QStringLiteral("Staff");
        const auto plan = build(inputs({worker(QStringLiteral("1"), QStringLiteral("A"), QStringLiteral("B"))}, {}, {rule}));
        QCOMPARE(afterOf(forWorker(plan, QStringLiteral("1")), QStringLiteral("title")), QStringList{QStringLiteral("Staff")});
    }

    void nullFlowClearEmptiesTheTargetAndLeaveKeepsIt_data()
    {
        QTest::addColumn<int>("flow");
        QTest::addColumn<bool>("cleared");
        QTest::newRow("clear") << int(NullFlow::Clear) << true;
        QTest::newRow("leave") << int(NullFlow::Leave) << false;
    }
    void nullFlowClearEmptiesTheTargetAndLeaveKeepsIt()
    {
        QFETCH(int, flow);
        QFETCH(bool, cleared);
        auto rule = AttributeMapping::direct(QStringLiteral("title"), QStringLiteral("Extra"));
        rule.nullFlow = NullFlow(flow);
        const auto plan = build(inputs({worker(QStringLiteral("1"), QStringLiteral("A"), QStringLiteral("B"))},
                                       {account(QStringLiteral("uid=1"), {{QStringLiteral("employeeNumber"), {QStringLiteral("1")}},
                                                                         {QStringLiteral("title"), {QStringLiteral("Old")}}})},
                                       {rule}));
        const auto& op = forWorker(plan, QStringLiteral("1"));
        QCOMPARE(op.category, cleared ? Category::Mover : Category::Unchanged);
        if (cleared)
            QCOMPARE(afterOf(op, QStringLiteral("title")), QStringList{});
    }

    void ignoreFlowIfNullOrEmptyLeavesTheAttributeAlone()
    {
        const auto plan = build(inputs({worker(QStringLiteral("1"), QStringLiteral("A"), QStringLiteral("B"))},
                                       {account(QStringLiteral("uid=1"), {{QStringLiteral("employeeNumber"), {QStringLiteral("1")}},
                                                                         {QStringLiteral("title"), {QStringLiteral("Old")}}})},
                                       {AttributeMapping::fromExpression(QStringLiteral("title"),
                                                                         QStringLiteral("IgnoreFlowIfNullOrEmpty([Extra])"))}));
        QCOMPARE(forWorker(plan, QStringLiteral("1")).category, Category::Unchanged);
    }

    void matchingFallsBackToTheNextRuleInPrecedence()
    {
        auto mail = matching(AttributeMapping::fromExpression(QStringLiteral("mail"),
                                                              QStringLiteral("ToLower(Join(\"@\", [Last], \"example.test\"))")),
                             2);
        // The account predates employee numbers: only its mail can find it.
        const auto plan = build(inputs({worker(QStringLiteral("1"), QStringLiteral("A"), QStringLiteral("Lee"))},
                                       {account(QStringLiteral("uid=lee"), {{QStringLiteral("mail"), {QStringLiteral("LEE@example.test")}}})},
                                       {mail}));
        const auto& op = forWorker(plan, QStringLiteral("1"));
        QCOMPARE(op.category, Category::Mover);
        QCOMPARE(op.targetId, QStringLiteral("uid=lee"));
        QCOMPARE(afterOf(op, QStringLiteral("employeeNumber")), QStringList{QStringLiteral("1")});
        QCOMPARE(plan.countsByCategory().value(Category::Leaver), 0);
    }

    void aWorkerOutOfScopeHasItsAccountDisabledUnlessDeletionsAreSkipped()
    {
        auto in = inputs({worker(QStringLiteral("1"), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("Contractor")),
                          worker(QStringLiteral("2"), QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("Contractor"))},
                         {account(QStringLiteral("uid=1"), {{QStringLiteral("employeeNumber"), {QStringLiteral("1")}}})}, {});
        in.mapping.scope.groups = {{{QStringLiteral("Extra"), ScopingOperator::NotEquals, QStringLiteral("Contractor")}}};
        auto plan = build(in);
        QCOMPARE(plan.operations.size(), 1);   // worker 2 has no account and is out of scope: nothing
        QCOMPARE(plan.operations.first().category, Category::Leaver);
        QVERIFY(plan.operations.first().reason.contains(QStringLiteral("Extra NOT EQUALS Contractor")));
        in.mapping.skipOutOfScopeDeletions = true;
        QCOMPARE(build(in).operations.size(), 0);
    }

    void uniqueValuesSkipTheDirectoryThePlanAndInvalidCandidates()
    {
        auto in = inputs({worker(QStringLiteral("1"), QStringLiteral("Ann"), QStringLiteral("Lee")),
                          worker(QStringLiteral("2"), QStringLiteral("Ann"), QStringLiteral("Lee")),
                          worker(QStringLiteral("3"), QStringLiteral("Ann"), QStringLiteral("Lee")),
                          worker(QStringLiteral("4"), QStringLiteral("Bob"), QStringLiteral("Stone"))},
                         {account(QStringLiteral("uid=alee"), {{QStringLiteral("uid"), {QStringLiteral("ALee")}}})},
                         {AttributeMapping::fromExpression(QStringLiteral("uid"), uniqueUid, ApplyWhen::OnCreate)});
        // The target refuses "bstone" (say, a reserved name): the next candidate is used.
        in.acceptsValue = [](const QString&, const QString& value) { return value != QLatin1String("bstone"); };
        const auto plan = build(in);
        QCOMPARE(afterOf(forWorker(plan, QStringLiteral("1")), QStringLiteral("uid")), QStringList{QStringLiteral("ann.lee")});
        QCOMPARE(afterOf(forWorker(plan, QStringLiteral("2")), QStringLiteral("uid")), QStringList{QStringLiteral("annlee2")});
        QCOMPARE(afterOf(forWorker(plan, QStringLiteral("4")), QStringLiteral("uid")), QStringList{QStringLiteral("bob.stone")});
        const auto& third = forWorker(plan, QStringLiteral("3"));
        QCOMPARE(third.category, Category::Error);
        QVERIFY2(third.reason.contains(QStringLiteral("annlee2")), qPrintable(third.reason));
    }

    void anAccountsOwnValueIsNotTakenFromItself()
    {
        auto rule = AttributeMapping::fromExpression(QStringLiteral("uid"), uniqueUid);
        const auto plan = build(inputs({worker(QStringLiteral("1"), QStringLiteral("Ann"), QStringLiteral("Lee"))},
                                       {account(QStringLiteral("uid=alee"), {{QStringLiteral("employeeNumber"), {QStringLiteral("1")}},
                                                                            {QStringLiteral("uid"), {QStringLiteral("alee")}}})},
                                       {rule}));
        QCOMPARE(forWorker(plan, QStringLiteral("1")).category, Category::Unchanged);
    }

    void anExpressionWithATypoIsRefusedNamingTheAttributeAndColumn()
    {
        auto in = inputs({worker(QStringLiteral("1"), QStringLiteral("A"), QStringLiteral("B"))}, {},
                         {AttributeMapping::fromExpression(QStringLiteral("cn"), QStringLiteral("Jion(\" \", [First])"))});
        auto plan = PlanBuilder::build(in);
        QVERIFY(!plan);
        QCOMPARE(plan.error().context.attribute, QStringLiteral("cn"));
        QVERIFY2(plan.error().message.contains(QStringLiteral("column 1")), qPrintable(plan.error().message));
        QVERIFY2(plan.error().message.contains(QStringLiteral("Join")), qPrintable(plan.error().message));
    }

    void anEvaluationErrorIsThatWorkersErrorAndTheOthersProceed()
    {
        const auto plan = build(inputs({worker(QStringLiteral("1"), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("boom")),
                                        worker(QStringLiteral("2"), QStringLiteral("C"), QStringLiteral("D"))},
                                       {},
                                       {AttributeMapping::fromExpression(
                                           QStringLiteral("title"), QStringLiteral("IIF(IsPresent([Extra]), Error(\"bad title\"), \"ok\")"))}));
        QCOMPARE(forWorker(plan, QStringLiteral("1")).category, Category::Error);
        QVERIFY(forWorker(plan, QStringLiteral("1")).reason.contains(QStringLiteral("bad title")));
        QCOMPARE(forWorker(plan, QStringLiteral("2")).category, Category::Joiner);
    }

    void aMappingSetRoundTripsThroughJson()
    {
        MappingSet set = inputs({}, {}, {}).mapping;
        auto rule = AttributeMapping::fromExpression(QStringLiteral("uid"), uniqueUid, ApplyWhen::OnCreate);
        rule.defaultValue = QStringLiteral("x");
        rule.nullFlow = NullFlow::Leave;
        set.attributes.append(rule);
        set.scope.groups = {{{QStringLiteral("Extra"), ScopingOperator::IsNotNull, {}}}};
        set.skipOutOfScopeDeletions = true;
        auto back = MappingSet::fromJson(set.toJson());
        QVERIFY(back);
        QCOMPARE(back->attributes, set.attributes);
        QCOMPARE(back->scope.toJson(), set.scope.toJson());
        QVERIFY(back->skipOutOfScopeDeletions);
    }

    void aMappingSetWithoutMatchingIsRefused()
    {
        MappingSet set;
        set.attributes = {AttributeMapping::direct(QStringLiteral("cn"), QStringLiteral("Name"))};
        auto valid = set.validate();
        QVERIFY(!valid);
        QVERIFY(valid.error().message.contains(QStringLiteral("matching")));
    }
};

QTEST_GUILESS_MAIN(TestMappingRules)
#include "tst_mappingrules.moc"
