// The demo company: deterministic, realistic, and planned against its own seed it shows every
// category in the intended amounts.
#include "app/demo/demodata.h"
#include "app/demo/demomapping.h"
#include "app/demo/demoseed.h"
#include "connectors/hr/csv/csvworkersource.h"
#include "models/lifecycle/planbuilder.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace Tenure;
using App::Demo::DemoRole;
using Models::Category;

namespace {

const QDate Today(2025, 3, 14);

Models::HrSnapshot readCsv(const QByteArray& csv)
{
    Connectors::CsvSourceSettings settings;
    settings.path = QStringLiteral("workers.csv");
    auto snapshot = Connectors::CsvWorkerSource(settings).parse(csv, {});
    return snapshot ? *snapshot : Models::HrSnapshot{};
}

Models::Plan planFor(const App::Demo::DemoData& data, const QDate& today)
{
    Models::PlanInputs inputs;
    inputs.tenant = App::Demo::directoryTenantName();
    inputs.hr = readCsv(data.workersCsv);
    inputs.directory.accounts = data.seedAccounts;
    inputs.mapping = App::Demo::demoMapping();
    inputs.today = today;
    inputs.newAccountId = [](const Models::Attributes& attributes) -> Models::Result<QString> {
        return App::Demo::accountDn(Models::firstValue(attributes, QStringLiteral("uid")));
    };
    auto plan = Models::PlanBuilder::build(inputs);
    return plan ? *plan : Models::Plan{};
}

QString describe(const QMap<Category, int>& counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(Models::categoryName(it.key())).arg(it.value()));
    return parts.join(QStringLiteral(", "));
}

} // namespace

class TestDemoData : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_data = App::Demo::generateDemoData(Today); }

    void sameSeedAndDayGiveTheSameBytes()
    {
        const auto again = App::Demo::generateDemoData(Today);
        QCOMPARE(again.workersCsv, m_data.workersCsv);
        QCOMPARE(again.seedLdif, m_data.seedLdif);
        QVERIFY(App::Demo::generateDemoData(Today, 7).workersCsv != m_data.workersCsv);
    }

    void holdsAboutTwoThousandWorkers()
    {
        const auto hr = readCsv(m_data.workersCsv);
        const auto rows = hr.workers.size() + hr.errors.size();
        QVERIFY2(rows >= 1900 && rows <= 2100, qPrintable(QString::number(rows)));
        QCOMPARE(hr.errors.size(), 1);   // the wrong field count; the bad date is the planner's to find
    }

    void namesHaveDiacriticsFromSeveralCultures()
    {
        const auto text = QString::fromUtf8(m_data.workersCsv);
        for (const char* name : {"José", "Zoë", "Łukasz", "Søren", "Ngozi", "Nguyễn", "Müller", "O'Brien", "Kraków"})
            QVERIFY2(text.contains(QString::fromUtf8(name)), name);
    }

    void namesakesGetDistinctMails()
    {
        QHash<QString, int> byName;
        QSet<QString> mails;
        for (const auto& person : m_data.people) {
            ++byName[person.displayName()];
            QVERIFY2(!mails.contains(person.email), qPrintable(person.email));
            mails.insert(person.email);
            // Mail local parts are folded to ASCII: "Łukasz Nowak" → lukasz.nowak.
            for (const QChar c : person.email)
                QVERIFY2(c.unicode() < 0x80, qPrintable(person.email));
        }
        int namesShared = 0;
        for (const int count : byName)
            namesShared += count > 1 ? 1 : 0;
        QVERIFY2(namesShared >= 5, qPrintable(QString::number(namesShared)));
        QVERIFY(mails.contains(QStringLiteral("jose.garcia2@example.test")));
    }

    void everyManagerIsAnActiveWorkerUpToOneChiefExecutive()
    {
        QHash<QString, const App::Demo::DemoPerson*> byId;
        for (const auto& person : m_data.people)
            if (person.inHr())
                byId.insert(person.workerId, &person);
        int withoutManager = 0;
        for (const auto* person : std::as_const(byId)) {
            if (person->managerId.isEmpty()) {
                ++withoutManager;
                QCOMPARE(person->jobTitle, QStringLiteral("Chief Executive Officer"));
                continue;
            }
            const auto* manager = byId.value(person->managerId);
            QVERIFY2(manager, qPrintable(person->workerId + QStringLiteral(" → ") + person->managerId));
            QCOMPARE(manager->role, DemoRole::Unchanged);
            int depth = 0;
            for (const auto* up = person; !up->managerId.isEmpty(); up = byId.value(up->managerId))
                QVERIFY(++depth < 6);   // CEO → head → lead → staff: no cycles
        }
        QCOMPARE(withoutManager, 1);
    }

    void datesAreRelativeToToday()
    {
        for (const auto& person : m_data.people) {
            if (person.role == DemoRole::FutureHire)
                QVERIFY(person.hireDate > Today);
            else
                QVERIFY(person.hireDate <= Today);
            if (person.terminated())
                QVERIFY(person.terminationDate < Today && person.terminationDate > person.hireDate);
        }
    }

    void firstPreviewShowsEveryCategoryInTheIntendedMix()
    {
        const auto plan = planFor(m_data, Today);
        QVERIFY(!plan.isBlocked());
        const auto counts = plan.countsByCategory();
        qInfo("planned: %s; announced by demo init: %s", qPrintable(describe(counts)),
              qPrintable(describe(App::Demo::expectedCounts(m_data.people))));

        const auto within = [&](Category category, int low, int high) {
            const int count = counts.value(category);
            QVERIFY2(count >= low && count <= high,
                     qPrintable(QStringLiteral("%1: %2").arg(Models::categoryName(category)).arg(count)));
        };
        within(Category::Unchanged, 1650, 1850);
        within(Category::Mover, 50, 70);
        within(Category::Joiner, 100, 140);
        within(Category::Leaver, 30, 40);      // 25 terminated in HR + 10 no longer in HR
        within(Category::Rehire, 2, 5);
        within(Category::FutureDated, 8, 15);
        QCOMPARE(counts.value(Category::Error), 2);
    }

    // A typo in one HR row must not disable that worker's account as if they had left.
    void malformedRowsNeverDisableTheirAccounts()
    {
        QSet<QString> malformed;
        for (const auto& person : m_data.people)
            if (person.role == DemoRole::BadDate || person.role == DemoRole::BadFieldCount)
                malformed.insert(App::Demo::accountDn(person.workerId));
        QCOMPARE(malformed.size(), 2);
        const auto plan = planFor(m_data, Today);
        for (const auto& op : plan.operations)
            QVERIFY2(!(op.writes() && malformed.contains(op.targetId)),
                     qPrintable(QStringLiteral("%1 %2: %3").arg(Models::categoryName(op.category), op.targetId, op.reason)));
        QCOMPARE(describe(plan.countsByCategory()), describe(App::Demo::expectedCounts(m_data.people)));
    }

    void errorsNameTheirLines()
    {
        const auto plan = planFor(m_data, Today);
        QStringList reasons;
        for (const auto& op : plan.operations) {
            if (op.category != Category::Error)
                continue;
            QVERIFY(op.sourceLine > 1);
            QVERIFY(!op.workerId.isEmpty());
            reasons.append(op.reason);
        }
        QCOMPARE(reasons.size(), 2);
        QVERIFY2(reasons.join(u'|').contains(QStringLiteral("fields")), qPrintable(reasons.join(u'|')));
        QVERIFY2(reasons.join(u'|').contains(QStringLiteral("HireDate")), qPrintable(reasons.join(u'|')));
    }

    void moversChangeOnlyWhatHrChanged()
    {
        const auto plan = planFor(m_data, Today);
        QSet<QString> changed;
        for (const auto& op : plan.operations)
            if (op.category == Category::Mover)
                for (const auto& change : op.changes)
                    changed.insert(change.attribute);
        const QSet<QString> expected{QStringLiteral("title"), QStringLiteral("departmentNumber"), QStringLiteral("l"),
                                     QStringLiteral("sn"), QStringLiteral("cn"), QStringLiteral("displayName")};
        QCOMPARE(changed, expected);
    }

    void seedLdifHoldsTheAccountsWithDiacriticsInBase64()
    {
        const auto& ldif = m_data.seedLdif;
        QCOMPARE(int(QByteArray("\n" + ldif).count("\ndn: uid=")), int(m_data.seedAccounts.size()));
        int locked = 0;
        for (const auto& account : m_data.seedAccounts)
            locked += account.enabled ? 0 : 1;
        QCOMPARE(int(ldif.count("pwdAccountLockedTime: 000001010000Z")), locked);
        // RFC 2849: a value that is not ASCII is written base64 after "::".
        const QByteArray encoded = "sn:: " + QString::fromUtf8("Müller").toUtf8().toBase64() + '\n';
        QVERIFY(ldif.contains(encoded));
        QVERIFY(!ldif.contains(QString::fromUtf8("Müller").toUtf8()));
    }

private:
    App::Demo::DemoData m_data;
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
