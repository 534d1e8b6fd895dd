// The Tenants page's rules without a widget: each connector kind accepts what its connector
// accepts, puts the connector's complaint next to the field it names, asks for the secret only
// when the keychain has none that fits, and the shared field checks (GUID, Entra tenant, https URL,
// domain) say what is wrong with a value as typed.
#include "ui/connectorforms/connectorkinds.h"
#include "ui/connectorforms/settingpath.h"
#include "ui/tenantvalidation.h"

#include <QTest>

using namespace Tenure;
using Models::Tenant;
using Models::TenantRole;
using Ui::ConnectorKind;

namespace {

const ConnectorKind& kindById(const QList<ConnectorKind>& kinds, const QString& id)
{
    for (const auto& kind : kinds)
        if (kind.id == id)
            return kind;
    qFatal("no connector kind %s", qPrintable(id));
}

Tenant tenantOf(const ConnectorKind& kind, const QJsonObject& settings)
{
    Tenant tenant;
    tenant.name = QStringLiteral("Tenant");
    tenant.role = kind.role;
    tenant.type = kind.type;
    tenant.settings = settings;
    for (auto it = kind.defaults.begin(); it != kind.defaults.end(); ++it)
        if (!tenant.settings.contains(it.key()))
            tenant.settings.insert(it.key(), it.value());
    if (kind.role == TenantRole::Directory)
        tenant.sourceTenant = QStringLiteral("HR");
    return tenant;
}

// Settings each kind's connector accepts, as an administrator would type them.
QJsonObject validSettings(const QString& kind)
{
    if (kind == QLatin1String("csv"))
        return {{QStringLiteral("path"), QStringLiteral("/srv/hr/workers.csv")}};
    if (kind == QLatin1String("sql"))
        return {{QStringLiteral("driver"), QStringLiteral("QSQLITE")},
                {QStringLiteral("database"), QStringLiteral("/srv/hr/staging.sqlite")},
                {QStringLiteral("query"), QStringLiteral("SELECT * FROM workers")}};
    if (kind == QLatin1String("scim-bulk-file"))
        return {{QStringLiteral("path"), QStringLiteral("/srv/hr/bulk.json")}};
    if (kind == QLatin1String("workday"))
        return {{QStringLiteral("endpoint"), QStringLiteral("https://wd2-impl-services1.workday.com/ccx/service/acme")},
                {QStringLiteral("userName"), QStringLiteral("isu_tenure@acme")}};
    if (kind == QLatin1String("successfactors"))
        return {{QStringLiteral("apiUrl"), QStringLiteral("https://api4.successfactors.com")},
                {QStringLiteral("companyId"), QStringLiteral("ACME")},
                {QStringLiteral("username"), QStringLiteral("tenure_api")}};
    if (kind == QLatin1String("bamboohr"))
        return {{QStringLiteral("companyDomain"), QStringLiteral("acme")}};
    if (kind == QLatin1String("ldap") || kind == QLatin1String("activeDirectory"))
        return {{QStringLiteral("url"), QStringLiteral("ldaps://dc1.corp.example.test")},
                {QStringLiteral("bindDn"), QStringLiteral("cn=tenure,dc=corp,dc=example,dc=test")},
                {QStringLiteral("baseDn"), QStringLiteral("ou=People,dc=corp,dc=example,dc=test")}};
    const QJsonObject app{{QStringLiteral("tenantId"), QStringLiteral("0785ef7c-2d7a-4542-b048-95bcab406e0b")},
                          {QStringLiteral("clientId"), QStringLiteral("9a3d526c-b3c1-4479-ba74-197b5c5751ae")}};
    if (kind == QLatin1String("graph")) {
        QJsonObject s = app;
        s.insert(QStringLiteral("domain"), QStringLiteral("contoso.com"));
        return s;
    }
    if (kind == QLatin1String("entra-inbound")) {
        QJsonObject s = app;
        s.insert(QStringLiteral("servicePrincipalId"), QStringLiteral("5b1c7f0e-6f3a-4c9e-9d7b-2a6f0c1d3e4f"));
        s.insert(QStringLiteral("jobId"), QStringLiteral("API2AAD.b16687d38faf42adb29892cdcaf01c6e.1a03de52-b9c3-4e2c-a1e3-9145aaa8e530"));
        return s;
    }
    if (kind == QLatin1String("scim"))
        return {{QStringLiteral("baseUrl"), QStringLiteral("https://app.example.test/scim/v2")}};
    return {};
}

} // namespace

class TestTenantValidation : public QObject {
    Q_OBJECT

    QList<ConnectorKind> m_kinds = Ui::connectorKinds();

private Q_SLOTS:
    void everyKindAcceptsWhatItsConnectorAccepts_data()
    {
        QTest::addColumn<QString>("kind");
        for (const auto& kind : m_kinds)
            QTest::newRow(qPrintable(kind.id)) << kind.id;
    }

    void everyKindAcceptsWhatItsConnectorAccepts()
    {
        QFETCH(QString, kind);
        const ConnectorKind& k = kindById(m_kinds, kind);
        const Tenant tenant = tenantOf(k, validSettings(kind));
        QVERIFY2(k.isKindOf(tenant), qPrintable(kind));
        Ui::TenantDraftCheck check;
        check.secretGiven = true;
        const auto verdict = Ui::checkTenantDraft(tenant, &k, check);
        QVERIFY2(verdict.problem.isEmpty(), qPrintable(verdict.problem));
        // Every field a kind shows has a name a screen reader can say, and a label.
        for (const auto& field : k.fields) {
            QVERIFY2(!field.accessibleName.isEmpty(), qPrintable(field.key));
            QVERIFY2(!field.label.isEmpty(), qPrintable(field.key));
        }
    }

    void aStoredTenantFindsItsOwnKind()
    {
        Tenant ad = tenantOf(kindById(m_kinds, QStringLiteral("activeDirectory")), validSettings(QStringLiteral("ldap")));
        Tenant ldap = tenantOf(kindById(m_kinds, QStringLiteral("ldap")), validSettings(QStringLiteral("ldap")));
        int adKinds = 0;
        int ldapKinds = 0;
        for (const auto& kind : m_kinds) {
            adKinds += kind.isKindOf(ad) ? 1 : 0;
            ldapKinds += kind.isKindOf(ldap) ? 1 : 0;
        }
        QCOMPARE(adKinds, 1);   // an "ldap" tenant with directoryType activeDirectory is AD, and only AD
        QCOMPARE(ldapKinds, 1);
        QVERIFY(kindById(m_kinds, QStringLiteral("activeDirectory")).isKindOf(ad));
    }

    void theConnectorsComplaintGoesNextToTheFieldItNames()
    {
        const ConnectorKind& ldap = kindById(m_kinds, QStringLiteral("ldap"));
        QJsonObject settings = validSettings(QStringLiteral("ldap"));
        settings.remove(QStringLiteral("baseDn"));
        Ui::TenantDraftCheck check;
        check.secretGiven = true;
        const auto verdict = Ui::checkTenantDraft(tenantOf(ldap, settings), &ldap, check);
        QVERIFY(verdict.notes.contains(QStringLiteral("baseDn")));
        QCOMPARE(verdict.problem, verdict.notes.value(QStringLiteral("baseDn")).text);
        QVERIFY(verdict.problem.contains(QStringLiteral("baseDn")));

        // A key the form does not show still stops Save, said at the bottom.
        settings = validSettings(QStringLiteral("ldap"));
        settings.insert(QStringLiteral("pageSize"), 0);
        const auto hidden = Ui::checkTenantDraft(tenantOf(ldap, settings), &ldap, check);
        QVERIFY(hidden.problem.contains(QStringLiteral("pageSize")));
        QVERIFY(!hidden.notes.contains(QStringLiteral("pageSize")));
    }

    void aWorkdayUserOfAnotherTenantIsRefusedAtItsField()
    {
        // Workday signs in "user@tenant": a user of another tenant can never sign in here.
        const ConnectorKind& workday = kindById(m_kinds, QStringLiteral("workday"));
        QJsonObject settings = validSettings(QStringLiteral("workday"));
        settings.insert(QStringLiteral("userName"), QStringLiteral("isu_tenure@globex"));
        Ui::TenantDraftCheck check;
        check.secretGiven = true;
        const auto verdict = Ui::checkTenantDraft(tenantOf(workday, settings), &workday, check);
        QVERIFY2(verdict.notes.value(QStringLiteral("userName")).text.contains(QStringLiteral("globex")),
                 qPrintable(verdict.problem));
        // And without a password nothing is saved.
        check.secretGiven = false;
        QVERIFY(Ui::checkTenantDraft(tenantOf(workday, validSettings(QStringLiteral("workday"))), &workday, check)
                    .notes.contains(QStringLiteral("password")));
    }

    void aValueAsTypedIsJudgedBeforeTheConnectorSaysItIsRequired()
    {
        const ConnectorKind& graph = kindById(m_kinds, QStringLiteral("graph"));
        QJsonObject settings = validSettings(QStringLiteral("graph"));
        settings.insert(QStringLiteral("clientId"), QStringLiteral("9a3d526c"));
        settings.remove(QStringLiteral("domain"));
        const auto verdict = Ui::checkTenantDraft(tenantOf(graph, settings), &graph, {});
        QVERIFY(verdict.notes.value(QStringLiteral("clientId")).text.contains(QStringLiteral("GUID")));
        QCOMPARE(verdict.problem, verdict.notes.value(QStringLiteral("clientId")).text);
        QVERIFY(verdict.notes.contains(QStringLiteral("clientSecret")));   // and the secret is missing
    }

    void theSecretIsAskedForOnlyWhenTheKeychainHasNoneThatFits()
    {
        const ConnectorKind& graph = kindById(m_kinds, QStringLiteral("graph"));
        Tenant saved = tenantOf(graph, validSettings(QStringLiteral("graph")));
        saved.id = 7;
        saved.secretRef = QStringLiteral("ws/Entra");
        Tenant draft = saved;
        QVERIFY(Ui::storedSecretFits(graph, saved, draft));
        Ui::TenantDraftCheck check;
        check.storedSecretFits = true;
        QVERIFY(Ui::checkTenantDraft(draft, &graph, check).problem.isEmpty());

        // A client secret is no certificate: switching asks for the certificate.
        draft.settings.insert(QStringLiteral("credential"), QStringLiteral("certificate"));
        QVERIFY(!Ui::storedSecretFits(graph, saved, draft));
        check.storedSecretFits = false;
        const auto verdict = Ui::checkTenantDraft(draft, &graph, check);
        QVERIFY(verdict.notes.contains(QStringLiteral("certificate")));
        QVERIFY(!verdict.notes.contains(QStringLiteral("clientSecret")));   // that field is not shown now
        check.secretGiven = true;
        QVERIFY(Ui::checkTenantDraft(draft, &graph, check).problem.isEmpty());

        // An SQLite file takes no password at all.
        const ConnectorKind& sql = kindById(m_kinds, QStringLiteral("sql"));
        QVERIFY(Ui::checkTenantDraft(tenantOf(sql, validSettings(QStringLiteral("sql"))), &sql, {}).problem.isEmpty());
    }

    void aDirectoryNeedsItsHrSourceAndAUniqueName()
    {
        const ConnectorKind& scim = kindById(m_kinds, QStringLiteral("scim"));
        Tenant tenant = tenantOf(scim, validSettings(QStringLiteral("scim")));
        Ui::TenantDraftCheck check;
        check.secretGiven = true;
        tenant.sourceTenant.clear();
        QVERIFY(Ui::checkTenantDraft(tenant, &scim, check).notes.contains(QStringLiteral("sourceTenant")));
        tenant.sourceTenant = QStringLiteral("HR");
        check.otherNames = {QStringLiteral("TENANT")};
        const auto verdict = Ui::checkTenantDraft(tenant, &scim, check);
        QVERIFY(verdict.notes.value(QStringLiteral("name")).text.contains(QStringLiteral("already called")));
        QVERIFY(!Ui::checkTenantDraft(tenant, nullptr, {}).problem.isEmpty());   // a type this version cannot edit
    }

    void aDirectorysWriteBackIsCheckedAsARunReadsIt()
    {
        const ConnectorKind& graph = kindById(m_kinds, QStringLiteral("graph"));
        QJsonObject settings = validSettings(QStringLiteral("graph"));
        settings.insert(QStringLiteral("writeBack"), QJsonObject{{QStringLiteral("email"), 5}});
        Ui::TenantDraftCheck check;
        check.secretGiven = true;
        const auto verdict = Ui::checkTenantDraft(tenantOf(graph, settings), &graph, check);
        QVERIFY2(verdict.notes.contains(QStringLiteral("writeBack.email")), qPrintable(verdict.problem));
        // null: the email is not written back, which is a choice, not a mistake.
        settings.insert(QStringLiteral("writeBack"), QJsonObject{{QStringLiteral("email"), QJsonValue::Null}});
        QVERIFY(Ui::checkTenantDraft(tenantOf(graph, settings), &graph, check).problem.isEmpty());
    }

    void aFieldKeyMayNameAMemberOfAnObjectSetting()
    {
        QJsonObject settings{{QStringLiteral("url"), QStringLiteral("ldaps://dc1")}};
        QVERIFY(Ui::settingAt(settings, QStringLiteral("writeBack.email")).isUndefined());
        Ui::setSettingAt(settings, QStringLiteral("writeBack.email"), QStringLiteral("mail"));
        Ui::setSettingAt(settings, QStringLiteral("writeBack.enabled"), false);
        QCOMPARE(settings.value(QStringLiteral("writeBack")).toObject(),
                 (QJsonObject{{QStringLiteral("email"), QStringLiteral("mail")}, {QStringLiteral("enabled"), false}}));
        QCOMPARE(Ui::settingAt(settings, QStringLiteral("writeBack.email")).toString(), QStringLiteral("mail"));
        Ui::removeSettingAt(settings, QStringLiteral("writeBack.email"));
        Ui::removeSettingAt(settings, QStringLiteral("writeBack.enabled"));
        QCOMPARE(settings, (QJsonObject{{QStringLiteral("url"), QStringLiteral("ldaps://dc1")}}));   // no empty object left
        Ui::removeSettingAt(settings, QStringLiteral("url.deeper"));   // not an object: nothing to remove
        QCOMPARE(settings.value(QStringLiteral("url")).toString(), QStringLiteral("ldaps://dc1"));
    }

    void risksAreWarningsThatDoNotStopSave()
    {
        const ConnectorKind& ldap = kindById(m_kinds, QStringLiteral("ldap"));
        QJsonObject settings = validSettings(QStringLiteral("ldap"));
        settings.insert(QStringLiteral("verifyCertificate"), false);
        Ui::TenantDraftCheck check;
        check.secretGiven = true;
        const auto verdict = Ui::checkTenantDraft(tenantOf(ldap, settings), &ldap, check);
        QVERIFY(verdict.problem.isEmpty());
        QCOMPARE(verdict.notes.value(QStringLiteral("verifyCertificate")).severity, Ui::FieldNote::Severity::Warning);
    }

    void fieldChecks_data()
    {
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("fine");
        QTest::newRow("GUID") << "guid" << "0785ef7c-2d7a-4542-b048-95bcab406e0b" << true;
        QTest::newRow("GUID in capitals") << "guid" << "0785EF7C-2D7A-4542-B048-95BCAB406E0B" << true;
        QTest::newRow("GUID cut short") << "guid" << "0785ef7c-2d7a-4542" << false;
        QTest::newRow("GUID in braces") << "guid" << "{0785ef7c-2d7a-4542-b048-95bcab406e0b}" << false;
        QTest::newRow("empty: the connector decides") << "guid" << "" << true;
        QTest::newRow("tenant GUID") << "tenant" << "0785ef7c-2d7a-4542-b048-95bcab406e0b" << true;
        QTest::newRow("tenant domain") << "tenant" << "contoso.onmicrosoft.com" << true;
        QTest::newRow("tenant GUID mistyped") << "tenant" << "0785ef7c-2d7a-4542-b048-95bcab406e0" << false;
        QTest::newRow("tenant with space") << "tenant" << "contoso onmicrosoft.com" << false;
        QTest::newRow("https URL") << "https" << "https://graph.microsoft.us/v1.0" << true;
        QTest::newRow("http URL") << "https" << "http://graph.microsoft.com/v1.0" << false;
        QTest::newRow("no host") << "https" << "https:///v1.0" << false;
        QTest::newRow("domain") << "domain" << "contoso.com" << true;
        QTest::newRow("domain with @") << "domain" << "@contoso.com" << false;
        QTest::newRow("domain with scheme") << "domain" << "https://contoso.com" << false;
    }

    void fieldChecks()
    {
        QFETCH(QString, check);
        QFETCH(QString, value);
        QFETCH(bool, fine);
        QString problem;
        if (check == QLatin1String("guid"))
            problem = Ui::guidProblem(value);
        else if (check == QLatin1String("tenant"))
            problem = Ui::entraTenantProblem(value);
        else if (check == QLatin1String("https"))
            problem = Ui::httpsUrlProblem(value);
        else
            problem = Ui::domainProblem(value);
        QCOMPARE(problem.isEmpty(), fine);
    }
};

QTEST_GUILESS_MAIN(TestTenantValidation)
#include "tst_tenantvalidation.moc"
