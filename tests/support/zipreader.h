#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <expected>

namespace Tenure::Tests {

struct ZipEntry {
    QString name;
    QByteArray data;        // inflated
    quint16 method = 0;     // 0 stored, 8 deflated
    quint16 flags = 0;      // general purpose bits
    quint16 dosTime = 0;
    quint16 dosDate = 0;
    quint32 crc = 0;        // as the archive records it (checked against the data)
};

// Reads a ZIP archive the way unzip does: the end record, the central directory, then each
// entry's local header (which must agree with the directory), inflating deflated data. Every
// entry's CRC-32 is computed here with its own table, not zlib's crc32(), so a writer that got
// the checksum wrong cannot pass by using the same code. Returns what is wrong, naming the entry.
[[nodiscard]] std::expected<QList<ZipEntry>, QString> readZip(const QByteArray& archive);

// CRC-32 (ISO-HDLC, reflected 0xEDB88320): crc32("123456789") == 0xCBF43926.
[[nodiscard]] quint32 referenceCrc32(const QByteArray& data);

} // namespace Tenure::Tests
