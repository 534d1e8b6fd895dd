// tenure-cli for the people side: terminate files a request the requester cannot approve,
// holds are placed, listed and cleared, and approvals list what waits.
#include "app/operatoridentity.h"
#include "app/workspace.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestPeopleCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspace;

    struct Outcome {
        int code = -1;
        QString out;
        QString err;
    };

    Outcome cli(const QStringList& arguments)
    {
        QProcess process;
        process.start(qEnvironmentVariable("TENURE_CLI"), arguments);
        process.waitForFinished(30000);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = m_dir.filePath(QStringLiteral("people.tenure"));
        QVERIFY(Tenure::App::Workspace::open(m_workspace));
    }

    void terminateFilesARequestTheRequesterCannotApprove()
    {
        auto filed = cli({QStringLiteral("terminate"), QStringLiteral("--workspace"), m_workspace, QStringLiteral("--worker"),
                          QStringLiteral("W42"), QStringLiteral("--reason"), QStringLiteral("stolen laptop")});
        QCOMPARE(filed.code, 0);
        QVERIFY2(filed.out.contains(QStringLiteral("approval #1")), qPrintable(filed.out));
        auto listed = cli({QStringLiteral("approvals"), QStringLiteral("list"), QStringLiteral("--workspace"), m_workspace});
        QCOMPARE(listed.code, 0);
        QVERIFY(listed.out.contains(QStringLiteral("Emergency termination of worker W42")));
        QVERIFY(listed.out.contains(QStringLiteral("stolen laptop")));
        // The same OS user asking to approve: refused, and nothing changes.
        auto own = cli({QStringLiteral("approvals"), QStringLiteral("approve"), QStringLiteral("--workspace"), m_workspace,
                        QStringLiteral("1")});
        QCOMPARE(own.code, 1);
        QVERIFY2(own.err.contains(QStringLiteral("cannot decide it: a second person must")), qPrintable(own.err));
        QVERIFY(cli({QStringLiteral("approvals"), QStringLiteral("list"), QStringLiteral("--workspace"), m_workspace})
                    .out.contains(QStringLiteral("pending")));
    }

    void aTerminationWithoutAReasonIsABadCommandLine()
    {
        auto refused = cli({QStringLiteral("terminate"), QStringLiteral("--workspace"), m_workspace, QStringLiteral("--worker"),
                            QStringLiteral("W1")});
        QCOMPARE(refused.code, 64);
        QVERIFY(refused.err.contains(QStringLiteral("reason")));
    }

    void holdsArePlacedListedAndCleared()
    {
        auto placed = cli({QStringLiteral("holds"), QStringLiteral("place"), QStringLiteral("--workspace"), m_workspace,
                           QStringLiteral("--worker"), QStringLiteral("W7"), QStringLiteral("--reason"),
                           QStringLiteral("legal hold"), QStringLiteral("--kind"), QStringLiteral("any-change")});
        QCOMPARE(placed.code, 0);
        auto listed = cli({QStringLiteral("holds"), QStringLiteral("list"), QStringLiteral("--workspace"), m_workspace});
        QVERIFY2(listed.out.contains(QStringLiteral("worker W7  any-change")), qPrintable(listed.out));
        auto cleared = cli({QStringLiteral("holds"), QStringLiteral("clear"), QStringLiteral("--workspace"), m_workspace,
                            QStringLiteral("1"), QStringLiteral("--reason"), QStringLiteral("case closed")});
        QCOMPARE(cleared.code, 0);
        QVERIFY(cli({QStringLiteral("holds"), QStringLiteral("list"), QStringLiteral("--workspace"), m_workspace})
                    .out.contains(QStringLiteral("No active holds")));
        auto audit = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--workspace"), m_workspace});
        QCOMPARE(audit.code, 0);
    }

    // The CLI's operator is the OS user running it; the roles are given as another admin would.
    void hrStaffListOnlyTheRequestsTheirRoleDecides()
    {
        const QString path = m_dir.filePath(QStringLiteral("roles.tenure"));
        auto workspace = Tenure::App::Workspace::open(path);
        QVERIFY(workspace);
        const QString me = Tenure::App::currentOperator();
        using namespace Tenure::Models;
        const auto request = [&](ApprovalKind kind, const QString& subject, const QString& summary) {
            Approval a;
            a.kind = kind;
            a.workerId = QStringLiteral("W9");
            a.subjectHash = subject;
            a.summary = summary;
            a.reason = QStringLiteral("policy");
            return (*workspace)->approvals(QStringLiteral("alice")).request(a)->id;
        };
        const qint64 release = request(ApprovalKind::ThresholdRelease, QStringLiteral("r"), QStringLiteral("Release plan 3"));
        const qint64 termination = request(ApprovalKind::EmergencyTermination, QStringLiteral("t"),
                                           QStringLiteral("Emergency termination of worker W9"));

        // Roles: the CLI gives ines the admin role (its user becomes an admin too), then ines
        // makes the CLI's user HR staff.
        auto granted = cli({QStringLiteral("roles"), QStringLiteral("grant"), QStringLiteral("--workspace"), path,
                            QStringLiteral("--operator"), QStringLiteral("ines"), QStringLiteral("--role"), QStringLiteral("admin")});
        QCOMPARE(granted.code, 0);
        QVERIFY((*workspace)->roles(QStringLiteral("ines")).grant(me, OperatorRole::HrStaff));
        auto roles = cli({QStringLiteral("roles"), QStringLiteral("list"), QStringLiteral("--workspace"), path});
        QVERIFY2(roles.out.contains(QStringLiteral("%1  hr-staff").arg(me)), qPrintable(roles.out));
        QVERIFY(roles.out.contains(QStringLiteral("ines  admin")));

        auto listed = cli({QStringLiteral("approvals"), QStringLiteral("list"), QStringLiteral("--workspace"), path});
        QCOMPARE(listed.code, 0);
        QVERIFY2(listed.out.contains(QStringLiteral("is hr-staff")), qPrintable(listed.out));
        QVERIFY(listed.out.contains(QStringLiteral("Emergency termination of worker W9")));
        QVERIFY2(!listed.out.contains(QStringLiteral("Release plan 3")), qPrintable(listed.out));

        auto refused = cli({QStringLiteral("approvals"), QStringLiteral("approve"), QStringLiteral("--workspace"), path,
                            QString::number(release), QStringLiteral("--reason"), QStringLiteral("ok")});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("may not decide")), qPrintable(refused.err));
        auto approved = cli({QStringLiteral("approvals"), QStringLiteral("approve"), QStringLiteral("--workspace"), path,
                             QString::number(termination), QStringLiteral("--reason"), QStringLiteral("confirmed by legal")});
        QVERIFY2(approved.code == 0, qPrintable(approved.err));
        QCOMPARE((*workspace)->approvals(me).find(termination)->decidedBy, me);

        // HR staff do not change roles.
        auto promoted = cli({QStringLiteral("roles"), QStringLiteral("grant"), QStringLiteral("--workspace"), path,
                             QStringLiteral("--operator"), me, QStringLiteral("--role"), QStringLiteral("admin")});
        QCOMPARE(promoted.code, 1);
        QVERIFY(promoted.err.contains(QStringLiteral("only an admin")));
    }

    void helpListsTheNewCommands()
    {
        const auto help = cli({QStringLiteral("--help")}).out;
        for (const auto* command : {"run-due", "approvals", "terminate", "holds", "roles"})
            QVERIFY2(help.contains(QLatin1String(command)), command);
    }
};

QTEST_GUILESS_MAIN(TestPeopleCli)
#include "tst_peoplecli.moc"
