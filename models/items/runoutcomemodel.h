#pragma once

#include "models/store/repositories.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QTimer>

namespace Tenure::Models {

// The outcomes of one run as a table: each operation it covered (who, what, where) and what
// became of it, filtered by outcome (failed, succeeded, not done) and by text. Like PlanModel it
// keeps its own list of visible rows rather than a QSortFilterProxyModel, and outcomes arriving
// while the run goes on are coalesced into one update per flush interval.
class RunOutcomeModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { IndexColumn, WorkerColumn, NameColumn, OperationColumn, TargetColumn, OutcomeColumn, MessageColumn,
                  ColumnCount };
    Q_ENUM(Column)

    // Which outcomes to show. NotDone: pending, sent without an answer, or skipped.
    enum class Show { All, Failed, Succeeded, NotDone };
    Q_ENUM(Show)

    enum Role { OutcomeStateRole = Qt::UserRole + 1 };   // int: Models::OutcomeState

    explicit RunOutcomeModel(QObject* parent = nullptr);

    // Replaces the rows (a run read from the journal, or a run about to start with every row pending).
    void setRows(qint64 runId, QList<RunOutcomeRow> rows);
    void clear();
    [[nodiscard]] qint64 runId() const { return m_runId; }
    [[nodiscard]] int totalCount() const { return int(m_all.size()); }
    [[nodiscard]] int count(Show show) const;

    void setShow(Show show);
    void setTextFilter(const QString& text);   // worker id, name, target, operation, message; any case
    [[nodiscard]] Show show() const { return m_show; }

    // An outcome of the run shown, as it arrives; ignored for another run's or an unknown operation.
    void setOutcome(const OperationOutcome& outcome);
    void flushOutcomeChanges();
    void setFlushInterval(int ms) { m_flush.setInterval(ms); }

    [[nodiscard]] const RunOutcomeRow* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void rowsFiltered();   // the visible rows or the counts changed

private:
    [[nodiscard]] bool shown(const RunOutcomeRow& row) const;
    [[nodiscard]] static bool belongs(OutcomeState state, Show show);
    void refilter();

    qint64 m_runId = 0;
    QList<RunOutcomeRow> m_all;
    QHash<int, int> m_byIndex;   // operation index → position in m_all
    QList<int> m_visible;        // positions in m_all, in plan order
    Show m_show = Show::All;
    QString m_text;
    QSet<int> m_changed;         // positions with an outcome not yet shown
    QTimer m_flush;
};

} // namespace Tenure::Models
