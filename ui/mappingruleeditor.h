#pragma once

#include "models/mapping/mappingset.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace Tenure::Ui {

class ExpressionEditor;

// Edits one attribute rule: direct / constant / expression, apply always / on create, default
// value, null flow, and whether it is a matching attribute. Every edit is reported at once.
class MappingRuleEditor : public QWidget {
    Q_OBJECT

public:
    explicit MappingRuleEditor(QWidget* parent = nullptr);
    void setSourceAttributes(const QStringList& attributes);
    void setRule(const Models::AttributeMapping& rule);   // does not emit ruleEdited
    void clearRule();
    [[nodiscard]] Models::AttributeMapping rule() const;

    [[nodiscard]] QComboBox* kindCombo() const { return m_kind; }
    [[nodiscard]] QComboBox* sourceCombo() const { return m_source; }
    [[nodiscard]] QLineEdit* constantEdit() const { return m_constant; }
    [[nodiscard]] ExpressionEditor* expressionEditor() const { return m_expression; }
    [[nodiscard]] QComboBox* applyCombo() const { return m_apply; }
    [[nodiscard]] QLineEdit* defaultEdit() const { return m_default; }
    [[nodiscard]] QComboBox* nullFlowCombo() const { return m_nullFlow; }
    [[nodiscard]] QCheckBox* matchingCheck() const { return m_matching; }

Q_SIGNALS:
    void ruleEdited(const Models::AttributeMapping& rule);
    void removeRequested(const QString& target);

private:
    void emitEdited();

    QString m_target;
    int m_precedence = 0;
    bool m_loading = false;
    QLabel* m_title;
    QComboBox* m_kind;
    QStackedWidget* m_valueStack;
    QComboBox* m_source;
    QLineEdit* m_constant;
    ExpressionEditor* m_expression;
    QComboBox* m_apply;
    QLineEdit* m_default;
    QComboBox* m_nullFlow;
    QCheckBox* m_matching;
};

} // namespace Tenure::Ui
