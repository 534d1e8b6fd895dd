// The Tenants page driven as an administrator would, through its real widgets: an SQL staging
// table on a SQLite file and a Microsoft Entra ID directory against the local Graph server
// (tests/servers/graph) are added, validated as they are typed, tested, saved, edited and removed;
// the other kinds' forms keep the rules of their connectors.
#include "tenantspagefixture.h"
#include "app/connectorfactory.h"
#include "app/secrets/memorysecretstore.h"
#include "app/workspace.h"
#include "resources/initresources.h"
#include "tests/servers/graph/graphserver.h"
#include "ui/confirmation.h"
#include "ui/connectorforms/connectorform.h"
#include "ui/errorbanner.h"
#include "ui/filefield.h"
#include "ui/tenantspage.h"
#include "ui/translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Tenure;
using Tests::Graph::GraphServer;
using Tests::Graph::GraphServiceOptions;

namespace {

constexpr int Timeout = 20000;

void click(QWidget* widget)
{
    QVERIFY(widget);
    QVERIFY2(widget->isEnabled(), qPrintable(widget->objectName() + QStringLiteral(" is disabled")));
    QTest::mouseClick(widget, Qt::LeftButton);
}

// Chooses an item as a person does: it becomes current and the combo says it was activated.
void pick(QComboBox* combo, const QVariant& data)
{
    QVERIFY(combo);
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

void type(QLineEdit* edit, const QString& text)
{
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
}

QStringList listed(const QListWidget* list)
{
    QStringList names;
    for (int i = 0; i < list->count(); ++i)
        names << list->item(i)->text().section(QLatin1Char('\n'), 0, 0);
    return names;
}

} // namespace

class TestTenantsPage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<GraphServer> m_graph;
    QByteArray m_appCertificate;   // PEM: the app's certificate credential and its key
    std::unique_ptr<App::Workspace> m_workspace;
    App::MemorySecretStore m_secrets;
    App::ConnectorFactory m_connectors{m_secrets};
    std::unique_ptr<Ui::TenantsPage> m_page;

    GraphServiceOptions graphOptions() { return m_graph->service().options(); }
    Ui::ConnectorForm* form() const { return m_page->currentForm(); }
    QLineEdit* line(const char* key) const { return form()->lineEdit(QLatin1String(key)); }
    QLabel* note(const char* key) const { return form()->noteLabel(QLatin1String(key)); }
    // What Test connection said, next to its button.
    Ui::ErrorBanner* result() const { return m_page->connectionResult(); }

    bool waitIdle() { return QTest::qWaitFor([&] { return !m_page->isBusy(); }, Timeout); }

    void fillGraphForm(const QString& name)
    {
        m_page->addDirectory();
        QTest::keyClicks(m_page->nameEdit(), name);
        pick(m_page->kindCombo(), QStringLiteral("graph"));
        QCOMPARE(form()->kind().id, QStringLiteral("graph"));
        QCOMPARE(m_page->nameEdit()->text(), name);   // choosing the kind keeps what was typed
        const auto options = graphOptions();
        type(line("tenantId"), options.tenantId);
        type(line("clientId"), options.clientId);
        type(line("domain"), options.verifiedDomains.constFirst());
        // The local server stands in for a cloud of its own: its URLs, its CA.
        type(line("authorityUrl"), m_graph->baseUrl());
        type(line("graphUrl"), m_graph->graphUrl());
        form()->fileField(QStringLiteral("caFile"))->setPath(m_graph->caFile());
    }

    // Clicks Test connection and waits for its answer (a local server may answer within one turn
    // of the event loop, so the busy spell is counted, not watched).
    bool testAndWait()
    {
        QSignalSpy busy(m_page.get(), &Ui::TenantsPage::busyChanged);
        QTest::mouseClick(m_page->testButton(), Qt::LeftButton);
        return QTest::qWaitFor([&] { return !busy.isEmpty() && !busy.constLast().constFirst().toBool(); }, Timeout);
    }

private Q_SLOTS:
    void initTestCase()
    {
        Ui::initResources();
        Ui::loadTranslations(*QCoreApplication::instance());
        const auto certificate = Tests::TestCertificate::generate(m_dir.path(), QStringLiteral("app"));
        QVERIFY(certificate.isValid());
        m_appCertificate = certificate.certificatePem + certificate.keyPem;
        GraphServiceOptions options;
        options.clientCertificatePem = certificate.certificatePem;
        m_graph = std::make_unique<GraphServer>(options);
        QVERIFY2(m_graph->start(), qPrintable(m_graph->errorString()));
        m_graph->service().addUsers({QJsonObject{{QStringLiteral("userPrincipalName"), QStringLiteral("ann.lee@contoso.test")}}});

        // An HR staging table in a SQLite file, as an HR export job would leave it.
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seed"));
            db.setDatabaseName(m_dir.filePath(QStringLiteral("staging.sqlite")));
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const char* sql : {"CREATE TABLE workers (WorkerID TEXT, FirstName TEXT, LastName TEXT, updated_at TEXT)",
                                    "INSERT INTO workers VALUES ('1001', 'Ann', 'Lee', '2026-11-01T08:00:00')",
                                    "INSERT INTO workers VALUES ('1002', 'Bo', 'Šimůnek', '2026-11-02T08:00:00')",
                                    "INSERT INTO workers VALUES ('1003', 'Zoë', 'Ångström', '2026-11-03T08:00:00')"})
                QVERIFY2(query.exec(QString::fromUtf8(sql)), qPrintable(query.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("seed"));

        QVERIFY(Tests::showTenantsPage(m_dir.filePath(QStringLiteral("tenants.tenure")), m_connectors, m_workspace, m_page));
        QVERIFY(m_page->isBusy());   // reading the tenants, off the GUI thread
        QVERIFY(waitIdle());
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_graph.reset();
    }

    void anEmptyWorkspaceSaysWhatToAddFirst()
    {
        auto* empty = m_page->findChild<QLabel*>(QStringLiteral("tenantsEmptyState"));
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("HR source first")));
    }

    void everyConnectorKindHasAForm()
    {
        m_page->addHrSource();
        QStringList hr;
        for (int i = 0; i < m_page->kindCombo()->count(); ++i)
            hr << m_page->kindCombo()->itemData(i).toString();
        QCOMPARE(hr, (QStringList{QStringLiteral("csv"), QStringLiteral("sql"), QStringLiteral("scim-bulk-file"),
                                  QStringLiteral("workday"), QStringLiteral("successfactors"), QStringLiteral("bamboohr")}));
        m_page->addDirectory();
        QStringList directories;
        for (int i = 0; i < m_page->kindCombo()->count(); ++i)
            directories << m_page->kindCombo()->itemData(i).toString();
        QCOMPARE(directories, (QStringList{QStringLiteral("ldap"), QStringLiteral("activeDirectory"), QStringLiteral("graph"),
                                           QStringLiteral("entra-inbound"), QStringLiteral("scim")}));
        for (const auto& id : hr + directories) {
            QVERIFY(m_page->form(id));
            QVERIFY2(!m_page->form(id)->accessibleName().isEmpty(), qPrintable(id));
        }
    }

    void aSqlSourceWithABadQuerySaysSoNextToTheQuery()
    {
        m_page->addHrSource();
        QVERIFY(m_page->kindCombo()->isEnabled());
        QTest::keyClicks(m_page->nameEdit(), QStringLiteral("Staging"));
        pick(m_page->kindCombo(), QStringLiteral("sql"));
        pick(form()->comboBox(QStringLiteral("driver")), QStringLiteral("QSQLITE"));
        // A file has no server: host, port, user and password do not apply.
        QVERIFY(!form()->editor(QStringLiteral("host"))->isEnabled());
        QVERIFY(!form()->editor(QStringLiteral("password"))->isEnabled());
        type(line("database"), m_dir.filePath(QStringLiteral("staging.sqlite")));
        QTest::keyClicks(form()->textEdit(QStringLiteral("query")), QStringLiteral("SELECT * FROM workers;"));
        QVERIFY(!m_page->saveButton()->isEnabled());
        QVERIFY2(note("query")->isVisible(), qPrintable(m_page->problemLabel()->text()));
        QVERIFY2(note("query")->text().contains(QStringLiteral("';'")), qPrintable(note("query")->text()));
        QCOMPARE(m_page->problemLabel()->text(), note("query")->text());

        // A table that is not there: the connector's error, on the banner and at the query.
        form()->textEdit(QStringLiteral("query"))->clear();
        QTest::keyClicks(form()->textEdit(QStringLiteral("query")), QStringLiteral("SELECT * FROM staff"));
        QVERIFY(!note("query")->isVisible());
        QVERIFY(m_page->saveButton()->isEnabled());
        QVERIFY(testAndWait());
        QCOMPARE(result()->kind(), Ui::ErrorBanner::Kind::Error);
        QVERIFY2(result()->text().startsWith(QStringLiteral("Connection failed: ")), qPrintable(result()->text()));
        QVERIFY2(note("query")->isVisible(), qPrintable(result()->text()));
        QVERIFY2(note("query")->text().contains(QStringLiteral("not valid")), qPrintable(note("query")->text()));
    }

    void aSqlSourceOnASqliteFileIsTestedAndSaved()
    {
        QCOMPARE(form()->kind().id, QStringLiteral("sql"));
        form()->textEdit(QStringLiteral("query"))->clear();
        QTest::keyClicks(form()->textEdit(QStringLiteral("query")), QStringLiteral("SELECT * FROM workers"));
        QVERIFY(!note("query")->isVisible());   // editing the field takes the connection error away
        type(line("watermarkColumn"), QStringLiteral("updated_at"));
        QVERIFY(testAndWait());
        QCOMPARE(result()->kind(), Ui::ErrorBanner::Kind::Success);
        QVERIFY2(result()->text().startsWith(QStringLiteral("3 workers")), qPrintable(result()->text()));

        QSignalSpy changed(m_page.get(), &Ui::TenantsPage::tenantsChanged);
        click(m_page->saveButton());
        QVERIFY(QTest::qWaitFor([&] { return changed.size() == 1; }, Timeout));
        QVERIFY(waitIdle());   // and the list read again
        QVERIFY(QTest::qWaitFor([&] { return listed(m_page->tenantList()).contains(QStringLiteral("Staging")); }, Timeout));
        auto saved = m_workspace->tenants().find(QStringLiteral("Staging"));
        QVERIFY(saved);
        QCOMPARE(saved->type, QStringLiteral("sql"));
        QCOMPARE(saved->role, Models::TenantRole::HrSource);
        QCOMPARE(saved->settings.value(QStringLiteral("driver")).toString(), QStringLiteral("QSQLITE"));
        QCOMPARE(saved->settings.value(QStringLiteral("query")).toString(), QStringLiteral("SELECT * FROM workers"));
        QCOMPARE(saved->settings.value(QStringLiteral("watermarkColumn")).toString(), QStringLiteral("updated_at"));
        QVERIFY(!saved->settings.contains(QStringLiteral("host")));   // empty optional keys are left out
        QVERIFY(saved->secretRef.isEmpty());                         // SQLite takes no password
        QVERIFY(!m_page->kindCombo()->isEnabled());
    }

    void typingABadGuidOrUrlSaysSoNextToTheField()
    {
        m_page->addDirectory();
        QTest::keyClicks(m_page->nameEdit(), QStringLiteral("Entra"));
        pick(m_page->kindCombo(), QStringLiteral("graph"));
        QCOMPARE(m_page->sourceCombo()->currentText(), QStringLiteral("Staging"));   // fed from the only HR source
        QVERIFY(!note("clientId")->isVisible());   // nothing said before anything is typed

        QTest::keyClicks(line("clientId"), QStringLiteral("9a3d526c-b3c1-4479"));
        QVERIFY(note("clientId")->isVisible());
        QVERIFY2(note("clientId")->text().contains(QStringLiteral("GUID")), qPrintable(note("clientId")->text()));
        QVERIFY(!m_page->saveButton()->isEnabled());
        QCOMPARE(line("clientId")->accessibleDescription(), note("clientId")->text());   // read out with the field
        QTest::keyClicks(line("clientId"), QStringLiteral("-ba74-197b5c5751ae"));
        QVERIFY(!note("clientId")->isVisible());

        QTest::keyClicks(line("tenantId"), QStringLiteral("contoso onmicrosoft"));
        QVERIFY(note("tenantId")->isVisible());
        type(line("tenantId"), QStringLiteral("contoso.onmicrosoft.com"));   // a verified domain is a tenant too
        QVERIFY(!note("tenantId")->isVisible());

        type(line("graphUrl"), QStringLiteral("http://graph.example.com/v1.0"));
        QVERIFY(note("graphUrl")->isVisible());
        QVERIFY2(note("graphUrl")->text().contains(QStringLiteral("https://")), qPrintable(note("graphUrl")->text()));
        type(line("graphUrl"), QStringLiteral("https://graph.example.com/v1.0"));
        QVERIFY(!note("graphUrl")->isVisible());
        QVERIFY(!m_page->saveButton()->isEnabled());   // still no domain, no secret
    }

    void theCloudChoiceSetsBothUrls()
    {
        auto* cloud = form()->comboBox(QStringLiteral("cloud"));
        QCOMPARE(cloud->currentIndex(), cloud->count() - 1);   // "Other": the URLs typed above
        cloud->setCurrentIndex(1);
        Q_EMIT cloud->activated(1);   // US Government L4
        QCOMPARE(line("authorityUrl")->text(), QStringLiteral("https://login.microsoftonline.us"));
        QCOMPARE(line("graphUrl")->text(), QStringLiteral("https://graph.microsoft.us/v1.0"));
        type(line("graphUrl"), QStringLiteral("https://graph.microsoft.com/v1.0"));
        QCOMPARE(cloud->currentIndex(), cloud->count() - 1);   // no longer one cloud's pair
    }

    void testConnectionReachesTheGraphServerAndSaysWhyAWrongSecretFails()
    {
        fillGraphForm(QStringLiteral("Entra"));
        QVERIFY(form()->isRowVisible(QStringLiteral("clientSecret")));
        QVERIFY(!form()->isRowVisible(QStringLiteral("certificate")));
        QVERIFY2(m_page->problemLabel()->text().contains(QStringLiteral("credential")), qPrintable(m_page->problemLabel()->text()));

        const QString wrong = QStringLiteral("not-the-secret");
        QTest::keyClicks(line("clientSecret"), wrong);
        QVERIFY(testAndWait());
        QCOMPARE(result()->kind(), Ui::ErrorBanner::Kind::Error);
        // A refused secret is an authentication failure, said as one.
        QVERIFY2(result()->text().startsWith(QStringLiteral("Authentication failed: ")),
                 qPrintable(result()->text()));
        QVERIFY2(result()->text().contains(QStringLiteral("7000215")), qPrintable(result()->text()));
        QVERIFY(!result()->text().contains(wrong));

        type(line("clientSecret"), graphOptions().clientSecret);
        QVERIFY(testAndWait());
        QCOMPARE(result()->kind(), Ui::ErrorBanner::Kind::Success);
        QVERIFY2(result()->text().startsWith(QStringLiteral("Connected to Microsoft Graph")),
                 qPrintable(result()->text()));
        QVERIFY(!result()->text().contains(graphOptions().clientSecret));
    }

    void aGraphDirectoryIsSavedListedAndPersistedWithItsSecretInTheKeychain()
    {
        QVERIFY2(m_page->saveButton()->isEnabled(), qPrintable(m_page->problemLabel()->text()));
        QSignalSpy changed(m_page.get(), &Ui::TenantsPage::tenantsChanged);
        click(m_page->saveButton());
        QVERIFY(QTest::qWaitFor([&] { return changed.size() == 1; }, Timeout));
        QVERIFY(waitIdle());   // and the list read again
        QVERIFY(QTest::qWaitFor([&] { return listed(m_page->tenantList()) == QStringList{QStringLiteral("Staging"), QStringLiteral("Entra")}
                                              || listed(m_page->tenantList()) == QStringList{QStringLiteral("Entra"), QStringLiteral("Staging")}; },
                                Timeout));
        const auto items = m_page->tenantList()->findItems(QStringLiteral("Entra\n"), Qt::MatchStartsWith);
        QCOMPARE(items.size(), 1);
        QVERIFY2(items.first()->text().contains(QStringLiteral("Microsoft Entra ID · fed from Staging")), qPrintable(items.first()->text()));
        QVERIFY(line("clientSecret")->text().isEmpty());   // never shown back
        QVERIFY(line("clientSecret")->placeholderText().contains(QStringLiteral("keychain")));

        auto saved = m_workspace->tenants().find(QStringLiteral("Entra"));
        QVERIFY(saved);
        QCOMPARE(saved->type, QStringLiteral("graph"));
        QCOMPARE(saved->sourceTenant, QStringLiteral("Staging"));
        QCOMPARE(saved->settings.value(QStringLiteral("clientId")).toString(), graphOptions().clientId);
        QCOMPARE(saved->settings.value(QStringLiteral("graphUrl")).toString(), m_graph->graphUrl());
        QCOMPARE(saved->settings.value(QStringLiteral("credential")).toString(), QStringLiteral("secret"));
        const QByteArray stored = QJsonDocument(saved->settings).toJson();
        QVERIFY(!stored.contains(graphOptions().clientSecret.toUtf8()));
        QCOMPARE(saved->secretRef, m_workspace->path() + QStringLiteral("/Entra"));
        QCOMPARE(*m_secrets.read(saved->secretRef), graphOptions().clientSecret);

        // Saved, it tests with the keychain's secret.
        QVERIFY(testAndWait());
        QCOMPARE(result()->kind(), Ui::ErrorBanner::Kind::Success);
    }

    void switchingToACertificateAsksForItAndSignsInWithIt()
    {
        m_page->selectTenant(QStringLiteral("Entra"));
        pick(form()->comboBox(QStringLiteral("credential")), QStringLiteral("certificate"));
        QVERIFY(!form()->isRowVisible(QStringLiteral("clientSecret")));
        QVERIFY(form()->isRowVisible(QStringLiteral("certificate")));
        // The keychain holds a client secret: it is no certificate.
        QVERIFY(!m_page->saveButton()->isEnabled());
        QVERIFY(note("certificate")->isVisible());

        const QString pem = m_dir.filePath(QStringLiteral("app-credential.pem"));
        QFile file(pem);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(m_appCertificate) == m_appCertificate.size());
        file.close();
        form()->fileField(QStringLiteral("certificate"))->setPath(pem);
        QVERIFY(m_page->saveButton()->isEnabled());
        const int tokens = m_graph->service().tokensIssued();
        QVERIFY(testAndWait());
        QVERIFY2(result()->kind() == Ui::ErrorBanner::Kind::Success, qPrintable(result()->text()));
        QCOMPARE(m_graph->service().tokensIssued(), tokens + 1);

        QSignalSpy changed(m_page.get(), &Ui::TenantsPage::tenantsChanged);
        click(m_page->saveButton());
        QVERIFY(QTest::qWaitFor([&] { return changed.size() == 1; }, Timeout));
        QVERIFY(waitIdle());   // and the list read again
        auto saved = m_workspace->tenants().find(QStringLiteral("Entra"));
        QVERIFY(saved);
        QCOMPARE(saved->settings.value(QStringLiteral("credential")).toString(), QStringLiteral("certificate"));
        QVERIFY(!QJsonDocument(saved->settings).toJson().contains("app-credential.pem"));   // neither path nor content
        QCOMPARE(m_secrets.read(saved->secretRef)->toLatin1(), m_appCertificate);
    }

    void editingASavedTenantSavesTheChange()
    {
        m_page->selectTenant(QStringLiteral("Entra"));
        QVERIFY(m_page->nameEdit()->isReadOnly());
        QVERIFY(!note("domain")->isVisible());
        type(line("domain"), QStringLiteral("fabrikam@com"));
        QVERIFY(note("domain")->isVisible());
        QVERIFY(!m_page->saveButton()->isEnabled());
        type(line("domain"), QStringLiteral("fabrikam.test"));
        QCheckBox* revoke = form()->checkBox(QStringLiteral("revokeSessionsOnDisable"));
        QVERIFY(revoke->isChecked());
        click(revoke);
        // Write-back to HR: on unless said otherwise; its attributes only matter while it is on.
        QCheckBox* writeBack = form()->checkBox(QStringLiteral("writeBack.enabled"));
        QVERIFY(writeBack->isChecked());
        QVERIFY(line("writeBack.username")->placeholderText().contains(QStringLiteral("userPrincipalName")));
        QTest::keyClicks(line("writeBack.email"), QStringLiteral("otherMails"));
        click(writeBack);
        QVERIFY(!line("writeBack.email")->isEnabled());
        QSignalSpy changed(m_page.get(), &Ui::TenantsPage::tenantsChanged);
        click(m_page->saveButton());
        QVERIFY(QTest::qWaitFor([&] { return changed.size() == 1; }, Timeout));
        QVERIFY(waitIdle());   // and the list read again
        auto saved = m_workspace->tenants().find(QStringLiteral("Entra"));
        QVERIFY(saved);
        QCOMPARE(saved->settings.value(QStringLiteral("domain")).toString(), QStringLiteral("fabrikam.test"));
        QCOMPARE(saved->settings.value(QStringLiteral("revokeSessionsOnDisable")).toBool(true), false);
        QCOMPARE(saved->settings.value(QStringLiteral("clientId")).toString(), graphOptions().clientId);   // the rest kept
        QCOMPARE(saved->settings.value(QStringLiteral("writeBack")).toObject(),
                 (QJsonObject{{QStringLiteral("enabled"), false}, {QStringLiteral("email"), QStringLiteral("otherMails")}}));
    }

    void openingAndSavingATenantChangesNothingItWasNotAskedTo()
    {
        // Spellings the form would not write itself: a tab given as "\t", a write-back with no
        // email (null), keys the form does not show.
        Models::Tenant stored;
        stored.name = QStringLiteral("Export");
        stored.role = Models::TenantRole::HrSource;
        stored.type = QStringLiteral("csv");
        stored.settings = {{QStringLiteral("path"), m_dir.filePath(QStringLiteral("export.csv"))},
                           {QStringLiteral("delimiter"), QStringLiteral("\t")},
                           {QStringLiteral("columns"), QJsonObject{{QStringLiteral("Employee Number"), QStringLiteral("WorkerID")}}}};
        QVERIFY(m_workspace->tenants().save(stored));
        Models::Tenant scim;
        scim.name = QStringLiteral("Tickets");
        scim.type = QStringLiteral("scim");
        scim.sourceTenant = QStringLiteral("Export");
        scim.secretRef = QStringLiteral("tickets-token");
        scim.settings = {{QStringLiteral("baseUrl"), QStringLiteral("https://tickets.example.test/scim/v2")},
                         {QStringLiteral("timeoutSeconds"), 45},
                         {QStringLiteral("writeBack"), QJsonObject{{QStringLiteral("email"), QJsonValue::Null}}}};
        QVERIFY(m_workspace->tenants().save(scim));
        QVERIFY(m_secrets.write(scim.secretRef, QStringLiteral("token")));
        m_page->reload();
        QVERIFY(waitIdle());

        for (const auto& name : {QStringLiteral("Export"), QStringLiteral("Tickets")}) {
            const auto before = m_workspace->tenants().find(name);
            QVERIFY(before);
            m_page->selectTenant(name);
            QVERIFY2(m_page->saveButton()->isEnabled(), qPrintable(m_page->problemLabel()->text()));
            QSignalSpy changed(m_page.get(), &Ui::TenantsPage::tenantsChanged);
            click(m_page->saveButton());
            QVERIFY(QTest::qWaitFor([&] { return changed.size() == 1; }, Timeout));
            QVERIFY(waitIdle());
            QCOMPARE(m_workspace->tenants().find(name)->settings, before->settings);
        }
        // A change touches its own key only.
        m_page->selectTenant(QStringLiteral("Tickets"));
        pick(form()->comboBox(QStringLiteral("matchAttribute")), QStringLiteral("userName"));
        QSignalSpy changed(m_page.get(), &Ui::TenantsPage::tenantsChanged);
        click(m_page->saveButton());
        QVERIFY(QTest::qWaitFor([&] { return changed.size() == 1; }, Timeout));
        QVERIFY(waitIdle());
        QJsonObject expected = scim.settings;
        expected.insert(QStringLiteral("matchAttribute"), QStringLiteral("userName"));
        QCOMPARE(m_workspace->tenants().find(QStringLiteral("Tickets"))->settings, expected);
        // The Batches list shows the connector's default without writing it.
        QVERIFY(!m_workspace->tenants().find(QStringLiteral("Tickets"))->settings.contains(QStringLiteral("bulk")));
    }

    void aScimAppCanBeToldNeverToUseBulkRequests()
    {
        // SCIM Bulk (RFC 7644 §3.7) is used when the service's /ServiceProviderConfig offers it;
        // "bulk": "never" sends one request per operation, for a service whose /Bulk misbehaves.
        auto stored = m_workspace->tenants().find(QStringLiteral("Tickets"));
        QVERIFY(stored);
        QJsonObject settings = stored->settings;
        settings.insert(QStringLiteral("bulk"), QStringLiteral("sometimes"));   // written by hand
        stored->settings = settings;
        QVERIFY(m_workspace->tenants().save(*stored));
        m_page->reload();
        QVERIFY(waitIdle());
        m_page->selectTenant(QStringLiteral("Tickets"));
        QComboBox* bulk = form()->comboBox(QStringLiteral("bulk"));
        QVERIFY(bulk);
        QVERIFY(!bulk->accessibleName().isEmpty());
        QVERIFY2(bulk->toolTip().contains(QStringLiteral("/Bulk")), qPrintable(bulk->toolTip()));
        // The connector's own rule, next to the list, until a value it takes is chosen.
        QCOMPARE(bulk->currentText(), QStringLiteral("sometimes"));
        QVERIFY(note("bulk")->isVisible());
        QVERIFY2(note("bulk")->text().contains(QStringLiteral("\"auto\" or \"never\"")), qPrintable(note("bulk")->text()));
        QVERIFY(!m_page->saveButton()->isEnabled());

        pick(bulk, QStringLiteral("never"));
        QVERIFY(!note("bulk")->isVisible());
        QSignalSpy changed(m_page.get(), &Ui::TenantsPage::tenantsChanged);
        click(m_page->saveButton());
        QVERIFY(QTest::qWaitFor([&] { return changed.size() == 1; }, Timeout));
        QVERIFY(waitIdle());
        settings.insert(QStringLiteral("bulk"), QStringLiteral("never"));
        QCOMPARE(m_workspace->tenants().find(QStringLiteral("Tickets"))->settings, settings);
        m_page->selectTenant(QStringLiteral("Tickets"));
        QCOMPARE(form()->comboBox(QStringLiteral("bulk"))->currentData().toString(), QStringLiteral("never"));
    }

    void anActiveDirectoryKeepsItsTypeAndTheTlsRuleForPasswords()
    {
        m_page->addDirectory();
        QTest::keyClicks(m_page->nameEdit(), QStringLiteral("Corp AD"));
        QVERIFY(m_page->chooseKind(QStringLiteral("activeDirectory")));
        type(line("url"), QStringLiteral("ldap://dc1.corp.example.test"));
        type(line("bindDn"), QStringLiteral("CN=svc-tenure,OU=Service Accounts,DC=corp,DC=example,DC=test"));
        type(line("baseDn"), QStringLiteral("OU=People,DC=corp,DC=example,DC=test"));
        QTest::keyClicks(line("password"), QStringLiteral("Passw0rd!Test"));
        // AD takes unicodePwd over an encrypted connection only (LdapSettings).
        QVERIFY(!m_page->saveButton()->isEnabled());
        QVERIFY2(m_page->problemLabel()->text().contains(QStringLiteral("encrypted")), qPrintable(m_page->problemLabel()->text()));
        QVERIFY(!form()->editor(QStringLiteral("caFile"))->isEnabled());   // plain ldap://: no TLS to trust a CA for
        click(form()->checkBox(QStringLiteral("startTls")));
        QVERIFY(form()->editor(QStringLiteral("caFile"))->isEnabled());
        QVERIFY2(m_page->saveButton()->isEnabled(), qPrintable(m_page->problemLabel()->text()));
        click(form()->checkBox(QStringLiteral("setInitialPassword")));
        QVERIFY(!form()->editor(QStringLiteral("forcePasswordChange"))->isEnabled());

        QSignalSpy changed(m_page.get(), &Ui::TenantsPage::tenantsChanged);
        click(m_page->saveButton());
        QVERIFY(QTest::qWaitFor([&] { return changed.size() == 1; }, Timeout));
        QVERIFY(waitIdle());   // and the list read again
        auto saved = m_workspace->tenants().find(QStringLiteral("Corp AD"));
        QVERIFY(saved);
        QCOMPARE(saved->type, QStringLiteral("ldap"));
        QCOMPARE(saved->settings.value(QStringLiteral("directoryType")).toString(), QStringLiteral("activeDirectory"));
        QCOMPARE(saved->settings.value(QStringLiteral("setInitialPassword")).toBool(true), false);
        m_page->selectTenant(QStringLiteral("Corp AD"));
        QCOMPARE(form()->kind().id, QStringLiteral("activeDirectory"));   // shown back as AD, not plain LDAP
    }

    void aScimAppOverHttpIsWarnedAbout()
    {
        m_page->addDirectory();
        QTest::keyClicks(m_page->nameEdit(), QStringLiteral("Ticketing"));
        QVERIFY(m_page->chooseKind(QStringLiteral("scim")));
        type(line("baseUrl"), QStringLiteral("http://app.example.test/scim/v2"));
        QVERIFY(note("baseUrl")->isVisible());
        QVERIFY(note("baseUrl")->text().startsWith(QStringLiteral("Warning")));
        type(line("baseUrl"), QStringLiteral("https://app.example.test/scim/v2"));
        QVERIFY(!note("baseUrl")->isVisible());
        QVERIFY2(m_page->problemLabel()->text().contains(QStringLiteral("bearer token")), qPrintable(m_page->problemLabel()->text()));
    }

    void anHrSourceThatFeedsADirectoryCannotBeRemoved()
    {
        m_page->selectTenant(QStringLiteral("Staging"));
        QVERIFY(!m_page->removeButton()->isEnabled());
        QVERIFY2(m_page->removeButton()->toolTip().contains(QStringLiteral("Entra")), qPrintable(m_page->removeButton()->toolTip()));
    }

    void removingATenantTakesItAndItsSecretAway()
    {
        m_page->selectTenant(QStringLiteral("Entra"));
        const auto entra = m_workspace->tenants().find(QStringLiteral("Entra"));
        QVERIFY(entra);
        const QString secretRef = entra->secretRef;
        QSignalSpy changed(m_page.get(), &Ui::TenantsPage::tenantsChanged);
        Ui::Confirmation::setNextAnswer(false);
        click(m_page->removeButton());
        QTest::qWait(50);
        QVERIFY(Ui::Confirmation::lastQuestion().contains(QStringLiteral("Remove Entra?")));
        QVERIFY(m_workspace->tenants().find(QStringLiteral("Entra")));   // "Cancel" keeps it

        Ui::Confirmation::setNextAnswer(true);
        click(m_page->removeButton());
        QVERIFY(QTest::qWaitFor([&] { return changed.size() == 1; }, Timeout));
        QVERIFY(waitIdle());   // and the list read again
        QVERIFY2(m_page->banner()->text().contains(QStringLiteral("Removed Entra")), qPrintable(m_page->banner()->text()));
        QVERIFY(!listed(m_page->tenantList()).contains(QStringLiteral("Entra")));
        QVERIFY(!m_workspace->tenants().find(QStringLiteral("Entra")));
        QVERIFY(!m_secrets.read(secretRef));
        QVERIFY(m_workspace->tenants().find(QStringLiteral("Staging")));
    }
};

QTEST_MAIN(TestTenantsPage)
#include "tst_tenantspage.moc"
