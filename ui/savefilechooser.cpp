#include "savefilechooser.h"

#include <QFileDialog>
#include <QTimer>

namespace Tenure::Ui {

void SaveFileChooser::ask(QWidget* parent, const QString& title, const QString& nameFilter, const QString& suffix,
                          const QString& suggestedPath, std::function<void(const QString&)> chosen)
{
    s_lastSuggestion = suggestedPath;
    if (s_nextPath) {
        const QString path = *s_nextPath;
        s_nextPath.reset();
        // Later, like a real answer: the caller's code after ask() runs first either way.
        QTimer::singleShot(0, parent, [chosen = std::move(chosen), path] {
            if (!path.isEmpty())
                chosen(path);
        });
        return;
    }
    auto* dialog = new QFileDialog(parent, title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilter(nameFilter);
    dialog->setDefaultSuffix(suffix);
    dialog->selectFile(suggestedPath);
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog,
                     [chosen = std::move(chosen)](const QString& path) { chosen(path); });
    dialog->open();
}

} // namespace Tenure::Ui
