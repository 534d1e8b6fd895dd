// Benchmark (not a test): a real run of N updates against a local slapd, audited as shipped.
// What the audit adds is measured apart by bench_runaudit (the journal with and without the
// audit, same build); this gives the run it is added to, so the share is (added) / (run - added).
// Usage: bench_syncaudit [operations=20000]. Results are in models/store/README.md.
#include "app/connectorfactory.h"
#include "app/previewservice.h"
#include "app/secrets/memorysecretstore.h"
#include "app/syncservice.h"
#include "app/workspace.h"
#include "tests/support/slapdfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>

using namespace Tenure;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 20000;
    QTemporaryDir dir;
    Tests::SlapdFixture slapd;
    QString seed;
    QByteArray csv = "WorkerID,DisplayName,LastName,Title,Status,HireDate\n";
    for (int i = 0; i < count; ++i) {
        const auto id = QString::number(100000 + i);
        seed += QStringLiteral("dn: uid=%1,%2\nobjectClass: inetOrgPerson\nuid: %1\ncn: Person %1\nsn: P%1\n"
                               "title: Clerk\nemployeeNumber: %1\n\n").arg(id, QStringLiteral("ou=People,dc=example,dc=test"));
        csv += QStringLiteral("%1,Person %1,P%1,Senior Clerk,Active,2019-03-01\n").arg(id).toUtf8();
    }
    QFile seedFile(dir.filePath(QStringLiteral("seed.ldif")));   // the fixture loads a seed file with slapadd
    if (!seedFile.open(QIODevice::WriteOnly))
        return 1;
    seedFile.write(seed.toUtf8());
    seedFile.close();
    if (!slapd.start(seedFile.fileName())) {
        std::fprintf(stderr, "slapd: %s\n", qPrintable(slapd.errorString()));
        return 1;
    }
    QFile file(dir.filePath(QStringLiteral("workers.csv")));
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(csv);
    file.close();

    auto workspace = App::Workspace::open(dir.filePath(QStringLiteral("bench.tenure")));
    if (!workspace)
        return 1;
    App::MemorySecretStore secrets;
    App::ConnectorFactory connectors{secrets};
    Models::Tenant hr;
    hr.name = QStringLiteral("HR");
    hr.role = Models::TenantRole::HrSource;
    hr.type = QStringLiteral("csv");
    hr.settings = {{QStringLiteral("path"), file.fileName()}};
    Models::Tenant directory;
    directory.name = QStringLiteral("Directory");
    directory.type = QStringLiteral("ldap");
    directory.settings = slapd.ldapSettings(false);
    directory.secretRef = QStringLiteral("bench/Directory");
    directory.sourceTenant = QStringLiteral("HR");
    Models::MappingSet mapping;
    auto employeeNumber = Models::AttributeMapping::direct(QStringLiteral("employeeNumber"), QStringLiteral("WorkerID"));
    employeeNumber.matchingPrecedence = 1;
    mapping.attributes = {Models::AttributeMapping::direct(QStringLiteral("uid"), QStringLiteral("WorkerID"),
                                                           Models::ApplyWhen::OnCreate),
                          Models::AttributeMapping::direct(QStringLiteral("cn"), QStringLiteral("DisplayName")),
                          Models::AttributeMapping::direct(QStringLiteral("sn"), QStringLiteral("LastName")),
                          Models::AttributeMapping::direct(QStringLiteral("title"), QStringLiteral("Title")),
                          employeeNumber};
    if (!(*workspace)->tenants().save(hr) || !(*workspace)->tenants().save(directory)
        || !secrets.write(directory.secretRef, slapd.password())
        || !(*workspace)->mappings().save(directory.name, mapping))
        return 1;

    App::PreviewService preview(**workspace, connectors);
    auto stored = preview.preview(directory.name, {});
    if (!stored) {
        std::fprintf(stderr, "preview: %s\n", qPrintable(stored.error().describe()));
        return 1;
    }
    App::SyncService sync(**workspace, connectors, QStringLiteral("bench"));
    QElapsedTimer clock;
    clock.start();
    auto summary = sync.run(stored->id, {});
    const auto ms = clock.elapsed();
    if (!summary)
        return 1;
    std::printf("run of %d writes against slapd (ldap://, audited): %lld ms, %.0f us per operation;"
                " %d confirmed, %d failed\n",
                stored->plan.writeCount(), qint64(ms), 1000.0 * double(ms) / std::max(1, stored->plan.writeCount()),
                summary->confirmed, summary->failed);
    auto verdict = (*workspace)->audit().verify();
    std::printf("audit: %lld events, %s\n", verdict ? qint64(verdict->events) : -1LL,
                verdict && verdict->intact() ? "chain intact" : "BROKEN");
    return 0;
}
