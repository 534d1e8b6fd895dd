#pragma once

#include "attributeencoding.h"
#include "attributename.h"

#include <QAnyStringView>
#include <QString>
#include <QStringList>
#include <cstring>
#include <initializer_list>
#include <iterator>
#include <utility>

namespace Tenure::Models {

// An attribute's value: empty means null (absent). Multi-valued attributes keep their order.
using AttributeValue = QStringList;

// One attribute's value read in place inside an Attributes record: sized, iterated and compared
// without building a QStringList. Valid while the record it came from is neither changed nor
// destroyed. A default-constructed view is null (no values).
class AttributeValueView {
public:
    class const_iterator {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = QAnyStringView;
        using difference_type = qsizetype;
        using pointer = void;
        using reference = QAnyStringView;

        const_iterator() = default;
        [[nodiscard]] QAnyStringView operator*() const { return AttributeEncoding::decode(m_at).view(); }
        const_iterator& operator++()
        {
            m_at = --m_left > 0 ? AttributeEncoding::decode(m_at).next : nullptr;
            return *this;
        }
        const_iterator operator++(int)
        {
            auto before = *this;
            ++*this;
            return before;
        }
        friend bool operator==(const const_iterator& a, const const_iterator& b) { return a.m_left == b.m_left; }

    private:
        friend class AttributeValueView;
        const_iterator(const uchar* at, qsizetype left) : m_at(at), m_left(left) {}
        const uchar* m_at = nullptr;   // the next value's header
        qsizetype m_left = 0;          // values from m_at to the end
    };

    AttributeValueView() = default;

    [[nodiscard]] qsizetype size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }
    [[nodiscard]] const_iterator begin() const { return {m_values, m_size}; }
    [[nodiscard]] const_iterator end() const { return {nullptr, 0}; }
    [[nodiscard]] QAnyStringView first() const { return isEmpty() ? QAnyStringView() : *begin(); }

    [[nodiscard]] AttributeValue toList() const;
    [[nodiscard]] QString firstString() const;

    // Equal values, in the same order. A value is stored in one form decided by its text alone,
    // so two views compare by their bytes.
    friend bool operator==(const AttributeValueView& a, const AttributeValueView& b)
    {
        if (a.m_size != b.m_size)
            return false;
        const uchar* x = a.m_values;
        const uchar* y = b.m_values;
        for (qsizetype i = 0; i < a.m_size && x != y; ++i) {
            const auto u = AttributeEncoding::decode(x);
            const auto v = AttributeEncoding::decode(y);
            if (u.utf16 != v.utf16 || u.length != v.length || std::memcmp(u.text, v.text, size_t(u.next - u.text)) != 0)
                return false;
            x = u.next;
            y = v.next;
        }
        return true;
    }
    [[nodiscard]] bool equals(const AttributeValue& value) const;

private:
    friend class Attributes;
    AttributeValueView(const uchar* values, qsizetype size) : m_values(values), m_size(size) {}
    const uchar* m_values = nullptr;   // the first value's header
    qsizetype m_size = 0;
};

// A record's attributes: name → value, iterated in name order (so that everything built from it
// is deterministic), with the interface of the QMap<QString, QStringList> it replaces.
//
// Stored compactly, because planning holds a million workers and a million accounts at once:
// one allocation per record holding a sorted table of (interned name id, offset) and the values
// back to back, each as Latin-1 when its text allows and UTF-16 otherwise. Copies share the
// allocation until one of them changes (implicit sharing, like Qt's containers). Reading a value
// as an AttributeValue builds one; view() reads it in place. Iterators and views are invalidated
// by any change to the record.
class Attributes {
public:
    class const_iterator {
    public:
        using iterator_category = std::bidirectional_iterator_tag;
        using value_type = AttributeValue;
        using difference_type = qsizetype;
        using pointer = void;
        using reference = AttributeValue;

        // `it->isEmpty()` works as with QMap: the value is built and kept for the expression.
        struct Arrow {
            AttributeValue value;
            const AttributeValue* operator->() const { return &value; }
        };

        const_iterator() = default;
        [[nodiscard]] const QString& key() const { return name().toString(); }
        [[nodiscard]] AttributeName name() const;
        [[nodiscard]] AttributeValue value() const { return view().toList(); }
        [[nodiscard]] AttributeValueView view() const;
        AttributeValue operator*() const { return value(); }
        Arrow operator->() const { return {value()}; }
        const_iterator& operator++()
        {
            ++m_index;
            return *this;
        }
        const_iterator operator++(int) { return {m_owner, m_index++}; }
        const_iterator& operator--()
        {
            --m_index;
            return *this;
        }
        const_iterator operator--(int) { return {m_owner, m_index--}; }
        friend bool operator==(const const_iterator& a, const const_iterator& b) { return a.m_index == b.m_index; }

    private:
        friend class Attributes;
        const_iterator(const Attributes* owner, qsizetype index) : m_owner(owner), m_index(index) {}
        const Attributes* m_owner = nullptr;
        qsizetype m_index = 0;
    };
    // Values are read by value: a value is changed with insert(), never through an iterator.
    using iterator = const_iterator;
    using key_type = QString;
    using mapped_type = AttributeValue;
    using size_type = qsizetype;

    Attributes() noexcept = default;
    // The record names[i] → the one value fields[i], for i < count: `names` in name order (the
    // order iteration gives), each field valid UTF-8, an empty one left out. One allocation of
    // exactly the record's size, ASCII stored without decoding: how sources build a record per
    // worker from the bytes they read.
    [[nodiscard]] static Attributes fromUtf8Fields(const AttributeName* names, const QByteArrayView* fields, qsizetype count);
    Attributes(std::initializer_list<std::pair<QString, AttributeValue>> list);
    Attributes(const Attributes& other) noexcept;
    Attributes(Attributes&& other) noexcept : d(std::exchange(other.d, nullptr)) {}
    Attributes& operator=(const Attributes& other) noexcept;
    Attributes& operator=(Attributes&& other) noexcept
    {
        std::swap(d, other.d);
        return *this;
    }
    ~Attributes();

    [[nodiscard]] qsizetype size() const { return d ? qsizetype(d->count) : 0; }
    [[nodiscard]] qsizetype count() const { return size(); }
    [[nodiscard]] bool isEmpty() const { return size() == 0; }

    [[nodiscard]] bool contains(const QString& name) const { return indexOf(name) >= 0; }
    [[nodiscard]] bool contains(AttributeName name) const { return indexOf(name) >= 0; }
    [[nodiscard]] AttributeValue value(const QString& name, const AttributeValue& fallback = {}) const;
    [[nodiscard]] AttributeValue value(AttributeName name, const AttributeValue& fallback = {}) const;
    [[nodiscard]] AttributeValue operator[](const QString& name) const { return value(name); }
    // The value in place; a null view when the attribute is absent.
    [[nodiscard]] AttributeValueView view(const QString& name) const;
    [[nodiscard]] AttributeValueView view(AttributeName name) const
    {
        const auto index = indexOf(name);
        return index < 0 ? AttributeValueView() : viewAt(index);
    }
    [[nodiscard]] QStringList keys() const;

    // Sets `name` to `value` (an empty value is kept as null, as QMap kept it).
    void insert(const QString& name, const AttributeValue& value) { insert(AttributeName(name), value); }
    void insert(AttributeName name, const AttributeValue& value);
    // QMap's hinted insert, for the callers written against it: the hint is not needed.
    void insert(const_iterator, const QString& name, const AttributeValue& value) { insert(name, value); }
    // Sets `name` to the one value `value`, without building a list first.
    void insertValue(const QString& name, QStringView value) { insertValue(AttributeName(name), value); }
    void insertValue(AttributeName name, QStringView value);
    // Every attribute of `other`, replacing values of the same name.
    void insert(const Attributes& other);
    qsizetype remove(const QString& name);
    [[nodiscard]] AttributeValue take(const QString& name);
    void clear();
    // Gives back the room kept for growth: call after the last insert into a record that lives long.
    void squeeze();

    [[nodiscard]] const_iterator begin() const { return {this, 0}; }
    [[nodiscard]] const_iterator end() const { return {this, size()}; }
    [[nodiscard]] const_iterator cbegin() const { return begin(); }
    [[nodiscard]] const_iterator cend() const { return end(); }
    [[nodiscard]] const_iterator constBegin() const { return begin(); }
    [[nodiscard]] const_iterator constEnd() const { return end(); }
    [[nodiscard]] const_iterator find(const QString& name) const { return constFind(name); }
    [[nodiscard]] const_iterator constFind(const QString& name) const;
    [[nodiscard]] const_iterator constFind(AttributeName name) const;

    friend bool operator==(const Attributes& a, const Attributes& b);

private:
    using Data = AttributeEncoding::Block;
    using Entry = AttributeEncoding::Entry;
    [[nodiscard]] qsizetype indexOf(const QString& name) const;
    // A record has a few dozen attributes at most: a scan of their ids beats any search.
    [[nodiscard]] qsizetype indexOf(AttributeName name) const
    {
        if (!d || !name.isValid())
            return -1;
        const Entry* entries = d->entries();
        for (quint32 i = 0; i < d->count; ++i)
            if (entries[i].name == name.id())
                return i;
        return -1;
    }
    [[nodiscard]] AttributeValueView viewAt(qsizetype index) const
    {
        quint64 count = 0;
        const uchar* values = AttributeEncoding::readVarint(d->text() + d->entries()[index].offset, &count);
        return {values, qsizetype(count)};
    }
    [[nodiscard]] AttributeName nameAt(qsizetype index) const { return AttributeName::fromId(d->entries()[index].name); }
    template <typename Values>
    void insertEncoded(AttributeName name, const Values& values);
    // Room for `name`'s encoded value of at most `bound` bytes (replacing any value it had): where
    // to write it. commitRegion() then records how far the writing went.
    [[nodiscard]] uchar* prepareRegion(AttributeName name, qsizetype bound);
    void commitRegion(const uchar* end);
    [[nodiscard]] qsizetype regionSize(qsizetype index) const;
    void reallocate(qsizetype entryCapacity, qsizetype textCapacity);
    void detach();
    void removeAt(qsizetype index);

    Data* d = nullptr;   // null: no attributes
};

[[nodiscard]] inline QString firstValue(const Attributes& attributes, const QString& name)
{
    return attributes.view(name).firstString();
}

[[nodiscard]] inline QString firstValue(const Attributes& attributes, AttributeName name)
{
    return attributes.view(name).firstString();
}

// "a; b" for people; null shows as nothing.
[[nodiscard]] inline QString displayValue(const AttributeValue& value)
{
    return value.join(QStringLiteral("; "));
}

} // namespace Tenure::Models

Q_DECLARE_TYPEINFO(Tenure::Models::Attributes, Q_RELOCATABLE_TYPE);
