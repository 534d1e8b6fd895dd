// The Audit page's filters by who, what and when: a date range shows only the events of those
// days (local days, both ends included), a period ending today leaves older events out, the export
// writes exactly the filtered view, and backdated history still verifies.
#include "app/workspace.h"
#include "models/store/auditchain.h"
#include "resources/initresources.h"
#include "ui/auditpage.h"
#include "ui/errorbanner.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Tenure;

namespace {

constexpr int Timeout = 20000;

// Noon, local time, `daysAgo` days before today.
QDateTime daysAgo(int days) { return QDateTime(QDate::currentDate().addDays(-days), QTime(12, 0)); }

} // namespace

class TestAuditPage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<App::Workspace> m_workspace;
    std::unique_ptr<Ui::AuditPage> m_page;

    // Appends an event dated `at`, chained as AuditLog does, as if written that day.
    bool appendAt(const QDateTime& at, const QString& actor, const QString& action, const QString& why)
    {
        QSqlQuery last(m_workspace->database().connection());
        if (!last.exec(QStringLiteral("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1")))
            return false;
        Models::AuditRecord record;
        record.seq = last.next() ? last.value(0).toLongLong() + 1 : 1;
        record.prevHash = record.seq == 1 ? QString::fromLatin1(Models::AuditGenesisHash) : last.value(1).toString();
        last.finish();
        record.at = Models::auditTimeText(at.toUTC());
        record.actor = actor;
        record.action = action;
        record.subject = QStringLiteral("approval/%1").arg(record.seq);
        record.why = why;
        record.before = Models::auditJsonText({});
        record.after = Models::auditJsonText({});
        record.hash = Models::auditHash(record);
        QSqlQuery insert(m_workspace->database().connection());
        insert.prepare(QStringLiteral("INSERT INTO audit_events (seq, at, actor, action, subject, why, before_json, after_json,"
                                      " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant& value : QVariantList{record.seq, record.at, record.actor, record.action, record.subject, record.why,
                                                  record.before, record.after, record.prevHash, record.hash})
            insert.addBindValue(value);
        return insert.exec();
    }

    QStringList shownWhy() const
    {
        QStringList why;
        for (const auto& event : m_page->events())
            why << event.why;
        return why;
    }

    bool settled() { return QTest::qWaitFor([&] { return !m_page->isBusy(); }, Timeout); }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("TenureTests"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        Ui::initResources();
        auto workspace = App::Workspace::open(m_dir.filePath(QStringLiteral("audit.tenure")));
        QVERIFY(workspace);
        m_workspace = std::move(*workspace);
        QVERIFY(appendAt(daysAgo(40), QStringLiteral("alice"), QStringLiteral("approval.requested"), QStringLiteral("forty days ago")));
        QVERIFY(appendAt(daysAgo(10), QStringLiteral("bob"), QStringLiteral("approval.granted"), QStringLiteral("ten days ago")));
        QVERIFY(appendAt(daysAgo(2), QStringLiteral("alice"), QStringLiteral("approval.rejected"), QStringLiteral("two days ago")));
        QVERIFY(appendAt(QDateTime(QDate::currentDate(), QTime(0, 30)), QStringLiteral("bob"), QStringLiteral("run.started"),
                         QStringLiteral("early today")));
        QVERIFY(m_workspace->audit().verify()->intact());

        m_page = std::make_unique<Ui::AuditPage>(*m_workspace);
        m_page->resize(1200, 600);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->reload();
        QVERIFY(settled());
        QCOMPARE(m_page->events().size(), 4);
    }

    void cleanupTestCase() { m_page.reset(); }

    void aDateRangeShowsOnlyTheEventsOfThoseDays()
    {
        m_page->setDateRange(QDate::currentDate().addDays(-12), QDate::currentDate().addDays(-9));
        QCOMPARE(m_page->periodFilter()->currentData().toInt(), int(Ui::AuditPage::Period::Custom));
        QVERIFY(QTest::qWaitFor([&] { return settled() && shownWhy() == QStringList{QStringLiteral("ten days ago")}; }, Timeout));
        QCOMPARE(m_page->table()->rowCount(), 1);

        // Both ends are whole days: a range of one day holds an event at its noon.
        m_page->setDateRange(QDate::currentDate().addDays(-2), QDate::currentDate().addDays(-2));
        QVERIFY(QTest::qWaitFor([&] { return settled() && shownWhy() == QStringList{QStringLiteral("two days ago")}; }, Timeout));
    }

    void theDatePickersDriveTheFilter()
    {
        m_page->setPeriod(Ui::AuditPage::Period::AnyTime);
        QVERIFY(QTest::qWaitFor([&] { return settled() && m_page->events().size() == 4; }, Timeout));
        QVERIFY(!m_page->fromDate()->isEnabled());
        m_page->setPeriod(Ui::AuditPage::Period::Custom);
        QVERIFY(m_page->fromDate()->isEnabled());
        // As picked in the calendar: from 45 days ago to 5 days ago.
        m_page->fromDate()->setDate(QDate::currentDate().addDays(-45));
        m_page->toDate()->setDate(QDate::currentDate().addDays(-5));
        QVERIFY(QTest::qWaitFor([&] {
            return settled() && shownWhy() == QStringList{QStringLiteral("forty days ago"), QStringLiteral("ten days ago")};
        }, Timeout));
    }

    void aPeriodEndingTodayLeavesOlderEventsOut()
    {
        m_page->setPeriod(Ui::AuditPage::Period::Last7Days);
        QVERIFY(QTest::qWaitFor([&] {
            return settled() && shownWhy() == QStringList{QStringLiteral("two days ago"), QStringLiteral("early today")};
        }, Timeout));
        m_page->setPeriod(Ui::AuditPage::Period::Today);
        QVERIFY(QTest::qWaitFor([&] { return settled() && shownWhy() == QStringList{QStringLiteral("early today")}; }, Timeout));
    }

    void whoWhatAndWhenCombine()
    {
        m_page->setPeriod(Ui::AuditPage::Period::Last30Days);
        QTest::keyClicks(m_page->actorFilter(), QStringLiteral("bob"));
        QVERIFY(QTest::qWaitFor([&] {
            return settled() && shownWhy() == QStringList{QStringLiteral("ten days ago"), QStringLiteral("early today")};
        }, Timeout));
        m_page->actionFilter()->setEditText(QStringLiteral("approval."));
        QVERIFY(QTest::qWaitFor([&] { return settled() && shownWhy() == QStringList{QStringLiteral("ten days ago")}; }, Timeout));
        QVERIFY2(m_page->filterDescription().contains(QStringLiteral("by bob")), qPrintable(m_page->filterDescription()));
    }

    void theExportWritesExactlyTheFilteredView()
    {
        const QString path = m_dir.filePath(QStringLiteral("filtered.json"));
        m_page->exportTo(path, Ui::AuditPage::Format::Json);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        QVERIFY(json.contains("ten days ago"));
        QVERIFY(!json.contains("forty days ago"));
        QVERIFY(!json.contains("early today"));
        QCOMPARE(m_page->banner()->kind(), Ui::ErrorBanner::Kind::Success);
        QVERIFY2(m_page->banner()->text().contains(QStringLiteral("shown (by bob")), qPrintable(m_page->banner()->text()));
    }

    void backdatedHistoryStillVerifies()
    {
        m_page->verify();
        QVERIFY(settled());
        QVERIFY2(m_page->verdictLabel()->text().contains(QStringLiteral("intact")), qPrintable(m_page->verdictLabel()->text()));
    }
};

QTEST_MAIN(TestAuditPage)
#include "tst_auditpage.moc"
