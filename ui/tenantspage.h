#pragma once

#include "models/domain/tenant.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace Tenure::App {
class ConnectorFactory;
class Workspace;
}

namespace Tenure::Ui {

class CsvForm;
class ErrorBanner;
class LdapForm;

// The workspace's tenants: view and edit an HR source (CSV) and a directory (LDAP), validated as
// you type; Save writes the settings to the workspace and the password to the keychain, and
// Test connection asks the connector; both off the GUI thread.
class TenantsPage : public QWidget {
    Q_OBJECT

public:
    TenantsPage(App::Workspace& workspace, App::ConnectorFactory& connectors, QWidget* parent = nullptr);

    void reload();   // F5
    void addHrSource();
    void addDirectory();
    void selectTenant(const QString& name);
    void save();
    void testConnection();

    [[nodiscard]] QListWidget* tenantList() const { return m_list; }
    [[nodiscard]] QLineEdit* nameEdit() const { return m_name; }
    [[nodiscard]] QComboBox* sourceCombo() const { return m_source; }
    [[nodiscard]] CsvForm* csvForm() const { return m_csv; }
    [[nodiscard]] LdapForm* ldapForm() const { return m_ldap; }
    [[nodiscard]] QPushButton* saveButton() const { return m_save; }
    [[nodiscard]] QPushButton* testButton() const { return m_test; }
    [[nodiscard]] QLabel* problemLabel() const { return m_problem; }
    [[nodiscard]] ErrorBanner* banner() const { return m_banner; }
    [[nodiscard]] bool isBusy() const { return m_busy > 0; }

Q_SIGNALS:
    void tenantsChanged();   // a tenant was saved: other pages re-read the list
    void busyChanged(bool busy);

private:
    void buildLayout();
    void setTenants(const QList<Models::Tenant>& tenants);
    void edit(const Models::Tenant& tenant);
    void validate();
    void setBusy(bool busy);
    [[nodiscard]] Models::Tenant draft() const;

    App::Workspace& m_workspace;
    App::ConnectorFactory& m_connectors;
    QList<Models::Tenant> m_tenants;
    Models::Tenant m_editing;     // as loaded; id 0 for a new tenant
    bool m_editingSomething = false;
    int m_busy = 0;
    QString m_wanted;             // the tenant to select once the list is loaded

    QListWidget* m_list;
    QPushButton* m_addHr;
    QPushButton* m_addDirectory;
    QStackedWidget* m_right;
    QLabel* m_empty;
    QLabel* m_title;
    ErrorBanner* m_banner;
    QLineEdit* m_name;
    QLabel* m_sourceLabel;
    QComboBox* m_source;
    QStackedWidget* m_forms;
    CsvForm* m_csv;
    LdapForm* m_ldap;
    QLabel* m_problem;
    QPushButton* m_test;
    QPushButton* m_save;
};

} // namespace Tenure::Ui
