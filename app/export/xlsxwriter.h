#pragma once

#include "zipwriter.h"

#include <QDateTime>
#include <QStringList>

class QIODevice;

namespace Tenure::App {

struct XlsxColumn {
    QString title;
    double width = 12;   // in characters of the default font, as Excel counts column widths
};

// A workbook of text sheets as an Office Open XML package (ECMA-376 Part 1, SpreadsheetML):
// [Content_Types].xml, the package and workbook relationships, xl/workbook.xml, one
// xl/worksheets/sheetN.xml per sheet, xl/styles.xml and docProps/core.xml, in a ZIP. Each sheet
// has a header row (bold on the console's accent blue, frozen, with filter buttons) and rows of
// text cells, streamed: a sheet of a million rows is never held as XML in memory. Every value is
// an inline string (see xlsxcell.h), so nothing in a cell is ever run as a formula and worker ids
// such as "00123" keep their zeros.
class XlsxWriter {
public:
    // Excel's sheet size (rows including the header): https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3
    static constexpr qint64 MaxRows = 1048576;

    // `created`: the workbook's creation time (docProps/core.xml and every ZIP entry), so the same
    // content gives the same bytes. `title`: the document title readers show.
    XlsxWriter(QIODevice& out, const QDateTime& created, const QString& title);

    // Sheet names follow Excel's rules: 1 to 31 characters, none of : \ / ? * [ ], not starting
    // or ending with an apostrophe, unique within the workbook (case-insensitively).
    [[nodiscard]] Models::Result<void> beginSheet(const QString& name, const QList<XlsxColumn>& columns);
    // Cells beyond the sheet's columns are an error; fewer leave the rest empty.
    [[nodiscard]] Models::Result<void> addRow(const QStringList& cells);
    [[nodiscard]] Models::Result<void> endSheet();
    [[nodiscard]] Models::Result<void> finish();

    // Rows the open sheet can still take before Excel's limit.
    [[nodiscard]] qint64 rowsLeft() const { return MaxRows - m_row; }
    [[nodiscard]] qint64 bytesWritten() const { return m_zip.bytesWritten(); }

private:
    struct Sheet {
        QString name;
        int columns = 0;
        qint64 rows = 0;
    };

    [[nodiscard]] Models::Result<void> flush(bool always);
    [[nodiscard]] Models::Result<void> appendRow(const QStringList& cells, int style);

    ZipWriter m_zip;
    QDateTime m_created;
    QString m_title;
    QList<Sheet> m_sheets;
    QStringList m_columnNames;   // "A", "B", … for the open sheet
    QString m_xml;               // the open sheet's XML not yet compressed
    qint64 m_row = 0;            // rows written to the open sheet
    bool m_sheetOpen = false;
};

} // namespace Tenure::App
