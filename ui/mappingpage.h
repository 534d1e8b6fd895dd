#pragma once

#include "app/hrsamples.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace Tenure::App {
class ConnectorFactory;
class Workspace;
}

namespace Tenure::Ui {

class ErrorBanner;
class MappingPreview;
class MappingRuleEditor;
class MappingVersions;
class ScopingEditor;
class SourceAttributeList;
class TargetAttributeTable;

// The mapping builder of one directory tenant: its HR source's attributes with sample values
// on the left, the target's attributes on the right (drop an HR attribute on one to map it, or
// select both and press Ctrl+M), the selected rule's editor, the matching order, the scoping
// filter, versions (save, compare, roll back), Entra schema import and templates, and a live
// preview on real sample workers. Reading and saving run off the GUI thread.
class MappingPage : public QWidget {
    Q_OBJECT

public:
    MappingPage(App::Workspace& workspace, App::ConnectorFactory& connectors, QWidget* parent = nullptr);
    ~MappingPage() override;

    void reloadTenants();
    void reload();                         // F5: re-reads the HR source and the stored mapping
    void save();                           // Ctrl+S: a new version
    void mapSelected();                    // Ctrl+M: the selected HR attribute onto the selected target
    void mapSource(const QString& target, const QString& source);
    void importEntraSchema(const QString& path);
    void startFromTemplate(const QString& name);
    void compareVersions(int left, int right);
    void rollBack(int version);
    void removeRule(const QString& target);

    [[nodiscard]] const Models::MappingSet& mapping() const { return m_mapping; }
    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    [[nodiscard]] bool isModified() const { return m_modified; }
    [[nodiscard]] QComboBox* tenantCombo() const { return m_tenant; }
    [[nodiscard]] SourceAttributeList* sourceList() const { return m_sources; }
    [[nodiscard]] TargetAttributeTable* targetTable() const { return m_targets; }
    [[nodiscard]] MappingRuleEditor* ruleEditor() const { return m_rule; }
    [[nodiscard]] QListWidget* matchingOrder() const { return m_matching; }
    [[nodiscard]] ScopingEditor* scopingEditor() const { return m_scope; }
    [[nodiscard]] MappingVersions* versions() const { return m_versions; }
    [[nodiscard]] MappingPreview* preview() const { return m_preview; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] ErrorBanner* banner() const { return m_banner; }
    [[nodiscard]] QPushButton* saveButton() const { return m_save; }

Q_SIGNALS:
    void tenantsPageWanted();
    void saved(int version);
    void versionsLoaded();
    void compared();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildLayout();
    QWidget* buildAttributesTab();
    void buildActions();
    void setTenants(const QStringList& directories);
    void onSamples(const App::MappingSamples& samples);
    void setMapping(const Models::MappingSet& mapping, bool modified);
    void showRuleOf(const QString& target);
    void onRuleEdited(const Models::AttributeMapping& rule);
    void onMatchingReordered();
    void refreshViews();
    void setModified(bool modified);
    void loadVersions();
    void showEmpty(const QString& text, const QString& action);

    App::Workspace& m_workspace;
    App::ConnectorFactory& m_connectors;
    App::MappingSamples m_samples;
    Models::MappingSet m_mapping;
    bool m_loaded = false;
    bool m_modified = false;
    quint64 m_readGeneration = 0;
    bool m_reloadWhenShown = false;   // a reload asked for while the page was hidden
    Models::CancelToken m_readCancel;

    QComboBox* m_tenant;
    QToolButton* m_template;
    QPushButton* m_import;
    QPushButton* m_save;
    QLabel* m_state;
    ErrorBanner* m_banner;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QPushButton* m_emptyAction;
    QTabWidget* m_tabs;
    QSplitter* m_split;
    QSplitter* m_vertical;
    SourceAttributeList* m_sources;
    TargetAttributeTable* m_targets;
    QListWidget* m_matching;
    MappingRuleEditor* m_rule;
    ScopingEditor* m_scope;
    MappingVersions* m_versions;
    MappingPreview* m_preview;
};

} // namespace Tenure::Ui
