// Not a test: takes the screenshots in docs/screenshots of the console on the demo company
// (a real slapd seeded with the demo directory, the demo HR export and workspace), page by page.
//   cmake --build build --target console-screenshots
//   TENURE_SCREENSHOT_DIR=DIR xvfb-run -a build/tests/gui/console-screenshots   (or QT_QPA_PLATFORM=offscreen)
// It is a QtTest program so that it can wait for the window the way the gui tests do.
#include "app/connectorfactory.h"
#include "app/demo/demodata.h"
#include "app/demo/demoworkspace.h"
#include "app/secrets/memorysecretstore.h"
#include "app/workspace.h"
#include "models/items/planmodel.h"
#include "resources/initresources.h"
#include "tests/support/slapdfixture.h"
#include "ui/approvalspage.h"
#include "ui/auditpage.h"
#include "ui/categorychips.h"
#include "ui/confirmation.h"
#include "ui/mainwindow.h"
#include "ui/previewpage.h"
#include "ui/runspage.h"
#include "ui/tenantspage.h"
#include "ui/translations.h"

#include <QComboBox>
#include <QDir>
#include <QHash>
#include <QImage>
#include <algorithm>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
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
        const QString seedPath = m_dir.filePath(QStringLiteral("seed.ldif"));
        QFile seed(seedPath);
        QVERIFY(seed.open(QIODevice::WriteOnly) && seed.write(demo.seedLdif) == demo.seedLdif.size());
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

    void mappings()
    {
        m_window->showPage(Ui::MainWindow::Page::Mappings);
        save(QStringLiteral("mappings"));
    }

    // Requests filed by HR staff (h.rivera) for the operator to decide, and one of his own.
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
        QVERIFY(hr.request(request(ApprovalKind::Operation, QStringLiteral("1042"),
                                   QStringLiteral("Rehire 1042 Ann Lee: enable uid=alee,ou=People (archived 2025-11-02)"),
                                   QStringLiteral("Rehires always need a second person"))));
        QVERIFY(hr.request(request(ApprovalKind::ThresholdRelease, QString(),
                                   QStringLiteral("Release plan 7: disables 41 accounts (threshold 25)"),
                                   QStringLiteral("End of the Lyon contractors' project"))));
        QVERIFY(hr.request(request(ApprovalKind::EmergencyTermination, QStringLiteral("1107"),
                                   QStringLiteral("Emergency termination of worker 1107: disable every account now"),
                                   QStringLiteral("Access must end today; HR records it on Monday"))));
        QVERIFY(m_workspace->approvals(QStringLiteral("a.admin"))
                    .request(request(ApprovalKind::Operation, QStringLiteral("1213"),
                                     QStringLiteral("Delete uid=tvoss,ou=People"),
                                     QStringLiteral("Deletes are held by the policy"))));
        m_window->showPage(Ui::MainWindow::Page::Approvals);
        auto* page = m_window->approvalsPage();
        page->reload();
        QVERIFY(QTest::qWaitFor([&] { return !page->isBusy() && page->approvals().size() >= 4; }, Timeout));
        for (const auto& approval : page->approvals())
            if (approval.summary.startsWith(QLatin1String("Rehire 1042")))
                QVERIFY(page->selectApproval(approval.id));
        save(QStringLiteral("approvals"));
    }

    void runs()
    {
        m_window->showPage(Ui::MainWindow::Page::Runs);
        auto* page = m_window->runsPage();
        page->reload();
        QVERIFY(QTest::qWaitFor([&] { return !page->isBusy(); }, Timeout));
        save(QStringLiteral("runs"));
    }

    void audit()
    {
        m_window->showPage(Ui::MainWindow::Page::Audit);
        auto* page = m_window->auditPage();
        page->reload();
        QVERIFY(QTest::qWaitFor([&] { return !page->isBusy(); }, Timeout));
        page->verify();
        QVERIFY(QTest::qWaitFor([&] { return !page->isBusy(); }, Timeout));
        save(QStringLiteral("audit"));
    }
};

QTEST_MAIN(ConsoleScreenshots)
#include "consolescreenshots.moc"
