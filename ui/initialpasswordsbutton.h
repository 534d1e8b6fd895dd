#pragma once

#include <QToolButton>

namespace Tenure::App {
class SecretStore;
class Workspace;
}

namespace Tenure::Ui {

class InitialPasswordsDialog;

// The status bar's "N initial passwords to hand over": shown only while some wait; opens the
// InitialPasswordsDialog. refresh() counts again in the background (after a run, say).
class InitialPasswordsButton : public QToolButton {
    Q_OBJECT

public:
    InitialPasswordsButton(App::Workspace& workspace, App::SecretStore& secrets, QString operatorName,
                           QWidget* parent = nullptr);

    void refresh();
    // Opens the dialog (window-modal, with open()); also what a click does.
    void openDialog();
    [[nodiscard]] InitialPasswordsDialog* dialog() const { return m_dialog; }
    [[nodiscard]] int waiting() const { return m_waiting; }

private:
    void showCount(int count);

    App::Workspace& m_workspace;
    App::SecretStore& m_secrets;
    QString m_operator;
    InitialPasswordsDialog* m_dialog = nullptr;
    int m_waiting = 0;
};

} // namespace Tenure::Ui
