#include "attributes.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string_view>

namespace Tenure::Models {

using AttributeEncoding::decode;
using AttributeEncoding::readVarint;

namespace {

uchar* writeVarint(uchar* at, quint64 value)
{
    while (value >= 0x80) {
        *at++ = uchar(value | 0x80);
        value >>= 7;
    }
    *at++ = uchar(value);
    return at;
}

bool fitsLatin1(QStringView text)
{
    const char16_t* chars = text.utf16();
    return std::all_of(chars, chars + text.size(), [](char16_t c) { return c < 0x100; });
}

bool isAscii(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const uchar*>(bytes.data());
    const auto* end = p + bytes.size();
    for (; end - p >= 8; p += 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        if (word & 0x8080808080808080ULL)
            return false;
    }
    for (; p < end; ++p)
        if (*p & 0x80)
            return false;
    return true;
}

qsizetype varintSize(quint64 value)
{
    qsizetype bytes = 1;
    while (value >= 0x80) {
        value >>= 7;
        ++bytes;
    }
    return bytes;
}

// The bytes `text` takes: its header and its text, and for UTF-16 the padding byte it may need.
qsizetype encodedBound(QStringView text)
{
    const bool latin1 = fitsLatin1(text);
    return varintSize((quint64(text.size()) << 1) | 1) + (latin1 ? text.size() : 1 + 2 * text.size());
}

uchar* encodeValue(uchar* at, QStringView text)
{
    const bool latin1 = fitsLatin1(text);
    at = writeVarint(at, (quint64(text.size()) << 1) | (latin1 ? 0 : 1));
    const char16_t* chars = text.utf16();
    if (latin1) {
        for (qsizetype i = 0; i < text.size(); ++i)
            at[i] = uchar(chars[i]);
        return at + text.size();
    }
    if (quintptr(at) & 1)
        *at++ = 0;
    std::memcpy(at, chars, size_t(text.size()) * 2);
    return at + 2 * text.size();
}

quint32 checkedSize(qsizetype size)
{
    if (size > qsizetype(std::numeric_limits<quint32>::max()))
        qFatal("Tenure: one record's attributes would take more than 4 GiB");
    return quint32(size);
}

quint32 evenUp(quint32 offset) { return offset + (offset & 1); }

// QMap<QString, …>'s order (UTF-16 code units), compared inline: names are short, and building a
// record compares a few per attribute.
bool nameBefore(quint32 id, QStringView text)
{
    const QString& name = AttributeName::fromId(id).toString();
    const auto view = [](QStringView s) { return std::u16string_view(reinterpret_cast<const char16_t*>(s.utf16()), size_t(s.size())); };
    return view(name) < view(text);
}

} // namespace

// ---- AttributeValueView

AttributeValue AttributeValueView::toList() const
{
    AttributeValue list;
    if (isEmpty())
        return list;
    list.reserve(m_size);
    for (const auto text : *this)
        list.append(text.toString());
    return list;
}

QString AttributeValueView::firstString() const { return isEmpty() ? QString() : first().toString(); }

bool AttributeValueView::equals(const AttributeValue& value) const
{
    if (value.size() != m_size)
        return false;
    auto it = begin();
    for (const auto& text : value) {
        if (!QAnyStringView::equal(*it, text))
            return false;
        ++it;
    }
    return true;
}

// ---- Attributes: reading

Attributes::Attributes(std::initializer_list<std::pair<QString, AttributeValue>> list)
{
    for (const auto& [name, value] : list)
        insert(name, value);
}

Attributes::Attributes(const Attributes& other) noexcept : d(other.d)
{
    if (d)
        d->ref.ref();
}

Attributes& Attributes::operator=(const Attributes& other) noexcept
{
    Attributes copy(other);
    std::swap(d, copy.d);
    return *this;
}

Attributes::~Attributes()
{
    if (d && !d->ref.deref())
        std::free(d);
}

qsizetype Attributes::indexOf(const QString& name) const
{
    if (!d)
        return -1;
    const Entry* entries = d->entries();
    const Entry* found = std::lower_bound(entries, entries + d->count, QStringView(name),
                                          [](const Entry& entry, QStringView text) { return nameBefore(entry.name, text); });
    return found != entries + d->count && AttributeName::fromId(found->name).toString() == name ? found - entries : -1;
}

AttributeValue Attributes::value(const QString& name, const AttributeValue& fallback) const
{
    const auto index = indexOf(name);
    return index < 0 ? fallback : viewAt(index).toList();
}

AttributeValue Attributes::value(AttributeName name, const AttributeValue& fallback) const
{
    const auto index = indexOf(name);
    return index < 0 ? fallback : viewAt(index).toList();
}

AttributeValueView Attributes::view(const QString& name) const
{
    const auto index = indexOf(name);
    return index < 0 ? AttributeValueView() : viewAt(index);
}

QStringList Attributes::keys() const
{
    QStringList names;
    names.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        names.append(nameAt(i).toString());
    return names;
}

Attributes::const_iterator Attributes::constFind(const QString& name) const
{
    const auto index = indexOf(name);
    return index < 0 ? end() : const_iterator(this, index);
}

Attributes::const_iterator Attributes::constFind(AttributeName name) const
{
    const auto index = indexOf(name);
    return index < 0 ? end() : const_iterator(this, index);
}

AttributeName Attributes::const_iterator::name() const { return m_owner->nameAt(m_index); }

AttributeValueView Attributes::const_iterator::view() const { return m_owner->viewAt(m_index); }

bool operator==(const Attributes& a, const Attributes& b)
{
    if (a.d == b.d)
        return true;
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a.nameAt(i) != b.nameAt(i) || !(a.viewAt(i) == b.viewAt(i)))
            return false;
    return true;
}

// ---- Attributes: changing

qsizetype Attributes::regionSize(qsizetype index) const
{
    const uchar* start = d->text() + d->entries()[index].offset;
    quint64 count = 0;
    const uchar* at = readVarint(start, &count);
    for (quint64 i = 0; i < count; ++i)
        at = decode(at).next;
    return at - start;
}

// A new, unshared block holding the live attributes compactly, with room for `entryCapacity`
// entries and `spareText` bytes of values beyond them.
void Attributes::reallocate(qsizetype entryCapacity, qsizetype spareText)
{
    const bool asIs = !d || d->garbage == 0;
    qsizetype live = asIs && d ? qsizetype(d->textSize) : 0;
    if (!asIs) {
        for (qsizetype i = 0; i < size(); ++i)
            live = (live + (live & 1)) + regionSize(i);   // where the copies will end, each starting even
    }
    const quint32 entries = checkedSize(std::max(entryCapacity, size()));
    const quint32 text = checkedSize(live + spareText);
    auto* block = static_cast<Data*>(std::malloc(sizeof(Data) + entries * sizeof(Entry) + text));
    Q_CHECK_PTR(block);
    block->ref.storeRelaxed(1);
    block->count = quint32(size());
    block->entryCapacity = entries;
    block->textCapacity = text;
    block->garbage = 0;
    if (asIs) {
        if (d) {
            std::memcpy(block->entries(), d->entries(), d->count * sizeof(Entry));
            std::memcpy(block->text(), d->text(), d->textSize);
        }
        block->textSize = quint32(live);
    } else {
        quint32 at = 0;
        for (quint32 i = 0; i < block->count; ++i) {
            const auto bytes = quint32(regionSize(i));
            std::memcpy(block->text() + at, d->text() + d->entries()[i].offset, bytes);
            block->entries()[i] = {d->entries()[i].name, at};
            at = evenUp(at + bytes);
        }
        block->textSize = at;
    }
    Attributes old;
    old.d = std::exchange(d, block);
}

Attributes Attributes::fromUtf8Fields(const AttributeName* names, const QByteArrayView* fields, qsizetype count)
{
    // First where everything goes (regions start even; a UTF-16 text starts even too), then one
    // block of exactly that size, written in order. ASCII is Latin-1 byte for byte: the form
    // insertValue() would choose for the same text, so the record equals one built that way.
    QVarLengthArray<QString, 4> decoded;   // the fields that are not ASCII, in order
    qsizetype present = 0;
    qsizetype at = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const QByteArrayView field = fields[i];
        if (field.isEmpty())
            continue;
        ++present;
        at += (at & 1) + varintSize(1);
        if (isAscii(field)) {
            at += varintSize(quint64(field.size()) << 1) + field.size();
            continue;
        }
        decoded.append(QString::fromUtf8(field));
        const QString& text = decoded.back();
        const bool latin1 = fitsLatin1(text);
        at += varintSize((quint64(text.size()) << 1) | (latin1 ? 0 : 1));
        at += latin1 ? text.size() : (at & 1) + 2 * text.size();
    }
    Attributes record;
    if (present == 0)
        return record;
    record.reallocate(present, at);
    Data* d = record.d;
    Entry* entries = d->entries();
    uchar* const text = d->text();
    qsizetype written = 0;
    qsizetype next = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const QByteArrayView field = fields[i];
        if (field.isEmpty())
            continue;
        written += written & 1;
        entries[d->count++] = {names[i].id(), quint32(written)};
        uchar* out = writeVarint(text + written, 1);
        if (isAscii(field)) {
            out = writeVarint(out, quint64(field.size()) << 1);
            std::memcpy(out, field.data(), size_t(field.size()));
            out += field.size();
        } else {
            out = encodeValue(out, decoded.at(next++));
        }
        written = out - text;
    }
    Q_ASSERT(written == at);
    d->textSize = quint32(written);
    return record;
}

void Attributes::detach()
{
    if (d && d->ref.loadRelaxed() > 1)
        reallocate(d->count, 0);
}

uchar* Attributes::prepareRegion(AttributeName name, qsizetype bound)
{
    const qsizetype existing = indexOf(name);
    const qsizetype count = size() + (existing < 0 ? 1 : 0);
    if (!d || d->ref.loadRelaxed() > 1 || count > qsizetype(d->entryCapacity)
        || qsizetype(evenUp(d->textSize)) + bound > qsizetype(d->textCapacity)) {
        // Records are built one attribute at a time: keep a little room (an eighth) so that
        // building one costs a few reallocations, not one per attribute, and little memory.
        const qsizetype text = (d ? qsizetype(d->textSize) : 0) + bound;
        reallocate(count + std::max<qsizetype>(2, count / 8), bound + std::max<qsizetype>(32, text / 8));
    }
    const quint32 offset = evenUp(d->textSize);
    Entry* entries = d->entries();
    if (existing >= 0) {
        d->garbage += quint32(regionSize(existing));
        entries[existing].offset = offset;
    } else {
        // Records are mostly built in name order (sources sort their columns): try the end first.
        const QStringView text(name.toString());
        Entry* at = d->count == 0 || nameBefore(entries[d->count - 1].name, text)
                        ? entries + d->count
                        : std::lower_bound(entries, entries + d->count, text,
                                           [](const Entry& entry, QStringView text) { return nameBefore(entry.name, text); });
        std::memmove(at + 1, at, size_t(entries + d->count - at) * sizeof(Entry));
        *at = {name.id(), offset};
        ++d->count;
    }
    d->textSize = offset;
    return d->text() + offset;
}

void Attributes::commitRegion(const uchar* end)
{
    d->textSize = quint32(end - d->text());
    Q_ASSERT(d->textSize <= d->textCapacity);
}

template <typename Values>
void Attributes::insertEncoded(AttributeName name, const Values& values)
{
    qsizetype bound = 0;
    qsizetype count = 0;
    for (const auto& text : values) {
        bound += encodedBound(text);
        ++count;
    }
    bound += varintSize(quint64(count));
    uchar* at = writeVarint(prepareRegion(name, bound), quint64(count));
    for (const auto& text : values)
        at = encodeValue(at, text);
    commitRegion(at);
}

void Attributes::insert(AttributeName name, const AttributeValue& value)
{
    Q_ASSERT(name.isValid());
    insertEncoded(name, value);
}

void Attributes::insertValue(AttributeName name, QStringView value)
{
    Q_ASSERT(name.isValid());
    const QStringView one[] = {value};
    insertEncoded(name, one);
}

void Attributes::insert(const Attributes& other)
{
    if (other.d == d)
        return;
    for (qsizetype i = 0; i < other.size(); ++i) {
        const auto bytes = other.regionSize(i);
        uchar* at = prepareRegion(other.nameAt(i), bytes);
        std::memcpy(at, other.d->text() + other.d->entries()[i].offset, size_t(bytes));
        commitRegion(at + bytes);
    }
}

void Attributes::removeAt(qsizetype index)
{
    detach();
    d->garbage += quint32(regionSize(index));
    Entry* entries = d->entries();
    std::memmove(entries + index, entries + index + 1, size_t(d->count - index - 1) * sizeof(Entry));
    --d->count;
}

qsizetype Attributes::remove(const QString& name)
{
    const auto index = indexOf(name);
    if (index < 0)
        return 0;
    removeAt(index);
    return 1;
}

AttributeValue Attributes::take(const QString& name)
{
    const auto index = indexOf(name);
    if (index < 0)
        return {};
    auto value = viewAt(index).toList();
    removeAt(index);
    return value;
}

void Attributes::clear() { *this = Attributes(); }

void Attributes::squeeze()
{
    if (!d)
        return;
    if (d->count == 0)
        clear();
    else
        reallocate(d->count, 0);
}

} // namespace Tenure::Models
