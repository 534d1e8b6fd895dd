#include "planmodel.h"

#include "categorylabels.h"
#include "planindex.h"

#include <QPromise>
#include <QThreadPool>

#include <algorithm>

namespace Tenure::Models {
namespace {

// Fast enough to look live, slow enough that a run of thousands repaints a few times a second.
constexpr int DefaultFlushMs = 100;

QString changedAttributes(const Operation& operation)
{
    QStringList names;
    names.reserve(operation.changes.size());
    for (const auto& change : operation.changes)
        names << change.attribute;
    return names.join(QStringLiteral(", "));
}

} // namespace

PlanModel::PlanModel(QObject* parent) : QAbstractTableModel(parent)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(DefaultFlushMs);
    connect(&m_flush, &QTimer::timeout, this, &PlanModel::flushOutcomeChanges);
}

void PlanModel::setPlan(Plan plan, qint64 planId)
{
    beginResetModel();
    // The plan shown until now may be the last copy of a million operations: free it on a worker
    // thread, not in the GUI thread's slot.
    if (m_plan.operations.size() >= m_backgroundThreshold)
        QThreadPool::globalInstance()->start([old = std::move(m_plan)]() mutable { old = Plan(); });
    m_plan = std::move(plan);
    m_planId = planId;
    m_counts = m_plan.countsByCategory();
    m_writeCount = m_plan.writeCount();
    m_outcomes.clear();   // made on the first outcome: most plans shown are never run from here
    m_dirtyFirst = m_dirtyLast = -1;
    m_flush.stop();
    // A big plan under a filter or sort would hold the GUI thread for its index: show it at once
    // in plan order (or, filtered, empty) and let the index follow from a worker thread.
    const bool filtered = m_categoryFilter || !m_textFilter.isEmpty();
    const bool deferred = m_plan.operations.size() >= m_backgroundThreshold && (filtered || m_sortColumn >= 0);
    if (deferred) {
        ++m_indexGeneration;
        m_rows = filtered ? QList<int>() : buildPlanIndex(m_plan, {}, {});
        rebuildRowLookup();
    } else {
        rebuildRows();
    }
    endResetModel();
    Q_EMIT rowsFiltered();
    if (deferred)
        requestRows(false);
}

void PlanModel::clear() { setPlan({}, 0); }

void PlanModel::setTextFilter(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_textFilter)
        return;
    m_textFilter = trimmed;
    requestRows(false);
}

void PlanModel::setCategoryFilter(std::optional<Category> category)
{
    if (category == m_categoryFilter)
        return;
    m_categoryFilter = category;
    requestRows(false);
}

void PlanModel::rebuildRows()
{
    ++m_indexGeneration;   // a background result still on its way is stale now
    m_rows = buildPlanIndex(m_plan, m_outcomes, {m_textFilter, m_categoryFilter, m_sortColumn, m_sortOrder});
    rebuildRowLookup();
    if (m_indexing) {
        m_indexing = false;
        Q_EMIT indexingChanged(false);
    }
}

void PlanModel::requestRows(bool sortOnly)
{
    const PlanIndexQuery query{m_textFilter, m_categoryFilter, m_sortColumn, m_sortOrder};
    if (m_plan.operations.size() < m_backgroundThreshold) {
        ++m_indexGeneration;
        applyRows(buildPlanIndex(m_plan, m_outcomes, query), sortOnly);
        return;
    }
    const quint64 generation = ++m_indexGeneration;
    // Copies are cheap (implicitly shared) and keep the job independent of later changes here.
    auto promise = std::make_shared<QPromise<QList<int>>>();
    auto* watcher = new QFutureWatcher<QList<int>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, sortOnly] {
        watcher->deleteLater();
        if (generation != m_indexGeneration || watcher->future().resultCount() == 0)
            return;   // a newer request (or a new plan) won
        m_indexing = false;
        applyRows(watcher->future().result(), sortOnly);
        Q_EMIT indexingChanged(false);
    });
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, plan = m_plan, outcomes = m_outcomes, query] {
        promise->start();
        promise->addResult(buildPlanIndex(plan, outcomes, query));
        promise->finish();
    });
    if (!m_indexing) {
        m_indexing = true;
        Q_EMIT indexingChanged(true);
    }
}

void PlanModel::applyRows(QList<int> rows, bool sortOnly)
{
    if (!sortOnly) {
        beginResetModel();
        m_rows = std::move(rows);
        rebuildRowLookup();
        endResetModel();
        Q_EMIT rowsFiltered();
        return;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> operationsBefore;
    operationsBefore.reserve(before.size());
    for (const auto& index : before)
        operationsBefore << operationIndex(index.row());
    m_rows = std::move(rows);
    rebuildRowLookup();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = operationsBefore.at(i) < 0 ? -1 : m_rowOf.value(operationsBefore.at(i), -1);
        after << (row < 0 ? QModelIndex() : createIndex(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    Q_EMIT rowsFiltered();
}

void PlanModel::rebuildRowLookup()
{
    m_rowOf = QList<int>(m_plan.operations.size(), -1);
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOf[m_rows.at(row)] = row;
}

void PlanModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    requestRows(true);
}

int PlanModel::operationIndex(int row) const { return row >= 0 && row < m_rows.size() ? m_rows.at(row) : -1; }

int PlanModel::rowOfOperation(int index) const { return index >= 0 && index < m_rowOf.size() ? m_rowOf.at(index) : -1; }

const Operation* PlanModel::operationAt(int row) const
{
    const int index = operationIndex(row);
    return index < 0 ? nullptr : &m_plan.operations.at(index);
}

std::optional<OperationOutcome> PlanModel::outcome(int index) const
{
    if (index < 0 || index >= m_outcomes.size() || m_outcomes.at(index).index < 0)
        return std::nullopt;
    return m_outcomes.at(index);
}

int PlanModel::outcomeCount(OutcomeState state) const
{
    return int(std::count_if(m_outcomes.cbegin(), m_outcomes.cend(),
                             [state](const OperationOutcome& o) { return o.index >= 0 && o.state == state; }));
}

void PlanModel::setOutcome(const OperationOutcome& outcome)
{
    if (outcome.index < 0 || outcome.index >= m_plan.operations.size())
        return;
    if (m_outcomes.isEmpty())
        m_outcomes = QList<OperationOutcome>(m_plan.operations.size());
    m_outcomes[outcome.index] = outcome;
    const int row = m_rowOf.at(outcome.index);
    if (row < 0)
        return;
    m_dirtyFirst = m_dirtyFirst < 0 ? row : std::min(m_dirtyFirst, row);
    m_dirtyLast = std::max(m_dirtyLast, row);
    if (!m_flush.isActive())
        m_flush.start();
}

void PlanModel::clearOutcomes()
{
    if (m_outcomes.isEmpty())
        return;
    m_outcomes.clear();
    m_dirtyFirst = 0;
    m_dirtyLast = int(m_rows.size()) - 1;
    flushOutcomeChanges();
}

void PlanModel::flushOutcomeChanges()
{
    m_flush.stop();
    if (m_dirtyFirst < 0 || m_dirtyLast < m_dirtyFirst) {
        m_dirtyFirst = m_dirtyLast = -1;
        return;
    }
    const QModelIndex first = index(m_dirtyFirst, OutcomeColumn);
    const QModelIndex last = index(m_dirtyLast, OutcomeColumn);
    m_dirtyFirst = m_dirtyLast = -1;
    Q_EMIT dataChanged(first, last, {Qt::DisplayRole, Qt::ToolTipRole, OutcomeStateRole, SortRole});
}

int PlanModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int PlanModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString PlanModel::text(int index, int column) const
{
    const Operation& op = m_plan.operations.at(index);
    switch (column) {
    case CategoryColumn: return categoryLabel(op.category);
    case OperationColumn: return op.writes() ? operationKindLabel(op.kind) : QString();
    case WorkerColumn: return op.workerId;
    case NameColumn: return op.displayName;
    case TargetColumn: return op.targetId;
    case ChangesColumn: return changedAttributes(op);
    case OutcomeColumn: {
        if (index >= m_outcomes.size() || m_outcomes.at(index).index < 0)
            return {};
        const OperationOutcome& outcome = m_outcomes.at(index);
        const QString label = outcomeStateLabel(outcome.state);
        return outcome.message.isEmpty() ? label : tr("%1: %2").arg(label, outcome.message);
    }
    }
    return {};
}

int PlanModel::outcomeStateOf(int index) const
{
    return index < m_outcomes.size() && m_outcomes.at(index).index >= 0 ? int(m_outcomes.at(index).state) : -1;
}

QVariant PlanModel::sortKey(int index, int column) const
{
    const Operation& op = m_plan.operations.at(index);
    switch (column) {
    case CategoryColumn: return int(op.category);
    case OperationColumn: return int(op.kind);
    case ChangesColumn: return int(op.changes.size());
    case OutcomeColumn: return outcomeStateOf(index);
    default: return text(index, column).toCaseFolded();
    }
}

QVariant PlanModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int op = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return text(op, index.column());
    case Qt::ToolTipRole: {
        if (index.column() == ChangesColumn || index.column() == TargetColumn || index.column() == OutcomeColumn) {
            const QString shown = text(op, index.column());
            return shown.isEmpty() ? QVariant() : QVariant(shown);
        }
        return m_plan.operations.at(op).reason;
    }
    case OperationIndexRole: return op;
    case CategoryRole: return int(m_plan.operations.at(op).category);
    case OutcomeStateRole: return outcomeStateOf(op);
    case SortRole: return sortKey(op, index.column());
    default: return {};
    }
}

QVariant PlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        // Row numbers in the visible order; the header is Fixed so this is cheap.
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CategoryColumn: return tr("Category");
    case OperationColumn: return tr("Operation");
    case WorkerColumn: return tr("Worker");
    case NameColumn: return tr("Name");
    case TargetColumn: return tr("Target");
    case ChangesColumn: return tr("Changed attributes");
    case OutcomeColumn: return tr("Outcome");
    }
    return {};
}

} // namespace Tenure::Models
