#include "connectorform.h"

#include "settingpath.h"

#include "ui/filefield.h"
#include "ui/notedfield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QToolButton>

namespace Tenure::Ui {
namespace {

QString trailingSlashless(QString text)
{
    text = text.trimmed();
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

bool isEmptyValue(const QJsonValue& value)
{
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty())
           || (value.isDouble() && value.toDouble() == 0);
}

} // namespace

ConnectorForm::ConnectorForm(ConnectorKind kind, QWidget* parent)
    : QWidget(parent), m_kind(std::move(kind)), m_layout(new QFormLayout(this))
{
    setObjectName(m_kind.id + QStringLiteral("Form"));
    setAccessibleName(m_kind.title);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const auto& spec : std::as_const(m_kind.fields))
        addRow(spec);
    // Tab order follows the rows; a FileField's Browse… button comes right after its path.
    QWidget* previous = nullptr;
    for (const auto& row : std::as_const(m_rows)) {
        QList<QWidget*> chain{row.focus};
        if (auto* file = qobject_cast<FileField*>(row.editor))
            chain << file->browseButton();
        for (auto* widget : chain) {
            if (previous)
                setTabOrder(previous, widget);
            previous = widget;
        }
    }
    setSettings(m_kind.defaults, false);
}

QWidget* ConnectorForm::makeEditor(const FieldSpec& spec)
{
    const auto touch = [this, key = spec.key] { edited(key); };
    switch (spec.type) {
    case FieldType::Text:
    case FieldType::Secret: {
        auto* edit = new QLineEdit(this);
        edit->setPlaceholderText(spec.placeholder);
        if (spec.type == FieldType::Secret) {
            edit->setEchoMode(QLineEdit::Password);
            // Never offer the typed secret to other programs.
            edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
            edit->setContextMenuPolicy(Qt::NoContextMenu);
        }
        // Loading happens with signals blocked: any change signal is an edit (typed, pasted, or a
        // preset filling the field in).
        connect(edit, &QLineEdit::textChanged, this, [this, touch] { touch(); refreshRows(); Q_EMIT changed(); });
        return edit;
    }
    case FieldType::LongText: {
        auto* edit = new QPlainTextEdit(this);
        edit->setPlaceholderText(spec.placeholder);
        edit->setTabChangesFocus(true);
        edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        const int lines = 4;
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 2 * edit->frameWidth()
                             + int(edit->document()->documentMargin() * 2));
        connect(edit, &QPlainTextEdit::textChanged, this, [this, touch] { touch(); refreshRows(); Q_EMIT changed(); });
        return edit;
    }
    case FieldType::Number: {
        auto* spin = new QSpinBox(this);
        spin->setRange(spec.minimum, spec.maximum);
        if (spec.omitWhenEmpty && spec.minimum == 0)
            spin->setSpecialValueText(tr("Default"));
        connect(spin, &QSpinBox::valueChanged, this, [this, touch] { touch(); refreshRows(); Q_EMIT changed(); });
        return spin;
    }
    case FieldType::Choice:
    case FieldType::Preset: {
        auto* combo = new QComboBox(this);
        if (spec.type == FieldType::Preset) {
            for (const auto& choice : spec.choices)
                combo->addItem(choice.text);
            connect(combo, &QComboBox::activated, this, [this, key = spec.key](int index) {
                if (const Row* r = row(key))
                    applyPreset(*r, index);
            });
        } else {
            connect(combo, &QComboBox::currentIndexChanged, this, [this, touch] { touch(); refreshRows(); Q_EMIT changed(); });
        }
        return combo;
    }
    case FieldType::Flag: {
        auto* box = new QCheckBox(spec.label, this);
        connect(box, &QCheckBox::toggled, this, [this, touch] { touch(); refreshRows(); Q_EMIT changed(); });
        return box;
    }
    case FieldType::File:
    case FieldType::SecretFile: {
        auto* file = new FileField(spec.accessibleName, spec.fileFilter, this);
        file->setPlaceholderText(spec.placeholder);
        connect(file, &FileField::pathChanged, this, [this, touch] { touch(); refreshRows(); Q_EMIT changed(); });
        return file;
    }
    }
    return nullptr;
}

void ConnectorForm::addRow(const FieldSpec& spec)
{
    Row row;
    row.spec = spec;
    row.editor = makeEditor(spec);
    row.editor->setObjectName(m_kind.id + QLatin1Char('_') + spec.key);
    auto* file = qobject_cast<FileField*>(row.editor);
    row.focus = file ? static_cast<QWidget*>(file->edit()) : row.editor;
    if (file)
        file->setAccessibleNames(spec.accessibleName);
    else
        row.editor->setAccessibleName(spec.accessibleName);
    if (!spec.toolTip.isEmpty())
        row.editor->setToolTip(spec.toolTip);
    row.noted = new NotedField(row.editor, row.focus, this);
    row.noted->noteLabel()->setObjectName(m_kind.id + QLatin1Char('_') + spec.key + QStringLiteral("_note"));
    if (spec.type == FieldType::Flag) {
        m_layout->addRow(QString(), row.noted);
    } else {
        row.label = new QLabel(spec.label, this);
        row.label->setBuddy(row.focus);
        m_layout->addRow(row.label, row.noted);
    }
    m_rows.append(row);
}

const ConnectorForm::Row* ConnectorForm::row(const QString& key) const
{
    for (const auto& r : m_rows)
        if (r.spec.key == key)
            return &r;
    return nullptr;
}

void ConnectorForm::fillChoices(QComboBox* combo, const FieldSpec& spec, const QJsonValue& current)
{
    combo->clear();
    for (const auto& choice : spec.choices)
        combo->addItem(choice.text, choice.value.toVariant());
    int index = combo->findData(current.toVariant());
    // A value this version does not list (written by hand, or by a newer version) is kept as it is.
    if (index < 0 && current.isString() && !current.toString().isEmpty()) {
        combo->addItem(current.toString(), current.toVariant());
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(std::max(0, index));
}

void ConnectorForm::setValue(const Row& row, const QJsonObject& settings)
{
    const FieldSpec& spec = row.spec;
    const QJsonValue at = settingAt(settings, spec.key);
    const QJsonValue stored = at.isUndefined() ? spec.defaultValue : at;
    switch (spec.type) {
    case FieldType::Text: qobject_cast<QLineEdit*>(row.editor)->setText(stored.toString()); break;
    case FieldType::LongText: qobject_cast<QPlainTextEdit*>(row.editor)->setPlainText(stored.toString()); break;
    case FieldType::Number: qobject_cast<QSpinBox*>(row.editor)->setValue(stored.toInt(spec.minimum)); break;
    case FieldType::Choice: fillChoices(qobject_cast<QComboBox*>(row.editor), spec, stored); break;
    case FieldType::Flag: qobject_cast<QCheckBox*>(row.editor)->setChecked(stored.toBool()); break;
    case FieldType::File: qobject_cast<FileField*>(row.editor)->setPath(stored.toString()); break;
    case FieldType::Secret: {
        auto* edit = qobject_cast<QLineEdit*>(row.editor);
        edit->clear();
        edit->setPlaceholderText(m_hasStoredSecret ? tr("Stored in the keychain; type a new one to replace it")
                                 : !spec.placeholder.isEmpty() ? spec.placeholder
                                                               : tr("Required; stored in the keychain, never in the workspace"));
        break;
    }
    case FieldType::SecretFile: {
        auto* file = qobject_cast<FileField*>(row.editor);
        file->setPath(QString());
        file->setPlaceholderText(m_hasStoredSecret ? tr("Stored in the keychain; choose a new file to replace it")
                                                   : spec.placeholder);
        break;
    }
    case FieldType::Preset: break;   // follows the fields it sets: syncPresets()
    }
}

QJsonValue ConnectorForm::value(const Row& row) const
{
    switch (row.spec.type) {
    case FieldType::Text: return qobject_cast<QLineEdit*>(row.editor)->text().trimmed();
    case FieldType::LongText: return qobject_cast<QPlainTextEdit*>(row.editor)->toPlainText().trimmed();
    case FieldType::Number: return qobject_cast<QSpinBox*>(row.editor)->value();
    case FieldType::Choice: return QJsonValue::fromVariant(qobject_cast<QComboBox*>(row.editor)->currentData());
    case FieldType::Flag: return qobject_cast<QCheckBox*>(row.editor)->isChecked();
    case FieldType::File: return qobject_cast<FileField*>(row.editor)->path();
    case FieldType::Secret:
    case FieldType::SecretFile:
    case FieldType::Preset: break;
    }
    return {};
}

void ConnectorForm::setSettings(const QJsonObject& settings, bool hasStoredSecret)
{
    m_original = settings;
    m_hasStoredSecret = hasStoredSecret;
    m_touched.clear();
    m_revealAll = false;
    m_connectionErrorKey.clear();
    for (const auto& r : std::as_const(m_rows)) {
        const QSignalBlocker block(r.editor);
        setValue(r, settings);
    }
    refreshRows();
}

QJsonObject ConnectorForm::settings() const
{
    // A field nobody changed keeps what is stored, spelled as it was (absent stays absent and
    // follows the connector's default; null stays null), so opening and saving a tenant changes
    // nothing it was not asked to.
    QJsonObject json = m_original;
    for (const auto& r : m_rows) {
        if (!r.spec.isSetting() || !m_touched.contains(r.spec.key))
            continue;
        const QJsonValue v = value(r);
        if (r.spec.omitWhenEmpty && isEmptyValue(v))
            removeSettingAt(json, r.spec.key);   // so that the connector's default applies
        else
            setSettingAt(json, r.spec.key, v);
    }
    return json;
}

App::SecretInput ConnectorForm::secretInput() const
{
    const QJsonObject current = settings();
    App::SecretInput input;
    for (const auto& r : m_rows) {
        if (!r.spec.isSecret() || !r.spec.isVisible(current) || !r.spec.isEnabled(current))
            continue;
        if (r.spec.type == FieldType::Secret)
            input.typed = qobject_cast<QLineEdit*>(r.editor)->text();
        else
            input.certificateFile = qobject_cast<FileField*>(r.editor)->path();
    }
    return input;
}

void ConnectorForm::clearSecret()
{
    m_hasStoredSecret = true;
    m_original = settings();
    for (const auto& r : std::as_const(m_rows)) {
        if (!r.spec.isSecret())
            continue;
        const QSignalBlocker block(r.editor);
        setValue(r, m_original);
        m_touched.remove(r.spec.key);
    }
}

void ConnectorForm::applyPreset(const Row& preset, int index)
{
    if (index < 0 || index >= preset.spec.choices.size())
        return;
    const QJsonObject sets = preset.spec.choices.at(index).sets;
    for (auto it = sets.begin(); it != sets.end(); ++it) {
        if (auto* edit = lineEdit(it.key()))
            edit->setText(it.value().toString());   // emits changed(), which re-syncs the preset
    }
}

// A preset shows the first choice whose settings are all in place, else its catch-all (the choice
// that sets nothing): "Other: the URLs below".
void ConnectorForm::syncPresets()
{
    const QJsonObject current = settings();
    for (const auto& r : std::as_const(m_rows)) {
        if (r.spec.type != FieldType::Preset)
            continue;
        int match = -1;
        for (int i = 0; i < r.spec.choices.size() && match < 0; ++i) {
            const QJsonObject sets = r.spec.choices.at(i).sets;
            bool all = !sets.isEmpty();
            for (auto it = sets.begin(); all && it != sets.end(); ++it) {
                const Row* target = row(it.key());
                const QString now = target ? fieldText(target->spec, current) : current.value(it.key()).toString();
                all = trailingSlashless(now) == trailingSlashless(it.value().toString());
            }
            if (all)
                match = i;
        }
        for (int i = 0; i < r.spec.choices.size() && match < 0; ++i)
            if (r.spec.choices.at(i).sets.isEmpty())
                match = i;
        auto* combo = qobject_cast<QComboBox*>(r.editor);
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(match);
    }
}

void ConnectorForm::refreshRows()
{
    const QJsonObject current = settings();
    for (const auto& r : std::as_const(m_rows)) {
        m_layout->setRowVisible(r.noted, r.spec.isVisible(current));
        const bool enabled = r.spec.isEnabled(current);
        r.editor->setEnabled(enabled);
        if (r.label)
            r.label->setEnabled(enabled);
    }
    syncPresets();
}

void ConnectorForm::edited(const QString& key)
{
    m_touched.insert(key);
    m_connectionErrorKey.clear();
}

void ConnectorForm::showNotes(const QHash<QString, FieldNote>& notes)
{
    m_notes = notes;
    for (const auto& r : std::as_const(m_rows)) {
        const QString& key = r.spec.key;
        if (key == m_connectionErrorKey) {
            r.noted->setNote(&m_connectionError);
            continue;
        }
        const auto it = m_notes.constFind(key);
        const bool show = it != m_notes.constEnd()
                          && (it->severity == FieldNote::Severity::Warning || m_revealAll || m_touched.contains(key));
        r.noted->setNote(show ? &*it : nullptr);
    }
}

void ConnectorForm::revealNotes()
{
    m_revealAll = true;
    showNotes(m_notes);
}

bool ConnectorForm::showConnectionError(const QString& key, const QString& text)
{
    if (!row(key))
        return false;
    m_connectionErrorKey = key;
    m_connectionError = FieldNote{FieldNote::Severity::Error, text};
    showNotes(m_notes);
    return true;
}

QWidget* ConnectorForm::firstField() const { return m_rows.isEmpty() ? nullptr : m_rows.constFirst().focus; }

QWidget* ConnectorForm::lastField() const
{
    if (m_rows.isEmpty())
        return nullptr;
    const Row& last = m_rows.constLast();
    if (auto* file = qobject_cast<FileField*>(last.editor))
        return file->browseButton();
    return last.focus;
}

QWidget* ConnectorForm::editor(const QString& key) const
{
    const Row* r = row(key);
    return r ? r->editor : nullptr;
}

QLineEdit* ConnectorForm::lineEdit(const QString& key) const { return qobject_cast<QLineEdit*>(editor(key)); }
QPlainTextEdit* ConnectorForm::textEdit(const QString& key) const { return qobject_cast<QPlainTextEdit*>(editor(key)); }
QComboBox* ConnectorForm::comboBox(const QString& key) const { return qobject_cast<QComboBox*>(editor(key)); }
QCheckBox* ConnectorForm::checkBox(const QString& key) const { return qobject_cast<QCheckBox*>(editor(key)); }
QSpinBox* ConnectorForm::spinBox(const QString& key) const { return qobject_cast<QSpinBox*>(editor(key)); }
FileField* ConnectorForm::fileField(const QString& key) const { return qobject_cast<FileField*>(editor(key)); }

QLabel* ConnectorForm::noteLabel(const QString& key) const
{
    const Row* r = row(key);
    return r ? r->noted->noteLabel() : nullptr;
}

bool ConnectorForm::isRowVisible(const QString& key) const
{
    const Row* r = row(key);
    return r && r->spec.isVisible(settings());
}

} // namespace Tenure::Ui
