#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Tenure::Connectors {

// One record of an RFC 4180 file: its fields as raw bytes and the line it starts on.
// The views point into the parsed data (or into `unescaped` for quoted fields holding ""), so
// a record is valid until the next call to CsvParser::next() and while the data lives.
struct CsvRecord {
    int line = 0;
    QList<QByteArrayView> fields;
    QString error;   // non-empty when the record breaks the format; fields hold what could be read
    QList<QByteArray> unescaped;   // storage of quoted fields whose "" had to become "
};

// RFC 4180 with the usual extensions: a UTF-8 BOM, LF or CRLF line ends, and a delimiter
// other than the comma. Quoted fields may hold delimiters, doubled quotes and line breaks.
//
// Built for speed (docs/benchmarks.md, "CSV reading"): fields are views into the data, never
// copies, except a quoted field with a doubled quote, which must be unescaped.
class CsvParser {
public:
    // `data` is a whole file (a UTF-8 BOM at its start is skipped) or, with atFileStart false, a
    // run of whole records from within one (splitAtRecords()), whose lines count from 1.
    CsvParser(QByteArrayView data, char delimiter, bool atFileStart = true);

    // The delimiter of a file: whichever of , ; TAB | occurs most in the first record outside
    // quotes (the comma when there is a tie or none).
    [[nodiscard]] static char detectDelimiter(QByteArrayView data);
    [[nodiscard]] static bool hasUtf8Bom(QByteArrayView data);

    // The next non-empty record; false at the end.
    bool next(CsvRecord* record);

    // The line the parser has reached, and the bytes it has read.
    [[nodiscard]] int line() const { return m_line; }
    [[nodiscard]] qsizetype position() const { return m_pos; }

private:
    QByteArrayView m_data;
    char m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
    bool m_special[256] = {};   // the bytes an unquoted field stops at: delimiter, CR, LF, quote
};

} // namespace Tenure::Connectors
