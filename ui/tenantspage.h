#pragma once

#include "connectorforms/connectorkind.h"
#include "models/domain/tenant.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace Tenure::App {
class ConnectorFactory;
class Workspace;
}

namespace Tenure::Ui {

class ConnectorForm;
class ErrorBanner;
class NotedField;

// The workspace's tenants: HR sources and directories of every kind the connector catalogue
// knows (connectorforms/connectorkinds.h), several of each. Add, edit and remove them; forms
// validate as you type, with the message next to the field; Save writes the settings to the
// workspace and the secret to the keychain, Test connection asks the connector (its answer is
// shown by the button, where the person clicked), Remove takes the tenant and its secret away;
// all three off the GUI thread.
class TenantsPage : public QWidget {
    Q_OBJECT

public:
    TenantsPage(App::Workspace& workspace, App::ConnectorFactory& connectors, QWidget* parent = nullptr);

    void reload();   // F5
    void addHrSource();
    void addDirectory();
    // For a tenant not saved yet: switch it to another kind of its role ("graph", "sql", …).
    bool chooseKind(const QString& kindId);
    void selectTenant(const QString& name);
    void save();
    void testConnection();
    void removeTenant();   // asks first

    [[nodiscard]] QListWidget* tenantList() const { return m_list; }
    [[nodiscard]] QLineEdit* nameEdit() const { return m_name; }
    [[nodiscard]] QComboBox* kindCombo() const { return m_kind; }
    [[nodiscard]] QComboBox* sourceCombo() const { return m_source; }
    [[nodiscard]] ConnectorForm* currentForm() const { return m_form; }
    [[nodiscard]] ConnectorForm* form(const QString& kindId) const;
    [[nodiscard]] QPushButton* saveButton() const { return m_save; }
    [[nodiscard]] QPushButton* testButton() const { return m_test; }
    [[nodiscard]] QPushButton* removeButton() const { return m_remove; }
    [[nodiscard]] QLabel* problemLabel() const { return m_problem; }
    [[nodiscard]] QLabel* nameNote() const;
    [[nodiscard]] ErrorBanner* banner() const { return m_banner; }
    // What the last Test connection found, next to the button (cleared by an edit of the form).
    [[nodiscard]] ErrorBanner* connectionResult() const { return m_connectionResult; }
    [[nodiscard]] bool isBusy() const { return m_busy > 0; }

Q_SIGNALS:
    void tenantsChanged();   // a tenant was saved or removed: other pages re-read the list
    void busyChanged(bool busy);

private:
    void buildLayout();
    void setTenants(const QList<Models::Tenant>& tenants);
    void edit(const Models::Tenant& tenant);
    void showKindChoices(Models::TenantRole role, const ConnectorKind* current);
    void kindPicked(int index);
    void validate();
    void setBusy(bool busy);
    void setTabOrderFor(const ConnectorForm* form);
    void removeConfirmed(const QString& name);
    [[nodiscard]] const ConnectorKind* kindOf(const Models::Tenant& tenant) const;
    [[nodiscard]] Models::Tenant draft() const;

    App::Workspace& m_workspace;
    App::ConnectorFactory& m_connectors;
    QList<ConnectorKind> m_kinds;
    QList<ConnectorForm*> m_forms;   // one per kind, in m_kinds' order
    ConnectorForm* m_form = nullptr; // the one shown; null for a type this version cannot edit
    QList<Models::Tenant> m_tenants;
    Models::Tenant m_editing;     // as loaded; id 0 for a new tenant
    bool m_editingSomething = false;
    bool m_nameEdited = false;    // the name note waits until the name is typed in
    bool m_keepBanner = false;    // the next edit() keeps the banner (what Remove just said)
    int m_busy = 0;
    QString m_wanted;             // the tenant to select once the list is loaded

    QListWidget* m_list;
    QPushButton* m_addHr;
    QPushButton* m_addDirectory;
    QStackedWidget* m_right;
    QLabel* m_empty;
    QScrollArea* m_scroll;
    QLabel* m_title;
    ErrorBanner* m_banner;
    QLineEdit* m_name;
    NotedField* m_nameField;
    QLabel* m_kindLabel;
    QComboBox* m_kind;
    QLabel* m_kindSummary;
    QLabel* m_sourceLabel;
    QComboBox* m_source;
    NotedField* m_sourceField;
    QWidget* m_formsBox;
    QLabel* m_problem;
    ErrorBanner* m_connectionResult;
    QPushButton* m_remove;
    QPushButton* m_test;
    QPushButton* m_save;
};

} // namespace Tenure::Ui
