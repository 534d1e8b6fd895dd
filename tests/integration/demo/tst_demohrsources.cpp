// The demo switched to each local HR server (tenure-workday-server, tenure-successfactors-server,
// tenure-bamboohr-server, started as installer/demo.sh starts them) plans exactly what it plans
// from its CSV export: the same worker in the same category, the two malformed HR rows as errors,
// against a real slapd seeded with the demo directory. The switch is `demo use-hr`'s use case
// (App::Demo::useDemoHrSource): the HR tenant's kind and settings and the Directory's mapping,
// both audited, the secret in the secret store only.
#include "app/connectorfactory.h"
#include "app/demo/demodata.h"
#include "app/demo/demohrsource.h"
#include "app/demo/demomapping.h"
#include "app/demo/demoworkspace.h"
#include "app/previewservice.h"
#include "app/secrets/memorysecretstore.h"
#include "app/workspace.h"
#include "models/domain/auditevent.h"
#include "tests/support/slapdfixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Tenure;
using App::Demo::DemoHrKind;
using Models::Category;

namespace {

using WorkerCategories = QMap<QString, Category>;

WorkerCategories categoriesOf(const Models::Plan& plan)
{
    WorkerCategories categories;
    for (const auto& operation : plan.operations) {
        if (!operation.workerId.isEmpty())
            categories.insert(operation.workerId, operation.category);
    }
    return categories;
}

QString describe(const QMap<Category, int>& counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(Models::categoryName(it.key())).arg(it.value()));
    return parts.join(QStringLiteral(", "));
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// One of the local HR servers as a program; stopped (SIGTERM, then waited for) when destroyed.
class HrServerProcess {
public:
    ~HrServerProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000))
                m_process.kill();
        }
    }

    // Starts it and reads the three lines it prints: its URL, who signs in, "CA file <path>".
    [[nodiscard]] bool start(const QString& program, const QStringList& arguments)
    {
        m_process.start(program, arguments);
        if (!m_process.waitForStarted(10000)) {
            m_error = m_process.errorString();
            return false;
        }
        QStringList lines;
        // Whether it printed its lines or stopped, what it said is checked below.
        (void)QTest::qWaitFor(
            [&] {
                while (m_process.canReadLine())
                    lines.append(QString::fromUtf8(m_process.readLine()).trimmed());
                return lines.size() >= 3 || m_process.state() == QProcess::NotRunning;
            },
            120000);
        if (lines.size() < 3 || !lines.at(2).startsWith(QStringLiteral("CA file "))) {
            m_error = QStringLiteral("%1 printed %2; stderr: %3")
                          .arg(program, lines.join(u'|'), QString::fromUtf8(m_process.readAllStandardError()));
            return false;
        }
        m_url = lines.at(0);
        m_caFile = lines.at(2).mid(8);
        return true;
    }

    [[nodiscard]] QString url() const { return m_url; }
    [[nodiscard]] QString caFile() const { return m_caFile; }
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    QProcess m_process;
    QString m_url;
    QString m_caFile;
    QString m_error;
};

} // namespace

class TestDemoHrSources : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QDate m_today;
    Tests::SlapdFixture m_slapd;
    App::MemorySecretStore m_secrets;
    App::ConnectorFactory m_connectors{m_secrets};
    std::unique_ptr<App::Workspace> m_workspace;
    App::Demo::DemoInitResult m_demo;
    WorkerCategories m_csvPlan;
    QSet<QString> m_malformed;   // the workers of the two rows the HR export broke

    Models::Result<App::StoredPlan> preview()
    {
        App::PreviewService service(*m_workspace, m_connectors);
        return service.preview(App::Demo::directoryTenantName(), {});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_today = QDate::currentDate();   // the servers' demo data is of the day they are started
        auto data = App::Demo::generateDemoData(m_today);
        QVERIFY2(data, data ? "" : qPrintable(data.error().describe()));
        for (const auto& person : data->people) {
            if (person.role == App::Demo::DemoRole::BadDate || person.role == App::Demo::DemoRole::BadFieldCount)
                m_malformed.insert(person.workerId);
        }
        QCOMPARE(m_malformed.size(), 2);
        const QString seed = m_dir.filePath(QStringLiteral("seed.ldif"));
        QVERIFY(writeFile(seed, data->seedLdif));
        QVERIFY2(m_slapd.start(seed), qPrintable(m_slapd.errorString()));

        App::Demo::DemoInitOptions options;
        options.directory = m_dir.filePath(QStringLiteral("demo"));
        options.ldapsUrl = m_slapd.ldapsUrl();
        options.caFile = m_slapd.caFile();
        options.today = m_today;
        auto demo = App::Demo::initDemo(options, m_secrets, m_slapd.password());
        QVERIFY2(demo, demo ? "" : qPrintable(demo.error().describe()));
        m_demo = *demo;
        auto workspace = App::Workspace::open(m_demo.workspacePath);
        QVERIFY(workspace);
        m_workspace = std::move(*workspace);

        auto plan = preview();
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().describe()));
        QCOMPARE(describe(plan->plan.countsByCategory()), describe(m_demo.expected));
        m_csvPlan = categoriesOf(plan->plan);
    }

    void switchingToAServerPlansWhatTheCsvPlans_data()
    {
        QTest::addColumn<QString>("kindName");
        for (const auto kind : {DemoHrKind::Workday, DemoHrKind::SuccessFactors, DemoHrKind::BambooHr}) {
            const QString name = App::Demo::demoHrKindName(kind);
            QTest::newRow(qPrintable(name)) << name;
        }
    }

    void switchingToAServerPlansWhatTheCsvPlans()
    {
        QFETCH(QString, kindName);
        const auto parsedKind = App::Demo::demoHrKindFromName(kindName);
        QVERIFY(parsedKind);
        const DemoHrKind kind = *parsedKind;
        // The servers read their secret from a file, as installer/demo.sh hands it over.
        const QString secret = QStringLiteral("demo-secret-%1").arg(App::Demo::demoHrKindName(kind));
        const QString secretFile = m_dir.filePath(QStringLiteral("secret-%1").arg(App::Demo::demoHrKindName(kind)));
        QVERIFY(writeFile(secretFile, secret.toUtf8()));

        App::Demo::DemoHrConnection connection;
        connection.kind = kind;
        HrServerProcess server;
        switch (kind) {
        case DemoHrKind::Workday: {
            const QString data = m_dir.filePath(QStringLiteral("workday-workers.json"));
            QProcess writer;
            writer.start(QStringLiteral(TENURE_WORKDAY_SERVER), {QStringLiteral("--write-demo-data"), data,
                                                                QStringLiteral("--today"), m_today.toString(Qt::ISODate)});
            QVERIFY(writer.waitForFinished(120000));
            QCOMPARE(writer.exitCode(), 0);
            QVERIFY2(server.start(QStringLiteral(TENURE_WORKDAY_SERVER),
                                  {QStringLiteral("--data"), data, QStringLiteral("--password-file"), secretFile}),
                     qPrintable(server.errorString()));
            connection.user = QStringLiteral("isu_tenure@tenure_demo");
            break;
        }
        case DemoHrKind::SuccessFactors:
            QVERIFY2(server.start(QStringLiteral(TENURE_SF_SERVER),
                                  {QStringLiteral("--data"), m_demo.csvPath, QStringLiteral("--password-file"), secretFile,
                                   QStringLiteral("--company"), QStringLiteral("TenureDemo"), QStringLiteral("--user"),
                                   QStringLiteral("tenure_api")}),
                     qPrintable(server.errorString()));
            connection.company = QStringLiteral("TenureDemo");
            connection.user = QStringLiteral("tenure_api");
            break;
        case DemoHrKind::BambooHr:
            QVERIFY2(server.start(QStringLiteral(TENURE_BAMBOOHR_SERVER),
                                  {QStringLiteral("--data"), m_demo.csvPath, QStringLiteral("--api-key-file"), secretFile,
                                   QStringLiteral("--company-domain"), QStringLiteral("tenuredemo")}),
                     qPrintable(server.errorString()));
            connection.company = QStringLiteral("tenuredemo");
            break;
        case DemoHrKind::Csv:
            QFAIL("the CSV is the baseline");
        }
        connection.endpoint = server.url();
        connection.caFile = server.caFile();

        auto switched = App::Demo::useDemoHrSource(*m_workspace, m_secrets, connection, secret);
        QVERIFY2(switched, switched ? "" : qPrintable(switched.error().describe()));
        QCOMPARE(switched->hrTenant.type, App::Demo::demoHrKindName(kind));
        QVERIFY(switched->mappingVersion > 0);
        QCOMPARE(m_secrets.read(switched->hrTenant.secretRef).value_or(QString()), secret);
        auto mapping = m_workspace->mappings().current(App::Demo::directoryTenantName());
        QVERIFY(mapping);
        QCOMPARE(mapping->toJson(), App::Demo::demoMapping(App::Demo::demoSourceNames(kind)).toJson());

        auto plan = preview();
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().describe()));
        QCOMPARE(describe(plan->plan.countsByCategory()), describe(m_demo.expected));
        const auto categories = categoriesOf(plan->plan);
        for (auto it = m_csvPlan.cbegin(); it != m_csvPlan.cend(); ++it) {
            QVERIFY2(categories.value(it.key()) == it.value(),
                     qPrintable(QStringLiteral("%1: %2 from the CSV, %3 from %4")
                                    .arg(it.key(), Models::categoryName(it.value()),
                                         Models::categoryName(categories.value(it.key())),
                                         App::Demo::demoHrKindName(kind))));
        }
        QCOMPARE(categories.size(), m_csvPlan.size());
        QSet<QString> errors;
        for (const auto& operation : plan->plan.operations) {
            if (operation.category == Category::Error)
                errors.insert(operation.workerId);
            // Nothing the CSV plan leaves alone is touched: a source without a desk phone does not clear it.
            if (operation.category == Category::Mover) {
                for (const auto& change : operation.changes)
                    QVERIFY2(change.attribute != QLatin1String("telephoneNumber"), qPrintable(operation.workerId));
            }
        }
        QCOMPARE(errors, m_malformed);
    }

    // The switches are in the audit log as the Tenants page and the mapping builder record theirs:
    // the tenant's settings before and after (the secret's reference, never the secret), and each
    // new mapping version.
    void theSwitchesAreAudited()
    {
        auto events = m_workspace->audit().query({});
        QVERIFY(events);
        QStringList tenantTypes;
        int mappingVersions = 0;
        for (const auto& event : *events) {
            QVERIFY2(!QJsonDocument(event.after).toJson().contains("demo-secret"), qPrintable(event.action));
            if (event.action == QLatin1String(Models::AuditAction::TenantSaved)
                && event.subject == App::Demo::hrTenantName() && !event.before.isEmpty())
                tenantTypes.append(event.after.value(QStringLiteral("type")).toString());
            if (event.action == QLatin1String(Models::AuditAction::MappingSaved)
                && event.subject == App::Demo::directoryTenantName())
                ++mappingVersions;
        }
        QCOMPARE(tenantTypes, (QStringList{QStringLiteral("workday"), QStringLiteral("successfactors"),
                                           QStringLiteral("bamboohr")}));
        QCOMPARE(mappingVersions, 4);   // the demo's own, then one per source
    }

    // Back to the CSV: the export beside the workspace, the CSV mapping, the server's secret gone.
    void switchingBackToTheCsvRestoresTheDemo()
    {
        const auto before = m_workspace->tenants().find(App::Demo::hrTenantName());
        QVERIFY(before);
        App::Demo::DemoHrConnection csv;
        auto switched = App::Demo::useDemoHrSource(*m_workspace, m_secrets, csv, {});
        QVERIFY2(switched, switched ? "" : qPrintable(switched.error().describe()));
        QCOMPARE(switched->hrTenant.type, QStringLiteral("csv"));
        QVERIFY(switched->hrTenant.secretRef.isEmpty());
        QCOMPARE(switched->hrTenant.settings.value(QStringLiteral("path")).toString(), m_demo.csvPath);
        QVERIFY(!m_secrets.read(before->secretRef));
        auto mapping = m_workspace->mappings().current(App::Demo::directoryTenantName());
        QVERIFY(mapping);
        QCOMPARE(mapping->toJson(), App::Demo::demoMapping().toJson());

        // Switching to what it already is changes nothing, and says so.
        auto again = App::Demo::useDemoHrSource(*m_workspace, m_secrets, csv, {});
        QVERIFY(again);
        QCOMPARE(again->mappingVersion, 0);
        auto plan = preview();
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().describe()));
        QCOMPARE(categoriesOf(plan->plan), m_csvPlan);
    }

    void aServerSourceNeedsItsUrlCaFileAndSecret()
    {
        App::Demo::DemoHrConnection workday;
        workday.kind = DemoHrKind::Workday;
        workday.endpoint = QStringLiteral("https://127.0.0.1:1/ccx/service/tenure_demo");
        workday.user = QStringLiteral("isu_tenure@tenure_demo");
        auto noCa = App::Demo::useDemoHrSource(*m_workspace, m_secrets, workday, QStringLiteral("x"));
        QVERIFY(!noCa);
        QVERIFY2(noCa.error().message.contains(QStringLiteral("CA file")), qPrintable(noCa.error().message));

        workday.caFile = m_slapd.caFile();
        auto noSecret = App::Demo::useDemoHrSource(*m_workspace, m_secrets, workday, {});
        QVERIFY(!noSecret);
        QVERIFY2(noSecret.error().message.contains(QStringLiteral("password")), qPrintable(noSecret.error().message));

        workday.endpoint = QStringLiteral("http://127.0.0.1:1/ccx/service/tenure_demo");
        auto plainHttp = App::Demo::useDemoHrSource(*m_workspace, m_secrets, workday, QStringLiteral("x"));
        QVERIFY(!plainHttp);
        QCOMPARE(plainHttp.error().context.tenant, App::Demo::hrTenantName());
        QCOMPARE(plainHttp.error().context.attribute, QStringLiteral("endpoint"));

        // Nothing of the refused switches was kept.
        auto tenant = m_workspace->tenants().find(App::Demo::hrTenantName());
        QVERIFY(tenant);
        QCOMPARE(tenant->type, QStringLiteral("csv"));
    }
};

QTEST_GUILESS_MAIN(TestDemoHrSources)
#include "tst_demohrsources.moc"
