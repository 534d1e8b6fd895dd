#include "runoutcomemodel.h"

#include "categorylabels.h"

#include <algorithm>

namespace Tenure::Models {

RunOutcomeModel::RunOutcomeModel(QObject* parent) : QAbstractTableModel(parent)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(100);
    connect(&m_flush, &QTimer::timeout, this, &RunOutcomeModel::flushOutcomeChanges);
}

void RunOutcomeModel::setRows(qint64 runId, QList<RunOutcomeRow> rows)
{
    m_flush.stop();
    m_changed.clear();
    beginResetModel();
    m_runId = runId;
    m_all = std::move(rows);
    m_byIndex.clear();
    m_byIndex.reserve(m_all.size());
    for (int i = 0; i < m_all.size(); ++i)
        m_byIndex.insert(m_all.at(i).index, i);
    m_visible.clear();
    for (int i = 0; i < m_all.size(); ++i)
        if (shown(m_all.at(i)))
            m_visible.append(i);
    endResetModel();
    Q_EMIT rowsFiltered();
}

void RunOutcomeModel::clear() { setRows(0, {}); }

bool RunOutcomeModel::belongs(OutcomeState state, Show show)
{
    switch (show) {
    case Show::All: return true;
    case Show::Failed: return state == OutcomeState::Failed;
    case Show::Succeeded: return state == OutcomeState::Confirmed;
    case Show::NotDone:
        return state == OutcomeState::Pending || state == OutcomeState::Sent || state == OutcomeState::Skipped;
    }
    return false;
}

int RunOutcomeModel::count(Show show) const
{
    return int(std::count_if(m_all.cbegin(), m_all.cend(), [show](const RunOutcomeRow& row) { return belongs(row.state, show); }));
}

bool RunOutcomeModel::shown(const RunOutcomeRow& row) const
{
    if (!belongs(row.state, m_show))
        return false;
    if (m_text.isEmpty())
        return true;
    for (const QString* field : {&row.workerId, &row.displayName, &row.targetId, &row.message})
        if (field->contains(m_text, Qt::CaseInsensitive))
            return true;
    return operationKindLabel(row.kind).contains(m_text, Qt::CaseInsensitive);
}

void RunOutcomeModel::refilter()
{
    beginResetModel();
    m_visible.clear();
    for (int i = 0; i < m_all.size(); ++i)
        if (shown(m_all.at(i)))
            m_visible.append(i);
    endResetModel();
    Q_EMIT rowsFiltered();
}

void RunOutcomeModel::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    refilter();
}

void RunOutcomeModel::setTextFilter(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    refilter();
}

void RunOutcomeModel::setOutcome(const OperationOutcome& outcome)
{
    const auto found = m_byIndex.constFind(outcome.index);
    if (found == m_byIndex.cend())
        return;
    auto& row = m_all[*found];
    row.state = outcome.state;
    row.message = outcome.message;
    row.updatedAt = QDateTime::currentDateTimeUtc();
    m_changed.insert(*found);
    if (!m_flush.isActive())
        m_flush.start();
}

void RunOutcomeModel::flushOutcomeChanges()
{
    m_flush.stop();
    if (m_changed.isEmpty())
        return;
    m_changed.clear();
    // A filter decides by outcome and message, which have just changed: rows come and go.
    if (m_show != Show::All || !m_text.isEmpty()) {
        refilter();
        return;
    }
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, OutcomeColumn), index(rowCount() - 1, MessageColumn));
    Q_EMIT rowsFiltered();
}

const RunOutcomeRow* RunOutcomeModel::rowAt(int row) const
{
    return row >= 0 && row < m_visible.size() ? &m_all.at(m_visible.at(row)) : nullptr;
}

int RunOutcomeModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_visible.size()); }

int RunOutcomeModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RunOutcomeModel::data(const QModelIndex& index, int role) const
{
    const RunOutcomeRow* row = rowAt(index.row());
    if (!row)
        return {};
    if (role == OutcomeStateRole)
        return int(row->state);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case IndexColumn: return row->index + 1;   // people count from 1, as the Preview page does
    case WorkerColumn: return row->workerId;
    case NameColumn: return row->displayName;
    case OperationColumn: return operationKindLabel(row->kind);
    case TargetColumn: return row->targetId;
    case OutcomeColumn: return outcomeStateLabel(row->state);
    case MessageColumn: return row->message;
    case ColumnCount: break;
    }
    return {};
}

QVariant RunOutcomeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case IndexColumn: return tr("#");
    case WorkerColumn: return tr("Worker");
    case NameColumn: return tr("Name");
    case OperationColumn: return tr("Operation");
    case TargetColumn: return tr("Target");
    case OutcomeColumn: return tr("Outcome");
    case MessageColumn: return tr("Message");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Tenure::Models
