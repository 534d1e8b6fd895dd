#pragma once

#include "models/mapping/mappingset.h"
#include "models/store/repositories.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Tenure::Ui {

// The saved versions of a mapping: pick two and compare them side by side (each attribute's
// rule as JSON, differences marked), or roll back to one (it is saved again as a new version).
// The page loads and saves; this panel only shows and asks.
class MappingVersions : public QWidget {
    Q_OBJECT

public:
    explicit MappingVersions(QWidget* parent = nullptr);
    void setVersions(const QList<Models::MappingVersion>& versions);
    void showComparison(int left, const Models::MappingSet& a, int right, const Models::MappingSet& b);
    void showError(const QString& text);

    [[nodiscard]] QComboBox* leftCombo() const { return m_left; }
    [[nodiscard]] QComboBox* rightCombo() const { return m_right; }
    [[nodiscard]] QPushButton* compareButton() const { return m_compare; }
    [[nodiscard]] QPushButton* rollbackButton() const { return m_rollback; }
    [[nodiscard]] QTableWidget* diff() const { return m_diff; }
    [[nodiscard]] int changedRows() const { return m_changed; }

Q_SIGNALS:
    void compareRequested(int left, int right);
    void rollbackRequested(int version);

private:
    QComboBox* m_left;
    QComboBox* m_right;
    QPushButton* m_compare;
    QPushButton* m_rollback;
    QLabel* m_summary;
    QTableWidget* m_diff;
    int m_changed = 0;
};

} // namespace Tenure::Ui
