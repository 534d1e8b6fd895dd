#include "csvparser.h"

#include <cstring>

namespace Tenure::Connectors {
namespace {

constexpr char Quote = '"';

bool isLineEnd(char c) { return c == '\n' || c == '\r'; }

} // namespace

CsvParser::CsvParser(QByteArrayView data, char delimiter, bool atFileStart) : m_data(data), m_delimiter(delimiter)
{
    if (atFileStart && hasUtf8Bom(data))
        m_pos = 3;
    for (const char c : {delimiter, '\n', '\r', Quote})
        m_special[static_cast<unsigned char>(c)] = true;
}

bool CsvParser::hasUtf8Bom(QByteArrayView data) { return data.startsWith("\xEF\xBB\xBF"); }

char CsvParser::detectDelimiter(QByteArrayView data)
{
    int comma = 0, semicolon = 0, tab = 0, pipe = 0;
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
        else if (!quoted && c == '|')
            ++pipe;
    }
    if (semicolon > comma && semicolon >= tab && semicolon >= pipe)
        return ';';
    if (tab > comma && tab > semicolon && tab >= pipe)
        return '\t';
    if (pipe > comma && pipe > semicolon && pipe > tab)
        return '|';
    return ',';
}

bool CsvParser::next(CsvRecord* record)
{
    const qsizetype size = m_data.size();
    const char* data = m_data.data();
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
    record->unescaped.clear();
    record->error.clear();
    bool endOfRecord = false;
    while (!endOfRecord) {
        if (m_pos < size && data[m_pos] == Quote) {
            // RFC 4180 §2.5–2.7: a quoted field runs to the next lone quote; "" is one quote.
            const int startLine = m_line;
            const qsizetype start = ++m_pos;
            bool closed = false;
            bool doubled = false;
            while (m_pos < size) {
                const void* hit = std::memchr(data + m_pos, Quote, size_t(size - m_pos));
                const qsizetype quoteAt = hit ? static_cast<const char*>(hit) - data : size;
                for (qsizetype i = m_pos; i < quoteAt; ++i)   // line count for multi-line fields
                    m_line += data[i] == '\n';
                m_pos = quoteAt;
                if (m_pos >= size)
                    break;
                if (m_pos + 1 < size && data[m_pos + 1] == Quote) {
                    doubled = true;
                    m_pos += 2;
                    continue;
                }
                closed = true;
                break;
            }
            QByteArrayView field(data + start, m_pos - start);
            if (closed)
                ++m_pos;   // the closing quote
            if (!closed && record->error.isEmpty())
                record->error = QStringLiteral("field %1 opens a quote on line %2 that is never closed")
                                    .arg(record->fields.size() + 1)
                                    .arg(startLine);
            QByteArray copy;
            if (doubled) {
                copy = field.toByteArray();
                copy.replace("\"\"", "\"");
            }
            // After the closing quote only a delimiter or the end of the line may follow.
            if (closed && m_pos < size && data[m_pos] != m_delimiter && !isLineEnd(data[m_pos])) {
                if (record->error.isEmpty())
                    record->error = QStringLiteral("field %1 has text after its closing quote")
                                        .arg(record->fields.size() + 1);
                if (!doubled)
                    copy = field.toByteArray();
                doubled = true;
                while (m_pos < size && data[m_pos] != m_delimiter && !isLineEnd(data[m_pos]))
                    copy.append(data[m_pos++]);
            }
            if (doubled) {
                record->unescaped.append(std::move(copy));
                field = record->unescaped.constLast();
            }
            record->fields.append(field);
        } else {
            const qsizetype start = m_pos;
            while (m_pos < size && !m_special[static_cast<unsigned char>(data[m_pos])])
                ++m_pos;
            // A quote inside an unquoted value breaks RFC 4180 §2.5; keep reading to its end.
            while (m_pos < size && data[m_pos] != m_delimiter && !isLineEnd(data[m_pos])) {
                if (data[m_pos] == Quote && record->error.isEmpty())
                    record->error = QStringLiteral("field %1 has a quote inside an unquoted value")
                                        .arg(record->fields.size() + 1);
                ++m_pos;
            }
            record->fields.append(QByteArrayView(data + start, m_pos - start));
        }
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
