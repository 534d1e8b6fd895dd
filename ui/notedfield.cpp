#include "notedfield.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Tenure::Ui {

NotedField::NotedField(QWidget* editor, QWidget* described, QWidget* parent)
    : QWidget(parent), m_editor(editor), m_described(described), m_note(new QLabel(this))
{
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    layout->addWidget(m_note);
    setFocusProxy(described);
}

void NotedField::setNote(const FieldNote* note)
{
    const QString text = note ? note->text : QString();
    if (text == m_note->text() && m_note->isVisibleTo(this) == !text.isEmpty())
        return;
    m_note->setText(text);
    if (note) {
        // The same colours as the page's banners: red for what stops Save, amber for a risk.
        m_note->setStyleSheet(note->severity == FieldNote::Severity::Error
                                  ? QStringLiteral("color: #a4262c;")
                                  : QStringLiteral("color: #8a5300; background: #fff8e1; padding: 4px;"));
    }
    m_note->setVisible(!text.isEmpty());
    m_described->setAccessibleDescription(text);
}

} // namespace Tenure::Ui
