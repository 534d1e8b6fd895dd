#pragma once

#include "tenantvalidation.h"

#include <QWidget>

class QLabel;

namespace Tenure::Ui {

// An editor with a note under it: what is wrong with the value (red) or a risk worth knowing
// (amber), said where the person is looking. The note is also the editor's accessible
// description, so a screen reader says it with the field.
class NotedField : public QWidget {
    Q_OBJECT

public:
    // `described`: the widget that takes focus (a FileField's line edit, not the FileField).
    NotedField(QWidget* editor, QWidget* described, QWidget* parent = nullptr);

    void setNote(const FieldNote* note);   // nullptr: no note
    [[nodiscard]] QLabel* noteLabel() const { return m_note; }
    [[nodiscard]] QWidget* editor() const { return m_editor; }

private:
    QWidget* m_editor;
    QWidget* m_described;
    QLabel* m_note;
};

} // namespace Tenure::Ui
