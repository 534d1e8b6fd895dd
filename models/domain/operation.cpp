#include "operation.h"

#include "enumnames.h"

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

} // namespace

QString categoryName(Category category) { return enumName(categoryNames, category); }
QString operationKindName(OperationKind kind) { return enumName(kindNames, kind); }
QString outcomeStateName(OutcomeState state) { return enumName(outcomeNames, state); }
bool categoryFromName(const QString& name, Category* out) { return enumFromName(categoryNames, name, out); }
bool operationKindFromName(const QString& name, OperationKind* out) { return enumFromName(kindNames, name, out); }
bool outcomeStateFromName(const QString& name, OutcomeState* out) { return enumFromName(outcomeNames, name, out); }

} // namespace Tenure::Models
