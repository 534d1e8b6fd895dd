// Writing the directory's email and user name back to Workday: Maintain_Contact_Information and
// Update_Workday_Account as the tenant keeps them, read back through Get_Workers; a worker
// Workday refuses fails alone and is named; refused credentials stop everything.
#include "workdayfixture.h"

using namespace Tenure;
using namespace Tenure::Tests::Workday;

namespace {

const Connectors::WriteBackOutcome* outcomeFor(const QList<Connectors::WriteBackOutcome>& outcomes, const QString& id)
{
    for (const auto& o : outcomes) {
        if (o.workerId == id)
            return &o;
    }
    return nullptr;
}

} // namespace

class TestWorkdayWriteBack : public QObject {
    Q_OBJECT

    static void seed(WorkdayFixture& fx)
    {
        fx.server.service().addWorker(hiredWorker(QStringLiteral("21001"), QStringLiteral("Logan"), QStringLiteral("McNeil"),
                                                  QDate(2015, 3, 1), {{QLatin1String(Field::Email), QString()}}));
        fx.server.service().addWorker(hiredWorker(QStringLiteral("C-4410"), QStringLiteral("Ivy"), QStringLiteral("Contractor"),
                                                  QDate(2031, 4, 1), {}, true));
        StoredWorker taken = hiredWorker(QStringLiteral("21002"), QStringLiteral("Teresa"), QStringLiteral("Serrano"),
                                         QDate(2016, 1, 4));
        taken.userName = QStringLiteral("tserrano");
        fx.server.service().addWorker(taken);
    }

private Q_SLOTS:
    void emailAndUserNameAreWrittenAndReadBack()
    {
        WorkdayFixture fx;
        QVERIFY(fx.start());
        seed(fx);
        auto source = fx.source();
        QVERIFY(source);
        Connectors::HrWriteBack* channel = source->writeBack();
        QVERIFY(channel);

        auto outcomes = channel->writeBack({{QStringLiteral("21001"), QStringLiteral("logan.mcneil@contoso.test"),
                                             QStringLiteral("logan.mcneil@contoso.test")},
                                            {QStringLiteral("C-4410"), QStringLiteral("ivy.contractor@contoso.test"), {}}},
                                           {});
        QVERIFY_RESULT(outcomes);
        QCOMPARE(outcomes->size(), 2);
        QVERIFY2(outcomeFor(*outcomes, QStringLiteral("21001"))->written, qPrintable(outcomeFor(*outcomes, QStringLiteral("21001"))->message));
        QCOMPARE(outcomeFor(*outcomes, QStringLiteral("21001"))->message,
                 QStringLiteral("Wrote work email logan.mcneil@contoso.test and user name logan.mcneil@contoso.test to "
                                "Workday for worker 21001"));
        QVERIFY(outcomeFor(*outcomes, QStringLiteral("C-4410"))->written);

        // What the tenant now holds.
        const auto logan = fx.server.service().worker(QStringLiteral("21001"));
        QCOMPARE(logan->userName, QStringLiteral("logan.mcneil@contoso.test"));
        QCOMPARE(logan->emailWrites, 1);
        QCOMPARE(fx.server.service().worker(QStringLiteral("C-4410"))->userNameWrites, 0);   // none asked for

        // And what a read shows: the work email by Entra's XPath, the user name as User_ID.
        auto snapshot = source->read({});
        QVERIFY_RESULT(snapshot);
        QCOMPARE(value(workerById(*snapshot, QStringLiteral("21001")), "EmailAddress"), QStringLiteral("logan.mcneil@contoso.test"));
        QCOMPARE(value(workerById(*snapshot, QStringLiteral("21001")), "UserID"), QStringLiteral("logan.mcneil@contoso.test"));
        // A pre-hire's email is there from the hire on; the write-back did not make them start early.
        const Models::Worker* ivy = workerById(*snapshot, QStringLiteral("C-4410"));
        QCOMPARE(value(ivy, "EmailAddress"), QStringLiteral("ivy.contractor@contoso.test"));
        QCOMPARE(value(ivy, "StatusHireDate"), QStringLiteral("2031-04-01"));
        QCOMPARE(value(ivy, "Active"), QStringLiteral("1"));

        // The contractor's user name goes through a Contingent_Worker_Reference.
        auto again = channel->writeBack({{QStringLiteral("C-4410"), {}, QStringLiteral("ivy.c")}}, {});
        QVERIFY_RESULT(again);
        QVERIFY(again->first().written);
        QCOMPARE(fx.server.service().worker(QStringLiteral("C-4410"))->userName, QStringLiteral("ivy.c"));
    }

    void aValidationFaultFailsThatWorkerAloneAndNamesIt()
    {
        WorkdayFixture fx;
        QVERIFY(fx.start());
        seed(fx);
        auto source = fx.source();
        auto outcomes = source->writeBack()->writeBack(
            {{QStringLiteral("21001"), QStringLiteral("not an email"), {}},
             {QStringLiteral("C-4410"), {}, QStringLiteral("TSERRANO")},   // Teresa's, whatever the case
             {QStringLiteral("21002"), QStringLiteral("teresa.serrano@contoso.test"), {}},
             {QStringLiteral("99999"), QStringLiteral("ghost@contoso.test"), {}}},
            {});
        QVERIFY_RESULT(outcomes);
        QCOMPARE(outcomes->size(), 4);

        const auto* bad = outcomeFor(*outcomes, QStringLiteral("21001"));
        QVERIFY(!bad->written);
        QVERIFY2(bad->message.contains(QStringLiteral("worker 21001")), qPrintable(bad->message));
        QVERIFY2(bad->message.contains(QStringLiteral("Invalid Email Address: 'not an email'")), qPrintable(bad->message));

        const auto* taken = outcomeFor(*outcomes, QStringLiteral("C-4410"));
        QVERIFY(!taken->written);
        QVERIFY2(taken->message.contains(QStringLiteral("worker C-4410")), qPrintable(taken->message));
        QVERIFY2(taken->message.contains(QStringLiteral("already in use")), qPrintable(taken->message));

        QVERIFY(outcomeFor(*outcomes, QStringLiteral("21002"))->written);
        const auto* ghost = outcomeFor(*outcomes, QStringLiteral("99999"));
        QVERIFY(!ghost->written);
        QCOMPARE(ghost->message, QStringLiteral("Worker 99999 was not found in Workday as an employee or a contingent "
                                                "worker; nothing was written back"));

        QCOMPARE(fx.server.service().worker(QStringLiteral("21001"))->emailWrites, 0);
        QCOMPARE(fx.server.service().worker(QStringLiteral("C-4410"))->userName, QString());
        QCOMPARE(fx.server.service().worker(QStringLiteral("21002"))->emailWrites, 1);
    }

    void refusedCredentialsStopTheWholeWriteBack()
    {
        WorkdayFixture fx;
        QVERIFY(fx.start());
        seed(fx);
        auto source = fx.source(fx.settingsJson(), QStringLiteral("wrong password"));
        auto outcomes = source->writeBack()->writeBack({{QStringLiteral("21001"), QStringLiteral("a@contoso.test"), {}}}, {});
        QVERIFY(!outcomes);
        QCOMPARE(outcomes.error().code, Models::ErrorCode::Authentication);
        QCOMPARE(fx.server.service().worker(QStringLiteral("21001"))->emailWrites, 0);
    }

    void theRequestsHaveWorkdaysShape()
    {
        WorkdayFixture fx;
        QVERIFY(fx.start());
        seed(fx);
        auto source = fx.source();
        auto outcomes = source->writeBack()->writeBack(
            {{QStringLiteral("21001"), QStringLiteral("logan.mcneil@contoso.test"), QStringLiteral("lmcneil")}}, {});
        QVERIFY_RESULT(outcomes);
        QByteArray contact;
        QByteArray account;
        for (const auto& arrival : fx.server.service().arrivals()) {
            if (arrival.operation == QLatin1String("Maintain_Contact_Information"))
                contact = arrival.requestBody;
            if (arrival.operation == QLatin1String("Update_Workday_Account"))
                account = arrival.requestBody;
        }
        // WS-Security UsernameToken with the password as text, on every request.
        QVERIFY(contact.contains("wsse:UsernameToken"));
        QVERIFY(contact.contains("#PasswordText"));
        QVERIFY(contact.contains("Add_Only=\"false\""));
        QCOMPARE(requestValue(contact, QStringLiteral("Effective_Date")), QStringLiteral("2031-03-10"));
        QVERIFY(contact.contains(QStringLiteral("wd:type=\"WID\">%1<").arg(widFor(QStringLiteral("21001"))).toUtf8()));
        QVERIFY(contact.contains("wd:type=\"Communication_Usage_Type_ID\">WORK<"));
        QVERIFY(account.contains("<wd:Employee_Reference>"));
        QVERIFY(account.contains("wd:System_ID=\"WD-EMPLID\">21001<"));
        QCOMPARE(requestValue(account, QStringLiteral("User_Name")), QStringLiteral("lmcneil"));
    }
};

QTEST_GUILESS_MAIN(TestWorkdayWriteBack)
#include "tst_workdaywriteback.moc"
