#include "zipwriter.h"

#include <QIODevice>
#include <QtEndian>
#include <algorithm>
#include <limits>
#include <zlib.h>

namespace Tenure::App {
namespace {

using Models::ErrorCode;
using Models::fail;

// APPNOTE 4.3.7, 4.3.12, 4.3.16: the record signatures.
constexpr quint32 LocalHeaderSignature = 0x04034b50;
constexpr quint32 CentralHeaderSignature = 0x02014b50;
constexpr quint32 EndOfCentralDirectorySignature = 0x06054b50;
// APPNOTE 4.4.3.2: 1.0 is enough for stored entries, deflate needs 2.0.
constexpr quint16 VersionStore = 10;
constexpr quint16 VersionDeflate = 20;
// APPNOTE 4.4.4 bit 11 (language encoding flag): the name is UTF-8.
constexpr quint16 Utf8Names = 0x0800;
constexpr quint16 MethodStored = 0;
constexpr quint16 MethodDeflated = 8;
constexpr quint64 Max32 = std::numeric_limits<quint32>::max();
constexpr qsizetype MaxEntries = std::numeric_limits<quint16>::max();
constexpr int OutputChunk = 64 * 1024;

void append16(QByteArray& out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void append32(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

// APPNOTE 4.4.6: MS-DOS date and time. The format starts in 1980 and stores seconds halved.
void dosDateTime(const QDateTime& when, quint16* time, quint16* date)
{
    QDateTime local = when.isValid() ? when.toLocalTime() : QDateTime(QDate(1980, 1, 1), QTime(0, 0));
    if (local.date().year() < 1980)
        local = QDateTime(QDate(1980, 1, 1), QTime(0, 0));
    if (local.date().year() > 2107)
        local = QDateTime(QDate(2107, 12, 31), QTime(23, 59, 58));
    const QDate d = local.date();
    const QTime t = local.time();
    *time = quint16((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2));
    *date = quint16(((d.year() - 1980) << 9) | (d.month() << 5) | d.day());
}

} // namespace

// zlib's raw deflate (no zlib header or trailer: windowBits -15), as ZIP method 8 wants.
struct ZipWriter::Deflater {
    z_stream stream{};
    bool ready = false;

    explicit Deflater(int level)
    {
        ready = deflateInit2(&stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK;
    }
    ~Deflater()
    {
        if (ready)
            deflateEnd(&stream);
    }
    Deflater(const Deflater&) = delete;
    Deflater& operator=(const Deflater&) = delete;
};

ZipWriter::ZipWriter(QIODevice& out, const QDateTime& modified, int level)
    : m_out(out), m_level(std::clamp(level, 1, 9))
{
    dosDateTime(modified, &m_dosTime, &m_dosDate);
}

ZipWriter::~ZipWriter() = default;

Models::Result<void> ZipWriter::put(const QByteArray& bytes)
{
    if (m_out.write(bytes) != bytes.size())
        return fail(ErrorCode::Storage, QStringLiteral("Cannot write the archive: %1").arg(m_out.errorString()));
    m_offset += quint64(bytes.size());
    return {};
}

Models::Result<void> ZipWriter::addFile(const QString& name, const QByteArray& data, Method method)
{
    if (auto begun = beginFile(name, method); !begun)
        return begun;
    if (auto written = write(data); !written)
        return written;
    return endFile();
}

Models::Result<void> ZipWriter::beginFile(const QString& name, Method method)
{
    if (m_finished || m_open)
        return fail(ErrorCode::Internal, QStringLiteral("ZIP entry %1 started while another is open or after the end").arg(name));
    // APPNOTE 4.4.17.1: a relative path with forward slashes, no drive letter or leading slash.
    if (name.isEmpty() || name.startsWith(u'/') || name.contains(u'\\') || name.contains(u':'))
        return fail(ErrorCode::InvalidInput, QStringLiteral("'%1' is not a valid name inside a ZIP archive").arg(name));
    if (m_entries.size() >= MaxEntries)
        return fail(ErrorCode::InvalidInput, QStringLiteral("A ZIP archive without ZIP64 holds at most 65,535 entries"));
    Entry entry;
    entry.name = name.toUtf8();
    if (entry.name.size() > std::numeric_limits<quint16>::max())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The ZIP entry name %1 is too long").arg(name.left(40)));
    entry.method = method;
    entry.crc = quint32(crc32(0L, Z_NULL, 0));
    m_entries.append(entry);
    m_pending.clear();
    m_deflater.reset();
    if (method == Method::Deflate) {
        m_deflater = std::make_unique<Deflater>(m_level);
        if (!m_deflater->ready)
            return fail(ErrorCode::Internal, QStringLiteral("zlib could not start a deflate stream"));
    }
    m_open = true;
    return {};
}

Models::Result<void> ZipWriter::compress(QByteArrayView data, bool last)
{
    z_stream& z = m_deflater->stream;
    const auto* next = reinterpret_cast<const Bytef*>(data.data());
    qsizetype left = data.size();
    char buffer[OutputChunk];
    do {
        // zlib counts in uInt; feed big pieces in slices it can count.
        const auto slice = uInt(std::min<qsizetype>(left, 1 << 30));
        z.next_in = const_cast<Bytef*>(next);
        z.avail_in = slice;
        const bool finishing = last && slice == left;
        int status = Z_OK;
        do {
            z.next_out = reinterpret_cast<Bytef*>(buffer);
            z.avail_out = OutputChunk;
            status = deflate(&z, finishing ? Z_FINISH : Z_NO_FLUSH);
            if (status == Z_STREAM_ERROR)
                return fail(ErrorCode::Internal, QStringLiteral("zlib failed while compressing %1")
                                                     .arg(QString::fromUtf8(m_entries.last().name)));
            m_pending.append(buffer, OutputChunk - qsizetype(z.avail_out));
        } while (z.avail_out == 0 || (finishing && status != Z_STREAM_END));
        next += slice;
        left -= slice;
    } while (left > 0);
    return {};
}

Models::Result<void> ZipWriter::write(QByteArrayView data)
{
    if (!m_open)
        return fail(ErrorCode::Internal, QStringLiteral("ZIP data written with no entry open"));
    Entry& entry = m_entries.last();
    for (qsizetype done = 0; done < data.size();) {
        const auto slice = uInt(std::min<qsizetype>(data.size() - done, 1 << 30));
        entry.crc = quint32(crc32(entry.crc, reinterpret_cast<const Bytef*>(data.data() + done), slice));
        done += slice;
    }
    entry.size += quint64(data.size());
    if (entry.size > Max32)
        return fail(ErrorCode::InvalidInput, QStringLiteral("%1 is larger than a ZIP archive without ZIP64 can hold (4 GiB)")
                                                 .arg(QString::fromUtf8(entry.name)));
    if (entry.method == Method::Store) {
        m_pending.append(data.data(), data.size());
        return {};
    }
    return data.isEmpty() ? Models::Result<void>{} : compress(data, false);
}

Models::Result<void> ZipWriter::endFile()
{
    if (!m_open)
        return fail(ErrorCode::Internal, QStringLiteral("ZIP entry ended with none open"));
    m_open = false;
    Entry& entry = m_entries.last();
    if (entry.method == Method::Deflate) {
        if (auto flushed = compress({}, true); !flushed)
            return flushed;
        m_deflater.reset();
    }
    entry.compressedSize = quint64(m_pending.size());
    entry.offset = m_offset;
    if (entry.compressedSize > Max32 || entry.offset > Max32)
        return fail(ErrorCode::InvalidInput, QStringLiteral("The archive grew past 4 GiB, which a ZIP without ZIP64 cannot hold"));

    // APPNOTE 4.3.7: local file header.
    QByteArray header;
    header.reserve(30 + entry.name.size());
    append32(header, LocalHeaderSignature);
    append16(header, entry.method == Method::Deflate ? VersionDeflate : VersionStore);
    append16(header, Utf8Names);
    append16(header, entry.method == Method::Deflate ? MethodDeflated : MethodStored);
    append16(header, m_dosTime);
    append16(header, m_dosDate);
    append32(header, entry.crc);
    append32(header, quint32(entry.compressedSize));
    append32(header, quint32(entry.size));
    append16(header, quint16(entry.name.size()));
    append16(header, 0);   // no extra field
    header.append(entry.name);
    if (auto written = put(header); !written)
        return written;
    auto written = put(m_pending);
    m_pending = QByteArray();
    return written;
}

Models::Result<void> ZipWriter::finish()
{
    if (m_open)
        return fail(ErrorCode::Internal, QStringLiteral("ZIP archive finished with an entry still open"));
    if (m_finished)
        return {};
    m_finished = true;
    const quint64 directoryOffset = m_offset;
    QByteArray directory;
    for (const Entry& entry : std::as_const(m_entries)) {
        // APPNOTE 4.3.12: central directory file header. Made by MS-DOS 2.0: no Unix modes.
        append32(directory, CentralHeaderSignature);
        append16(directory, VersionDeflate);
        append16(directory, entry.method == Method::Deflate ? VersionDeflate : VersionStore);
        append16(directory, Utf8Names);
        append16(directory, entry.method == Method::Deflate ? MethodDeflated : MethodStored);
        append16(directory, m_dosTime);
        append16(directory, m_dosDate);
        append32(directory, entry.crc);
        append32(directory, quint32(entry.compressedSize));
        append32(directory, quint32(entry.size));
        append16(directory, quint16(entry.name.size()));
        append16(directory, 0);   // extra field length
        append16(directory, 0);   // comment length
        append16(directory, 0);   // disk number start
        append16(directory, 0);   // internal attributes
        append32(directory, 0);   // external attributes
        append32(directory, quint32(entry.offset));
        directory.append(entry.name);
    }
    if (directoryOffset + quint64(directory.size()) > Max32)
        return fail(ErrorCode::InvalidInput, QStringLiteral("The archive grew past 4 GiB, which a ZIP without ZIP64 cannot hold"));
    // APPNOTE 4.3.16: end of central directory record (one disk, no comment).
    QByteArray end;
    append32(end, EndOfCentralDirectorySignature);
    append16(end, 0);
    append16(end, 0);
    append16(end, quint16(m_entries.size()));
    append16(end, quint16(m_entries.size()));
    append32(end, quint32(directory.size()));
    append32(end, quint32(directoryOffset));
    append16(end, 0);
    if (auto written = put(directory); !written)
        return written;
    return put(end);
}

} // namespace Tenure::App
