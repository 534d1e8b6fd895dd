#pragma once

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace Tenure::Ui {

class FileField;

// The settings of a CSV HR source: the file, its delimiter and the worker id column.
// Keys it does not show are kept as they were.
class CsvForm : public QWidget {
    Q_OBJECT

public:
    explicit CsvForm(QWidget* parent = nullptr);

    void setSettings(const QJsonObject& settings);
    [[nodiscard]] QJsonObject settings() const;

    [[nodiscard]] FileField* pathField() const { return m_path; }
    [[nodiscard]] QComboBox* delimiterCombo() const { return m_delimiter; }
    [[nodiscard]] QLineEdit* workerIdEdit() const { return m_workerId; }
    [[nodiscard]] QWidget* firstField() const;
    [[nodiscard]] QWidget* lastField() const;

Q_SIGNALS:
    void changed();

private:
    QJsonObject m_original;
    FileField* m_path;
    QComboBox* m_delimiter;
    QLineEdit* m_workerId;
};

} // namespace Tenure::Ui
