#include "operation.h"

#include <array>
#include <utility>

namespace Tenure::Models {
namespace {

constexpr std::array categoryNames{
    std::pair{Category::Error, "error"},         std::pair{Category::Joiner, "joiner"},
    std::pair{Category::Mover, "mover"},         std::pair{Category::Leaver, "leaver"},
    std::pair{Category::Rehire, "rehire"},       std::pair{Category::Conversion, "conversion"},
    std::pair{Category::LeaveOfAbsence, "leave"}, std::pair{Category::FutureDated, "future-dated"},
    std::pair{Category::Held, "held"},           std::pair{Category::Unchanged, "unchanged"},
};
constexpr std::array kindNames{
    std::pair{OperationKind::None, "none"},       std::pair{OperationKind::Create, "create"},
    std::pair{OperationKind::Update, "update"},   std::pair{OperationKind::Disable, "disable"},
    std::pair{OperationKind::Enable, "enable"},   std::pair{OperationKind::Move, "move"},
    std::pair{OperationKind::Delete, "delete"},
};
constexpr std::array outcomeNames{
    std::pair{OutcomeState::Pending, "pending"},     std::pair{OutcomeState::Sent, "sent"},
    std::pair{OutcomeState::Confirmed, "confirmed"}, std::pair{OutcomeState::Failed, "failed"},
    std::pair{OutcomeState::Skipped, "skipped"},
};

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value)
{
    for (const auto& [e, name] : table)
        if (e == value)
            return QString::fromLatin1(name);
    return {};
}

template <typename Enum, std::size_t N>
bool valueOf(const std::array<std::pair<Enum, const char*>, N>& table, const QString& name, Enum* out)
{
    for (const auto& [e, text] : table) {
        if (name == QLatin1String(text)) {
            *out = e;
            return true;
        }
    }
    return false;
}

} // namespace

QString categoryName(Category category) { return nameOf(categoryNames, category); }
QString operationKindName(OperationKind kind) { return nameOf(kindNames, kind); }
QString outcomeStateName(OutcomeState state) { return nameOf(outcomeNames, state); }
bool categoryFromName(const QString& name, Category* out) { return valueOf(categoryNames, name, out); }
bool operationKindFromName(const QString& name, OperationKind* out) { return valueOf(kindNames, name, out); }
bool outcomeStateFromName(const QString& name, OutcomeState* out) { return valueOf(outcomeNames, name, out); }

} // namespace Tenure::Models
