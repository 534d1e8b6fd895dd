#include "csvparser.h"

namespace Tenure::Connectors {
namespace {

constexpr char Quote = '"';

bool isLineEnd(char c) { return c == '\n' || c == '\r'; }

} // namespace

CsvParser::CsvParser(const QByteArray& data, char delimiter) : m_data(data), m_delimiter(delimiter)
{
    if (hasUtf8Bom(data))
        m_pos = 3;
}

bool CsvParser::hasUtf8Bom(const QByteArray& data) { return data.startsWith("\xEF\xBB\xBF"); }

char CsvParser::detectDelimiter(const QByteArray& data)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (qsizetype i = hasUtf8Bom(data) ? 3 : 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (c == Quote)
            quoted = !quoted;
        else if (!quoted && isLineEnd(c))
            break;
        else if (!quoted && c == ',')
            ++comma;
        else if (!quoted && c == ';')
            ++semicolon;
        else if (!quoted && c == '\t')
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return ';';
    if (tab > comma && tab > semicolon)
        return '\t';
    return ',';
}

bool CsvParser::next(CsvRecord* record)
{
    const qsizetype size = m_data.size();
    const char* data = m_data.constData();
    // Skip blank lines between records: exporters often end files with several.
    while (m_pos < size && isLineEnd(data[m_pos])) {
        if (data[m_pos] == '\n')
            ++m_line;
        ++m_pos;
    }
    if (m_pos >= size)
        return false;

    record->line = m_line;
    record->fields.clear();
    record->error.clear();
    QByteArray field;
    bool endOfRecord = false;
    while (!endOfRecord) {
        field.clear();
        if (m_pos < size && data[m_pos] == Quote) {
            // RFC 4180 §2.5–2.7: a quoted field runs to the next lone quote; "" is one quote.
            const int startLine = m_line;
            ++m_pos;
            bool closed = false;
            while (m_pos < size) {
                const char c = data[m_pos++];
                if (c == Quote) {
                    if (m_pos < size && data[m_pos] == Quote) {
                        field.append(Quote);
                        ++m_pos;
                        continue;
                    }
                    closed = true;
                    break;
                }
                if (c == '\n')
                    ++m_line;
                field.append(c);
            }
            if (!closed && record->error.isEmpty())
                record->error = QStringLiteral("field %1 opens a quote on line %2 that is never closed")
                                    .arg(record->fields.size() + 1)
                                    .arg(startLine);
            // After the closing quote only a delimiter or the end of the line may follow.
            if (closed && m_pos < size && data[m_pos] != m_delimiter && !isLineEnd(data[m_pos])) {
                if (record->error.isEmpty())
                    record->error = QStringLiteral("field %1 has text after its closing quote")
                                        .arg(record->fields.size() + 1);
                while (m_pos < size && data[m_pos] != m_delimiter && !isLineEnd(data[m_pos]))
                    field.append(data[m_pos++]);
            }
        } else {
            const qsizetype start = m_pos;
            while (m_pos < size && data[m_pos] != m_delimiter && !isLineEnd(data[m_pos])) {
                if (data[m_pos] == Quote && record->error.isEmpty())
                    record->error = QStringLiteral("field %1 has a quote inside an unquoted value")
                                        .arg(record->fields.size() + 1);
                ++m_pos;
            }
            field = m_data.mid(start, m_pos - start);
        }
        record->fields.append(field);
        if (m_pos >= size) {
            endOfRecord = true;
        } else if (data[m_pos] == m_delimiter) {
            ++m_pos;
        } else {
            // CRLF or LF ends the record.
            if (data[m_pos] == '\r')
                ++m_pos;
            if (m_pos < size && data[m_pos] == '\n')
                ++m_pos;
            ++m_line;
            endOfRecord = true;
        }
    }
    return true;
}

} // namespace Tenure::Connectors
