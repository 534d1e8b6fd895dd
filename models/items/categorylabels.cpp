#include "categorylabels.h"

#include <QCoreApplication>

namespace Tenure::Models {
namespace {

// lupdate files a call of this free tr() under the enclosing namespace, so that is the context the
// translations are looked up in.
QString tr(const char* text) { return QCoreApplication::translate("Tenure::Models", text); }

} // namespace

QString categoryLabel(Category category)
{
    switch (category) {
    case Category::Error: return tr("Error");
    case Category::Joiner: return tr("Joiner");
    case Category::Mover: return tr("Mover");
    case Category::Leaver: return tr("Leaver");
    case Category::Rehire: return tr("Rehire");
    case Category::Conversion: return tr("Conversion");
    case Category::LeaveOfAbsence: return tr("Leave of absence");
    case Category::FutureDated: return tr("Future-dated");
    case Category::Held: return tr("Held");
    case Category::Unchanged: return tr("Unchanged");
    default: break;
    }
    // The lifecycle grows categories; until one has a label here it shows its stable name
    // ("leave-of-absence" → "Leave of absence") rather than nothing.
    QString name = categoryName(category).replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString operationKindLabel(OperationKind kind)
{
    switch (kind) {
    case OperationKind::None: return tr("None");
    case OperationKind::Create: return tr("Create");
    case OperationKind::Update: return tr("Update");
    case OperationKind::Disable: return tr("Disable");
    case OperationKind::Enable: return tr("Enable");
    case OperationKind::Move: return tr("Move");
    case OperationKind::Delete: return tr("Delete");
    }
    return {};
}

QString outcomeStateLabel(OutcomeState state)
{
    switch (state) {
    case OutcomeState::Pending: return tr("Pending");
    case OutcomeState::Sent: return tr("Sent");
    case OutcomeState::Confirmed: return tr("Confirmed");
    case OutcomeState::Failed: return tr("Failed");
    case OutcomeState::Skipped: return tr("Skipped");
    }
    return {};
}

QList<Category> allCategories()
{
    // Every value the engine names, in enum (= plan) order, so new categories get a chip too.
    QList<Category> categories;
    for (int value = 0; !categoryName(Category(value)).isEmpty(); ++value)
        categories << Category(value);
    return categories;
}

} // namespace Tenure::Models
