#pragma once

// Reads back what the XLSX export wrote, for the tests: a workbook's parts from the ZIP, and a
// sheet's rows of cell texts with SpreadsheetML's _xHHHH_ escapes undone.
#include "tests/support/zipreader.h"

#include <QHash>
#include <QStringList>
#include <QXmlStreamReader>

namespace Tenure::Tests {

struct SheetCell {
    QString reference;
    QString type;    // the t attribute
    QString text;
};

struct Sheet {
    QList<QList<SheetCell>> rows;
    bool hasFormula = false;   // any <f> element
    QString error;             // XML that does not parse
};

// ST_Xstring: _xHHHH_ is the character HHHH (so _x005F_ is an underscore).
inline QString unescapeXstring(const QString& text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && text[i + 6] == u'_') {
            bool ok = false;
            const ushort code = text.mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                out += QChar(code);
                i += 6;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

inline Sheet parseSheet(const QByteArray& xml)
{
    Sheet sheet;
    QXmlStreamReader reader(xml);
    SheetCell cell;
    bool inText = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (reader.name() == QLatin1String("row"))
                sheet.rows.append(QList<SheetCell>());
            else if (reader.name() == QLatin1String("c"))
                cell = {reader.attributes().value(QLatin1String("r")).toString(),
                        reader.attributes().value(QLatin1String("t")).toString(), QString()};
            else if (reader.name() == QLatin1String("t"))
                inText = true;
            else if (reader.name() == QLatin1String("f"))
                sheet.hasFormula = true;
        } else if (reader.isCharacters() && inText) {
            cell.text += reader.text();
        } else if (reader.isEndElement()) {
            if (reader.name() == QLatin1String("t"))
                inText = false;
            else if (reader.name() == QLatin1String("c") && !sheet.rows.isEmpty()) {
                cell.text = unescapeXstring(cell.text);
                sheet.rows.last().append(cell);
            }
        }
    }
    if (reader.hasError())
        sheet.error = reader.errorString();
    return sheet;
}

// The texts of a row, by column letter (absent cells are empty).
inline QStringList rowTexts(const QList<SheetCell>& row, int columns)
{
    QStringList texts(columns);
    for (const auto& cell : row) {
        const int column = cell.reference.front().unicode() - u'A';
        if (column >= 0 && column < columns)
            texts[column] = cell.text;
    }
    return texts;
}

inline QHash<QString, QByteArray> parts(const QList<ZipEntry>& entries)
{
    QHash<QString, QByteArray> byName;
    for (const auto& entry : entries)
        byName.insert(entry.name, entry.data);
    return byName;
}

} // namespace Tenure::Tests
