// Plan exports: CSV cells that cannot run as spreadsheet formulas, tables people can read.
#include "app/export/csvcell.h"
#include "app/export/planexport.h"

#include <QTest>

using namespace Tenure;

class TestPlanExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void formulaCellsAreNeutralised_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << QStringLiteral("Ann") << QStringLiteral("Ann");
        QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"x\")") << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
        QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("comma") << QStringLiteral("Doe, Jane") << QStringLiteral("\"Doe, Jane\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    }
    void formulaCellsAreNeutralised()
    {
        QFETCH(QString, value);
        QFETCH(QString, cell);
        QCOMPARE(App::csvCell(value), cell);
    }

    void csvHasOneRowPerChange()
    {
        Models::Plan plan;
        Models::Operation op;
        op.category = Models::Category::Mover;
        op.kind = Models::OperationKind::Update;
        op.workerId = QStringLiteral("7");
        op.changes = {{QStringLiteral("title"), {QStringLiteral("A")}, {QStringLiteral("=B")}, QStringLiteral("w")},
                      {QStringLiteral("l"), {QStringLiteral("X")}, {}, QStringLiteral("w")}};
        plan.operations = {op};
        const auto lines = QString::fromUtf8(App::planAsCsv(plan)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(1).startsWith(QStringLiteral("mover,update,7,,,title,A,'=B,w,")));
        QVERIFY(lines.at(2).contains(QStringLiteral(",l,X,,w,")));
    }

    void theTableEndsWithCountsAndBlockedReason()
    {
        Models::Plan plan;
        Models::Operation op;
        op.category = Models::Category::Joiner;
        op.kind = Models::OperationKind::Create;
        op.workerId = QStringLiteral("1");
        plan.operations = {op, op};
        plan.blockedReason = QStringLiteral("empty source");
        const auto table = App::planAsTable(plan);
        QVERIFY(table.startsWith(QStringLiteral("CATEGORY")));
        QVERIFY(table.contains(QStringLiteral("2 operations (2 writes): joiner 2")));
        QVERIFY(table.contains(QStringLiteral("BLOCKED: empty source")));
    }
};

QTEST_GUILESS_MAIN(TestPlanExport)
#include "tst_planexport.moc"
