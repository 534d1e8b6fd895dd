// tenure-successfactors-server, the standalone local API the demo can point a SuccessFactors tenant
// at: started on a demo HR export, it prints its URL and CA file, and the connector reads the
// export's workers from it under the names of Entra's SuccessFactors connector, a row the export
// broke as an error on that worker (never a worker gone, which would read as a leaver).
#include "connectors/hr/successfactors/successfactorssource.h"
#include "tests/servers/successfactors/sfservice.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Tenure;

namespace {

const QByteArray DemoExport =
    "WorkerID,FirstName,LastName,DisplayName,Email,JobTitle,Department,Location,ManagerID,WorkerType,Status,HireDate,"
    "TerminationDate,Phone\n"
    "W10001,Ann,Lee,Ann Lee,ann.lee@example.com,Engineer,R&D,Oslo,,Employee,Active,2019-03-01,,\n"
    "W10002,Bo,Stone,Bo Stone,bo.stone@example.com,Analyst,Finance,Oslo,W10001,Contractor,Active,2021-06-01,,\n"
    "W10003,Di,Roe,Di Roe,di.roe@example.com,Clerk,Finance,Bergen,W10001,Employee,Terminated,2015-01-01,2024-05-31,\n"
    "W10004,Ed,Broken,Ed Broken\n";

} // namespace

class TestSuccessFactorsDemoServer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theDemoServerServesTheDemoExport()
    {
        QTemporaryDir dir;
        QFile csv(dir.filePath(QStringLiteral("workers.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(DemoExport);
        csv.close();

        QProcess server;
        server.start(QStringLiteral(TENURE_SF_SERVER), {QStringLiteral("--data"), csv.fileName()});
        QVERIFY(server.waitForStarted(10000));
        QStringList lines;
        QVERIFY(QTest::qWaitFor([&] {
            while (server.canReadLine())
                lines.append(QString::fromUtf8(server.readLine()).trimmed());
            return lines.size() >= 3 || server.state() == QProcess::NotRunning;
        }, 30000));
        QVERIFY2(lines.size() >= 3, qPrintable(QString::fromUtf8(server.readAllStandardError())));
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("https://127.0.0.1:")), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).contains(QStringLiteral("4 people")), qPrintable(lines.at(1)));
        QVERIFY(lines.at(2).startsWith(QStringLiteral("CA file ")));

        const Tests::SuccessFactors::ServiceOptions defaults;
        Connectors::SuccessFactorsSettings settings;
        settings.apiUrl = QUrl(lines.at(0));
        settings.companyId = defaults.companyId;
        settings.username = defaults.username;
        settings.caFile = lines.at(2).mid(8);
        settings.records = Connectors::SuccessFactorsSettings::defaultRecordRules();
        auto source = Connectors::SuccessFactorsSource::create(settings, defaults.password);
        QVERIFY(source);
        auto snapshot = (*source)->read({});
        QVERIFY2(snapshot, snapshot ? "" : qPrintable(snapshot.error().describe()));
        QCOMPARE(snapshot->workers.size(), 3);
        QCOMPARE(snapshot->errors.size(), 1);
        QCOMPARE(snapshot->errors.first().workerId, QStringLiteral("W10004"));
        QHash<QString, Models::Attributes> byId;
        for (const auto& w : snapshot->workers)
            byId.insert(w.workerId, w.attributes);
        QCOMPARE(Models::firstValue(byId.value("W10002"), QStringLiteral("managerId")), QStringLiteral("W10001"));
        QCOMPARE(Models::firstValue(byId.value("W10002"), QStringLiteral("employeeClass")), QStringLiteral("Contractor"));
        QCOMPARE(Models::firstValue(byId.value("W10002"), QStringLiteral("email")), QStringLiteral("bo.stone@example.com"));
        QCOMPARE(Models::firstValue(byId.value("W10003"), QStringLiteral("emplStatus")), QStringLiteral("T"));
        QCOMPARE(Models::firstValue(byId.value("W10003"), QStringLiteral("endDate")), QStringLiteral("2024-05-31"));
        QCOMPARE(Models::firstValue(byId.value("W10001"), QStringLiteral("emplStatus")), QStringLiteral("A"));
        QVERIFY(!byId.value("W10001").contains(QStringLiteral("managerId")));

        server.terminate();
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);   // a clean stop, the certificate removed
        QVERIFY(!QFile::exists(settings.caFile));
    }
};

QTEST_GUILESS_MAIN(TestSuccessFactorsDemoServer)
#include "tst_successfactorsdemoserver.moc"
