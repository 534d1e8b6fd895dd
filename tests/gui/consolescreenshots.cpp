// Not a test: takes the screenshots in docs/screenshots of the console on the demo company
// (a real slapd seeded with the demo directory, the demo HR export and workspace), page by page.
//   cmake --build build --target console-screenshots
//   TENURE_SCREENSHOT_DIR=DIR xvfb-run -a build/tests/gui/console-screenshots   (or QT_QPA_PLATFORM=offscreen)
// It is a QtTest program so that it can wait for the window the way the gui tests do.
#include "app/connectorfactory.h"
#include "app/emergencytermination.h"
#include "app/demo/demodata.h"
#include "app/demo/demoworkspace.h"
#include "app/secrets/memorysecretstore.h"
#include "app/workspace.h"
#include "models/items/planmodel.h"
#include "models/items/runoutcomemodel.h"
#include "resources/initresources.h"
#include "tests/integration/bamboohr/bamboohrfixture.h"
#include "tests/integration/successfactors/sffixture.h"
#include "tests/servers/common/demoworkers.h"
#include "tests/servers/workday/workdaydemo.h"
#include "tests/servers/workday/workdayserver.h"
#include "tests/support/slapdfixture.h"
#include "ui/approvalspage.h"
#include "ui/auditpage.h"
#include "ui/categorychips.h"
#include "ui/confirmation.h"
#include "ui/mainwindow.h"
#include "ui/previewpage.h"
#include "ui/runspage.h"
#include "ui/connectorforms/connectorform.h"
#include "ui/errorbanner.h"
#include "ui/filefield.h"
#include "ui/tenantspage.h"
#include "ui/translations.h"

#include <QComboBox>
#include <QDir>
#include <QHash>
#include <QImage>
#include <algorithm>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>
#include <QToolButton>

using namespace Tenure;

namespace {

constexpr int Timeout = 60000;
const QSize WindowSize(1280, 800);

QString outputDir()
{
    const QString fromEnv = qEnvironmentVariable("TENURE_SCREENSHOT_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(TENURE_SOURCE_DIR "/docs/screenshots") : fromEnv;
}

// A flat UI uses few colours: its 256 most frequent ones, without dithering, keep the text crisp
// and each file well under 150 KB (Qt's own Indexed8 palette dithers flat areas into noise).
QImage withFewestColours(const QImage& grabbed)
{
    const QImage image = grabbed.convertToFormat(QImage::Format_RGB32);
    QHash<QRgb, int> frequency;
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            ++frequency[line[x]];
    }
    QList<QPair<int, QRgb>> byCount;
    for (auto it = frequency.cbegin(); it != frequency.cend(); ++it)
        byCount.append({it.value(), it.key()});
    std::sort(byCount.begin(), byCount.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QList<QRgb> palette;
    for (int i = 0; i < std::min<qsizetype>(256, byCount.size()); ++i)
        palette << byCount.at(i).second;
    return image.convertToFormat(QImage::Format_Indexed8, palette, Qt::ThresholdDither | Qt::AvoidDither);
}

} // namespace

class ConsoleScreenshots : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Tests::SlapdFixture m_slapd;
    App::MemorySecretStore m_secrets;
    App::ConnectorFactory m_connectors{m_secrets};
    std::unique_ptr<App::Workspace> m_workspace;
    std::unique_ptr<Ui::MainWindow> m_window;

    Ui::PreviewPage* preview() const { return m_window->previewPage(); }

    void save(const QString& name)
    {
        QTest::qWait(150);   // let coalesced updates and layouts settle
        const QString path = QDir(outputDir()).filePath(name + QStringLiteral(".png"));
                const QImage image = withFewestColours(m_window->grab().toImage());
        QVERIFY2(image.save(path, "PNG", 0), qPrintable(path));   // 0: the smallest file
        qInfo("wrote %s", qPrintable(path));
    }

    // Another window of the console (HR staff), saved as save() does.
    void saveWindow(QWidget& window, const QString& name)
    {
        QTest::qWait(150);
        const QString path = QDir(outputDir()).filePath(name + QStringLiteral(".png"));
        QVERIFY2(withFewestColours(window.grab().toImage()).save(path, "PNG", 0), qPrintable(path));
        qInfo("wrote %s", qPrintable(path));
    }

    void refresh()
    {
        m_window->showPage(Ui::MainWindow::Page::Preview);
        QTest::mouseClick(preview()->refreshButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !preview()->isBusy(); }, Timeout));
    }

    void selectFirst(Models::Category category)
    {
        auto* model = preview()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->operationAt(row)->category == category) {
                preview()->table()->selectRow(row);
                preview()->table()->scrollTo(model->index(row, 0), QAbstractItemView::PositionAtCenter);
                return;
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("TenureScreenshots"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        Ui::initResources();
        Ui::loadTranslations(*QCoreApplication::instance());
        QVERIFY(QDir().mkpath(outputDir()));

        const auto demo = App::Demo::generateDemoData(QDate::currentDate());
        QVERIFY2(demo, demo ? "" : qPrintable(demo.error().describe()));
        const QString seedPath = m_dir.filePath(QStringLiteral("seed.ldif"));
        QFile seed(seedPath);
        QVERIFY(seed.open(QIODevice::WriteOnly) && seed.write(demo->seedLdif) == demo->seedLdif.size());
        seed.close();
        QVERIFY2(m_slapd.start(seedPath), qPrintable(m_slapd.errorString()));   // a file for slapadd
        App::Demo::DemoInitOptions options;
        options.directory = m_dir.filePath(QStringLiteral("demo"));
        options.ldapsUrl = m_slapd.ldapsUrl();
        options.caFile = m_slapd.caFile();
        auto created = App::Demo::initDemo(options, m_secrets, m_slapd.password());
        QVERIFY2(created, created ? "" : qPrintable(created.error().describe()));
        auto workspace = App::Workspace::open(created->workspacePath);
        QVERIFY(workspace);
        m_workspace = std::move(*workspace);

        m_window = std::make_unique<Ui::MainWindow>(*m_workspace, m_connectors, QStringLiteral("a.admin"));
        m_window->resize(WindowSize);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(QTest::qWaitFor([&] { return preview()->tenantCombo()->count() > 0; }, Timeout));
    }

    void cleanupTestCase() { m_window.reset(); }

    void emptyPreview()
    {
        m_window->showPage(Ui::MainWindow::Page::Preview);
        // The page first looks for a stored plan; the new demo workspace has none.
        QVERIFY(QTest::qWaitFor([&] { return preview()->emptyStateText().contains(QStringLiteral("Press Refresh")); },
                                Timeout));
        save(QStringLiteral("preview-empty"));
    }

    void previewWithPlan()
    {
        refresh();
        save(QStringLiteral("preview"));
    }

    void previewDetail()
    {
        selectFirst(Models::Category::Mover);
        save(QStringLiteral("preview-detail"));
    }

    void previewFiltered()
    {
        QTest::mouseClick(preview()->chips()->chip(Models::Category::Leaver), Qt::LeftButton);
        selectFirst(Models::Category::Leaver);
        save(QStringLiteral("preview-leavers"));
        QTest::mouseClick(preview()->chips()->chip(std::nullopt), Qt::LeftButton);
    }

    void previewAfterRun()
    {
        Ui::Confirmation::setNextAnswer(true);
        QTest::mouseClick(preview()->runButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return preview()->isBusy(); }, Timeout));
        QVERIFY(QTest::qWaitFor([&] { return !preview()->isBusy(); }, Timeout));
        selectFirst(Models::Category::Joiner);
        save(QStringLiteral("preview-run"));
    }

    void tenants()
    {
        m_window->showPage(Ui::MainWindow::Page::Tenants);
        auto* page = m_window->tenantsPage();
        QVERIFY(QTest::qWaitFor([&] { return page->tenantList()->count() > 0; }, Timeout));
        page->selectTenant(QStringLiteral("Directory"));
        QTest::mouseClick(page->testButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !page->isBusy(); }, Timeout));
        save(QStringLiteral("tenants"));
        page->selectTenant(QStringLiteral("HR"));
        save(QStringLiteral("tenants-hr"));
    }

    // A new tenant of each other kind, filled in as an administrator would: one screenshot per form.
    void tenantForms()
    {
        auto* page = m_window->tenantsPage();
        // An SQL staging table on a SQLite file, tested: the banner says what it read.
        const QString staging = m_dir.filePath(QStringLiteral("hr-staging.sqlite"));
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("staging"));
            db.setDatabaseName(staging);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE workers (WorkerID TEXT, FirstName TEXT, LastName TEXT, "
                                              "updated_at TEXT)")));
            for (int i = 0; i < 240; ++i)
                QVERIFY(query.exec(QStringLiteral("INSERT INTO workers VALUES ('%1', 'First', 'Last', '2026-11-0%2')")
                                       .arg(20000 + i)
                                       .arg(1 + i % 9)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("staging"));
        page->addHrSource();
        QTest::keyClicks(page->nameEdit(), QStringLiteral("HR staging"));
        QVERIFY(page->chooseKind(QStringLiteral("sql")));
        auto* form = page->currentForm();
        auto* driver = form->comboBox(QStringLiteral("driver"));
        driver->setCurrentIndex(driver->findData(QStringLiteral("QSQLITE")));
        QTest::keyClicks(form->lineEdit(QStringLiteral("database")), staging);
        QTest::keyClicks(form->textEdit(QStringLiteral("query")),
                         QStringLiteral("SELECT WorkerID, FirstName, LastName, updated_at FROM workers"));
        QTest::keyClicks(form->lineEdit(QStringLiteral("watermarkColumn")), QStringLiteral("updated_at"));
        QTest::mouseClick(page->testButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !page->isBusy(); }, Timeout));
        save(QStringLiteral("tenants-sql"));

        page->addDirectory();
        QTest::keyClicks(page->nameEdit(), QStringLiteral("Entra ID"));
        QVERIFY(page->chooseKind(QStringLiteral("graph")));
        form = page->currentForm();
        QTest::keyClicks(form->lineEdit(QStringLiteral("tenantId")), QStringLiteral("contoso.onmicrosoft.com"));
        QTest::keyClicks(form->lineEdit(QStringLiteral("clientId")), QStringLiteral("9a3d526c-b3c1-4479-ba74-197b5c5751ae"));
        auto* credential = form->comboBox(QStringLiteral("credential"));
        credential->setCurrentIndex(credential->findData(QStringLiteral("certificate")));
        form->fileField(QStringLiteral("certificate"))->setPath(QStringLiteral("/etc/tenure/entra-app.pem"));
        QTest::keyClicks(form->lineEdit(QStringLiteral("domain")), QStringLiteral("contoso.com"));
        save(QStringLiteral("tenants-graph"));

        page->addDirectory();
        QTest::keyClicks(page->nameEdit(), QStringLiteral("Corp AD"));
        QVERIFY(page->chooseKind(QStringLiteral("activeDirectory")));
        form = page->currentForm();
        QTest::keyClicks(form->lineEdit(QStringLiteral("url")), QStringLiteral("ldaps://dc1.corp.example.com"));
        QTest::keyClicks(form->lineEdit(QStringLiteral("bindDn")),
                         QStringLiteral("CN=svc-tenure,OU=Service Accounts,DC=corp,DC=example,DC=com"));
        QTest::keyClicks(form->lineEdit(QStringLiteral("baseDn")), QStringLiteral("OU=Staff,DC=corp,DC=example,DC=com"));
        QTest::keyClicks(form->lineEdit(QStringLiteral("password")), QStringLiteral("not-a-real-password"));
        save(QStringLiteral("tenants-ad"));

        page->addDirectory();
        QTest::keyClicks(page->nameEdit(), QStringLiteral("Inbound"));
        QVERIFY(page->chooseKind(QStringLiteral("entra-inbound")));
        form = page->currentForm();
        QTest::keyClicks(form->lineEdit(QStringLiteral("tenantId")), QStringLiteral("0785ef7c-2d7a-4542-b048-95bcab406e0b"));
        // A GUID cut short: the message appears next to the field as it is typed.
        QTest::keyClicks(form->lineEdit(QStringLiteral("clientId")), QStringLiteral("9a3d526c-b3c1-4479"));
        save(QStringLiteral("tenants-entra-inbound"));

        page->addDirectory();
        QTest::keyClicks(page->nameEdit(), QStringLiteral("Ticketing"));
        QVERIFY(page->chooseKind(QStringLiteral("scim")));
        form = page->currentForm();
        QTest::keyClicks(form->lineEdit(QStringLiteral("baseUrl")), QStringLiteral("https://tickets.example.com/scim/v2"));
        save(QStringLiteral("tenants-scim"));
        page->selectTenant(QStringLiteral("Directory"));
    }

    // Workday, SAP SuccessFactors and BambooHR, each against its local server (tests/servers)
    // serving the demo company, filled in and tested: the answer next to Test connection.
    void hrSourceForms()
    {
        auto* page = m_window->tenantsPage();
        const auto demo = Tests::loadDemoWorkers(m_dir.filePath(QStringLiteral("demo/workers.csv")));
        QVERIFY2(demo, demo ? "" : qPrintable(demo.error().describe()));
        const auto tested = [&](const QString& screenshot) {
            QTest::mouseClick(page->testButton(), Qt::LeftButton);   // busy until the answer is shown
            QVERIFY(QTest::qWaitFor([&] { return !page->isBusy(); }, Timeout));
            auto* result = page->connectionResult();
            QVERIFY2(result->kind() == Ui::ErrorBanner::Kind::Success, qPrintable(result->text()));
            save(screenshot);
        };

        Tests::Workday::WorkdayServer workday;
        workday.service().setWorkers(Tests::Workday::demoWorkers(QDate::currentDate(), App::Demo::DefaultDemoSeed));
        QVERIFY2(workday.start(), qPrintable(workday.errorString()));
        page->addHrSource();
        QTest::keyClicks(page->nameEdit(), QStringLiteral("Workday"));
        QVERIFY(page->chooseKind(QStringLiteral("workday")));
        auto* form = page->currentForm();
        QTest::keyClicks(form->lineEdit(QStringLiteral("endpoint")), workday.endpoint());
        QTest::keyClicks(form->lineEdit(QStringLiteral("userName")), workday.service().options().userName);
        QTest::keyClicks(form->lineEdit(QStringLiteral("password")), workday.service().options().password);
        form->fileField(QStringLiteral("caFile"))->setPath(workday.caFile());
        tested(QStringLiteral("tenants-workday"));

        // The demo company's people, as the SuccessFactors and BambooHR tests build them.
        QList<Tests::SuccessFactors::Person> people;
        QList<Tests::BambooHr::Employee> employees;
        for (const auto& worker : demo->workers) {
            const QString first = Models::firstValue(worker.attributes, QStringLiteral("FirstName"));
            const QString last = Models::firstValue(worker.attributes, QStringLiteral("LastName"));
            people << Tests::SuccessFactors::person(worker.workerId, first, last);
            employees << Tests::BambooHr::employee(QString(worker.workerId).remove(QLatin1Char('W')), first, last);
        }

        Tests::SuccessFactors::SuccessFactorsServer successFactors;
        successFactors.service().addPeople(people);
        QVERIFY2(successFactors.start(), qPrintable(successFactors.errorString()));
        const auto sf = successFactors.service().options();
        page->addHrSource();
        QTest::keyClicks(page->nameEdit(), QStringLiteral("SuccessFactors"));
        QVERIFY(page->chooseKind(QStringLiteral("successfactors")));
        form = page->currentForm();
        QTest::keyClicks(form->lineEdit(QStringLiteral("apiUrl")), successFactors.apiUrl());
        QTest::keyClicks(form->lineEdit(QStringLiteral("companyId")), sf.companyId);
        QTest::keyClicks(form->lineEdit(QStringLiteral("username")), sf.username);
        QTest::keyClicks(form->lineEdit(QStringLiteral("password")), sf.password);
        form->fileField(QStringLiteral("caFile"))->setPath(successFactors.caFile());
        tested(QStringLiteral("tenants-successfactors"));

        Tests::BambooHr::BambooHrServer bambooHr;
        bambooHr.service().addEmployees(employees);
        QVERIFY2(bambooHr.start(), qPrintable(bambooHr.errorString()));
        page->addHrSource();
        QTest::keyClicks(page->nameEdit(), QStringLiteral("BambooHR"));
        QVERIFY(page->chooseKind(QStringLiteral("bamboohr")));
        form = page->currentForm();
        QTest::keyClicks(form->lineEdit(QStringLiteral("companyDomain")), bambooHr.service().options().companyDomain);
        QTest::keyClicks(form->lineEdit(QStringLiteral("apiKey")), bambooHr.service().options().apiKey);
        QTest::keyClicks(form->lineEdit(QStringLiteral("apiUrl")), bambooHr.apiUrl());
        form->fileField(QStringLiteral("caFile"))->setPath(bambooHr.caFile());
        tested(QStringLiteral("tenants-bamboohr"));
        page->selectTenant(QStringLiteral("Directory"));
    }

    void mappings()
    {
        m_window->showPage(Ui::MainWindow::Page::Mappings);
        save(QStringLiteral("mappings"));
    }

    // The demo's rehires (filed by its first preview) and requests from HR staff (h.rivera) for
    // the admin to decide, one of them his own; the rehire selected shows what it changes. Then
    // the same queue as h.rivera sees it once she has the HR staff role.
    void approvals()
    {
        const auto hr = m_workspace->approvals(QStringLiteral("h.rivera"));
        const auto request = [](Models::ApprovalKind kind, const QString& worker, const QString& summary,
                                const QString& reason) {
            Models::Approval a;
            a.kind = kind;
            a.tenant = QStringLiteral("Directory");
            a.workerId = worker;
            a.subjectHash = summary;
            a.summary = summary;
            a.reason = reason;
            return a;
        };
        using Models::ApprovalKind;
        const QString active = m_slapd.search(QStringLiteral("(&(objectClass=inetOrgPerson)(!(pwdAccountLockedTime=*)))"),
                                              {QStringLiteral("employeeNumber")})
                                   .section(QStringLiteral("employeeNumber: "), 1, 1)
                                   .section(QLatin1Char('\n'), 0, 0);
        QVERIFY(!active.isEmpty());
        QVERIFY(hr.request(request(ApprovalKind::ThresholdRelease, QString(),
                                   QStringLiteral("Release plan 7: disables 41 accounts (threshold 25)"),
                                   QStringLiteral("End of the Lyon contractors' project"))));
        QVERIFY(App::EmergencyTermination(*m_workspace, m_connectors, QStringLiteral("h.rivera"))
                    .request(active, QStringLiteral("Access must end today; HR records it on Monday")));
        auto own = request(ApprovalKind::Operation, QStringLiteral("1213"), QStringLiteral("Delete uid=tvoss,ou=People"),
                           QStringLiteral("Deletes are held by the policy"));
        own.category = Models::Category::Leaver;
        QVERIFY(m_workspace->approvals(QStringLiteral("a.admin")).request(own));
        m_window->showPage(Ui::MainWindow::Page::Approvals);
        auto* page = m_window->approvalsPage();
        page->reload();
        QVERIFY(QTest::qWaitFor([&] { return !page->isBusy() && page->approvals().size() >= 4; }, Timeout));
        qint64 rehire = 0;
        for (const auto& approval : page->approvals())
            if (Models::isRehire(approval) && !rehire)
                rehire = approval.id;
        QVERIFY(rehire);
        QVERIFY(page->selectApproval(rehire));
        QVERIFY(QTest::qWaitFor([&] { return !page->isBusy() && !page->isReadingDiff(); }, Timeout));
        save(QStringLiteral("approvals"));

        QVERIFY(m_workspace->roles(QStringLiteral("a.admin")).grant(QStringLiteral("h.rivera"), Models::OperatorRole::HrStaff));
        Ui::MainWindow hers(*m_workspace, m_connectors, QStringLiteral("h.rivera"));
        hers.resize(WindowSize);
        hers.showPage(Ui::MainWindow::Page::Approvals);
        hers.show();
        QVERIFY(QTest::qWaitForWindowExposed(&hers));
        auto* queue = hers.approvalsPage();
        QVERIFY(QTest::qWaitFor([&] { return !queue->isBusy() && !queue->approvals().isEmpty(); }, Timeout));
        QVERIFY(queue->selectApproval(rehire));
        QVERIFY(QTest::qWaitFor([&] { return !queue->isBusy() && !queue->isReadingDiff(); }, Timeout));
        queue->rehireReactivate()->setChecked(true);
        queue->reasonEdit()->setText(QStringLiteral("Back in the same team after parental leave"));
        saveWindow(hers, QStringLiteral("approvals-hr"));
    }

    // A run started on the Runs page: twelve accounts drifted from HR, two of them removed while
    // the confirmation was open, so their updates fail; then the failed ones alone.
    void runs()
    {
        const QStringList drifted = m_slapd.search(QStringLiteral("(&(objectClass=inetOrgPerson)(title=*)(!(pwdAccountLockedTime=*)))"),
                                                   {QStringLiteral("title")})
                                        .split(QLatin1Char('\n'))
                                        .filter(QRegularExpression(QStringLiteral("^dn: ")))
                                        .mid(0, 12);
        QCOMPARE(drifted.size(), 12);
        for (const auto& line : drifted)
            QVERIFY(m_slapd.ldif(QStringLiteral("%1\nchangetype: modify\nreplace: title\ntitle: Temporary\n").arg(line)));
        m_window->showPage(Ui::MainWindow::Page::Runs);
        auto* page = m_window->runsPage();
        page->reload();
        QVERIFY(QTest::qWaitFor([&] { return !page->isBusy() && page->runAllButton()->isEnabled(); }, Timeout));
        QTest::mouseClick(page->runAllButton(), Qt::LeftButton);
        QMessageBox* box = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (box = page->findChild<QMessageBox*>()) && box->isVisible(); }, Timeout));
        for (const auto& line : drifted.mid(3, 2))
            QVERIFY(m_slapd.ldif(QStringLiteral("%1\nchangetype: delete\n").arg(line)));
        for (auto* button : box->buttons())
            if (button->text() == QStringLiteral("Run"))
                QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !page->isBusy() && page->outcomeModel()->count(Models::RunOutcomeModel::Show::Failed) == 2; },
                                Timeout));
        save(QStringLiteral("runs"));
        QTest::mouseClick(page->showButton(Models::RunOutcomeModel::Show::Failed), Qt::LeftButton);
        save(QStringLiteral("runs-failed"));
        QTest::mouseClick(page->showButton(Models::RunOutcomeModel::Show::All), Qt::LeftButton);
    }

    // Who did what, in a date range (the last seven days), the chain verified.
    void audit()
    {
        m_window->showPage(Ui::MainWindow::Page::Audit);
        auto* page = m_window->auditPage();
        page->setPeriod(Ui::AuditPage::Period::Last7Days);
        page->reload();
        QVERIFY(QTest::qWaitFor([&] { return !page->isBusy(); }, Timeout));
        page->verify();
        QVERIFY(QTest::qWaitFor([&] { return !page->isBusy(); }, Timeout));
        save(QStringLiteral("audit"));
    }
};

QTEST_MAIN(ConsoleScreenshots)
#include "consolescreenshots.moc"
