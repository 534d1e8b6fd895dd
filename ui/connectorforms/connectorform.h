#pragma once

#include "app/tenantsetup.h"
#include "connectorkind.h"
#include "ui/tenantvalidation.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Tenure::Ui {

class FileField;
class NotedField;

// The form of one connector kind, drawn from its description: a row per field, in order, each
// with its note under it. It renders and collects; what is valid is decided by the rules
// (tenantvalidation.h), whose notes the page hands back with showNotes(). Keys the form does not
// show are kept as they were. The secret is only ever typed in (or its file chosen): it is never
// read back into the form.
class ConnectorForm : public QWidget {
    Q_OBJECT

public:
    explicit ConnectorForm(ConnectorKind kind, QWidget* parent = nullptr);

    [[nodiscard]] const ConnectorKind& kind() const { return m_kind; }

    // hasStoredSecret: the tenant already has a secret in the keychain (the placeholder says so).
    void setSettings(const QJsonObject& settings, bool hasStoredSecret);
    [[nodiscard]] QJsonObject settings() const;
    // The secret as given in the visible secret field; empty: keep the stored one.
    [[nodiscard]] App::SecretInput secretInput() const;
    // After Save: the secret is in the keychain now.
    void clearSecret();

    // Errors are shown for the fields a person has edited (all of them after revealNotes(), as
    // for a stored tenant), warnings always.
    void showNotes(const QHash<QString, FieldNote>& notes);
    void revealNotes();
    // An error found by Test connection in one field (the connector's context.attribute), shown
    // until the next edit. False when the form has no such field.
    bool showConnectionError(const QString& key, const QString& text);

    [[nodiscard]] QWidget* firstField() const;
    [[nodiscard]] QWidget* lastField() const;
    [[nodiscard]] QFormLayout* formLayout() const { return m_layout; }

    // The widgets by field key, for the page's tab order and for tests.
    [[nodiscard]] QWidget* editor(const QString& key) const;
    [[nodiscard]] QLineEdit* lineEdit(const QString& key) const;
    [[nodiscard]] QPlainTextEdit* textEdit(const QString& key) const;
    [[nodiscard]] QComboBox* comboBox(const QString& key) const;
    [[nodiscard]] QCheckBox* checkBox(const QString& key) const;
    [[nodiscard]] QSpinBox* spinBox(const QString& key) const;
    [[nodiscard]] FileField* fileField(const QString& key) const;
    [[nodiscard]] QLabel* noteLabel(const QString& key) const;
    [[nodiscard]] bool isRowVisible(const QString& key) const;

Q_SIGNALS:
    void changed();

private:
    struct Row {
        FieldSpec spec;
        QWidget* editor = nullptr;
        QWidget* focus = nullptr;          // what takes focus: a FileField's line edit
        QLabel* label = nullptr;           // none for a check box, which carries its own text
        NotedField* noted = nullptr;
    };

    void addRow(const FieldSpec& spec);
    QWidget* makeEditor(const FieldSpec& spec);
    void setValue(const Row& row, const QJsonObject& settings);
    [[nodiscard]] QJsonValue value(const Row& row) const;
    void fillChoices(QComboBox* combo, const FieldSpec& spec, const QJsonValue& current);
    void applyPreset(const Row& row, int index);
    void syncPresets();
    void refreshRows();
    void edited(const QString& key);
    [[nodiscard]] const Row* row(const QString& key) const;

    ConnectorKind m_kind;
    QFormLayout* m_layout;
    QList<Row> m_rows;
    QJsonObject m_original;
    bool m_hasStoredSecret = false;
    QSet<QString> m_touched;
    bool m_revealAll = false;
    QHash<QString, FieldNote> m_notes;
    QString m_connectionErrorKey;
    FieldNote m_connectionError;
};

} // namespace Tenure::Ui
