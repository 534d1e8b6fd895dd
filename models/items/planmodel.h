#pragma once

#include "models/domain/plan.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QTimer>
#include <optional>

namespace Tenure::Models {

// A plan as a table, with its own filter and sort index over the operations: a list of
// operation indexes per visible row. QSortFilterProxyModel maps every row through a proxy and
// sorts 1M rows in seconds (PEERS.md); an index vector keeps filtering and sorting linear.
//
// Outcomes of a run arrive one operation at a time; their dataChanged signals are coalesced into
// one per flush interval so that a fast run does not repaint the view per operation.
class PlanModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { CategoryColumn, OperationColumn, WorkerColumn, NameColumn, TargetColumn, ChangesColumn,
                  OutcomeColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        OperationIndexRole = Qt::UserRole + 1,   // int: the operation's index in the plan
        CategoryRole,                            // int: Models::Category
        OutcomeStateRole,                        // int: Models::OutcomeState, or -1 before a run
        SortRole,                                // the value sort() compares
    };

    explicit PlanModel(QObject* parent = nullptr);

    // Replaces the plan; outcomes of an earlier run are dropped, filter and sort are kept.
    void setPlan(Plan plan, qint64 planId);
    void clear();
    [[nodiscard]] bool hasPlan() const { return m_planId != 0; }
    [[nodiscard]] const Plan& plan() const { return m_plan; }
    [[nodiscard]] qint64 planId() const { return m_planId; }
    [[nodiscard]] QMap<Category, int> counts() const { return m_counts; }
    // Plan::writeCount(), counted once per plan: the page asks for it on every filter.
    [[nodiscard]] int writeCount() const { return m_writeCount; }

    // Text matches worker id, name, target, category, operation and changed attribute names,
    // case-insensitively. Both filters apply together.
    void setTextFilter(const QString& text);
    void setCategoryFilter(std::optional<Category> category);
    [[nodiscard]] QString textFilter() const { return m_textFilter; }
    [[nodiscard]] std::optional<Category> categoryFilter() const { return m_categoryFilter; }

    // The operation index of every visible row, in the view's order (what an export of "what I
    // see" writes).
    [[nodiscard]] const QList<int>& visibleOperations() const { return m_rows; }
    [[nodiscard]] int operationIndex(int row) const;      // -1 when out of range
    [[nodiscard]] int rowOfOperation(int index) const;    // -1 when filtered out
    [[nodiscard]] const Operation* operationAt(int row) const;
    [[nodiscard]] std::optional<OperationOutcome> outcome(int index) const;
    [[nodiscard]] int outcomeCount(OutcomeState state) const;

    void setOutcome(const OperationOutcome& outcome);
    void clearOutcomes();
    // Emits the pending dataChanged now (the timer does it otherwise).
    void flushOutcomeChanges();
    void setFlushInterval(int ms) { m_flush.setInterval(ms); }

    // Plans with at least this many operations are filtered and sorted on a worker thread (the
    // latest request wins; the view keeps showing the previous rows until it is done). Smaller
    // ones synchronously, as before.
    void setBackgroundThreshold(int operations) { m_backgroundThreshold = operations; }
    [[nodiscard]] bool isIndexing() const { return m_indexing; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void rowsFiltered();   // the visible rows changed (filter, sort or a new plan)
    void indexingChanged(bool indexing);

private:
    [[nodiscard]] QString text(int index, int column) const;
    [[nodiscard]] int outcomeStateOf(int index) const;   // Models::OutcomeState, or -1 before a run
    [[nodiscard]] QVariant sortKey(int index, int column) const;
    void rebuildRows();
    // Filter or sort changed: synchronously for small plans, else on a worker thread.
    void requestRows(bool sortOnly);
    void applyRows(QList<int> rows, bool sortOnly);
    void rebuildRowLookup();

    Plan m_plan;
    qint64 m_planId = 0;
    QMap<Category, int> m_counts;
    int m_writeCount = 0;
    QList<OperationOutcome> m_outcomes;   // per operation; index -1 while it has none
    QString m_textFilter;
    std::optional<Category> m_categoryFilter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<int> m_rows;          // visible row → operation index
    QList<int> m_rowOf;         // operation index → visible row, or -1
    int m_dirtyFirst = -1;      // visible rows whose outcome changed since the last flush
    int m_dirtyLast = -1;
    QTimer m_flush;
    int m_backgroundThreshold = 50000;
    bool m_indexing = false;
    quint64 m_indexGeneration = 0;
};

} // namespace Tenure::Models
