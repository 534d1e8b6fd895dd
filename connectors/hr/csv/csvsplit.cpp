#include "csvsplit.h"

#include <cstring>

namespace Tenure::Connectors {
namespace {

// Whether the number of quotes in [from, to) is odd.
bool oddQuotes(const char* from, const char* to)
{
    bool odd = false;
    while (from < to) {
        const void* hit = std::memchr(from, '"', size_t(to - from));
        if (!hit)
            break;
        odd = !odd;
        from = static_cast<const char*>(hit) + 1;
    }
    return odd;
}

} // namespace

QList<QByteArrayView> splitAtRecords(QByteArrayView body, int parts)
{
    QList<QByteArrayView> pieces;
    const char* begin = body.data();
    const char* end = begin + body.size();
    const char* pieceStart = begin;
    const char* scanned = begin;   // quotes before it are counted in `quoted`
    bool quoted = false;
    for (int k = 1; k < parts; ++k) {
        const char* target = begin + body.size() * k / parts;
        if (target <= scanned)
            continue;
        quoted ^= oddQuotes(scanned, target);
        scanned = target;
        // The first line feed from here on that has an even number of quotes before it.
        while (scanned < end) {
            const void* hit = std::memchr(scanned, '\n', size_t(end - scanned));
            const char* lineFeed = hit ? static_cast<const char*>(hit) : end;
            quoted ^= oddQuotes(scanned, lineFeed);
            scanned = lineFeed < end ? lineFeed + 1 : end;
            if (lineFeed < end && !quoted)
                break;
        }
        if (scanned >= end)
            break;
        pieces.append(QByteArrayView(pieceStart, scanned - pieceStart));
        pieceStart = scanned;
    }
    if (pieceStart < end || pieces.isEmpty())
        pieces.append(QByteArrayView(pieceStart, end - pieceStart));
    return pieces;
}

} // namespace Tenure::Connectors
