// `tenure-cli audit`: the built executable against a real workspace file, as a scheduler or an
// auditor would run it. Also two kinds of concurrent writer: several tenure-cli processes at once.
#include "models/store/auditlog.h"
#include "models/store/repositories.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Tenure::Models;

namespace {

struct Ran {
    int exitCode = -1;
    QString out;
    QString err;
};

Ran runCli(const QStringList& arguments)
{
    QProcess process;
    process.start(qEnvironmentVariable("TENURE_CLI"), arguments);
    Ran ran;
    if (!process.waitForFinished(60000))
        return ran;
    ran.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    ran.out = QString::fromUtf8(process.readAllStandardOutput());
    ran.err = QString::fromUtf8(process.readAllStandardError());
    return ran;
}

} // namespace

class TestAuditCommand : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspace;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("TENURE_CLI").isEmpty(), "run through ctest, which sets TENURE_CLI");
        m_workspace = m_dir.filePath(QStringLiteral("audit.tenure"));
        auto db = WorkspaceDatabase::open(m_workspace);
        QVERIFY(db);
        TenantRepository tenants(**db, QStringLiteral("alice"));
        Tenant hr;
        hr.name = QStringLiteral("HR");
        hr.role = TenantRole::HrSource;
        hr.type = QStringLiteral("csv");
        QVERIFY(tenants.save(hr));
        Tenant directory;
        directory.name = QStringLiteral("=cmd|' /C calc'!A0");   // a name a spreadsheet would run
        directory.type = QStringLiteral("ldap");
        directory.sourceTenant = QStringLiteral("HR");
        QVERIFY(tenants.save(directory));
    }

    void verifyReportsAnIntactChain()
    {
        const auto ran = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--workspace"), m_workspace});
        QCOMPARE(ran.exitCode, 0);
        QVERIFY2(ran.out.contains(QStringLiteral("2 events, chain intact")), qPrintable(ran.out + ran.err));
    }

    void severalProcessesWritingAtOnceKeepOneChain()
    {
        constexpr int Processes = 6;
        QList<QProcess*> processes;
        for (int i = 0; i < Processes; ++i) {
            auto* process = new QProcess(this);
            process->start(qEnvironmentVariable("TENURE_CLI"),
                           {QStringLiteral("mapping"), QStringLiteral("use-template"), QStringLiteral("--workspace"),
                            m_workspace, QStringLiteral("--tenant"), QStringLiteral("Directory"),
                            QStringLiteral("csv-to-ad")});
            processes.append(process);
        }
        for (auto* process : processes) {
            QVERIFY(process->waitForFinished(60000));
            QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
            delete process;
        }
        const auto ran = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--workspace"), m_workspace});
        QCOMPARE(ran.exitCode, 0);
        QVERIFY2(ran.out.contains(QStringLiteral("%1 events, chain intact").arg(2 + Processes)), qPrintable(ran.out + ran.err));
    }

    void exportAndListFilterTheLog()
    {
        auto json = runCli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--workspace"), m_workspace,
                            QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--action"),
                            QStringLiteral("mapping."), QStringLiteral("--since"), QStringLiteral("2000-01-01")});
        QCOMPARE(json.exitCode, 0);
        const auto events = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 6);
        QCOMPARE(events.at(0).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("mapping.saved"));
        QCOMPARE(events.at(5).toObject().value(QStringLiteral("after")).toObject().value(QStringLiteral("version")).toInt(), 6);

        auto none = runCli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--workspace"), m_workspace,
                            QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--until"),
                            QStringLiteral("2000-01-01")});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(none.out.toUtf8()).object().value(QStringLiteral("events")).toArray().isEmpty());

        auto csv = runCli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--workspace"), m_workspace,
                           QStringLiteral("--actor"), QStringLiteral("alice")});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith(QStringLiteral("seq,at,actor,action,subject,why,before,after,prev_hash,hash\r\n")));
        QCOMPARE(csv.out.count(QStringLiteral("\r\n")), 3);
        QVERIFY2(csv.out.contains(QStringLiteral(",'=cmd|' /C calc'!A0,")), qPrintable(csv.out));

        auto list = runCli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--workspace"), m_workspace,
                            QStringLiteral("--last"), QStringLiteral("3")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.startsWith(QStringLiteral("SEQ")));
        QVERIFY(list.out.contains(QStringLiteral("3 events")));
        QVERIFY(!list.out.contains(QStringLiteral("tenant.saved")));
    }

    void verifyNamesTheEventThatWasTamperedWith()
    {
        {
            auto db = WorkspaceDatabase::open(m_workspace);
            QVERIFY(db);
            QSqlQuery query((*db)->connection());
            QVERIFY(query.exec(QStringLiteral("DROP TRIGGER audit_events_no_update")));
            QVERIFY(query.exec(QStringLiteral("UPDATE audit_events SET actor = 'mallory' WHERE seq = 2")));
        }
        const auto ran = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--workspace"), m_workspace});
        QCOMPARE(ran.exitCode, 6);
        QVERIFY2(ran.err.contains(QStringLiteral("seq 2")), qPrintable(ran.err));
        QVERIFY2(ran.err.contains(QStringLiteral("tenant.saved")), qPrintable(ran.err));
        QVERIFY2(ran.err.contains(QStringLiteral("changed after it was recorded")), qPrintable(ran.err));
    }

    void aMissingWorkspaceIsNotCreated()
    {
        const auto missing = m_dir.filePath(QStringLiteral("typo.tenure"));
        const auto ran = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--workspace"), missing});
        QCOMPARE(ran.exitCode, 1);
        QVERIFY(!QFile::exists(missing));
        QCOMPARE(runCli({QStringLiteral("audit"), QStringLiteral("nonsense")}).exitCode, 64);
    }
};

QTEST_GUILESS_MAIN(TestAuditCommand)
#include "tst_auditcommand.moc"
