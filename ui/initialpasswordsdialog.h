#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Tenure::App {
class SecretStore;
class Workspace;
}

namespace Tenure::Ui {

class ErrorBanner;

// Hands over the initial passwords of new Active Directory accounts: the accounts whose password
// waits in the keychain, and for the one selected, "Reveal": the password shown once with a Copy
// button, removed from the keychain and audited as handed over at that moment (App::InitialPasswords
// does the work, on a worker thread). Closing the dialog wipes the password from the field, and
// from the clipboard if it is still there. Open it with open(), never exec().
class InitialPasswordsDialog : public QDialog {
    Q_OBJECT

public:
    InitialPasswordsDialog(App::Workspace& workspace, App::SecretStore& secrets, QString operatorName,
                           QWidget* parent = nullptr);
    ~InitialPasswordsDialog() override;

    // Lists what waits, in the background.
    void reload();

    // For tests and accessibility tools.
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QPushButton* revealButton() const { return m_reveal; }
    [[nodiscard]] QLineEdit* passwordField() const { return m_password; }
    [[nodiscard]] QPushButton* copyButton() const { return m_copy; }
    [[nodiscard]] ErrorBanner* banner() const { return m_banner; }

Q_SIGNALS:
    // How many passwords wait, after each reload.
    void waitingChanged(int count);

protected:
    void done(int result) override;

private:
    void reveal();
    void showPassword(const QString& account, QString password);
    void wipe();

    App::Workspace& m_workspace;
    App::SecretStore& m_secrets;
    QString m_operator;
    ErrorBanner* m_banner;
    QTableWidget* m_table;
    QPushButton* m_reveal;
    QLabel* m_shownFor;
    QLineEdit* m_password;
    QPushButton* m_copy;
    bool m_taking = false;
};

} // namespace Tenure::Ui
