#include "initialpasswordsbutton.h"

#include "app/initialpasswords.h"
#include "backgroundcall.h"
#include "initialpasswordsdialog.h"

namespace Tenure::Ui {

InitialPasswordsButton::InitialPasswordsButton(App::Workspace& workspace, App::SecretStore& secrets,
                                               QString operatorName, QWidget* parent)
    : QToolButton(parent), m_workspace(workspace), m_secrets(secrets), m_operator(std::move(operatorName))
{
    setObjectName(QStringLiteral("initialPasswordsButton"));
    setAutoRaise(true);
    setToolTip(tr("New accounts' initial passwords, waiting to be handed over once"));
    hide();
    connect(this, &QToolButton::clicked, this, &InitialPasswordsButton::openDialog);
    refresh();
}

void InitialPasswordsButton::refresh()
{
    const App::InitialPasswords passwords(m_workspace, m_secrets, m_operator);
    runInBackground(this, [passwords] { return passwords.waiting(); },
                    [this](const Models::Result<QList<Models::WaitingPassword>>& waiting) {
                        // The dialog says what went wrong when opened; the status bar stays quiet.
                        showCount(waiting ? int(waiting->size()) : 0);
                    });
}

void InitialPasswordsButton::openDialog()
{
    if (!m_dialog) {
        m_dialog = new InitialPasswordsDialog(m_workspace, m_secrets, m_operator, window());
        m_dialog->setWindowModality(Qt::WindowModal);
        connect(m_dialog, &InitialPasswordsDialog::waitingChanged, this, &InitialPasswordsButton::showCount);
    } else {
        m_dialog->reload();
    }
    m_dialog->open();
}

void InitialPasswordsButton::showCount(int count)
{
    m_waiting = count;
    setText(count == 1 ? tr("1 initial password to hand over") : tr("%1 initial passwords to hand over").arg(count));
    setAccessibleName(text());
    setVisible(count > 0);
}

} // namespace Tenure::Ui
