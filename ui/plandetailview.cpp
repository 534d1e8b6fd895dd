#include "plandetailview.h"

#include "models/items/categorylabels.h"

#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Tenure::Ui {
namespace {

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

QString shown(const Models::AttributeValue& value, const QString& absent)
{
    return value.isEmpty() ? absent : Models::displayValue(value);
}

// The account's state before → after, for the operations that change it.
std::optional<std::pair<QString, QString>> accountStateChange(const Models::Operation& op)
{
    const QString enabled = PlanDetailView::tr("enabled");
    const QString disabled = PlanDetailView::tr("disabled");
    switch (op.kind) {
    case Models::OperationKind::Create: return std::pair{PlanDetailView::tr("(none)"), op.accountEnabled ? enabled : disabled};
    case Models::OperationKind::Disable: return std::pair{enabled, disabled};
    case Models::OperationKind::Enable: return std::pair{disabled, enabled};
    case Models::OperationKind::Delete: return std::pair{disabled, PlanDetailView::tr("deleted")};
    default: return std::nullopt;
    }
}

} // namespace

PlanDetailView::PlanDetailView(QWidget* parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_empty(new QLabel(this)), m_title(new QLabel(this)),
      m_summary(new QLabel(this)), m_reason(new QLabel(this)), m_outcome(new QLabel(this)),
      m_noChanges(new QLabel(this)), m_changes(new QTableWidget(0, 4, this))
{
    setAccessibleName(tr("Operation details"));
    m_empty->setText(tr("Select an operation in the table to see each attribute's value before and after, "
                        "and why."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("color: #6b7785;"));

    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (auto* label : {m_title, m_summary, m_reason, m_outcome, m_noChanges}) {
        // Lines keep their height; spare room goes to the table, or below when there is none.
        label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
        label->setWordWrap(label != m_title);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_summary->setObjectName(QStringLiteral("detailSummary"));
    m_reason->setObjectName(QStringLiteral("detailReason"));
    m_outcome->setObjectName(QStringLiteral("detailOutcome"));
    m_noChanges->setText(tr("No attribute changes."));
    m_noChanges->setStyleSheet(QStringLiteral("color: #6b7785;"));

    m_changes->setObjectName(QStringLiteral("detailChanges"));
    m_changes->setAccessibleName(tr("Attribute changes, before and after"));
    m_changes->setHorizontalHeaderLabels({tr("Attribute"), tr("Before"), tr("After"), tr("Why")});
    m_changes->verticalHeader()->setVisible(false);
    m_changes->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_changes->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_changes->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_changes->horizontalHeader()->setStretchLastSection(true);
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changes->setWordWrap(false);
    m_changes->setAlternatingRowColors(true);

    auto* details = new QWidget(this);
    auto* layout = new QVBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_reason);
    layout->addWidget(m_outcome);
    layout->addWidget(m_noChanges);
    layout->addWidget(m_changes, 1);
    layout->addStretch(0);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(details);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    showNothing();
}

void PlanDetailView::showNothing() { m_stack->setCurrentWidget(m_empty); }

void PlanDetailView::showOperation(const Models::Operation& op, const std::optional<Models::OperationOutcome>& outcome)
{
    m_title->setText(op.displayName.isEmpty() ? op.workerId : tr("%1 (%2)").arg(op.displayName, op.workerId));
    QString summary = op.writes() ? tr("%1 · %2 %3")
                                        .arg(Models::categoryLabel(op.category), Models::operationKindLabel(op.kind),
                                             op.targetId)
                                  : tr("%1 · nothing is written").arg(Models::categoryLabel(op.category));
    if (op.effectiveAt.isValid())
        // HR dates are days: the time of day (midnight in the tenant's zone) says nothing.
        summary += tr(" · effective %1").arg(QLocale().toString(op.effectiveAt.date(), QLocale::ShortFormat));
    if (op.sourceLine > 0)
        summary += tr(" · HR line %1").arg(op.sourceLine);
    m_summary->setText(summary);
    m_reason->setText(tr("Why: %1").arg(op.reason));
    m_outcome->setVisible(outcome.has_value());
    if (outcome) {
        const QString state = Models::outcomeStateLabel(outcome->state);
        m_outcome->setText(outcome->message.isEmpty() ? tr("Outcome: %1").arg(state)
                                                      : tr("Outcome: %1 — %2").arg(state, outcome->message));
    }

    const QString absent = tr("(none)");
    // What happens to the account itself is a change too: a disable has no attribute changes,
    // yet the person approving it should see "enabled → disabled" like any other value.
    const auto state = accountStateChange(op);
    const int first = state ? 1 : 0;
    m_changes->setRowCount(int(op.changes.size()) + first);
    if (state) {
        m_changes->setItem(0, 0, cell(tr("(account)")));
        m_changes->setItem(0, 1, cell(state->first));
        m_changes->setItem(0, 2, cell(state->second));
        m_changes->setItem(0, 3, cell(Models::operationKindLabel(op.kind)));
    }
    for (int row = 0; row < op.changes.size(); ++row) {
        const auto& change = op.changes.at(row);
        m_changes->setItem(first + row, 0, cell(change.attribute));
        m_changes->setItem(first + row, 1, cell(shown(change.before, absent)));
        m_changes->setItem(first + row, 2, cell(shown(change.after, absent)));
        m_changes->setItem(first + row, 3, cell(change.why));
    }
    // A handful of rows: sizing columns to their text here is cheap (unlike the big plan table).
    m_changes->resizeColumnsToContents();
    m_noChanges->setVisible(m_changes->rowCount() == 0);
    m_changes->setVisible(m_changes->rowCount() > 0);
    m_stack->setCurrentIndex(1);
}

QString PlanDetailView::plainText() const
{
    if (m_stack->currentWidget() == m_empty)
        return m_empty->text();
    QStringList lines{m_title->text(), m_summary->text(), m_reason->text()};
    if (m_outcome->isVisibleTo(this))
        lines << m_outcome->text();
    for (int row = 0; row < m_changes->rowCount(); ++row)
        lines << tr("%1: %2 → %3 (%4)")
                     .arg(m_changes->item(row, 0)->text(), m_changes->item(row, 1)->text(),
                          m_changes->item(row, 2)->text(), m_changes->item(row, 3)->text());
    return lines.join(QLatin1Char('\n'));
}

} // namespace Tenure::Ui
