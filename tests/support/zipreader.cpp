#include "zipreader.h"

#include <QtEndian>
#include <array>
#include <zlib.h>

namespace Tenure::Tests {
namespace {

quint16 u16(const QByteArray& a, qsizetype at) { return qFromLittleEndian<quint16>(a.constData() + at); }
quint32 u32(const QByteArray& a, qsizetype at) { return qFromLittleEndian<quint32>(a.constData() + at); }

std::expected<QByteArray, QString> inflateRaw(const QByteArray& compressed, quint32 size)
{
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return std::unexpected(QStringLiteral("inflateInit2 failed"));
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.constData()));
    z.avail_in = uInt(compressed.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    const int status = inflate(&z, Z_FINISH);
    const auto produced = z.total_out;
    inflateEnd(&z);
    if (status != Z_STREAM_END)
        return std::unexpected(QStringLiteral("the deflate stream does not end where its sizes say (zlib %1)").arg(status));
    if (produced != size)
        return std::unexpected(QStringLiteral("inflated to %1 bytes, the header says %2").arg(produced).arg(size));
    return out;
}

} // namespace

quint32 referenceCrc32(const QByteArray& data)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

std::expected<QList<ZipEntry>, QString> readZip(const QByteArray& archive)
{
    // The end of central directory record: 22 bytes, no comment expected.
    if (archive.size() < 22)
        return std::unexpected(QStringLiteral("too short for a ZIP archive"));
    const qsizetype end = archive.size() - 22;
    if (u32(archive, end) != 0x06054b50)
        return std::unexpected(QStringLiteral("no end of central directory record at the end"));
    const int count = u16(archive, end + 10);
    if (u16(archive, end + 8) != count)
        return std::unexpected(QStringLiteral("the end record's two entry counts differ"));
    const quint32 directorySize = u32(archive, end + 12);
    const quint32 directoryOffset = u32(archive, end + 16);
    if (qsizetype(directoryOffset) + qsizetype(directorySize) != end)
        return std::unexpected(QStringLiteral("the central directory does not end where the end record begins"));

    QList<ZipEntry> entries;
    qsizetype at = directoryOffset;
    for (int i = 0; i < count; ++i) {
        if (at + 46 > end || u32(archive, at) != 0x02014b50)
            return std::unexpected(QStringLiteral("central directory entry %1 has no signature").arg(i));
        ZipEntry entry;
        entry.flags = u16(archive, at + 8);
        entry.method = u16(archive, at + 10);
        entry.dosTime = u16(archive, at + 12);
        entry.dosDate = u16(archive, at + 14);
        entry.crc = u32(archive, at + 16);
        const quint32 compressedSize = u32(archive, at + 20);
        const quint32 size = u32(archive, at + 24);
        const int nameLength = u16(archive, at + 28);
        const int extraLength = u16(archive, at + 30);
        const int commentLength = u16(archive, at + 32);
        const quint32 localOffset = u32(archive, at + 42);
        const QByteArray rawName = archive.mid(at + 46, nameLength);
        entry.name = (entry.flags & 0x0800) ? QString::fromUtf8(rawName) : QString::fromLatin1(rawName);
        at += 46 + nameLength + extraLength + commentLength;

        // The local header must say the same.
        const qsizetype local = localOffset;
        if (local + 30 > archive.size() || u32(archive, local) != 0x04034b50)
            return std::unexpected(QStringLiteral("%1: no local header at offset %2").arg(entry.name).arg(local));
        if (u16(archive, local + 6) != entry.flags || u16(archive, local + 8) != entry.method
            || u32(archive, local + 14) != entry.crc || u32(archive, local + 18) != compressedSize
            || u32(archive, local + 22) != size)
            return std::unexpected(QStringLiteral("%1: the local header disagrees with the central directory").arg(entry.name));
        if (archive.mid(local + 30, u16(archive, local + 26)) != rawName)
            return std::unexpected(QStringLiteral("%1: the local header names another file").arg(entry.name));
        const qsizetype dataStart = local + 30 + u16(archive, local + 26) + u16(archive, local + 28);
        if (dataStart + qsizetype(compressedSize) > directoryOffset)
            return std::unexpected(QStringLiteral("%1: its data runs into the central directory").arg(entry.name));
        const QByteArray stored = archive.mid(dataStart, compressedSize);
        if (entry.method == 0) {
            if (compressedSize != size)
                return std::unexpected(QStringLiteral("%1: stored, yet its two sizes differ").arg(entry.name));
            entry.data = stored;
        } else if (entry.method == 8) {
            auto inflated = inflateRaw(stored, size);
            if (!inflated)
                return std::unexpected(QStringLiteral("%1: %2").arg(entry.name, inflated.error()));
            entry.data = *inflated;
        } else {
            return std::unexpected(QStringLiteral("%1: compression method %2").arg(entry.name).arg(entry.method));
        }
        if (referenceCrc32(entry.data) != entry.crc)
            return std::unexpected(QStringLiteral("%1: CRC-32 %2 recorded, %3 computed")
                                       .arg(entry.name)
                                       .arg(entry.crc, 8, 16, QLatin1Char('0'))
                                       .arg(referenceCrc32(entry.data), 8, 16, QLatin1Char('0')));
        entries.append(entry);
    }
    if (at != end)
        return std::unexpected(QStringLiteral("the central directory holds more than its entries"));
    return entries;
}

} // namespace Tenure::Tests
