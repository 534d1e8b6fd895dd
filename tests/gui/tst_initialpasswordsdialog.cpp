// The console's hand-over of initial passwords: the status bar button counts what waits, the
// dialog reveals one once (after a confirmation) with a Copy button, it is gone from the keychain
// and the list at that moment, audited, and closing the dialog wipes it from the field and the
// clipboard.
#include "app/initialpasswords.h"
#include "app/secrets/memorysecretstore.h"
#include "app/workspace.h"
#include "ui/confirmation.h"
#include "ui/initialpasswordsbutton.h"
#include "ui/initialpasswordsdialog.h"
#include "resources/initresources.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTest>

using namespace Tenure;

namespace {

const QString ada = QStringLiteral("CN=Ada Lovelace,OU=Staff,DC=corp,DC=example,DC=test");
const QString grace = QStringLiteral("CN=Grace Hopper,OU=Staff,DC=corp,DC=example,DC=test");
const QString adaPassword = QStringLiteral("Vb8$kQ2!nW5#rT7@pZ3x");
const QString gracePassword = QStringLiteral("Hm4!cX9#sL6$yD2@qF8w");

} // namespace

class TestInitialPasswordsDialog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<App::Workspace> m_workspace;
    App::MemorySecretStore m_secrets;
    std::unique_ptr<QWidget> m_window;
    Ui::InitialPasswordsButton* m_button = nullptr;

    int rowOf(QTableWidget* table, const QString& account)
    {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 1)->text() == account)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Ui::initResources();
        auto opened = App::Workspace::open(m_dir.filePath(QStringLiteral("console.tenure")));
        QVERIFY(opened);
        m_workspace = std::move(*opened);
        // Two accounts created by a run, their passwords handed to the keychain by the AD target.
        auto handover = App::initialPasswordHandover(m_secrets, QStringLiteral("Directory"),
                                                     Models::InitialPasswordIndex(m_workspace->database(), QStringLiteral("bob")));
        QVERIFY(handover.keep(ada, adaPassword));
        QVERIFY(handover.keep(grace, gracePassword));

        m_window = std::make_unique<QWidget>();
        m_button = new Ui::InitialPasswordsButton(*m_workspace, m_secrets, QStringLiteral("carol"), m_window.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void theStatusButtonCountsWhatWaits()
    {
        QTRY_COMPARE(m_button->waiting(), 2);
        QVERIFY(m_button->isVisible());
        QCOMPARE(m_button->text(), QStringLiteral("2 initial passwords to hand over"));
    }

    void declinedRevealShowsNothingAndKeepsThePassword()
    {
        m_button->openDialog();
        auto* dialog = m_button->dialog();
        QVERIFY(dialog);
        QTRY_COMPARE(dialog->table()->rowCount(), 2);
        dialog->table()->selectRow(rowOf(dialog->table(), ada));
        QVERIFY(dialog->revealButton()->isEnabled());
        Ui::Confirmation::setNextAnswer(false);
        QTest::mouseClick(dialog->revealButton(), Qt::LeftButton);
        QTest::qWait(100);
        QVERIFY(Ui::Confirmation::lastQuestion().contains(QStringLiteral("nobody can see it again")));
        QVERIFY(dialog->passwordField()->text().isEmpty());
        QCOMPARE(*m_secrets.read(App::initialPasswordReference(QStringLiteral("Directory"), ada)), adaPassword);
    }

    void revealShowsThePasswordOnceWithACopyButton()
    {
        auto* dialog = m_button->dialog();
        dialog->table()->selectRow(rowOf(dialog->table(), ada));
        Ui::Confirmation::setNextAnswer(true);
        QTest::mouseClick(dialog->revealButton(), Qt::LeftButton);
        QTRY_COMPARE(dialog->passwordField()->text(), adaPassword);
        QVERIFY(dialog->passwordField()->isReadOnly());
        QVERIFY(dialog->copyButton()->isEnabled());
        QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), adaPassword);

        // Gone from the keychain and the list, counted down in the status bar, audited for carol.
        QCOMPARE(m_secrets.read(App::initialPasswordReference(QStringLiteral("Directory"), ada)).error().code,
                 Models::ErrorCode::NotFound);
        QTRY_COMPARE(dialog->table()->rowCount(), 1);
        QCOMPARE(rowOf(dialog->table(), ada), -1);
        QTRY_COMPARE(m_button->waiting(), 1);
        Models::AuditFilter filter;
        filter.actionPrefix = QStringLiteral("password.");
        auto events = m_workspace->audit().query(filter);
        QVERIFY(events);
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->constFirst().actor, QStringLiteral("carol"));
        QCOMPARE(events->constFirst().subject, ada);
        // Nobody gets it a second time.
        auto again = App::InitialPasswords(*m_workspace, m_secrets, QStringLiteral("carol")).take(ada);
        QVERIFY(!again);
        QCOMPARE(again.error().code, Models::ErrorCode::NotFound);
    }

    void closingWipesTheFieldAndTheClipboard()
    {
        auto* dialog = m_button->dialog();
        dialog->reject();
        QVERIFY(dialog->passwordField()->text().isEmpty());
        QVERIFY(!dialog->copyButton()->isEnabled());
        QVERIFY(QApplication::clipboard()->text() != adaPassword);
    }

    void theLastOneHandedOverHidesTheButton()
    {
        m_button->openDialog();
        auto* dialog = m_button->dialog();
        QTRY_COMPARE(dialog->table()->rowCount(), 1);
        dialog->table()->selectRow(0);
        Ui::Confirmation::setNextAnswer(true);
        QTest::mouseClick(dialog->revealButton(), Qt::LeftButton);
        QTRY_COMPARE(dialog->passwordField()->text(), gracePassword);
        QTRY_COMPARE(dialog->table()->rowCount(), 0);
        QTRY_VERIFY(!m_button->isVisible());
        dialog->reject();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        QThreadPool::globalInstance()->waitForDone();   // background work references the workspace
    }
};

QTEST_MAIN(TestInitialPasswordsDialog)
#include "tst_initialpasswordsdialog.moc"
