// The Preview page's chart and exports, driven as a person would, offscreen: the stored plan
// opens without planning again; the chart shows every category with its count and chooses the
// same filter as the chips (mouse, keyboard, screen reader); Export writes what is shown to CSV,
// Excel and PDF off the GUI thread, and a cancelled export writes nothing. No directory is
// needed: the plan is one stored in the workspace, as a refresh would have left it.
#include "app/connectorfactory.h"
#include "app/secrets/memorysecretstore.h"
#include "app/workspace.h"
#include "models/items/categorylabels.h"
#include "models/items/planmodel.h"
#include "resources/initresources.h"
#include "tests/support/syntheticplan.h"
#include "tests/support/zipreader.h"
#include "ui/categorychart.h"
#include "ui/categorychips.h"
#include "ui/errorbanner.h"
#include "ui/previewpage.h"
#include "ui/progressstrip.h"
#include "ui/savefilechooser.h"
#include "ui/translations.h"

#include <QAccessible>
#include <QComboBox>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>

using namespace Tenure;
using Models::Category;

namespace {

constexpr int Timeout = 30000;
constexpr int PlanSize = 5000;

QAction* exportAction(Ui::PreviewPage* page, const char* name)
{
    return page->exportButton()->menu()->findChild<QAction*>(QString::fromLatin1(name));
}

} // namespace

class TestPreviewPage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<App::Workspace> m_workspace;
    App::MemorySecretStore m_secrets;
    App::ConnectorFactory m_connectors{m_secrets};
    std::unique_ptr<Ui::PreviewPage> m_page;
    Models::Plan m_plan;
    qint64 m_planId = 0;

    Models::PlanModel* model() const { return m_page->model(); }
    Ui::CategoryChart* chart() const { return m_page->chart(); }

    void clickRow(int row)
    {
        QTest::mouseClick(chart(), Qt::LeftButton, {}, chart()->rowRect(row).center());
    }

    // Exports through the menu, answering the file dialog in advance, and waits for the end.
    QString exportVia(const char* action, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        Ui::SaveFileChooser::setNextPath(path);
        auto* item = exportAction(m_page.get(), action);
        if (!item || !m_page->exportButton()->isEnabled())
            return {};
        item->trigger();
        if (!QTest::qWaitFor([&] { return m_page->isExporting(); }, Timeout))
            return {};
        if (!QTest::qWaitFor([&] { return !m_page->isExporting(); }, Timeout))
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("TenurePreviewTests"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        Ui::initResources();
        Ui::loadTranslations(*QCoreApplication::instance());

        auto workspace = App::Workspace::open(m_dir.filePath(QStringLiteral("preview.tenure")));
        QVERIFY(workspace);
        m_workspace = std::move(*workspace);
        Models::Tenant hr;
        hr.name = QStringLiteral("HR");
        hr.role = Models::TenantRole::HrSource;
        hr.type = QStringLiteral("csv");
        Models::Tenant directory;
        directory.name = QStringLiteral("Directory");
        directory.type = QStringLiteral("ldap");
        directory.sourceTenant = hr.name;
        QVERIFY(m_workspace->tenants().save(hr));
        QVERIFY(m_workspace->tenants().save(directory));
        m_plan = Tests::syntheticPlan(PlanSize);
        auto saved = m_workspace->plans().save(m_plan);
        QVERIFY(saved);
        m_planId = *saved;

        m_page = std::make_unique<Ui::PreviewPage>(*m_workspace, m_connectors, QStringLiteral("tester"));
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->reloadTenants();
        QVERIFY(QTest::qWaitFor([&] { return model()->hasPlan(); }, Timeout));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        QThreadPool::globalInstance()->waitForDone();
    }

    void theStoredPlanOpensWithoutPlanningAgain()
    {
        QCOMPARE(model()->planId(), m_planId);
        QCOMPARE(model()->rowCount(), PlanSize);
        QVERIFY(!m_page->isBusy());
        QVERIFY2(m_page->planSummaryText().contains(QStringLiteral("Plan %1 for Directory").arg(m_planId)),
                 qPrintable(m_page->planSummaryText()));
        QCOMPARE(m_page->banner()->kind(), Ui::ErrorBanner::Kind::Information);
        QVERIFY(m_page->banner()->text().contains(QStringLiteral("Refresh")));
        QVERIFY(m_page->runButton()->isEnabled());   // stored and never run: it can still be carried out
    }

    void theChartShowsEveryCategoryWithItsCount()
    {
        const auto counts = m_plan.countsByCategory();
        QCOMPARE(chart()->rowCount(), 1 + int(Models::allCategories().size()));
        QCOMPARE(chart()->count(0), PlanSize);
        for (const auto category : Models::allCategories()) {
            const int row = chart()->rowOf(category);
            QVERIFY(row > 0);
            QCOMPARE(chart()->count(row), counts.value(category));
            QCOMPARE(chart()->isRowEnabled(row), counts.value(category) > 0);
            QVERIFY2(chart()->rowText(row).startsWith(Models::categoryLabel(category) + QStringLiteral(": ")),
                     qPrintable(chart()->rowText(row)));
        }
        QVERIFY(chart()->isVisible());
        QVERIFY(chart()->accessibleDescription().contains(QStringLiteral("Mover %1").arg(counts.value(Category::Mover))));
    }

    void clickingABarFiltersByItsCategoryAndChecksItsChip()
    {
        const int leavers = m_plan.countsByCategory().value(Category::Leaver);
        QVERIFY(leavers > 0);
        clickRow(chart()->rowOf(Category::Leaver));
        QCOMPARE(model()->categoryFilter(), std::optional(Category::Leaver));
        QVERIFY(QTest::qWaitFor([&] { return model()->rowCount() == leavers; }, Timeout));
        QVERIFY(m_page->chips()->chip(Category::Leaver)->isChecked());
        QCOMPARE(chart()->selected(), std::optional(Category::Leaver));
        // The chosen bar again: everything.
        clickRow(chart()->rowOf(Category::Leaver));
        QCOMPARE(model()->categoryFilter(), std::nullopt);
        QVERIFY(QTest::qWaitFor([&] { return model()->rowCount() == PlanSize; }, Timeout));
        QVERIFY(m_page->chips()->chip(std::nullopt)->isChecked());
    }

    void choosingAChipSelectsItsBar()
    {
        QTest::mouseClick(m_page->chips()->chip(Category::Joiner), Qt::LeftButton);
        QCOMPARE(chart()->selected(), std::optional(Category::Joiner));
        QTest::mouseClick(m_page->chips()->chip(std::nullopt), Qt::LeftButton);
        QCOMPARE(chart()->selected(), std::nullopt);
    }

    void anEmptyCategoryCannotBeChosen()
    {
        Models::Plan small = Tests::syntheticPlan(20);   // no rehire among the first twenty
        QCOMPARE(small.countsByCategory().value(Category::Rehire), 0);
        chart()->setCounts(small.countsByCategory());
        clickRow(chart()->rowOf(Category::Rehire));
        QCOMPARE(model()->categoryFilter(), std::nullopt);
        chart()->setCounts(m_plan.countsByCategory());
    }

    void theKeyboardMovesAndChooses()
    {
        chart()->setFocus();
        QVERIFY(QTest::qWaitFor([&] { return chart()->hasFocus(); }, Timeout));
        QCOMPARE(chart()->currentRow(), 0);   // focus starts on the filter in force: All
        QTest::keyClick(chart(), Qt::Key_Down);
        QTest::keyClick(chart(), Qt::Key_Down);
        QCOMPARE(chart()->currentRow(), 2);
        QCOMPARE(model()->categoryFilter(), std::nullopt);   // moving does not filter
        QTest::keyClick(chart(), Qt::Key_Space);
        QCOMPARE(model()->categoryFilter(), chart()->categoryAt(2));
        QTest::keyClick(chart(), Qt::Key_Home);
        QTest::keyClick(chart(), Qt::Key_Return);
        QCOMPARE(model()->categoryFilter(), std::nullopt);
        QTest::keyClick(chart(), Qt::Key_End);
        QCOMPARE(chart()->currentRow(), chart()->rowCount() - 1);
    }

    void screenReadersSeeOneItemPerCategory()
    {
        QAccessibleInterface* list = QAccessible::queryAccessibleInterface(chart());
        QVERIFY(list);
        QCOMPARE(list->role(), QAccessible::List);
        QCOMPARE(list->text(QAccessible::Name), QStringLiteral("Operations by category"));
        QCOMPARE(list->childCount(), chart()->rowCount());
        const int moverRow = chart()->rowOf(Category::Mover);
        QAccessibleInterface* mover = list->child(moverRow);
        QVERIFY(mover);
        QCOMPARE(mover->role(), QAccessible::ListItem);
        QCOMPARE(mover->text(QAccessible::Name),
                 QStringLiteral("Mover: %1 operations").arg(m_plan.countsByCategory().value(Category::Mover)));
        QCOMPARE(list->indexOfChild(mover), moverRow);
        QCOMPARE(mover->parent(), list);
        QVERIFY(!mover->state().selected);
        auto* action = mover->actionInterface();
        QVERIFY(action);
        QVERIFY(action->actionNames().contains(QAccessibleActionInterface::pressAction()));
        action->doAction(QAccessibleActionInterface::pressAction());
        QCOMPARE(model()->categoryFilter(), std::optional(Category::Mover));
        QVERIFY(mover->state().selected);
        QVERIFY(QTest::qWaitFor([&] { return !model()->isIndexing(); }, Timeout));
        list->child(0)->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        QCOMPARE(model()->categoryFilter(), std::nullopt);
    }

    void exportWritesAnExcelWorkbookOfWhatIsShown()
    {
        QTest::mouseClick(m_page->chips()->chip(Category::Mover), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !model()->isIndexing(); }, Timeout));
        const int movers = model()->rowCount();
        qint64 rows = 0;
        for (const int index : model()->visibleOperations())
            rows += std::max<qsizetype>(1, m_plan.operations.at(index).changes.size());

        const QString path = exportVia("exportXlsx", QStringLiteral("movers.xlsx"));
        QVERIFY(!path.isEmpty());
        QCOMPARE(m_page->banner()->kind(), Ui::ErrorBanner::Kind::Success);
        QVERIFY2(m_page->banner()->text().contains(QStringLiteral("Exported %1 operations").arg(QLocale().toString(movers))),
                 qPrintable(m_page->banner()->text()));
        QVERIFY(Ui::SaveFileChooser::lastSuggestion().endsWith(QStringLiteral("plan-%1-Directory.xlsx").arg(m_planId)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto entries = Tests::readZip(file.readAll());
        QVERIFY2(entries, entries ? "" : qPrintable(entries.error()));
        for (const auto& entry : *entries) {
            if (entry.name == QLatin1String("xl/worksheets/sheet1.xml")) {
                QCOMPARE(entry.data.count("<row "), rows + 1);   // the header and one row per change
                QVERIFY(!entry.data.contains("<c r=\"A2\" s=\"2\" t=\"inlineStr\"><is><t>Joiner"));
            }
        }
        QTest::mouseClick(m_page->chips()->chip(std::nullopt), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !model()->isIndexing(); }, Timeout));
    }

    void exportWritesCsvInTheOrderShown()
    {
        m_page->table()->sortByColumn(Models::PlanModel::WorkerColumn, Qt::DescendingOrder);
        QVERIFY(QTest::qWaitFor([&] { return !model()->isIndexing(); }, Timeout));
        const QString path = exportVia("exportCsv", QStringLiteral("sorted.csv"));
        QVERIFY(!path.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines.at(0).startsWith("category,operation,worker,"));
        // The last worker id first, as the table shows it.
        const QString last = m_plan.operations.last().workerId;
        QVERIFY2(lines.at(1).contains("," + last.toUtf8() + ","), lines.at(1).constData());
        m_page->table()->sortByColumn(-1, Qt::AscendingOrder);
    }

    void exportWritesAPdfReport()
    {
        const QString path = exportVia("exportPdf", QStringLiteral("plan.pdf"));
        QVERIFY(!path.isEmpty());
        QCOMPARE(m_page->banner()->kind(), Ui::ErrorBanner::Kind::Success);
        QVERIFY2(m_page->banner()->text().contains(QStringLiteral("pages")), qPrintable(m_page->banner()->text()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(8).startsWith("%PDF-1."));
        QVERIFY(!m_page->progress()->isVisible());
    }

    void aCancelledExportWritesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        Ui::SaveFileChooser::setNextPath(path);
        exportAction(m_page.get(), "exportPdf")->trigger();
        QVERIFY(QTest::qWaitFor([&] { return m_page->isExporting(); }, Timeout));
        QVERIFY(m_page->progress()->isVisible());
        QVERIFY(!m_page->refreshButton()->isEnabled());   // one long job at a time
        QTest::mouseClick(m_page->progress()->cancelButton(), Qt::LeftButton);
        QVERIFY(!m_page->isExporting());
        QCOMPARE(m_page->banner()->kind(), Ui::ErrorBanner::Kind::Information);
        QVERIFY(m_page->banner()->text().contains(QStringLiteral("cancelled")));
        QThreadPool::globalInstance()->waitForDone();
        QVERIFY(!QFile::exists(path));
        QVERIFY(m_page->exportButton()->isEnabled());
    }

    void aDismissedFileDialogExportsNothing()
    {
        Ui::SaveFileChooser::setNextPath(QString());   // the person pressed Cancel
        exportAction(m_page.get(), "exportXlsx")->trigger();
        QTest::qWait(50);
        QVERIFY(!m_page->isExporting());
    }
};

QTEST_MAIN(TestPreviewPage)
#include "tst_previewpage.moc"
