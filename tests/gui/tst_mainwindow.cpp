// The console driven as a person would, offscreen, against a real slapd: refresh, read the
// counts, filter, inspect an operation, run the plan and see the directory change; plus the
// Tenants page (validation, Save to the secret store, Test connection) and errors where they
// happened.
#include "consoleworkspace.h"
#include "models/items/planmodel.h"
#include "ui/approvalspage.h"
#include "ui/categorychips.h"
#include "ui/confirmation.h"
#include "ui/errorbanner.h"
#include "ui/filefield.h"
#include "ui/connectorforms/connectorform.h"
#include "ui/mainwindow.h"
#include "ui/plandetailview.h"
#include "ui/previewpage.h"
#include "ui/runspage.h"
#include "ui/tenantspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace Tenure;
using Models::Category;
using Models::PlanModel;

namespace {

constexpr int Timeout = 20000;

const QByteArray hrCsv =
    "WorkerID,FirstName,LastName,DisplayName,Title,Status,HireDate\n"
    "1001,Ann,Lee,Ann Lee,Engineer,Active,2019-03-01\n"                 // unchanged
    "1002,Bo,Šimůnek,Bo Šimůnek,Lead Engineer,Active,2018-01-01\n"      // mover: title
    "1003,Cy,Ng,Cy Ng,Analyst,Active,2024-05-01\n"                      // joiner
    "1004,Di,Roe,Di Roe,Clerk,Terminated,2015-01-01\n"                  // leaver
    "1005,Ed,Broken,Ed Broken\n"                                         // malformed: an error, line 6
    "1006,Zoë,Ångström,Zoë Ångström,Designer,Active,2023-02-01\n"       // joiner
    "1007,Ola,Berg,Ola Berg,Support,Active,2022-09-15\n";               // joiner

QString seed(const QString& people)
{
    using Tests::ConsoleWorkspace;
    return ConsoleWorkspace::person(people, QStringLiteral("1001"), QStringLiteral("Ann Lee"), QStringLiteral("Lee"), QStringLiteral("Engineer"))
           + ConsoleWorkspace::person(people, QStringLiteral("1002"), QStringLiteral("Bo Šimůnek"), QStringLiteral("Šimůnek"), QStringLiteral("Engineer"))
           + ConsoleWorkspace::person(people, QStringLiteral("1004"), QStringLiteral("Di Roe"), QStringLiteral("Roe"), QStringLiteral("Clerk"))
           + ConsoleWorkspace::person(people, QStringLiteral("1005"), QStringLiteral("Ed Broken"), QStringLiteral("Broken"), QStringLiteral("Clerk"));
}

void click(QWidget* widget)
{
    QVERIFY(widget);
    QVERIFY2(widget->isEnabled(), qPrintable(widget->objectName() + QStringLiteral(" is disabled")));
    QTest::mouseClick(widget, Qt::LeftButton);
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

    Tests::ConsoleWorkspace m_env;
    std::unique_ptr<Ui::MainWindow> m_window;

    Ui::PreviewPage* preview() const { return m_window->previewPage(); }
    Ui::TenantsPage* tenants() const { return m_window->tenantsPage(); }
    PlanModel* model() const { return preview()->model(); }

    int rowOfWorker(const QString& worker) const
    {
        for (int row = 0; row < model()->rowCount(); ++row)
            if (model()->operationAt(row)->workerId == worker)
                return row;
        return -1;
    }

    // Refresh on the Preview page and wait for the plan (or the error banner).
    bool refreshAndWait()
    {
        m_window->showPage(Ui::MainWindow::Page::Preview);
        QSignalSpy reset(model(), &QAbstractItemModel::modelReset);
        QTest::mouseClick(preview()->refreshButton(), Qt::LeftButton);
        return QTest::qWaitFor([&] { return !preview()->isBusy(); }, Timeout) && !preview()->banner()->isVisible();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_env.create(hrCsv, QString()), qPrintable(m_env.error()));
        QVERIFY(m_env.slapd().ldif(seed(m_env.slapd().peopleDn())));
        // A second directory that cannot be reached, for the error banner.
        Models::Tenant unreachable;
        unreachable.name = QStringLiteral("Unreachable");
        unreachable.type = QStringLiteral("ldap");
        unreachable.settings = m_env.slapd().ldapSettings(false);
        unreachable.settings.insert(QStringLiteral("url"), QStringLiteral("ldap://127.0.0.1:1"));
        unreachable.secretRef = QStringLiteral("unreachable");
        unreachable.sourceTenant = QStringLiteral("HR");
        QVERIFY(m_env.workspace().tenants().save(unreachable));
        QVERIFY(m_env.secrets().write(unreachable.secretRef, QStringLiteral("x")));
        QVERIFY2(m_env.saveMapping(unreachable.name), qPrintable(m_env.error()));

        m_window = std::make_unique<Ui::MainWindow>(m_env.workspace(), m_env.connectors(), QStringLiteral("tester"));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(QTest::qWaitFor([&] { return preview()->tenantCombo()->count() == 2; }, Timeout));
        preview()->tenantCombo()->setCurrentText(QStringLiteral("Directory"));
    }

    void cleanupTestCase() { m_window.reset(); }

    void statusBarNamesTheWorkspaceAndTheOperator()
    {
        QVERIFY(m_window->statusText().contains(QStringLiteral("console.tenure")));
        QVERIFY(m_window->statusText().contains(QStringLiteral("tester")));
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("console.tenure")));
    }

    void anEmptyPreviewSaysWhatToDoNext()
    {
        m_window->showPage(Ui::MainWindow::Page::Preview);
        // The page first looks for a stored plan (off the GUI thread); this workspace has none.
        QVERIFY2(QTest::qWaitFor([&] { return preview()->emptyStateText().contains(QStringLiteral("Press Refresh")); }, Timeout),
                 qPrintable(preview()->emptyStateText()));
        QVERIFY(!preview()->runButton()->isEnabled());
        QVERIFY(preview()->runButton()->toolTip().contains(QStringLiteral("Refresh first")));
    }

    void shortcutsSwitchPages_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("page");
        QTest::newRow("Ctrl+1 Tenants") << int(Qt::Key_1) << int(Ui::MainWindow::Page::Tenants);
        QTest::newRow("Ctrl+2 Mappings") << int(Qt::Key_2) << int(Ui::MainWindow::Page::Mappings);
        QTest::newRow("Ctrl+4 Approvals") << int(Qt::Key_4) << int(Ui::MainWindow::Page::Approvals);
        QTest::newRow("Ctrl+5 Runs") << int(Qt::Key_5) << int(Ui::MainWindow::Page::Runs);
        QTest::newRow("Ctrl+6 Audit") << int(Qt::Key_6) << int(Ui::MainWindow::Page::Audit);
        QTest::newRow("Ctrl+3 Preview") << int(Qt::Key_3) << int(Ui::MainWindow::Page::Preview);
    }
    void shortcutsSwitchPages()
    {
        QFETCH(int, key);
        QFETCH(int, page);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key(key), Qt::ControlModifier);
        QCOMPARE(int(m_window->currentPage()), page);
        QCOMPARE(m_window->navigation()->currentRow(), page);
    }

    void anEmptyApprovalQueueSaysSo()
    {
        QVERIFY(QTest::qWaitFor([&] { return !m_window->approvalsPage()->isBusy(); }, Timeout));
        QVERIFY2(m_window->approvalsPage()->emptyStateText().contains(QStringLiteral("Nothing waits for you")),
                 qPrintable(m_window->approvalsPage()->emptyStateText()));
    }

    void noRunYetSaysWhereToStartOne()
    {
        auto* runs = m_window->runsPage();
        QVERIFY(QTest::qWaitFor([&] { return !runs->isBusy(); }, Timeout));
        QVERIFY2(runs->emptyStateText().contains(QStringLiteral("Preview page")), qPrintable(runs->emptyStateText()));
    }

    void refreshShowsThePlanAndItsCounts()
    {
        QVERIFY2(refreshAndWait(), qPrintable(preview()->banner()->text()));
        QCOMPARE(model()->rowCount(), 7);
        const auto chipText = [&](std::optional<Category> category) { return preview()->chips()->chip(category)->text(); };
        QCOMPARE(chipText(std::nullopt), QStringLiteral("All 7"));
        QCOMPARE(chipText(Category::Joiner), QStringLiteral("Joiner 3"));
        QCOMPARE(chipText(Category::Mover), QStringLiteral("Mover 1"));
        QCOMPARE(chipText(Category::Leaver), QStringLiteral("Leaver 1"));
        QCOMPARE(chipText(Category::Unchanged), QStringLiteral("Unchanged 1"));
        QCOMPARE(chipText(Category::Error), QStringLiteral("Error 1"));
        QVERIFY(!preview()->chips()->chip(Category::Rehire)->isVisible());   // none: no chip
        QVERIFY(preview()->planSummaryText().contains(QStringLiteral("7 operations, 5 to write")));
        QVERIFY(preview()->emptyStateText().isEmpty());
        QVERIFY(preview()->runButton()->isEnabled());
        // The malformed row is an error naming its line, not a leaver.
        const auto* broken = model()->operationAt(rowOfWorker(QStringLiteral("1005")));
        QVERIFY(broken);
        QCOMPARE(broken->category, Category::Error);
        QCOMPARE(broken->sourceLine, 6);
    }

    void filtersByTextAndByCategoryChip()
    {
        auto* filter = preview()->filterEdit();
        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("NGSTR"));   // any case; keyClicks types ASCII only
        QVERIFY(QTest::qWaitFor([&] { return model()->rowCount() == 1; }, Timeout));
        QCOMPARE(model()->index(0, PlanModel::WorkerColumn).data().toString(), QStringLiteral("1006"));
        filter->clear();
        QVERIFY(QTest::qWaitFor([&] { return model()->rowCount() == 7; }, Timeout));

        click(preview()->chips()->chip(Category::Joiner));
        QCOMPARE(model()->rowCount(), 3);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(model()->index(row, PlanModel::CategoryColumn).data().toString(), QStringLiteral("Joiner"));
        QVERIFY(preview()->chips()->chip(Category::Joiner)->isChecked());
        QTest::keyClicks(filter, QStringLiteral("berg"));
        QVERIFY(QTest::qWaitFor([&] { return model()->rowCount() == 1; }, Timeout));
        filter->clear();
        click(preview()->chips()->chip(std::nullopt));
        QVERIFY(QTest::qWaitFor([&] { return model()->rowCount() == 7; }, Timeout));
    }

    void theDetailPaneShowsBeforeAfterAndWhy()
    {
        auto* table = preview()->table();
        const int row = rowOfWorker(QStringLiteral("1002"));
        QVERIFY(row >= 0);
        const QModelIndex index = model()->index(row, PlanModel::NameColumn);
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        QCOMPARE(table->currentIndex().row(), row);
        const QString detail = preview()->detail()->plainText();
        QVERIFY2(detail.contains(QStringLiteral("Bo Šimůnek (1002)")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("title: Engineer → Lead Engineer")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("Why: ")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("Title")), qPrintable(detail));   // the HR field behind it
    }

    void aNewerRefreshMakesTheOlderOneStale()
    {
        QSignalSpy reset(model(), &QAbstractItemModel::modelReset);
        QTest::mouseClick(preview()->refreshButton(), Qt::LeftButton);
        QTest::mouseClick(preview()->refreshButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !preview()->isBusy(); }, Timeout));
        QTest::qWait(200);   // a stale result, if it were delivered, would arrive by now
        QCOMPARE(reset.size(), 1);
        QVERIFY2(!preview()->banner()->isVisible(), qPrintable(preview()->banner()->text()));
        QCOMPARE(model()->rowCount(), 7);
        // The selection survives the re-plan.
        QCOMPARE(model()->operationAt(preview()->table()->currentIndex().row())->workerId, QStringLiteral("1002"));
    }

    void f5RefreshesAndCtrlRAsksBeforeRunning()
    {
        m_window->showPage(Ui::MainWindow::Page::Tenants);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QSignalSpy reset(model(), &QAbstractItemModel::modelReset);
        QTest::keyClick(m_window.get(), Qt::Key_F5);   // on the Tenants page: re-reads the tenants
        QCOMPARE(int(m_window->currentPage()), int(Ui::MainWindow::Page::Tenants));
        m_window->showPage(Ui::MainWindow::Page::Preview);
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QVERIFY(QTest::qWaitFor([&] { return reset.size() == 1 && !preview()->isBusy(); }, Timeout));

        // Ctrl+R asks first; "no" starts nothing.
        Ui::Confirmation::setNextAnswer(false);
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
        QVERIFY(Ui::Confirmation::lastQuestion().contains(QStringLiteral("Directory")));
        QTest::qWait(50);
        QVERIFY(!preview()->isBusy());
        QVERIFY(preview()->runButton()->isEnabled());
        QCOMPARE(model()->outcomeCount(Models::OutcomeState::Confirmed), 0);
    }

    void runCarriesOutThePlanAndShowsEachOutcome()
    {
        Ui::Confirmation::setNextAnswer(true);
        click(preview()->runButton());
        QVERIFY2(Ui::Confirmation::lastQuestion().contains(QStringLiteral("Apply 5 changes to Directory")),
                 qPrintable(Ui::Confirmation::lastQuestion()));
        QVERIFY(QTest::qWaitFor([&] { return preview()->isBusy(); }, Timeout) || preview()->banner()->isVisible());
        QVERIFY(QTest::qWaitFor([&] { return !preview()->isBusy(); }, Timeout));
        QCOMPARE(preview()->banner()->kind(), Ui::ErrorBanner::Kind::Success);
        QVERIFY2(preview()->banner()->text().contains(QStringLiteral("5 confirmed, 0 failed")),
                 qPrintable(preview()->banner()->text()));

        for (const auto& worker : {"1002", "1003", "1004", "1006", "1007"})
            QCOMPARE(model()->index(rowOfWorker(QLatin1String(worker)), PlanModel::OutcomeColumn).data().toString(),
                     QStringLiteral("Confirmed"));
        QCOMPARE(model()->index(rowOfWorker(QStringLiteral("1001")), PlanModel::OutcomeColumn).data().toString(), QString());
        QVERIFY(preview()->detail()->plainText().contains(QStringLiteral("Outcome: Confirmed")));
        QVERIFY(!preview()->runButton()->isEnabled());   // spent: refresh to plan again

        auto& slapd = m_env.slapd();
        QVERIFY(slapd.search(QStringLiteral("(employeeNumber=1003)"), {QStringLiteral("cn")}).contains(QStringLiteral("cn: Cy Ng")));
        // ldapsearch prints non-ASCII values base64-encoded (RFC 2849).
        QVERIFY(slapd.search(QStringLiteral("(employeeNumber=1006)"), {QStringLiteral("sn")})
                    .contains(QStringLiteral("sn:: ") + QString::fromLatin1(QStringLiteral("Ångström").toUtf8().toBase64())));
        QVERIFY(slapd.search(QStringLiteral("(employeeNumber=1002)")).contains(QStringLiteral("title: Lead Engineer")));
        QVERIFY(!slapd.canBind(QStringLiteral("uid=1004,") + slapd.peopleDn(), QStringLiteral("pw-1004")));
        QVERIFY(slapd.canBind(QStringLiteral("uid=1005,") + slapd.peopleDn(), QStringLiteral("pw-1005")));

        // Planned again, the directory matches HR.
        QVERIFY(refreshAndWait());
        QCOMPARE(preview()->chips()->chip(Category::Joiner)->isVisible(), false);
        QVERIFY(preview()->planSummaryText().contains(QStringLiteral("0 to write")));
        QVERIFY(!preview()->runButton()->isEnabled());
    }

    void theRunsPageShowsTheRunAndEachOutcome()
    {
        m_window->showPage(Ui::MainWindow::Page::Runs);
        auto* runs = m_window->runsPage();
        QVERIFY(QTest::qWaitFor([&] { return !runs->isBusy() && runs->runs().size() == 1; }, Timeout));
        QCOMPARE(runs->runsTable()->item(0, 4)->text(), QStringLiteral("tester"));
        QCOMPARE(runs->runsTable()->item(0, 8)->text(), QStringLiteral("Completed"));
        QVERIFY(QTest::qWaitFor([&] { return !runs->isBusy() && runs->outcomesView()->model()->rowCount() == 5; }, Timeout));
        m_window->showPage(Ui::MainWindow::Page::Preview);
    }

    void anUnreachableDirectoryIsNamedWhereTheErrorHappened()
    {
        preview()->tenantCombo()->setCurrentText(QStringLiteral("Unreachable"));
        QVERIFY(QTest::qWaitFor([&] { return preview()->emptyStateText().contains(QStringLiteral("Press Refresh")); }, Timeout));
        QTest::mouseClick(preview()->refreshButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !preview()->isBusy(); }, Timeout));
        QVERIFY(preview()->banner()->isVisible());
        QCOMPARE(preview()->banner()->kind(), Ui::ErrorBanner::Kind::Error);
        QVERIFY2(preview()->banner()->text().contains(QStringLiteral("127.0.0.1:1")), qPrintable(preview()->banner()->text()));
        QVERIFY(!preview()->runButton()->isEnabled());
        preview()->tenantCombo()->setCurrentText(QStringLiteral("Directory"));
    }

    void theTenantsPageShowsTheSettingsAndValidatesAsYouType()
    {
        m_window->showPage(Ui::MainWindow::Page::Tenants);
        auto* page = tenants();
        QVERIFY(QTest::qWaitFor([&] { return page->tenantList()->count() == 3; }, Timeout));
        page->selectTenant(QStringLiteral("HR"));
        auto* csv = page->currentForm();
        QCOMPARE(csv->kind().id, QStringLiteral("csv"));
        QCOMPARE(csv->fileField(QStringLiteral("path"))->path(), m_env.filePath(QStringLiteral("workers.csv")));
        QCOMPARE(csv->lineEdit(QStringLiteral("workerIdColumn"))->text(), QStringLiteral("WorkerID"));
        QVERIFY(page->nameEdit()->isReadOnly());
        QVERIFY(!page->kindCombo()->isEnabled());   // a saved tenant keeps its kind

        page->selectTenant(QStringLiteral("Directory"));
        auto* ldap = page->currentForm();
        QCOMPARE(ldap->kind().id, QStringLiteral("ldap"));
        auto* password = ldap->lineEdit(QStringLiteral("password"));
        QCOMPARE(ldap->lineEdit(QStringLiteral("url"))->text(), m_env.slapd().ldapsUrl());
        QCOMPARE(ldap->fileField(QStringLiteral("caFile"))->path(), m_env.slapd().caFile());
        QVERIFY(password->text().isEmpty());   // never shown back
        QVERIFY(password->placeholderText().contains(QStringLiteral("keychain")));
        QVERIFY(page->saveButton()->isEnabled());

        auto* baseDn = ldap->lineEdit(QStringLiteral("baseDn"));
        baseDn->clear();
        QVERIFY(!page->saveButton()->isEnabled());
        QVERIFY2(page->problemLabel()->text().contains(QStringLiteral("baseDn")), qPrintable(page->problemLabel()->text()));
        QTest::keyClicks(baseDn, m_env.slapd().baseDn());
        QVERIFY(page->saveButton()->isEnabled());
        QVERIFY(page->problemLabel()->text().isEmpty());

        auto* verifyWarning = ldap->noteLabel(QStringLiteral("verifyCertificate"));
        QVERIFY(!verifyWarning->isVisible());
        click(ldap->checkBox(QStringLiteral("verifyCertificate")));
        QVERIFY(verifyWarning->isVisible());
        QVERIFY(verifyWarning->text().contains(QStringLiteral("bind password")));
        click(ldap->checkBox(QStringLiteral("verifyCertificate")));
        QVERIFY(!verifyWarning->isVisible());
    }

    void testConnectionShowsTheConnectorsAnswer()
    {
        auto* page = tenants();
        page->selectTenant(QStringLiteral("Directory"));
        click(page->testButton());
        QVERIFY(QTest::qWaitFor([&] { return !page->isBusy(); }, Timeout));
        auto* result = page->connectionResult();   // said next to the button
        QCOMPARE(result->kind(), Ui::ErrorBanner::Kind::Success);
        QVERIFY2(result->text().contains(m_env.slapd().ldapsUrl()), qPrintable(result->text()));

        // A wrong password typed into the form is tested as typed, before it is saved.
        auto* password = page->currentForm()->lineEdit(QStringLiteral("password"));
        QTest::keyClicks(password, QStringLiteral("wrong"));
        click(page->testButton());
        QVERIFY(QTest::qWaitFor([&] { return !page->isBusy(); }, Timeout));
        QCOMPARE(result->kind(), Ui::ErrorBanner::Kind::Error);
        QVERIFY2(result->text().startsWith(QStringLiteral("Authentication failed: ")), qPrintable(result->text()));
        password->clear();
    }

    void savingWritesThePasswordToTheSecretStoreAndNeverShowsItBack()
    {
        auto* page = tenants();
        QSignalSpy changed(page, &Ui::TenantsPage::tenantsChanged);
        page->addDirectory();
        QTest::keyClicks(page->nameEdit(), QStringLiteral("Second"));
        auto* ldap = page->currentForm();
        QCOMPARE(ldap->kind().id, QStringLiteral("ldap"));   // what a new directory starts as
        QTest::keyClicks(ldap->lineEdit(QStringLiteral("url")), m_env.slapd().url());
        QTest::keyClicks(ldap->lineEdit(QStringLiteral("bindDn")), m_env.slapd().bindDn());
        QTest::keyClicks(ldap->lineEdit(QStringLiteral("baseDn")), m_env.slapd().baseDn());
        QVERIFY(!page->saveButton()->isEnabled());
        QVERIFY2(page->problemLabel()->text().contains(QStringLiteral("password")), qPrintable(page->problemLabel()->text()));
        QTest::keyClicks(ldap->lineEdit(QStringLiteral("password")), m_env.slapd().password());
        QVERIFY2(page->saveButton()->isEnabled(), qPrintable(page->problemLabel()->text()));
        click(page->saveButton());
        QVERIFY(QTest::qWaitFor([&] { return changed.size() == 1; }, Timeout));
        QVERIFY2(page->banner()->text().contains(QStringLiteral("Saved Second")), qPrintable(page->banner()->text()));
        QVERIFY(ldap->lineEdit(QStringLiteral("password"))->text().isEmpty());

        auto saved = m_env.workspace().tenants().find(QStringLiteral("Second"));
        QVERIFY(saved);
        QCOMPARE(saved->secretRef, m_env.workspace().path() + QStringLiteral("/Second"));
        QCOMPARE(saved->sourceTenant, QStringLiteral("HR"));
        QVERIFY(!saved->settings.contains(QStringLiteral("password")));
        QCOMPARE(*m_env.secrets().read(saved->secretRef), m_env.slapd().password());
        // The Preview page now offers it.
        QVERIFY(QTest::qWaitFor([&] { return preview()->tenantCombo()->findText(QStringLiteral("Second")) >= 0; }, Timeout));
        QVERIFY(QTest::qWaitFor([&] { return page->tenantList()->count() == 4; }, Timeout));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
