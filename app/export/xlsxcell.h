#pragma once

#include <QString>

namespace Tenure::App {

// The longest text Excel keeps in a cell ([MS-OI29500] 2.1.678, Part 1 §18.4.12):
//   https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500/82ad64a7-401b-4f34-9319-3600b16b2791
inline constexpr int XlsxMaxCellText = 32767;

// One text cell of a SpreadsheetML sheet: `<c r="B7" s="2" t="inlineStr"><is><t>…</t></is></c>`.
// An inline string is a string whatever it holds, so "=HYPERLINK(…)" is shown as typed and
// never evaluated: the formula-injection guard CSV needs a quote for is built into the type.
//
// The text is escaped twice over: XML's own (& < >) and SpreadsheetML's ST_Xstring, where
// characters XML 1.0 cannot carry (C0 controls but tab and line feed, U+FFFE, U+FFFF) and the
// carriage return are written _xHHHH_, and a literal "_xHHHH_" gets its underscore escaped as
// _x005F_ so it reads back as typed ([MS-OI29500] 2.1.1747, Part 1 §22.9.2.19):
//   https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500/d34ae755-c53f-4a44-a363-c6dd3ee018a4
// A lone surrogate becomes U+FFFD. Text longer than Excel keeps is cut at XlsxMaxCellText
// characters, the last being "…", never inside a surrogate pair.
// `column`: the cell's column letters (xlsxColumnName), `row`: its 1-based row.
void appendXlsxTextCell(QString& xml, QStringView column, qint64 row, int style, const QString& text);

// The column letters of a 0-based column: 0 → "A", 25 → "Z", 26 → "AA".
[[nodiscard]] QString xlsxColumnName(int column);

} // namespace Tenure::App
