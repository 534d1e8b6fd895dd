#include "mappingruleeditor.h"

#include "expressioneditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Tenure::Ui {

MappingRuleEditor::MappingRuleEditor(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_kind(new QComboBox(this)), m_valueStack(new QStackedWidget(this)),
      m_source(new QComboBox(this)), m_constant(new QLineEdit(this)), m_expression(new ExpressionEditor(this)),
      m_apply(new QComboBox(this)), m_default(new QLineEdit(this)), m_nullFlow(new QComboBox(this)),
      m_matching(new QCheckBox(tr("&Matching attribute (finds the existing account)"), this))
{
    setObjectName(QStringLiteral("ruleEditor"));
    m_title->setObjectName(QStringLiteral("ruleTitle"));
    m_title->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_kind->setObjectName(QStringLiteral("ruleKind"));
    m_kind->setAccessibleName(tr("Mapping type"));
    m_kind->addItem(tr("Direct (an HR attribute)"), int(Models::MappingKind::Direct));
    m_kind->addItem(tr("Constant"), int(Models::MappingKind::Constant));
    m_kind->addItem(tr("Expression"), int(Models::MappingKind::Expression));
    m_source->setObjectName(QStringLiteral("ruleSource"));
    m_source->setAccessibleName(tr("HR attribute"));
    m_source->setEditable(true);
    m_constant->setObjectName(QStringLiteral("ruleConstant"));
    m_constant->setAccessibleName(tr("Constant value"));
    m_expression->setMinimumHeight(60);
    auto* expressionPage = new QWidget(this);
    auto* expressionLayout = new QVBoxLayout(expressionPage);
    expressionLayout->setContentsMargins(0, 0, 0, 0);
    expressionLayout->addWidget(m_expression);
    expressionLayout->addWidget(m_expression->signatureLabel());
    expressionLayout->addWidget(m_expression->errorLabel());
    m_valueStack->addWidget(m_source);
    m_valueStack->addWidget(m_constant);
    m_valueStack->addWidget(expressionPage);
    m_apply->setObjectName(QStringLiteral("ruleApply"));
    m_apply->setAccessibleName(tr("Apply"));
    m_apply->addItem(tr("Always"), int(Models::ApplyWhen::Always));
    m_apply->addItem(tr("Only when the account is created"), int(Models::ApplyWhen::OnCreate));
    m_default->setObjectName(QStringLiteral("ruleDefault"));
    m_default->setAccessibleName(tr("Default value"));
    m_default->setPlaceholderText(tr("used when the value is empty"));
    m_nullFlow->setObjectName(QStringLiteral("ruleNullFlow"));
    m_nullFlow->setAccessibleName(tr("When the value is empty"));
    m_nullFlow->addItem(tr("Clear the target attribute"), int(Models::NullFlow::Clear));
    m_nullFlow->addItem(tr("Leave the target attribute as it is"), int(Models::NullFlow::Leave));
    m_matching->setObjectName(QStringLiteral("ruleMatching"));
    auto* remove = new QPushButton(tr("Remove rule"), this);
    remove->setObjectName(QStringLiteral("ruleRemove"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Type:"), m_kind);
    form->addRow(tr("&Value:"), m_valueStack);
    form->addRow(tr("A&pply:"), m_apply);
    form->addRow(tr("De&fault:"), m_default);
    form->addRow(tr("&Null value:"), m_nullFlow);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(form);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_matching, 1);
    bottom->addWidget(remove);
    layout->addLayout(bottom);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_valueStack->setCurrentIndex(index);
        emitEdited();
    });
    connect(m_source, &QComboBox::currentTextChanged, this, &MappingRuleEditor::emitEdited);
    connect(m_constant, &QLineEdit::textEdited, this, &MappingRuleEditor::emitEdited);
    connect(m_expression, &ExpressionEditor::expressionEdited, this, &MappingRuleEditor::emitEdited);
    connect(m_apply, &QComboBox::currentIndexChanged, this, &MappingRuleEditor::emitEdited);
    connect(m_default, &QLineEdit::textEdited, this, &MappingRuleEditor::emitEdited);
    connect(m_nullFlow, &QComboBox::currentIndexChanged, this, &MappingRuleEditor::emitEdited);
    connect(m_matching, &QCheckBox::toggled, this, &MappingRuleEditor::emitEdited);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (!m_target.isEmpty())
            Q_EMIT removeRequested(m_target);
    });
    clearRule();
}

void MappingRuleEditor::setSourceAttributes(const QStringList& attributes)
{
    m_loading = true;
    const QString keep = m_source->currentText();
    m_source->clear();
    m_source->addItems(attributes);
    m_source->setCurrentText(keep);
    m_expression->setAttributes(attributes);
    m_loading = false;
}

void MappingRuleEditor::setRule(const Models::AttributeMapping& rule)
{
    m_loading = true;
    setEnabled(true);
    m_target = rule.target;
    m_precedence = rule.matchingPrecedence;
    m_title->setText(tr("Rule for %1").arg(rule.target));
    m_kind->setCurrentIndex(int(rule.kind));
    m_valueStack->setCurrentIndex(int(rule.kind));
    m_source->setCurrentText(rule.source);
    m_constant->setText(rule.constant);
    m_expression->setExpression(rule.expression);
    m_apply->setCurrentIndex(int(rule.apply));
    m_default->setText(rule.defaultValue);
    m_nullFlow->setCurrentIndex(int(rule.nullFlow));
    m_matching->setChecked(rule.matchingPrecedence > 0);
    m_loading = false;
}

void MappingRuleEditor::clearRule()
{
    m_loading = true;
    m_target.clear();
    m_title->setText(tr("Select a target attribute to edit its rule, or drop an HR attribute on it."));
    setEnabled(false);
    m_title->setEnabled(true);
    m_loading = false;
}

Models::AttributeMapping MappingRuleEditor::rule() const
{
    Models::AttributeMapping rule;
    rule.target = m_target;
    rule.kind = Models::MappingKind(m_kind->currentData().toInt());
    rule.source = m_source->currentText();
    rule.constant = m_constant->text();
    rule.expression = m_expression->expression();
    rule.apply = Models::ApplyWhen(m_apply->currentData().toInt());
    rule.defaultValue = m_default->text();
    rule.nullFlow = Models::NullFlow(m_nullFlow->currentData().toInt());
    rule.matchingPrecedence = m_matching->isChecked() ? std::max(m_precedence, 1) : 0;
    return rule;
}

void MappingRuleEditor::emitEdited()
{
    if (m_loading || m_target.isEmpty())
        return;
    Q_EMIT ruleEdited(rule());
}

} // namespace Tenure::Ui
