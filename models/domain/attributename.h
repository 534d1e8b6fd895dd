#pragma once

#include <QHashFunctions>
#include <QString>
#include <QStringView>

namespace Tenure::Models {

// An attribute name interned once per process, so that a worker or an account stores a 32-bit
// id per attribute instead of its own copy of the name, and a lookup by a name resolved in
// advance is an integer comparison. Names are never forgotten: there are only as many as the HR
// fields and target attributes in use, and an id with the text it stands for stays valid for the
// life of the process. Interning and reading are safe from any thread.
class AttributeName {
public:
    constexpr AttributeName() = default;          // no name
    explicit AttributeName(QStringView name);     // interns `name`

    // The name if it was ever interned, else no name: a lookup that must not grow the table.
    [[nodiscard]] static AttributeName find(QStringView name);
    [[nodiscard]] static AttributeName fromId(quint32 id) { return AttributeName(id, 0); }

    [[nodiscard]] bool isValid() const { return m_id != 0; }
    [[nodiscard]] quint32 id() const { return m_id; }
    // The text, shared with the table (no copy); empty for no name.
    [[nodiscard]] const QString& toString() const;

    friend bool operator==(AttributeName, AttributeName) = default;
    friend size_t qHash(AttributeName name, size_t seed = 0) noexcept { return qHash(name.m_id, seed); }

private:
    constexpr AttributeName(quint32 id, int) : m_id(id) {}
    quint32 m_id = 0;
};

} // namespace Tenure::Models
