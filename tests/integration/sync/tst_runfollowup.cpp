// Runs that follow up on other runs, against a real slapd: a selection runs only what was chosen
// and a later run of the same plan never sends it again; a retry sends only what the failed
// operations still need, planned afresh; a cancelled or interrupted run is resumed without doing
// anything twice.
#include "app/connectorfactory.h"
#include "app/previewservice.h"
#include "app/runscope.h"
#include "app/secrets/memorysecretstore.h"
#include "app/syncservice.h"
#include "app/workspace.h"
#include "tests/support/slapdfixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Tenure;
using Models::OutcomeState;
using Models::RunPurpose;
using Models::RunState;

namespace {

const QByteArray header = "WorkerID,FirstName,LastName,DisplayName,Title,Status,HireDate\n";

QByteArray row(int id, const QString& title = QStringLiteral("Clerk"))
{
    return QStringLiteral("%1,Worker,No%1,Worker No%1,%2,Active,2020-01-01\n").arg(id).arg(title).toUtf8();
}

Models::MappingSet mapping()
{
    using Models::AttributeMapping;
    auto employeeNumber = AttributeMapping::direct(QStringLiteral("employeeNumber"), QStringLiteral("WorkerID"));
    employeeNumber.matchingPrecedence = 1;
    Models::MappingSet set;
    set.attributes = {
        AttributeMapping::direct(QStringLiteral("uid"), QStringLiteral("WorkerID"), Models::ApplyWhen::OnCreate),
        AttributeMapping::direct(QStringLiteral("cn"), QStringLiteral("DisplayName")),
        AttributeMapping::direct(QStringLiteral("sn"), QStringLiteral("LastName")),
        AttributeMapping::direct(QStringLiteral("title"), QStringLiteral("Title")),
        employeeNumber,
    };
    return set;
}

} // namespace

class TestRunFollowUp : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Tests::SlapdFixture> m_slapd;
    std::unique_ptr<App::Workspace> m_workspace;
    App::MemorySecretStore m_secrets;
    std::unique_ptr<App::ConnectorFactory> m_connectors;

    bool writeHr(const QByteArray& rows)
    {
        QFile csv(m_dir->filePath(QStringLiteral("workers.csv")));
        return csv.open(QIODevice::WriteOnly) && csv.write(header + rows) == header.size() + rows.size();
    }

    App::StoredPlan preview()
    {
        auto stored = App::PreviewService(*m_workspace, *m_connectors).preview(QStringLiteral("Directory"), {});
        if (!stored)
            qWarning("preview failed: %s", qPrintable(stored.error().describe()));
        return stored ? *stored : App::StoredPlan{};
    }

    App::SyncService sync() const { return App::SyncService(*m_workspace, *m_connectors, QStringLiteral("tester")); }
    App::RunScopeBuilder scopes() const { return App::RunScopeBuilder(*m_workspace, *m_connectors); }

    int accounts() { return int(m_slapd->search(QStringLiteral("(objectClass=inetOrgPerson)"), {QStringLiteral("uid")}).count(QStringLiteral("dn: "))); }
    QString title(int id)
    {
        const auto entry = m_slapd->search(QStringLiteral("(employeeNumber=%1)").arg(id), {QStringLiteral("title")});
        const auto at = entry.indexOf(QStringLiteral("title: "));
        return at < 0 ? QString() : entry.mid(at + 7).section(QLatin1Char('\n'), 0, 0);
    }

    int indexOfWorker(const Models::Plan& plan, int id) const
    {
        for (int i = 0; i < plan.operations.size(); ++i)
            if (plan.operations.at(i).workerId == QString::number(id))
                return i;
        return -1;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_slapd = std::make_unique<Tests::SlapdFixture>();
        QVERIFY2(m_slapd->start(), qPrintable(m_slapd->errorString()));
        auto workspace = App::Workspace::open(m_dir->filePath(QStringLiteral("runs.tenure")));
        QVERIFY(workspace);
        m_workspace = std::move(*workspace);
        m_connectors = std::make_unique<App::ConnectorFactory>(m_secrets);
        Models::Tenant hr;
        hr.name = QStringLiteral("HR");
        hr.role = Models::TenantRole::HrSource;
        hr.type = QStringLiteral("csv");
        hr.settings = {{QStringLiteral("path"), m_dir->filePath(QStringLiteral("workers.csv"))}};
        QVERIFY(m_workspace->tenants().save(hr));
        Models::Tenant directory;
        directory.name = QStringLiteral("Directory");
        directory.type = QStringLiteral("ldap");
        directory.settings = m_slapd->ldapSettings(true);
        directory.secretRef = m_dir->filePath(QStringLiteral("Directory"));
        directory.sourceTenant = QStringLiteral("HR");
        QVERIFY(m_workspace->tenants().save(directory));
        QVERIFY(m_secrets.write(directory.secretRef, m_slapd->password()));
        QVERIFY(m_workspace->mappings().save(QStringLiteral("Directory"), mapping()));
    }

    void cleanup()
    {
        m_workspace.reset();
        m_slapd.reset();
        m_dir.reset();
    }

    void aSelectionRunsOnlyWhatWasChosenAndALaterRunNeverSendsItAgain()
    {
        QVERIFY(writeHr(row(1001) + row(1002) + row(1003)));
        const auto stored = preview();
        QCOMPARE(stored.plan.writeCount(), 3);
        const int chosen = indexOfWorker(stored.plan, 1002);
        auto scope = scopes().selection(stored.id, {chosen});
        QVERIFY2(scope, scope ? "" : qPrintable(scope.error().describe()));
        QCOMPARE(scope->sendCount(), 1);
        auto first = sync().run(*scope, {});
        QVERIFY(first);
        QCOMPARE(first->confirmed, 1);
        QCOMPARE(accounts(), 1);
        QCOMPARE(m_workspace->runs().find(first->runId)->purpose, RunPurpose::Selection);

        // The whole plan afterwards: the chosen one is not sent again (it would fail: it exists).
        auto rest = sync().run(stored.id, {});
        QVERIFY(rest);
        QCOMPARE(rest->confirmed, 2);
        QCOMPARE(rest->failed, 0);
        QCOMPARE(rest->skipped, 1);
        const auto outcomes = *m_workspace->runs().outcomes(rest->runId);
        const auto skipped = std::find_if(outcomes.begin(), outcomes.end(), [&](const auto& o) { return o.index == chosen; });
        QVERIFY(skipped != outcomes.end());
        QCOMPARE(skipped->state, OutcomeState::Skipped);
        QCOMPARE(skipped->message, QStringLiteral("Already carried out in run %1").arg(first->runId));
        QCOMPARE(accounts(), 3);
    }

    void aSelectionOfOperationsThatWriteNothingIsRefused()
    {
        QVERIFY(writeHr(row(1001)));
        const auto stored = preview();
        QVERIFY(sync().run(stored.id, {}));
        const auto again = preview();   // 1001 now unchanged
        auto scope = scopes().selection(again.id, {0});
        QVERIFY(!scope);
        QCOMPARE(scope.error().code, Models::ErrorCode::InvalidInput);
        QVERIFY(!scopes().selection(again.id, {42}));
    }

    void aRetrySendsOnlyWhatTheFailedOperationsStillNeed()
    {
        QVERIFY(writeHr(row(1001) + row(1002) + row(1003)));
        QVERIFY(sync().run(preview().id, {}));
        QCOMPARE(accounts(), 3);

        // Two movers; one account disappears between the preview and the run, so its update fails.
        QVERIFY(writeHr(row(1001, QStringLiteral("Lead")) + row(1002, QStringLiteral("Lead")) + row(1003)));
        const auto movers = preview();
        QCOMPARE(movers.plan.writeCount(), 2);
        QVERIFY(m_slapd->ldif(QStringLiteral("dn: uid=1002,%1\nchangetype: delete\n").arg(m_slapd->peopleDn())));
        auto failedRun = sync().run(movers.id, {});
        QVERIFY(failedRun);
        QCOMPARE(failedRun->confirmed, 1);
        QCOMPARE(failedRun->failed, 1);
        const auto run = *m_workspace->runs().find(failedRun->runId);
        QVERIFY(App::followUpsOf(run, QDateTime::currentDateTimeUtc(), false).canRetry);

        // Meanwhile HR hires someone: the retry must not carry that out.
        QVERIFY(writeHr(row(1001, QStringLiteral("Lead")) + row(1002, QStringLiteral("Lead")) + row(1003) + row(1004)));
        auto retry = scopes().retryFailed(failedRun->runId, {});
        QVERIFY2(retry, retry ? "" : qPrintable(retry.error().describe()));
        QCOMPARE(retry->earlier, 1);
        QCOMPARE(retry->changed, 1);   // the update became a create: the account is gone
        QCOMPARE(retry->sendCount(), 1);
        const auto& op = retry->plan.plan.operations.at(retry->only->first());
        QCOMPARE(op.workerId, QStringLiteral("1002"));
        QCOMPARE(op.kind, Models::OperationKind::Create);
        QCOMPARE(retry->plan.plan.writeCount(), 2);   // the fresh plan holds the joiner 1004 too

        auto retried = sync().run(*retry, {});
        QVERIFY(retried);
        QCOMPARE(retried->confirmed, 1);
        QCOMPARE(title(1002), QStringLiteral("Lead"));
        QVERIFY(m_slapd->search(QStringLiteral("(employeeNumber=1004)")).isEmpty());
        const auto record = *m_workspace->runs().find(retried->runId);
        QCOMPARE(record.purpose, RunPurpose::Retry);
        QCOMPARE(record.originRun, failedRun->runId);
    }

    void aRetryOfWhatWentThroughMeanwhileSendsNothing()
    {
        QVERIFY(writeHr(row(1001)));
        QVERIFY(sync().run(preview().id, {}));
        QVERIFY(writeHr(row(1001, QStringLiteral("Lead"))));
        const auto mover = preview();
        QVERIFY(m_slapd->ldif(QStringLiteral("dn: uid=1001,%1\nchangetype: delete\n").arg(m_slapd->peopleDn())));
        auto failedRun = sync().run(mover.id, {});
        QCOMPARE(failedRun->failed, 1);
        // Someone put the account back by hand, as HR wants it.
        QVERIFY(m_slapd->ldif(QStringLiteral("dn: uid=1001,%1\nobjectClass: inetOrgPerson\nuid: 1001\ncn: Worker No1001\n"
                                             "sn: No1001\ntitle: Lead\nemployeeNumber: 1001\n")
                                  .arg(m_slapd->peopleDn())));
        auto retry = scopes().retryFailed(failedRun->runId, {});
        QVERIFY(retry);
        QCOMPARE(retry->sendCount(), 0);
        QCOMPARE(retry->settled, 1);
    }

    void aCancelledRunIsResumedAndEverythingIsDoneOnce()
    {
        QByteArray rows;
        for (int id = 2000; id < 2300; ++id)
            rows += row(id);
        QVERIFY(writeHr(rows));
        const auto stored = preview();
        QCOMPARE(stored.plan.writeCount(), 300);
        Models::CancelToken cancel;
        int confirmed = 0;
        auto cancelled = sync().run(stored.id, cancel, [&](const Models::OperationOutcome& o) {
            if (o.state == OutcomeState::Confirmed && ++confirmed == 5)
                cancel.cancel();
        });
        QVERIFY(cancelled);
        QVERIFY(cancelled->cancelled);
        QVERIFY2(cancelled->skipped > 0, "the run finished before the cancel reached it");
        const int done = accounts();
        QCOMPARE(done, cancelled->confirmed);

        auto resume = scopes().resume(cancelled->runId, {});
        QVERIFY2(resume, resume ? "" : qPrintable(resume.error().describe()));
        QCOMPARE(resume->earlier, cancelled->skipped);
        QCOMPARE(resume->sendCount(), 300 - done);
        auto resumed = sync().run(*resume, {});
        QVERIFY(resumed);
        QCOMPARE(resumed->failed, 0);
        QCOMPARE(resumed->confirmed, 300 - done);
        QCOMPARE(accounts(), 300);
        QCOMPARE(m_workspace->runs().find(resumed->runId)->purpose, RunPurpose::Resume);
        QCOMPARE(m_workspace->runs().find(cancelled->runId)->state, RunState::Cancelled);
    }

    void anInterruptedRunIsResumedWithoutDoingAnythingTwice()
    {
        QVERIFY(writeHr(row(3001) + row(3002) + row(3003) + row(3004) + row(3005)));
        const auto stored = preview();
        QCOMPARE(stored.plan.writeCount(), 5);
        // A run that went down after the directory took three operations: two journaled as
        // confirmed, the third sent without an answer, the rest still pending.
        const auto runs = m_workspace->runs();
        auto runId = runs.start(stored.id, QStringLiteral("tester"), {RunPurpose::Plan, 0, {0, 1, 2, 3, 4}});
        QVERIFY(runId);
        auto directory = m_connectors->directory(*m_workspace->tenants().find(QStringLiteral("Directory")));
        QVERIFY(directory);
        for (int i = 0; i < 3; ++i)
            QVERIFY((*directory)->apply(stored.plan.operations.at(i)));
        QVERIFY(runs.record(*runId, {0, OutcomeState::Confirmed, {}}));
        QVERIFY(runs.record(*runId, {1, OutcomeState::Confirmed, {}}));
        QVERIFY(runs.record(*runId, {2, OutcomeState::Sent, {}}));

        const auto record = *runs.find(*runId);
        QVERIFY(!App::followUpsOf(record, QDateTime::currentDateTimeUtc(), false).canResume);   // may still be going
        const auto later = QDateTime::currentDateTimeUtc().addSecs(App::InterruptedAfterSeconds + 1);
        QVERIFY(App::followUpsOf(record, later, false).canResume);

        auto resume = scopes().resume(*runId, {});
        QVERIFY2(resume, resume ? "" : qPrintable(resume.error().describe()));
        QCOMPARE(resume->earlier, 3);    // the one sent without an answer and the two pending
        QCOMPARE(resume->settled, 1);    // the sent one reached the directory: not again
        QCOMPARE(resume->sendCount(), 2);
        auto resumed = sync().run(*resume, {});
        QVERIFY(resumed);
        QCOMPARE(resumed->confirmed, 2);
        QCOMPARE(resumed->failed, 0);
        QCOMPARE(accounts(), 5);
        QCOMPARE(runs.find(*runId)->state, RunState::Interrupted);
    }

    void aRunWithNothingLeftCannotBeFollowedUp()
    {
        QVERIFY(writeHr(row(1001)));
        auto clean = sync().run(preview().id, {});
        QVERIFY(clean);
        QVERIFY(!scopes().retryFailed(clean->runId, {}));
        auto resume = scopes().resume(clean->runId, {});
        QVERIFY(!resume);
        QVERIFY2(resume.error().message.contains(QStringLiteral("left no operation undone")), qPrintable(resume.error().message));
    }
};

QTEST_GUILESS_MAIN(TestRunFollowUp)
#include "tst_runfollowup.moc"
