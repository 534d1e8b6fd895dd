#pragma once

#include <QString>
#include <functional>
#include <optional>

class QWidget;

namespace Tenure::Ui {

// Asks a yes/no question without blocking: a window-modal QMessageBox opened with open(), never
// exec() (no nested event loop on the GUI thread). `answered` runs once, with true for yes.
//
// Tests answer in advance with setNextAnswer() (KeePassXC's MessageBox::setNextAnswer): the next
// ask() then shows nothing and answers on the next turn of the event loop.
class Confirmation {
public:
    static void ask(QWidget* parent, const QString& title, const QString& text, const QString& yesText,
                    std::function<void(bool)> answered);

    static void setNextAnswer(bool yes) { s_nextAnswer = yes; }
    // What the last ask() asked (tests check the question).
    [[nodiscard]] static QString lastQuestion() { return s_lastQuestion; }

private:
    static inline std::optional<bool> s_nextAnswer;
    static inline QString s_lastQuestion;
};

} // namespace Tenure::Ui
