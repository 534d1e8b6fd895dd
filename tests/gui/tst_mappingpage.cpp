// The mapping builder driven as an admin would, offscreen: drag an HR attribute onto a target
// attribute and see the live preview change, type an expression with a typo and see the error at
// its column and the completion offer the right function, edit a scoping clause, save two
// versions, compare them and roll back.
#include "consoleworkspace.h"
#include "ui/errorbanner.h"
#include "ui/expressioneditor.h"
#include "ui/mappingpage.h"
#include "ui/mappingpreview.h"
#include "ui/mappingruleeditor.h"
#include "ui/mappingversions.h"
#include "ui/scopingeditor.h"
#include "ui/sourceattributelist.h"
#include "ui/targetattributetable.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Tenure;

namespace {

constexpr int Timeout = 20000;

const QByteArray hrCsv = "WorkerID,FirstName,LastName,DisplayName,Title,Status,Department,HireDate\n"
                         "1001,Ann,Lee,Ann Lee,Engineer,Active,R&D,2019-03-01\n"
                         "1002,Bo,Ek,Bo Ek,Lead Engineer,Active,R&D,2018-01-01\n"
                         "1003,Cy,Ng,Cy Ng,Analyst,Leave,Finance,2024-05-01\n";

} // namespace

class TestMappingPage : public QObject {
    Q_OBJECT

    Tests::ConsoleWorkspace m_env;
    std::unique_ptr<Ui::MappingPage> m_page;

    bool waitForPreview(const std::function<bool()>& condition)
    {
        return QTest::qWaitFor([&] { return condition(); }, Timeout);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_env.create(hrCsv, QString()), qPrintable(m_env.error()));
        m_page = std::make_unique<Ui::MappingPage>(m_env.workspace(), m_env.connectors());
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->reloadTenants();
        QVERIFY2(QTest::qWaitFor([&] { return m_page->isLoaded(); }, Timeout), qPrintable(m_page->banner()->text()));
    }

    void cleanupTestCase() { m_page.reset(); }

    void showsTheHrAttributesWithSamples()
    {
        auto* sources = m_page->sourceList();
        const auto found = sources->findItems(QStringLiteral("Department"), Qt::MatchExactly, 0);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst()->text(1), QStringLiteral("R&D"));
        // The target side lists the mapped attributes and the usual ones for LDAP.
        QVERIFY(m_page->targetTable()->rowOfTarget(QStringLiteral("title")) >= 0);
        QVERIFY(m_page->targetTable()->rowOfTarget(QStringLiteral("departmentNumber")) < 0);
        QVERIFY(m_page->targetTable()->rowOfTarget(QStringLiteral("department")) >= 0);
    }

    void dragMappingAnAttributeChangesTheLivePreview()
    {
        auto* preview = m_page->preview();
        QVERIFY(waitForPreview([&] { return preview->cell(QStringLiteral("1001"), QStringLiteral("title")) == QStringLiteral("Engineer"); }));
        QVERIFY(preview->cell(QStringLiteral("1001"), QStringLiteral("department")).isEmpty());

        auto* sources = m_page->sourceList();
        auto* targets = m_page->targetTable();
        const auto department = sources->findItems(QStringLiteral("Department"), Qt::MatchExactly, 0);
        std::unique_ptr<QMimeData> mime(sources->mimeDataFor(department));
        QVERIFY(mime);
        const int row = targets->rowOfTarget(QStringLiteral("department"));
        targets->scrollToItem(targets->item(row, 0));
        const QPoint at = targets->visualItemRect(targets->item(row, 0)).center();
        QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(targets->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(targets->viewport(), &drop);
        QVERIFY(drop.isAccepted());

        QCOMPARE(targets->currentTarget(), QStringLiteral("department"));
        QVERIFY(targets->item(row, Ui::TargetAttributeTable::RuleColumn)->text().contains(QStringLiteral("Department")));
        QVERIFY(m_page->isModified());
        QVERIFY(waitForPreview([&] { return preview->cell(QStringLiteral("1003"), QStringLiteral("department")) == QStringLiteral("Finance"); }));

        // The keyboard way: select both, Ctrl+M.
        sources->selectAttribute(QStringLiteral("LastName"));
        targets->selectTarget(QStringLiteral("department"));
        QTest::keyClick(targets, Qt::Key_M, Qt::ControlModifier);
        QVERIFY(waitForPreview([&] { return preview->cell(QStringLiteral("1003"), QStringLiteral("department")) == QStringLiteral("Ng"); }));
    }

    void anExpressionTypoIsUnderlinedAtItsColumnAndCompletionOffersTheFunction()
    {
        m_page->targetTable()->selectTarget(QStringLiteral("department"));
        auto* rule = m_page->ruleEditor();
        rule->kindCombo()->setCurrentIndex(2);   // expression
        auto* editor = rule->expressionEditor();
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("Join(\"-\", [Department], Uper([LastName]))"));
        editor->checkNow();
        QCOMPARE(editor->errorLine(), 1);
        QCOMPARE(editor->errorColumn(), 25);
        QVERIFY2(editor->errorMessage().contains(QStringLiteral("Uper")), qPrintable(editor->errorMessage()));
        QVERIFY(editor->errorLabel()->text().contains(QStringLiteral("column 25")));
        QCOMPARE(editor->extraSelections().size(), 1);
        QCOMPARE(editor->extraSelections().constFirst().cursor.selectedText(), QStringLiteral("Uper"));
        // The live preview shows the error in the rule's column.
        auto* preview = m_page->preview();
        QVERIFY(waitForPreview([&] { return preview->cell(QStringLiteral("1001"), QStringLiteral("department")).contains(QStringLiteral("Uper")); }));

        // Completion and signature help: retype the function name.
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Join(\"-\", [Department], ToUp"));
        QVERIFY(editor->completer()->popup()->isVisible());
        QCOMPARE(editor->completer()->currentCompletion(), QStringLiteral("ToUpper"));
        QTest::keyClick(editor->completer()->popup(), Qt::Key_Return);
        QTest::keyClicks(editor, QStringLiteral("[Last"));
        QCOMPARE(editor->completer()->currentCompletion(), QStringLiteral("LastName"));
        QTest::keyClick(editor->completer()->popup(), Qt::Key_Return);
        QCOMPARE(editor->currentSignature(), QStringLiteral("ToUpper(source, culture)"));
        QVERIFY(editor->signatureLabel()->text().startsWith(QStringLiteral("ToUpper(")));
        QTest::keyClicks(editor, QStringLiteral("))"));
        editor->checkNow();
        QCOMPARE(editor->errorLine(), 0);
        QVERIFY(waitForPreview([&] { return preview->cell(QStringLiteral("1002"), QStringLiteral("department")) == QStringLiteral("R&D-EK"); }));
    }

    void editingAScopingClauseFiltersThePreview()
    {
        auto* scope = m_page->scopingEditor();
        scope->addGroup();
        auto* tree = scope->tree();
        auto* clause = tree->topLevelItem(0)->child(0);
        auto* attribute = qobject_cast<QComboBox*>(tree->itemWidget(clause, 0));
        auto* op = qobject_cast<QComboBox*>(tree->itemWidget(clause, 1));
        auto* value = qobject_cast<QLineEdit*>(tree->itemWidget(clause, 2));
        QVERIFY(attribute && op && value);
        QCOMPARE(op->count(), 14);
        attribute->setCurrentText(QStringLiteral("Status"));
        op->setCurrentIndex(op->findText(QStringLiteral("NOT EQUALS")));
        value->setFocus();
        QTest::keyClicks(value, QStringLiteral("Leave"));
        const auto filter = m_page->mapping().scope;
        QCOMPARE(filter.groups.size(), 1);
        QCOMPARE(filter.groups.constFirst().constFirst().describe(), QStringLiteral("Status NOT EQUALS Leave"));
        auto* table = m_page->preview()->table();
        QVERIFY(waitForPreview([&] {
            for (int r = 0; r < table->rowCount(); ++r)
                if (table->item(r, 0)->data(Qt::UserRole).toString() == QStringLiteral("1003"))
                    return table->item(r, 0)->toolTip().contains(QStringLiteral("out of scope"));
            return false;
        }));
    }

    void saveTwoVersionsCompareAndRollBack()
    {
        QSignalSpy saved(m_page.get(), &Ui::MappingPage::saved);
        QSignalSpy listed(m_page.get(), &Ui::MappingPage::versionsLoaded);
        QTest::mouseClick(m_page->saveButton(), Qt::LeftButton);
        QVERIFY2(saved.wait(Timeout), qPrintable(m_page->banner()->text()));
        const int first = saved.takeFirst().at(0).toInt();   // the fixture saved version 1
        QCOMPARE(first, 2);
        m_page->removeRule(QStringLiteral("title"));
        QTest::mouseClick(m_page->saveButton(), Qt::LeftButton);
        QVERIFY2(saved.wait(Timeout), qPrintable(m_page->banner()->text()));
        QCOMPARE(saved.takeFirst().at(0).toInt(), 3);
        QVERIFY(QTest::qWaitFor([&] { return m_page->versions()->leftCombo()->count() == 3; }, Timeout));

        auto* versions = m_page->versions();
        versions->leftCombo()->setCurrentIndex(1);    // version 2
        versions->rightCombo()->setCurrentIndex(2);   // version 3
        QSignalSpy compared(m_page.get(), &Ui::MappingPage::compared);
        QTest::mouseClick(versions->compareButton(), Qt::LeftButton);
        QVERIFY(compared.wait(Timeout));
        QCOMPARE(versions->changedRows(), 1);   // title
        bool titleDiffers = false;
        for (int r = 0; r < versions->diff()->rowCount(); ++r)
            if (versions->diff()->item(r, 0)->text() == QStringLiteral("title"))
                titleDiffers = versions->diff()->item(r, 2)->text() == QStringLiteral("(not mapped)");
        QVERIFY(titleDiffers);

        QTest::mouseClick(versions->rollbackButton(), Qt::LeftButton);
        QVERIFY(saved.wait(Timeout));
        QCOMPARE(saved.takeFirst().at(0).toInt(), 4);
        QVERIFY(m_page->targetTable()->item(m_page->targetTable()->rowOfTarget(QStringLiteral("title")), 1)
                    ->text().contains(QStringLiteral("Title")));
        auto current = m_env.workspace().mappings().current(QStringLiteral("Directory"));
        auto second = m_env.workspace().mappings().load(QStringLiteral("Directory"), 2);
        QVERIFY(current && second);
        QCOMPARE(current->toJson(), second->toJson());
        QVERIFY(!m_page->isModified());
    }
};

QTEST_MAIN(TestMappingPage)
#include "tst_mappingpage.moc"
