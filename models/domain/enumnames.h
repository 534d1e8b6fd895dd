#pragma once

#include <QString>
#include <array>
#include <utility>

namespace Tenure::Models {

// Stable names of enum values (for JSON, the CLI and the database), from one table per enum.
template <typename Enum, std::size_t N>
[[nodiscard]] QString enumName(const std::array<std::pair<Enum, const char*>, N>& table, Enum value)
{
    for (const auto& [e, name] : table)
        if (e == value)
            return QString::fromLatin1(name);
    return {};
}

template <typename Enum, std::size_t N>
[[nodiscard]] bool enumFromName(const std::array<std::pair<Enum, const char*>, N>& table, const QString& name, Enum* out)
{
    for (const auto& [e, text] : table) {
        if (name == QLatin1String(text)) {
            *out = e;
            return true;
        }
    }
    return false;
}

} // namespace Tenure::Models
