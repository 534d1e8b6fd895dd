#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace Tenure::Ui {

// A path with a "Browse…" button. The file dialog opens with open(), never exec(), so no
// nested event loop runs on the GUI thread.
class FileField : public QWidget {
    Q_OBJECT

public:
    FileField(const QString& dialogTitle, const QString& nameFilter, QWidget* parent = nullptr);

    [[nodiscard]] QString path() const;
    void setPath(const QString& path);
    void setPlaceholderText(const QString& text);
    void setAccessibleNames(const QString& field);
    [[nodiscard]] QLineEdit* edit() const { return m_edit; }
    [[nodiscard]] QToolButton* browseButton() const { return m_browse; }

Q_SIGNALS:
    void pathChanged(const QString& path);

private:
    void browse();

    QString m_title;
    QString m_filter;
    QLineEdit* m_edit;
    QToolButton* m_browse;
};

} // namespace Tenure::Ui
