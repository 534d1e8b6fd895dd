// The Workday, SAP SuccessFactors and BambooHR forms of the Tenants page driven as an
// administrator would: the kind chosen by typing its name into the Kind box, every field typed in,
// Test connection pressed against the matching local server (tests/servers), first with a wrong
// password or API key and then with the right one, and the tenant saved. What is checked is what
// the person sees next to the button, and where the secret went: the keychain, never the
// workspace.
#include "tenantspagefixture.h"
#include "app/connectorfactory.h"
#include "app/secrets/memorysecretstore.h"
#include "app/workspace.h"
#include "resources/initresources.h"
#include "tests/integration/bamboohr/bamboohrfixture.h"
#include "tests/integration/successfactors/sffixture.h"
#include "tests/integration/workday/workdayfixture.h"
#include "ui/connectorforms/connectorform.h"
#include "ui/errorbanner.h"
#include "ui/filefield.h"
#include "ui/tenantspage.h"
#include "ui/translations.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Tenure;

namespace {

constexpr int Timeout = 20000;

QStringList listed(const QListWidget* list)
{
    QStringList names;
    for (int i = 0; i < list->count(); ++i)
        names << list->item(i)->text().section(QLatin1Char('\n'), 0, 0);
    return names;
}

// Everything the workspace keeps on disk: the database and, while it is open, its journal.
QByteArray workspaceBytes(const QString& path)
{
    QByteArray bytes;
    for (const auto& file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-journal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    return bytes;
}

} // namespace

class TestHrSourceForms : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Tests::Workday::WorkdayFixture m_workday;
    Tests::SuccessFactors::SfFixture m_successFactors;
    Tests::BambooHr::BambooHrFixture m_bambooHr;
    std::unique_ptr<App::Workspace> m_workspace;
    App::MemorySecretStore m_secrets;
    App::ConnectorFactory m_connectors{m_secrets};
    std::unique_ptr<Ui::TenantsPage> m_page;

    Ui::ConnectorForm* form() const { return m_page->currentForm(); }
    QLineEdit* line(const char* key) const { return form()->lineEdit(QLatin1String(key)); }
    Ui::ErrorBanner* result() const { return m_page->connectionResult(); }

    // A new HR source, named, of the kind chosen from the Kind list by keyboard: Space opens the
    // list, the arrow keys walk down to the kind, Return takes it.
    void addHrSource(const QString& name, const QString& kindTitle, const QString& kindId)
    {
        m_page->addHrSource();
        QTest::keyClicks(m_page->nameEdit(), name);
        QComboBox* kinds = m_page->kindCombo();
        const int wanted = kinds->findText(kindTitle);
        QVERIFY2(wanted > kinds->currentIndex(), qPrintable(kindTitle));
        kinds->setFocus();
        QTest::keyClick(kinds, Qt::Key_Space);
        QAbstractItemView* list = kinds->view();
        QVERIFY(QTest::qWaitFor([&] { return list->isVisible(); }, Timeout));
        for (int row = kinds->currentIndex(); row < wanted; ++row)
            QTest::keyClick(list, Qt::Key_Down);
        QTest::keyClick(list, Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return !list->isVisible(); }, Timeout));
        QVERIFY(form());
        QCOMPARE(form()->kind().id, kindId);
        QCOMPARE(m_page->nameEdit()->text(), name);   // choosing the kind keeps what was typed
    }

    void type(const char* key, const QString& text)
    {
        QLineEdit* edit = line(key);
        if (!edit) {
            auto* file = form()->fileField(QLatin1String(key));
            QVERIFY2(file, key);
            edit = file->edit();
        }
        QVERIFY2(edit->isEnabled(), key);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
        QCOMPARE(edit->text(), text);
    }

    // Clicks Test connection and waits for its answer (a local server may answer within one turn
    // of the event loop, so the busy spell is counted, not watched).
    bool testAndWait()
    {
        QSignalSpy busy(m_page.get(), &Ui::TenantsPage::busyChanged);
        QTest::mouseClick(m_page->testButton(), Qt::LeftButton);
        return QTest::qWaitFor([&] { return !busy.isEmpty() && !busy.constLast().constFirst().toBool(); }, Timeout);
    }

    // The answer is said where the person clicked: just above the button, visible on screen.
    void verifyResultNextToTheButton()
    {
        QVERIFY(result()->isVisible());
        const QRect resultRect(result()->mapTo(m_page.get(), QPoint(0, 0)), result()->size());
        const QRect buttonRect(m_page->testButton()->mapTo(m_page.get(), QPoint(0, 0)), m_page->testButton()->size());
        QVERIFY2(resultRect.bottom() < buttonRect.top() && buttonRect.top() - resultRect.bottom() < 24,
                 qPrintable(QStringLiteral("result ends at %1, button starts at %2").arg(resultRect.bottom()).arg(buttonRect.top())));
        QVERIFY(m_page->rect().contains(buttonRect));
    }

    // A wrong secret first: the answer says authentication failed and never repeats the secret.
    void verifyAWrongSecretIsRefused(const char* secretKey, const QString& wrong)
    {
        type(secretKey, wrong);
        QVERIFY(testAndWait());
        verifyResultNextToTheButton();
        QCOMPARE(result()->kind(), Ui::ErrorBanner::Kind::Error);
        QVERIFY2(result()->text().startsWith(QStringLiteral("Authentication failed: ")), qPrintable(result()->text()));
        QVERIFY2(!result()->text().contains(wrong), qPrintable(result()->text()));
        QVERIFY(!m_page->banner()->text().contains(wrong));
    }

    // Then the right one: the answer names what was reached; editing the secret took the failure away.
    void verifyTheRightSecretConnects(const char* secretKey, const QString& right, const QStringList& named)
    {
        type(secretKey, right);
        QVERIFY(!result()->isVisible());   // the failure was about other settings
        QVERIFY(testAndWait());
        verifyResultNextToTheButton();
        QVERIFY2(result()->kind() == Ui::ErrorBanner::Kind::Success, qPrintable(result()->text()));
        for (const auto& part : named)
            QVERIFY2(result()->text().contains(part), qPrintable(result()->text() + QStringLiteral(" lacks ") + part));
        QVERIFY(!result()->text().contains(right));
    }

    // Save: the tenant is listed and selected, its settings are in the workspace and its secret
    // in the keychain, nowhere in the workspace's file.
    void saveAndReadBack(const QString& name, const QString& secret, Models::Tenant& saved)
    {
        QSignalSpy changed(m_page.get(), &Ui::TenantsPage::tenantsChanged);
        QVERIFY2(m_page->saveButton()->isEnabled(), qPrintable(m_page->problemLabel()->text()));
        QTest::mouseClick(m_page->saveButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return changed.size() == 1; }, Timeout));
        QVERIFY(QTest::qWaitFor([&] { return listed(m_page->tenantList()).contains(name); }, Timeout));
        QVERIFY(QTest::qWaitFor([&] { return !m_page->isBusy(); }, Timeout));
        QCOMPARE(m_page->tenantList()->currentItem()->text().section(QLatin1Char('\n'), 0, 0), name);
        auto found = m_workspace->tenants().find(name);
        QVERIFY2(found, found ? "" : qPrintable(found.error().describe()));
        saved = *found;
        QVERIFY(!saved.secretRef.isEmpty());
        QCOMPARE(*m_secrets.read(saved.secretRef), secret);
        QVERIFY(!QJsonDocument(saved.settings).toJson().contains(secret.toUtf8()));
        QVERIFY(!workspaceBytes(m_workspace->path()).contains(secret.toUtf8()));
        QVERIFY(form()->secretInput().isEmpty());   // the typed secret is not kept in the form
    }

private Q_SLOTS:
    void initTestCase()
    {
        Ui::initResources();
        Ui::loadTranslations(*QCoreApplication::instance());

        using Tests::Workday::hiredWorker;
        m_workday.server.service().setWorkers({hiredWorker(QStringLiteral("W1001"), QStringLiteral("Ann"), QStringLiteral("Lee"), QDate(2020, 1, 6)),
                                               hiredWorker(QStringLiteral("W1002"), QStringLiteral("Bo"), QStringLiteral("Šimůnek"), QDate(2021, 3, 1)),
                                               hiredWorker(QStringLiteral("W1003"), QStringLiteral("Zoë"), QStringLiteral("Ångström"), QDate(2022, 9, 12)),
                                               hiredWorker(QStringLiteral("W1004"), QStringLiteral("Kai"), QStringLiteral("Ito"), QDate(2023, 2, 1))});
        QVERIFY2(m_workday.start(), qPrintable(m_workday.server.errorString()));

        using Tests::SuccessFactors::person;
        m_successFactors.server.service().addPeople({person(QStringLiteral("1001"), QStringLiteral("Ann"), QStringLiteral("Lee")),
                                                     person(QStringLiteral("1002"), QStringLiteral("Bo"), QStringLiteral("Šimůnek")),
                                                     person(QStringLiteral("1003"), QStringLiteral("Zoë"), QStringLiteral("Ångström"))});
        QVERIFY2(m_successFactors.start(), qPrintable(m_successFactors.server.errorString()));

        using Tests::BambooHr::employee;
        m_bambooHr.server.service().addEmployees({employee(QStringLiteral("1"), QStringLiteral("Ann"), QStringLiteral("Lee")),
                                                  employee(QStringLiteral("2"), QStringLiteral("Bo"), QStringLiteral("Šimůnek"))});
        QVERIFY2(m_bambooHr.start(), qPrintable(m_bambooHr.server.errorString()));

        QVERIFY(Tests::showTenantsPage(m_dir.filePath(QStringLiteral("hr.tenure")), m_connectors, m_workspace, m_page));
        QVERIFY(QTest::qWaitFor([&] { return !m_page->isBusy(); }, Timeout));
    }

    void cleanupTestCase() { m_page.reset(); }

    void aWorkdayTenantIsTestedAsItsIntegrationUserAndSaved()
    {
        const auto options = m_workday.server.service().options();
        addHrSource(QStringLiteral("Workday"), QStringLiteral("Workday"), QStringLiteral("workday"));
        if (QTest::currentTestFailed())
            return;
        type("endpoint", m_workday.server.endpoint());
        type("userName", options.userName);
        type("caFile", m_workday.server.caFile());
        verifyAWrongSecretIsRefused("password", QStringLiteral("Not-the-password-1"));
        verifyTheRightSecretConnects("password", options.password,
                                     {QStringLiteral("4 workers"), QStringLiteral("tenant acme"), options.userName});

        Models::Tenant saved;
        saveAndReadBack(QStringLiteral("Workday"), options.password, saved);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(saved.type, QStringLiteral("workday"));
        QCOMPARE(saved.role, Models::TenantRole::HrSource);
        QCOMPARE(saved.settings.value(QStringLiteral("endpoint")).toString(), m_workday.server.endpoint());
        QCOMPARE(saved.settings.value(QStringLiteral("userName")).toString(), options.userName);
        QCOMPARE(saved.settings.value(QStringLiteral("caFile")).toString(), m_workday.server.caFile());
        QVERIFY(!saved.settings.contains(QStringLiteral("apiVersion")));   // left empty: the connector's default
    }

    void aSuccessFactorsCompanyIsTestedAsItsApiUserAndSaved()
    {
        const auto options = m_successFactors.server.service().options();
        addHrSource(QStringLiteral("SuccessFactors"), QStringLiteral("SAP SuccessFactors"), QStringLiteral("successfactors"));
        if (QTest::currentTestFailed())
            return;
        type("apiUrl", m_successFactors.server.apiUrl());
        type("companyId", options.companyId);
        type("username", options.username);
        type("caFile", m_successFactors.server.caFile());
        verifyAWrongSecretIsRefused("password", QStringLiteral("Not-the-password-2"));
        verifyTheRightSecretConnects("password", options.password,
                                     {QStringLiteral("3 people"), QStringLiteral("company ACMETEST"), options.username});

        Models::Tenant saved;
        saveAndReadBack(QStringLiteral("SuccessFactors"), options.password, saved);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(saved.type, QStringLiteral("successfactors"));
        QCOMPARE(saved.settings.value(QStringLiteral("apiUrl")).toString(), m_successFactors.server.apiUrl());
        QCOMPARE(saved.settings.value(QStringLiteral("companyId")).toString(), options.companyId);
        QCOMPARE(saved.settings.value(QStringLiteral("username")).toString(), options.username);
    }

    void aBambooHrCompanyIsTestedWithItsApiKeyAndSaved()
    {
        const auto options = m_bambooHr.server.service().options();
        addHrSource(QStringLiteral("BambooHR"), QStringLiteral("BambooHR"), QStringLiteral("bamboohr"));
        if (QTest::currentTestFailed())
            return;
        type("companyDomain", options.companyDomain);
        type("apiUrl", m_bambooHr.server.apiUrl());
        type("caFile", m_bambooHr.server.caFile());
        verifyAWrongSecretIsRefused("apiKey", QStringLiteral("0000000000000000000000000000000000000000"));
        verifyTheRightSecretConnects("apiKey", options.apiKey,
                                     {QStringLiteral("2 employees"), QStringLiteral("company acmetest")});

        Models::Tenant saved;
        saveAndReadBack(QStringLiteral("BambooHR"), options.apiKey, saved);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(saved.type, QStringLiteral("bamboohr"));
        QCOMPARE(saved.settings.value(QStringLiteral("companyDomain")).toString(), options.companyDomain);
        QCOMPARE(saved.settings.value(QStringLiteral("apiUrl")).toString(), m_bambooHr.server.apiUrl());
        QCOMPARE(saved.settings.value(QStringLiteral("fullRead")).toString(), QStringLiteral("report"));
    }

    void aSavedSourceTestsWithTheKeychainsSecret()
    {
        QCOMPARE(listed(m_page->tenantList()).size(), 3);
        for (const auto& name : {QStringLiteral("Workday"), QStringLiteral("SuccessFactors"), QStringLiteral("BambooHR")}) {
            m_page->selectTenant(name);
            QVERIFY(!result()->isVisible());   // another tenant's answer is not this one's
            QVERIFY(testAndWait());
            QVERIFY2(result()->kind() == Ui::ErrorBanner::Kind::Success, qPrintable(name + QStringLiteral(": ") + result()->text()));
        }
    }
};

QTEST_MAIN(TestHrSourceForms)
#include "tst_hrsourceforms.moc"
