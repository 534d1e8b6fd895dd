// Importing a Microsoft Graph synchronizationSchema: mappings, matching priority, flow types,
// defaults and scoping carry over, and whatever cannot is reported rather than dropped.
#include "models/mapping/entraschemaimport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Tenure::Models;

namespace {

// The shape of GET /servicePrincipals/{id}/synchronization/jobs/{jobId}/schema
// (learn.microsoft.com/graph/api/resources/synchronization-synchronizationschema).
QJsonObject workdaySchema()
{
    QFile file(QStringLiteral(TENURE_SOURCE_DIR "/tests/unit/mapping/data/workday-schema.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the schema fixture");
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestEntraSchemaImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void importsTheUserMappingAndReportsTheRest()
    {
        auto imported = importEntraSchema(workdaySchema());
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().describe()));
        const auto& attributes = imported->mapping.attributes;
        QCOMPARE(attributes.size(), 4);
        QCOMPARE(attributes.at(0).target, QStringLiteral("employeeID"));
        QCOMPARE(attributes.at(0).matchingPrecedence, 1);
        QCOMPARE(attributes.at(1).defaultValue, QStringLiteral("Contoso"));
        QCOMPARE(attributes.at(2).kind, MappingKind::Constant);
        QCOMPARE(attributes.at(2).constant, QStringLiteral("Contoso \"Inc\""));
        QCOMPARE(attributes.at(2).apply, ApplyWhen::OnCreate);
        QCOMPARE(attributes.at(3).kind, MappingKind::Expression);
        QCOMPARE(attributes.at(3).expression,
                 QStringLiteral("Join(\" \", [PreferredFirstName], [PreferredLastName])"));
        QCOMPARE(imported->mapping.scope.groups.size(), 1);
        QCOMPARE(imported->mapping.scope.groups.at(0).at(0).op, ScopingOperator::NotEquals);

        const auto report = imported->notImported.join(u'\n');
        QVERIFY2(report.contains(QStringLiteral("mail: the expression does not compile")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("IS_MEMBER_OF")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("Object mapping 'Groups'")), qPrintable(report));
    }

    void aSchemaWithoutAUserMappingIsRefused()
    {
        auto imported = importEntraSchema(QJsonObject{{QStringLiteral("objectMappings"), QJsonArray()}});
        QVERIFY(!imported);
    }
};

QTEST_GUILESS_MAIN(TestEntraSchemaImport)
#include "tst_entraschemaimport.moc"
