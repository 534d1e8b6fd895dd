#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Tenure::Connectors {

// One record of an RFC 4180 file: its fields as raw bytes and the line it starts on.
struct CsvRecord {
    int line = 0;
    QList<QByteArray> fields;
    QString error;   // non-empty when the record breaks the format; fields hold what could be read
};

// RFC 4180 with the usual extensions: a UTF-8 BOM, LF or CRLF line ends, and a delimiter
// other than the comma. Quoted fields may hold delimiters, doubled quotes and line breaks.
class CsvParser {
public:
    CsvParser(const QByteArray& data, char delimiter);

    // The delimiter of a file: whichever of , ; TAB occurs most in the first record outside quotes.
    [[nodiscard]] static char detectDelimiter(const QByteArray& data);
    [[nodiscard]] static bool hasUtf8Bom(const QByteArray& data);

    // The next non-empty record; false at the end.
    bool next(CsvRecord* record);

private:
    const QByteArray& m_data;
    char m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace Tenure::Connectors
