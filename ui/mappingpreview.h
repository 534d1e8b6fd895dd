#pragma once

#include "models/domain/worker.h"
#include "models/mapping/mappingset.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;
class QTimer;

namespace Tenure::Ui {

// The live preview of a mapping: each target attribute's value for real sample workers (one
// chosen worker, or the first 20), "does not flow", or the error. Evaluated off the GUI thread
// ~250 ms after the last edit; the latest evaluation wins.
class MappingPreview : public QWidget {
    Q_OBJECT

public:
    static constexpr int SampleCount = 20;

    explicit MappingPreview(QWidget* parent = nullptr);
    void setWorkers(const QList<Models::Worker>& workers, const QString& displayNameField);
    void schedule(const Models::MappingSet& mapping);   // debounced
    void evaluateNow();

    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QComboBox* workerCombo() const { return m_worker; }
    // The shown cell for a worker and a target attribute (empty when either is not shown).
    [[nodiscard]] QString cell(const QString& workerId, const QString& target) const;
    [[nodiscard]] int evaluations() const { return m_evaluations; }   // completed, for tests

    struct Row {
        QString workerId;
        QString name;
        QString scope;            // empty when in scope, else why not
        QStringList cells;        // per target, in `targets` order
        QList<bool> errors;
    };
    struct Result {
        QStringList targets;
        QList<Row> rows;
    };

Q_SIGNALS:
    void evaluated();

private:
    void showResult(const Result& result);

    QList<Models::Worker> m_workers;
    QString m_nameField;
    Models::MappingSet m_mapping;
    QComboBox* m_worker;
    QLabel* m_status;
    QTableWidget* m_table;
    QTimer* m_debounce;
    quint64 m_generation = 0;
    int m_evaluations = 0;
};

} // namespace Tenure::Ui
