#include "textencoding.h"

#include "models/domain/parallelchunks.h"

#include <QStringDecoder>
#include <QThread>

#include <algorithm>
#include <cstring>
#include <vector>

namespace Tenure::Connectors {
namespace {

// Length of the valid UTF-8 sequence at p (RFC 3629 §4 table), 0 if invalid.
int utf8SequenceLength(const unsigned char* p, const unsigned char* end)
{
    const unsigned char c = p[0];
    const auto avail = end - p;
    auto cont = [&](int i) { return i < avail && (p[i] & 0xC0) == 0x80; };
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return cont(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (avail < 3 || !cont(1) || !cont(2))
            return 0;
        if ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] > 0x9F))   // overlong, surrogate
            return 0;
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (avail < 4 || !cont(1) || !cont(2) || !cont(3))
            return 0;
        if ((c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] > 0x8F))   // overlong, > U+10FFFF
            return 0;
        return 4;
    }
    return 0;
}

struct Utf8Scan {
    qsizetype multiByte = 0;   // valid sequences of 2–4 bytes
    qsizetype invalid = 0;     // bytes that start no valid sequence
};

// Scans `data`; stops early once `stopAtFirstInvalid` and an invalid byte is found.
Utf8Scan scanUtf8(QByteArrayView data, bool stopAtFirstInvalid)
{
    Utf8Scan scan;
    const auto* p = reinterpret_cast<const unsigned char*>(data.data());
    const auto* end = p + data.size();
    while (p < end) {
        // ASCII fast path: eight bytes at a time while none has its high bit set.
        while (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if (word & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p >= end)
            break;
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const int length = utf8SequenceLength(p, end);
        if (length == 0) {
            ++scan.invalid;
            if (stopAtFirstInvalid)
                return scan;
            ++p;
        } else {
            ++scan.multiByte;
            p += length;
        }
    }
    return scan;
}

// scanUtf8 over pieces of `data` at once: each cut moved past continuation bytes, so that no
// sequence is split (a run of more than three of them is invalid wherever it is cut).
Utf8Scan scanUtf8InParallel(QByteArrayView data, bool stopAtFirstInvalid)
{
    constexpr qsizetype MinPieceBytes = qsizetype(4) << 20;
    const qsizetype parts = std::clamp<qsizetype>(data.size() / MinPieceBytes, 1, qsizetype(QThread::idealThreadCount()) * 4);
    if (parts == 1)
        return scanUtf8(data, stopAtFirstInvalid);
    QList<qsizetype> cuts{0};
    for (qsizetype k = 1; k < parts; ++k) {
        qsizetype cut = std::max(cuts.constLast(), data.size() * k / parts);
        for (int step = 0; step < 3 && cut < data.size() && (uchar(data[cut]) & 0xC0) == 0x80; ++step)
            ++cut;
        cuts.append(cut);
    }
    cuts.append(data.size());
    std::vector<Utf8Scan> scans(static_cast<size_t>(parts));
    Models::parallelChunks(parts, [&](qsizetype i) {
        scans[size_t(i)] = scanUtf8(data.sliced(cuts.at(i), cuts.at(i + 1) - cuts.at(i)), stopAtFirstInvalid);
    });
    Utf8Scan total;
    for (const auto& scan : scans) {
        total.multiByte += scan.multiByte;
        total.invalid += scan.invalid;
    }
    return total;
}

QByteArray decodeToUtf8(QByteArrayView data, QStringConverter::Encoding encoding)
{
    QStringDecoder decoder(encoding);
    const QString text = decoder.decode(data);
    return text.toUtf8();
}

// Windows-1252 (WHATWG encoding standard index): 0x80–0x9F differ from Latin-1; the five
// undefined bytes map to the C1 controls of the same value, as the WHATWG decoder does.
constexpr char16_t Cp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QByteArray windows1252ToUtf8(QByteArrayView data)
{
    QString text(data.size(), Qt::Uninitialized);
    auto* out = text.data();
    for (qsizetype i = 0; i < data.size(); ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        out[i] = (c >= 0x80 && c < 0xA0) ? QChar(Cp1252High[c - 0x80]) : QChar(c);
    }
    return text.toUtf8();
}

} // namespace

QString textEncodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto: return QStringLiteral("auto");
    case TextEncoding::Utf8: return QStringLiteral("utf-8");
    case TextEncoding::Utf16LE: return QStringLiteral("utf-16le");
    case TextEncoding::Utf16BE: return QStringLiteral("utf-16be");
    case TextEncoding::Windows1252: return QStringLiteral("windows-1252");
    }
    return {};
}

std::optional<TextEncoding> textEncodingFromName(const QString& name)
{
    const auto n = name.trimmed().toLower();
    if (n.isEmpty() || n == QLatin1String("auto"))
        return TextEncoding::Auto;
    if (n == QLatin1String("utf-8") || n == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (n == QLatin1String("utf-16le") || n == QLatin1String("utf-16"))
        return TextEncoding::Utf16LE;
    if (n == QLatin1String("utf-16be"))
        return TextEncoding::Utf16BE;
    if (n == QLatin1String("windows-1252") || n == QLatin1String("cp1252"))
        return TextEncoding::Windows1252;
    return std::nullopt;
}

TextEncoding detectTextEncoding(QByteArrayView data, bool* validUtf8)
{
    if (validUtf8)
        *validUtf8 = false;
    if (data.startsWith("\xEF\xBB\xBF"))
        return TextEncoding::Utf8;
    if (data.startsWith("\xFF\xFE"))
        return TextEncoding::Utf16LE;
    if (data.startsWith("\xFE\xFF"))
        return TextEncoding::Utf16BE;
    const auto scan = scanUtf8InParallel(data, false);
    if (scan.invalid == 0) {
        if (validUtf8)
            *validUtf8 = true;
        return TextEncoding::Utf8;
    }
    if (scan.multiByte == 0 && scan.invalid >= 2)
        return TextEncoding::Windows1252;
    return TextEncoding::Utf8;
}

bool isValidUtf8(QByteArrayView data) { return scanUtf8InParallel(data, true).invalid == 0; }

QByteArray toUtf8(const QByteArray& data, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
    case TextEncoding::Utf8: return data;
    case TextEncoding::Utf16LE:
        return decodeToUtf8(data.startsWith("\xFF\xFE") ? QByteArrayView(data).sliced(2) : QByteArrayView(data),
                            QStringConverter::Utf16LE);
    case TextEncoding::Utf16BE:
        return decodeToUtf8(data.startsWith("\xFE\xFF") ? QByteArrayView(data).sliced(2) : QByteArrayView(data),
                            QStringConverter::Utf16BE);
    case TextEncoding::Windows1252: return windows1252ToUtf8(data);
    }
    return data;
}

} // namespace Tenure::Connectors
