// Every shipped mapping template loads, validates, and turns a realistic worker into a joiner
// without errors: a template an admin starts from must work as it is.
#include "app/mappingtemplates.h"
#include "models/lifecycle/planbuilder.h"

#include <QTest>

using namespace Tenure;

class TestMappingTemplates : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theFourTemplatesAreShipped()
    {
        QCOMPARE(App::MappingTemplates::names(),
                 (QStringList{QStringLiteral("csv-to-ad"), QStringLiteral("csv-to-entra"), QStringLiteral("successfactors-to-ad"),
                              QStringLiteral("workday-to-ad")}));
    }

    void eachTemplateProvisionsANamesakeWithDiacritics_data()
    {
        QTest::addColumn<QString>("name");
        for (const auto& name : App::MappingTemplates::names())
            QTest::newRow(qPrintable(name)) << name;
    }
    void eachTemplateProvisionsANamesakeWithDiacritics()
    {
        QFETCH(QString, name);
        auto loaded = App::MappingTemplates::load(name);
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().describe()));
        QVERIFY(!loaded->title.isEmpty());
        QVERIFY(!loaded->description.isEmpty());

        Models::PlanInputs in;
        in.mapping = loaded->mapping;
        in.today = QDate(2026, 11, 23);
        in.newAccountId = [](const Models::Attributes&) -> Models::Result<QString> { return QStringLiteral("new"); };
        for (int i = 1; i <= 2; ++i) {   // two people with the same name
            Models::Worker worker;
            worker.workerId = QString::number(1000 + i);
            for (const auto& field : in.mapping.sourceAttributes())
                worker.attributes.insert(field, {QStringLiteral("Zoë O'Brien-Łukasz")});
            worker.attributes.insert(in.mapping.lifecycle.status, {QStringLiteral("Active")});
            worker.attributes.insert(in.mapping.lifecycle.hireDate, {QStringLiteral("2020-02-03")});
            for (const auto* id : {"WorkerID", "personIdExternal"})
                worker.attributes.insert(QLatin1String(id), {worker.workerId});
            worker.attributes.insert(QStringLiteral("WorkerType"), {QStringLiteral("Employee")});
            in.hr.workers.append(worker);
        }
        auto plan = Models::PlanBuilder::build(in);
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().describe()));
        QCOMPARE(plan->operations.size(), 2);
        QStringList uniques;
        for (const auto& op : plan->operations) {
            QVERIFY2(op.category == Models::Category::Joiner, qPrintable(op.reason));
            for (const auto& change : op.changes)
                if (change.attribute == QLatin1String("sAMAccountName") || change.attribute == QLatin1String("userPrincipalName"))
                    uniques += change.after;
        }
        // Namesakes never share a generated unique value, and diacritics are gone from them.
        QCOMPARE(QSet<QString>(uniques.cbegin(), uniques.cend()).size(), uniques.size());
        for (const auto& value : uniques)
            QVERIFY2(value.toLatin1() == value.toUtf8() && !value.contains(u'ë'), qPrintable(value));
    }

    void anUnknownTemplateListsTheKnownOnes()
    {
        auto loaded = App::MappingTemplates::load(QStringLiteral("csv-to-nowhere"));
        QVERIFY(!loaded);
        QVERIFY(loaded.error().message.contains(QStringLiteral("csv-to-ad")));
    }
};

QTEST_GUILESS_MAIN(TestMappingTemplates)
#include "tst_mappingtemplates.moc"
