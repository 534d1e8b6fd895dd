#pragma once

#include "models/domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <memory>

class QIODevice;

namespace Tenure::App {

// Writes a ZIP archive as PKWARE's APPNOTE.TXT (6.3.x) describes it, for the export formats that
// are ZIP packages (XLSX): Qt has no public ZIP writer.
//   https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT
// Entries are stored or raw-deflated (zlib, method 8), each with its CRC-32; names are UTF-8
// (general purpose bit 11). An entry can be written in pieces: its compressed bytes are kept in
// memory until endFile(), then written after a local header that already holds the CRC and both
// sizes, so the archive needs neither a seekable device nor data descriptors. No ZIP64: an entry
// or archive past 4 GiB, or more than 65,535 entries, is refused with an error rather than
// written wrong.
class ZipWriter {
public:
    enum class Method { Store, Deflate };

    // `modified`: the time every entry carries (MS-DOS format, local time, 2-second steps); a
    // fixed time makes the same content give the same bytes. Invalid: 1980-01-01 00:00.
    // `level`: zlib's 1 (fastest) to 9 (smallest).
    explicit ZipWriter(QIODevice& out, const QDateTime& modified = {}, int level = 6);
    ~ZipWriter();
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;

    [[nodiscard]] Models::Result<void> addFile(const QString& name, const QByteArray& data,
                                               Method method = Method::Deflate);

    // One entry in pieces: beginFile, any number of write, endFile.
    [[nodiscard]] Models::Result<void> beginFile(const QString& name, Method method = Method::Deflate);
    [[nodiscard]] Models::Result<void> write(QByteArrayView data);
    [[nodiscard]] Models::Result<void> endFile();

    // Writes the central directory and the end record. Nothing may be added afterwards.
    [[nodiscard]] Models::Result<void> finish();

    [[nodiscard]] qint64 bytesWritten() const { return m_offset; }

private:
    struct Entry {
        QByteArray name;   // UTF-8
        Method method = Method::Deflate;
        quint32 crc = 0;
        quint64 compressedSize = 0;
        quint64 size = 0;
        quint64 offset = 0;   // of its local header
    };
    struct Deflater;

    [[nodiscard]] Models::Result<void> put(const QByteArray& bytes);
    [[nodiscard]] Models::Result<void> compress(QByteArrayView data, bool last);

    QIODevice& m_out;
    quint16 m_dosTime = 0;
    quint16 m_dosDate = 0;
    int m_level;
    QList<Entry> m_entries;
    std::unique_ptr<Deflater> m_deflater;   // the open entry's compressor, if deflated
    QByteArray m_pending;                   // the open entry's compressed bytes
    bool m_open = false;
    bool m_finished = false;
    quint64 m_offset = 0;
};

} // namespace Tenure::App
