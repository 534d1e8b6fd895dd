#pragma once

// The stored form of an Attributes record, internal to Attributes: in a header only so that
// reading a value in place (the planner's hot path) is inlined.
//
// One allocation per record: a Block header, `entryCapacity` entries sorted by name, then
// `textCapacity` bytes of values. Each attribute's values form one region starting at an even
// offset: a varint count, then per value a varint header (length << 1, | 1 for UTF-16) and its
// text, Latin-1 when every character fits, UTF-16 (starting at an even address) otherwise. The
// form depends on the text alone, so equal values are equal bytes. Because regions start even, a
// region can be copied to any even offset with its padding intact.

#include <QAnyStringView>
#include <QAtomicInt>
#include <QLatin1StringView>

namespace Tenure::Models::AttributeEncoding {

struct Entry {
    quint32 name;     // AttributeName::id()
    quint32 offset;   // of the region, from text()
};

struct Block {
    QBasicAtomicInt ref;
    quint32 count;
    quint32 entryCapacity;
    quint32 textSize;
    quint32 textCapacity;
    quint32 garbage;   // bytes of text no entry points to (replaced or removed values)

    Entry* entries() { return reinterpret_cast<Entry*>(this + 1); }
    const Entry* entries() const { return reinterpret_cast<const Entry*>(this + 1); }
    uchar* text() { return reinterpret_cast<uchar*>(entries() + entryCapacity); }
    const uchar* text() const { return reinterpret_cast<const uchar*>(entries() + entryCapacity); }
};

inline const uchar* readVarint(const uchar* at, quint64* value)
{
    quint64 result = *at & 0x7f;
    int shift = 7;
    while (*at++ & 0x80) {
        result |= quint64(*at & 0x7f) << shift;
        shift += 7;
    }
    *value = result;
    return at;
}

// One stored value: its text and where the next value starts.
struct Value {
    bool utf16 = false;
    qsizetype length = 0;
    const uchar* text = nullptr;
    const uchar* next = nullptr;

    [[nodiscard]] QAnyStringView view() const
    {
        if (utf16)
            return QStringView(reinterpret_cast<const char16_t*>(text), length);
        return QLatin1StringView(reinterpret_cast<const char*>(text), length);
    }
};

inline Value decode(const uchar* at)
{
    quint64 header = 0;
    at = readVarint(at, &header);
    Value value;
    value.utf16 = header & 1;
    value.length = qsizetype(header >> 1);
    if (value.utf16 && (quintptr(at) & 1))
        ++at;
    value.text = at;
    value.next = at + (value.utf16 ? 2 * value.length : value.length);
    return value;
}

} // namespace Tenure::Models::AttributeEncoding
