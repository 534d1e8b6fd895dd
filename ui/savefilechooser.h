#pragma once

#include <QString>
#include <functional>
#include <optional>

class QWidget;

namespace Tenure::Ui {

// Asks where to save a file without blocking: a window-modal QFileDialog opened with open(),
// never exec(). `chosen` runs once with the path, or not at all when the person cancels. The
// dialog starts in `suggestedPath`'s folder with its file name filled in, and adds `suffix`
// when the person types a name without one.
//
// Tests choose in advance with setNextPath() (as Confirmation::setNextAnswer): the next ask()
// shows nothing and answers on the next turn of the event loop; an empty path is a cancel.
class SaveFileChooser {
public:
    static void ask(QWidget* parent, const QString& title, const QString& nameFilter, const QString& suffix,
                    const QString& suggestedPath, std::function<void(const QString&)> chosen);

    static void setNextPath(const QString& path) { s_nextPath = path; }
    // The file name the last ask() suggested (tests check it).
    [[nodiscard]] static QString lastSuggestion() { return s_lastSuggestion; }

private:
    static inline std::optional<QString> s_nextPath;
    static inline QString s_lastSuggestion;
};

} // namespace Tenure::Ui
