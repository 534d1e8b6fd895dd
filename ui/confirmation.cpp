#include "confirmation.h"

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTimer>

namespace Tenure::Ui {

void Confirmation::ask(QWidget* parent, const QString& title, const QString& text, const QString& yesText,
                       std::function<void(bool)> answered)
{
    s_lastQuestion = text;
    if (s_nextAnswer) {
        const bool yes = *s_nextAnswer;
        s_nextAnswer.reset();
        // Later, like a real answer: the caller's code after ask() runs first either way.
        QTimer::singleShot(0, parent, [answered = std::move(answered), yes] { answered(yes); });
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    auto* yes = box->addButton(yesText, QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);   // a mistaken Enter must not start a run
    QObject::connect(box, &QMessageBox::finished, box,
                     [box, yes, answered = std::move(answered)](int) { answered(box->clickedButton() == yes); });
    box->open();
}

} // namespace Tenure::Ui
