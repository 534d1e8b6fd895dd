#include "xlsxwriter.h"

#include "xlsxcell.h"

#include <QRegularExpression>

namespace Tenure::App {
namespace {

using Models::ErrorCode;
using Models::fail;

// Compression trades little size for much time on sheet XML; level 3 is within a few percent of
// the default's size at about twice its speed.
constexpr int CompressionLevel = 3;
constexpr qsizetype FlushChars = 64 * 1024;   // sheet XML handed to the compressor in pieces this big
constexpr int HeaderStyle = 1;                  // cellXfs index in styles.xml
constexpr int TextStyle = 2;

const char XmlDeclaration[] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const char MainNamespace[] = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

QString escapedAttribute(const QString& value) { return value.toHtmlEscaped(); }

QByteArray contentTypes(int sheets)
{
    QString xml = QString::fromLatin1(XmlDeclaration);
    xml += QLatin1String(
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/xl/workbook.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        "<Override PartName=\"/xl/styles.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        "<Override PartName=\"/docProps/core.xml\" "
        "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>");
    for (int i = 1; i <= sheets; ++i)
        xml += QStringLiteral("<Override PartName=\"/xl/worksheets/sheet%1.xml\" "
                              "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>")
                   .arg(i);
    xml += QLatin1String("</Types>");
    return xml.toUtf8();
}

QByteArray packageRelationships()
{
    QString xml = QString::fromLatin1(XmlDeclaration);
    xml += QLatin1String(
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        "Target=\"xl/workbook.xml\"/>"
        "<Relationship Id=\"rId2\" "
        "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
        "Target=\"docProps/core.xml\"/>"
        "</Relationships>");
    return xml.toUtf8();
}

QByteArray workbookRelationships(int sheets)
{
    QString xml = QString::fromLatin1(XmlDeclaration);
    xml += QLatin1String("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    for (int i = 1; i <= sheets; ++i)
        xml += QStringLiteral("<Relationship Id=\"rId%1\" "
                              "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                              "Target=\"worksheets/sheet%1.xml\"/>")
                   .arg(i);
    xml += QStringLiteral("<Relationship Id=\"rId%1\" "
                          "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
                          "Target=\"styles.xml\"/>")
               .arg(sheets + 1);
    xml += QLatin1String("</Relationships>");
    return xml.toUtf8();
}

// Three cell formats: 0 the default, 1 the header (bold white on #1F4E79, the console's accent),
// 2 text ("@", number format 49) so that a value typed over a cell stays text too.
QByteArray styles()
{
    QString xml = QString::fromLatin1(XmlDeclaration);
    xml += QStringLiteral("<styleSheet xmlns=\"%1\">").arg(QLatin1String(MainNamespace));
    xml += QLatin1String(
        "<fonts count=\"2\">"
        "<font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        "<font><b/><sz val=\"11\"/><color rgb=\"FFFFFFFF\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        "</fonts>"
        // The first two fills are reserved (none, gray125); Excel ignores what stands there.
        "<fills count=\"3\">"
        "<fill><patternFill patternType=\"none\"/></fill>"
        "<fill><patternFill patternType=\"gray125\"/></fill>"
        "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF1F4E79\"/><bgColor indexed=\"64\"/></patternFill></fill>"
        "</fills>"
        "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        "<cellXfs count=\"3\">"
        "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        "<xf numFmtId=\"49\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" "
        "applyFont=\"1\" applyFill=\"1\"/>"
        "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        "</cellXfs>"
        "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        "</styleSheet>");
    return xml.toUtf8();
}

QByteArray coreProperties(const QString& title, const QDateTime& created)
{
    const QString when = created.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    QString xml = QString::fromLatin1(XmlDeclaration);
    xml += QLatin1String(
        "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
    xml += QStringLiteral("<dc:title>%1</dc:title><dc:creator>Tenure</dc:creator>").arg(title.toHtmlEscaped());
    xml += QStringLiteral("<dcterms:created xsi:type=\"dcterms:W3CDTF\">%1</dcterms:created>").arg(when);
    xml += QLatin1String("</cp:coreProperties>");
    return xml.toUtf8();
}

// A sheet name inside a formula reference: quoted, its apostrophes doubled.
QString quotedSheetName(const QString& name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

XlsxWriter::XlsxWriter(QIODevice& out, const QDateTime& created, const QString& title)
    : m_zip(out, created, CompressionLevel),
      m_created(created.isValid() ? created : QDateTime(QDate(1980, 1, 1), QTime(0, 0), Qt::UTC)),
      m_title(title)
{
}

Models::Result<void> XlsxWriter::beginSheet(const QString& name, const QList<XlsxColumn>& columns)
{
    if (m_sheetOpen)
        return fail(ErrorCode::Internal, QStringLiteral("Sheet %1 started while another is open").arg(name));
    static const QRegularExpression forbidden(QStringLiteral("[:\\\\/?*\\[\\]]"));
    if (name.isEmpty() || name.size() > 31 || name.contains(forbidden) || name.startsWith(u'\'')
        || name.endsWith(u'\''))
        return fail(ErrorCode::InvalidInput, QStringLiteral("'%1' is not a valid sheet name: 1 to 31 characters, "
                                                            "none of : \\ / ? * [ ]").arg(name));
    for (const auto& sheet : std::as_const(m_sheets))
        if (sheet.name.compare(name, Qt::CaseInsensitive) == 0)
            return fail(ErrorCode::InvalidInput, QStringLiteral("The workbook already has a sheet named %1").arg(name));
    if (columns.isEmpty() || columns.size() > 16384)
        return fail(ErrorCode::InvalidInput, QStringLiteral("Sheet %1 needs 1 to 16,384 columns").arg(name));

    m_sheets.append({name, int(columns.size()), 0});
    m_columnNames.clear();
    for (int c = 0; c < columns.size(); ++c)
        m_columnNames << xlsxColumnName(c);
    m_row = 0;
    m_sheetOpen = true;
    if (auto begun = m_zip.beginFile(QStringLiteral("xl/worksheets/sheet%1.xml").arg(m_sheets.size())); !begun)
        return begun;

    m_xml = QString::fromLatin1(XmlDeclaration);
    m_xml += QStringLiteral("<worksheet xmlns=\"%1\">").arg(QLatin1String(MainNamespace));
    // The header row stays in view while scrolling (a frozen pane below row 1).
    m_xml += QLatin1String("<sheetViews><sheetView workbookViewId=\"0\"");
    if (m_sheets.size() == 1)
        m_xml += QLatin1String(" tabSelected=\"1\"");
    m_xml += QLatin1String("><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                           "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
                           "<sheetFormatPr defaultRowHeight=\"15\"/><cols>");
    for (int c = 0; c < columns.size(); ++c)
        m_xml += QStringLiteral("<col min=\"%1\" max=\"%1\" width=\"%2\" style=\"%3\" customWidth=\"1\"/>")
                     .arg(c + 1)
                     .arg(columns.at(c).width, 0, 'f', 1)
                     .arg(TextStyle);
    m_xml += QLatin1String("</cols><sheetData>");
    QStringList titles;
    for (const auto& column : columns)
        titles << column.title;
    return appendRow(titles, HeaderStyle);
}

Models::Result<void> XlsxWriter::addRow(const QStringList& cells)
{
    if (!m_sheetOpen)
        return fail(ErrorCode::Internal, QStringLiteral("A row was added with no sheet open"));
    return appendRow(cells, TextStyle);
}

Models::Result<void> XlsxWriter::appendRow(const QStringList& cells, int style)
{
    if (cells.size() > m_columnNames.size())
        return fail(ErrorCode::Internal, QStringLiteral("A row of %1 cells does not fit sheet %2's %3 columns")
                                             .arg(cells.size())
                                             .arg(m_sheets.last().name)
                                             .arg(m_columnNames.size()));
    if (m_row >= MaxRows)
        return fail(ErrorCode::InvalidInput, QStringLiteral("Sheet %1 is full: Excel shows at most 1,048,576 rows")
                                                 .arg(m_sheets.last().name));
    ++m_row;
    m_xml += QLatin1String("<row r=\"");
    m_xml += QString::number(m_row);
    m_xml += QLatin1String("\">");
    for (qsizetype c = 0; c < cells.size(); ++c)
        appendXlsxTextCell(m_xml, m_columnNames.at(c), m_row, style, cells.at(c));
    m_xml += QLatin1String("</row>");
    return flush(false);
}

Models::Result<void> XlsxWriter::flush(bool always)
{
    if (m_xml.isEmpty() || (!always && m_xml.size() < FlushChars))
        return {};
    const QByteArray utf8 = m_xml.toUtf8();
    m_xml.clear();
    return m_zip.write(utf8);
}

Models::Result<void> XlsxWriter::endSheet()
{
    if (!m_sheetOpen)
        return fail(ErrorCode::Internal, QStringLiteral("A sheet was ended with none open"));
    m_sheetOpen = false;
    Sheet& sheet = m_sheets.last();
    sheet.rows = m_row;
    m_xml += QLatin1String("</sheetData>");
    // Filter buttons on the header, over every row written.
    m_xml += QStringLiteral("<autoFilter ref=\"A1:%1%2\"/>").arg(m_columnNames.last()).arg(std::max<qint64>(m_row, 1));
    m_xml += QLatin1String("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" "
                           "footer=\"0.3\"/></worksheet>");
    if (auto flushed = flush(true); !flushed)
        return flushed;
    m_xml = QString();
    return m_zip.endFile();
}

Models::Result<void> XlsxWriter::finish()
{
    if (m_sheetOpen)
        return fail(ErrorCode::Internal, QStringLiteral("The workbook was finished with a sheet still open"));
    if (m_sheets.isEmpty())
        return fail(ErrorCode::Internal, QStringLiteral("A workbook needs at least one sheet"));
    const int count = int(m_sheets.size());

    QString workbook = QString::fromLatin1(XmlDeclaration);
    workbook += QStringLiteral("<workbook xmlns=\"%1\" "
                               "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
                    .arg(QLatin1String(MainNamespace));
    workbook += QLatin1String("<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
    for (int i = 0; i < count; ++i)
        workbook += QStringLiteral("<sheet name=\"%1\" sheetId=\"%2\" r:id=\"rId%2\"/>")
                        .arg(escapedAttribute(m_sheets.at(i).name))
                        .arg(i + 1);
    workbook += QLatin1String("</sheets><definedNames>");
    // Excel keeps each sheet's filter range under this reserved name; it repairs a file without it.
    for (int i = 0; i < count; ++i) {
        const Sheet& sheet = m_sheets.at(i);
        workbook += QStringLiteral("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"%1\" hidden=\"1\">"
                                   "%2!$A$1:$%3$%4</definedName>")
                        .arg(i)
                        .arg(escapedAttribute(quotedSheetName(sheet.name)), xlsxColumnName(sheet.columns - 1))
                        .arg(std::max<qint64>(sheet.rows, 1));
    }
    workbook += QLatin1String("</definedNames></workbook>");

    for (const auto& [name, data] :
         {std::pair{QStringLiteral("xl/workbook.xml"), workbook.toUtf8()},
          std::pair{QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRelationships(count)},
          std::pair{QStringLiteral("xl/styles.xml"), styles()},
          std::pair{QStringLiteral("docProps/core.xml"), coreProperties(m_title, m_created)},
          std::pair{QStringLiteral("_rels/.rels"), packageRelationships()},
          std::pair{QStringLiteral("[Content_Types].xml"), contentTypes(count)}}) {
        if (auto added = m_zip.addFile(name, data); !added)
            return added;
    }
    return m_zip.finish();
}

} // namespace Tenure::App
