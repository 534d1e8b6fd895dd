// The plan as a PDF report: a valid document whose page count is the one its pagination
// promises, with the title, hash, counts and a repeated table header on every page (read back
// with poppler's pdftotext where it is installed), and nothing written when cancelled.
#include "app/documents/planexportfile.h"
#include "app/documents/planpdf.h"
#include "tests/support/syntheticplan.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Tenure;

namespace {

// The text of a PDF, page by page (form feeds between pages), or empty without pdftotext.
QStringList pdfPages(const QString& path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess process;
    process.start(tool, {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(QChar(u'\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

int pageCountInPageTree(const QByteArray& pdf)
{
    // The root /Pages object's /Count (Qt writes one flat page tree).
    static const QRegularExpression count(QStringLiteral("/Type\\s*/Pages\\b[^>]*?/Count\\s+(\\d+)"));
    const auto match = count.match(QString::fromLatin1(pdf));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

class TestPlanPdf : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void aLongPlanIsPaginatedWithTheHeaderOnEveryPage()
    {
        const auto plan = Tests::syntheticPlan(3000);
        const auto selection = App::PlanSelection::whole(plan, 41);
        const QString path = m_dir.filePath(QStringLiteral("plan.pdf"));
        const auto written = App::exportPlanToFile(App::PlanExportFormat::Pdf, selection, path);
        QVERIFY2(written, written ? "" : qPrintable(written.error().describe()));
        QCOMPARE(written->operations, 3000);
        QCOMPARE(written->rows, selection.changeRowCount());
        QVERIFY(written->parts > 10);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-1."));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        QCOMPARE(pageCountInPageTree(pdf), written->parts);

        const QStringList pages = pdfPages(path);
        if (pages.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: the text was not checked");
        QCOMPARE(pages.size(), written->parts);
        QVERIFY(pages.first().contains(QStringLiteral("Plan 41 for Directory")));
        QVERIFY(pages.first().contains(QString::fromLatin1(plan.hash().toHex())));
        QVERIFY(pages.first().contains(QStringLiteral("The whole plan, 3,000 operations")));
        for (int page = 0; page < pages.size(); ++page) {
            QVERIFY2(pages.at(page).contains(QStringLiteral("Category")) && pages.at(page).contains(QStringLiteral("Before"))
                         && pages.at(page).contains(QStringLiteral("After")),
                     qPrintable(QStringLiteral("page %1 has no table header").arg(page + 1)));
            QVERIFY2(pages.at(page).contains(QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages.size())),
                     qPrintable(QStringLiteral("page %1 is not numbered").arg(page + 1)));
        }
        // Before → after, with names that need more than Latin-1.
        QVERIFY(pages.join(QString()).contains(QStringLiteral("→")));
        QVERIFY(pages.join(QString()).contains(QStringLiteral("Šimůnek")));
    }

    void theFirstPageSaysWhatWasSelected()
    {
        const auto plan = Tests::syntheticPlan(400);
        auto selection = App::PlanSelection::whole(plan, 7);
        selection.operations.clear();
        for (int i = 0; i < plan.operations.size(); ++i)
            if (plan.operations.at(i).category == Models::Category::Leaver)
                selection.operations << i;
        selection.scope = QStringLiteral("Leaver");
        const QString path = m_dir.filePath(QStringLiteral("leavers.pdf"));
        const auto written = App::exportPlanToFile(App::PlanExportFormat::Pdf, selection, path);
        QVERIFY(written);
        QCOMPARE(written->parts, 1);
        const QStringList pages = pdfPages(path);
        if (pages.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QVERIFY2(pages.first().contains(QStringLiteral("Leaver: %1 of 400 operations").arg(selection.operations.size())),
                 qPrintable(pages.first()));
    }

    void aCancelledExportLeavesTheFileAsItWas()
    {
        const QString path = m_dir.filePath(QStringLiteral("kept.pdf"));
        QFile before(path);
        QVERIFY(before.open(QIODevice::WriteOnly) && before.write("the previous export") > 0);
        before.close();
        Models::CancelToken cancel;
        cancel.cancel();
        const auto written = App::exportPlanToFile(App::PlanExportFormat::Pdf,
                                                   App::PlanSelection::whole(Tests::syntheticPlan(2000), 1), path, cancel);
        QVERIFY(!written);
        QCOMPARE(written.error().code, Models::ErrorCode::Cancelled);
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), QByteArray("the previous export"));
    }

    void progressCountsOperations()
    {
        QList<qint64> done;
        qint64 total = 0;
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        const auto written = App::writePlanPdf(buffer, App::PlanSelection::whole(Tests::syntheticPlan(1000), 1), {},
                                               [&](const Models::Progress& p) {
                                                   done << p.done;
                                                   total = p.total;
                                               });
        QVERIFY(written);
        QCOMPARE(total, 1000);
        QCOMPARE(done.last(), 1000);
        QVERIFY(std::is_sorted(done.cbegin(), done.cend()));
        QVERIFY(done.size() >= 4);
    }
};

QTEST_MAIN(TestPlanPdf)
#include "tst_planpdf.moc"
