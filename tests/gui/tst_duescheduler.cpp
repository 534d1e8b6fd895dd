// While the console is open, work that has become due is carried out (a start today), work
// that is not yet due waits, and the status line says what happened.
#include "consoleworkspace.h"
#include "ui/duescheduler.h"

#include <QSignalSpy>
#include <QTest>

using namespace Tenure;

class TestDueScheduler : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aStartTodayIsCarriedOutAndALaterOneWaits()
    {
        Tests::ConsoleWorkspace console;
        const auto today = QDateTime::currentDateTimeUtc().date();
        const QByteArray csv = "WorkerID,FirstName,LastName,DisplayName,Title,Status,HireDate\n"
                               "5001,Due,Today,Due Today,Clerk,Active," + today.toString(Qt::ISODate).toUtf8() + "\n"
                               "5002,Not,Yet,Not Yet,Clerk,Active," + today.addDays(5).toString(Qt::ISODate).toUtf8() + "\n";
        QVERIFY2(console.create(csv, {}), qPrintable(console.error()));
        Ui::DueScheduler scheduler(console.workspace(), console.connectors(), QStringLiteral("console"));
        QSignalSpy reported(&scheduler, &Ui::DueScheduler::reported);
        scheduler.checkNow();
        QVERIFY(reported.wait(30000));
        QVERIFY2(reported.first().first().toString().contains(QStringLiteral("1 due operation(s) carried out")),
                 qPrintable(reported.first().first().toString()));
        QVERIFY(console.slapd().search(QStringLiteral("(employeeNumber=5001)")).contains(QStringLiteral("dn: ")));
        QVERIFY(!console.slapd().search(QStringLiteral("(employeeNumber=5002)")).contains(QStringLiteral("dn: ")));

        // Nothing more is due: the next cycle writes nothing and says nothing.
        reported.clear();
        scheduler.checkNow();
        QVERIFY(!reported.wait(3000));
    }
};

QTEST_MAIN(TestDueScheduler)
#include "tst_duescheduler.moc"
