#include "mappingpreview.h"

#include "backgroundcall.h"
#include "models/mapping/mappingevaluator.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTimer>

namespace Tenure::Ui {
namespace {

// One rule compiled on its own, so a broken rule shows its error in its own column while the
// others still show values.
struct CompiledRule {
    std::optional<Models::MappingEvaluator> evaluator;
    QString error;
};

CompiledRule compileRule(Models::AttributeMapping rule)
{
    rule.matchingPrecedence = 1;   // a set needs a matching rule to be valid
    Models::MappingSet single;
    single.attributes = {rule};
    auto compiled = Models::MappingEvaluator::compile(single);
    if (!compiled)
        return {std::nullopt, compiled.error().message};
    return {std::move(*compiled), {}};
}

MappingPreview::Result evaluate(const Models::MappingSet& mapping, const QList<Models::Worker>& workers,
                                const QString& nameField)
{
    MappingPreview::Result result;
    QList<CompiledRule> rules;
    for (const auto& rule : mapping.attributes) {
        result.targets.append(rule.target);
        rules.append(compileRule(rule));
    }
    Models::MappingSet scopeOnly;
    scopeOnly.attributes = {Models::AttributeMapping::constantValue(QStringLiteral("_"), QStringLiteral("_"))};
    scopeOnly.attributes.first().matchingPrecedence = 1;
    scopeOnly.scope = mapping.scope;
    auto scope = Models::MappingEvaluator::compile(scopeOnly);
    Models::MappingContext context;
    context.nowMsecsUtc = QDateTime::currentMSecsSinceEpoch();
    for (const auto& worker : workers) {
        MappingPreview::Row row;
        row.workerId = worker.workerId;
        row.name = Models::firstValue(worker.attributes, nameField);
        if (!scope)
            row.scope = MappingPreview::tr("scoping filter: %1").arg(scope.error().message);
        else if (QString why; !scope->inScope(worker, &why))
            row.scope = MappingPreview::tr("out of scope: %1").arg(why);
        for (const auto& rule : std::as_const(rules)) {
            if (!rule.evaluator) {
                row.cells.append(rule.error);
                row.errors.append(true);
                continue;
            }
            auto desired = rule.evaluator->evaluate(worker, context);
            if (!desired) {
                row.cells.append(desired.error().message);
                row.errors.append(true);
            } else if (desired->isEmpty()) {
                row.cells.append(MappingPreview::tr("does not flow"));
                row.errors.append(false);
            } else {
                const auto& value = desired->constFirst().value;
                row.cells.append(value.isEmpty() ? MappingPreview::tr("(empty)") : Models::displayValue(value));
                row.errors.append(false);
            }
        }
        result.rows.append(std::move(row));
    }
    return result;
}

} // namespace

MappingPreview::MappingPreview(QWidget* parent)
    : QWidget(parent), m_worker(new QComboBox(this)), m_status(new QLabel(this)), m_table(new QTableWidget(this)),
      m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("mappingPreview"));
    m_worker->setObjectName(QStringLiteral("previewWorker"));
    m_worker->setAccessibleName(tr("Preview worker"));
    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_status->setStyleSheet(QStringLiteral("color: #6b7785;"));
    m_table->setObjectName(QStringLiteral("livePreview"));
    m_table->setAccessibleName(tr("Live preview"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("Live preview &on:"), this);
    label->setBuddy(m_worker);
    top->addWidget(label);
    top->addWidget(m_worker, 1);
    top->addWidget(m_status);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &MappingPreview::evaluateNow);
    connect(m_worker, &QComboBox::currentIndexChanged, this, [this] { m_debounce->start(); });
}

void MappingPreview::setWorkers(const QList<Models::Worker>& workers, const QString& displayNameField)
{
    m_workers = workers;
    m_nameField = displayNameField;
    const QSignalBlocker block(m_worker);
    m_worker->clear();
    m_worker->addItem(tr("The first %n worker(s)", nullptr, int(std::min<qsizetype>(SampleCount, workers.size()))), -1);
    for (int i = 0; i < workers.size(); ++i) {
        const QString name = Models::firstValue(workers.at(i).attributes, displayNameField);
        m_worker->addItem(name.isEmpty() ? workers.at(i).workerId : tr("%1 (%2)").arg(name, workers.at(i).workerId), i);
    }
}

void MappingPreview::schedule(const Models::MappingSet& mapping)
{
    m_mapping = mapping;
    m_status->setText(tr("updating…"));
    m_debounce->start();
}

void MappingPreview::evaluateNow()
{
    m_debounce->stop();
    const int chosen = m_worker->currentData().toInt();
    QList<Models::Worker> sample;
    if (chosen >= 0 && chosen < m_workers.size())
        sample.append(m_workers.at(chosen));
    else
        sample = m_workers.mid(0, SampleCount);
    const quint64 generation = ++m_generation;
    m_status->setText(tr("updating…"));
    runInBackground(
        this, [mapping = m_mapping, sample, field = m_nameField] { return evaluate(mapping, sample, field); },
        [this, generation](const Result& result) {
            if (generation != m_generation)
                return;   // a newer edit made this one stale
            showResult(result);
        });
}

void MappingPreview::showResult(const Result& result)
{
    m_table->clear();
    m_table->setColumnCount(int(result.targets.size()) + 1);
    m_table->setHorizontalHeaderLabels(QStringList{tr("Worker")} + result.targets);
    m_table->setRowCount(int(result.rows.size()));
    for (int r = 0; r < result.rows.size(); ++r) {
        const auto& row = result.rows.at(r);
        auto* who = new QTableWidgetItem(row.name.isEmpty() ? row.workerId : tr("%1 (%2)").arg(row.name, row.workerId));
        who->setData(Qt::UserRole, row.workerId);
        if (!row.scope.isEmpty()) {
            who->setForeground(QColor(0x6b, 0x77, 0x85));
            who->setToolTip(row.scope);
        }
        m_table->setItem(r, 0, who);
        for (int c = 0; c < row.cells.size(); ++c) {
            auto* cell = new QTableWidgetItem(row.cells.at(c));
            cell->setToolTip(row.cells.at(c));
            if (row.errors.at(c))
                cell->setForeground(QColor(0xb0, 0x00, 0x20));
            else if (row.cells.at(c) == tr("does not flow"))
                cell->setForeground(QColor(0x6b, 0x77, 0x85));
            m_table->setItem(r, c + 1, cell);
        }
    }
    m_table->resizeColumnsToContents();
    m_status->setText(m_workers.isEmpty() ? tr("no workers to preview: the HR source delivered none")
                                          : tr("updated %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    ++m_evaluations;
    Q_EMIT evaluated();
}

QString MappingPreview::cell(const QString& workerId, const QString& target) const
{
    int column = -1;
    for (int c = 1; c < m_table->columnCount(); ++c)
        if (m_table->horizontalHeaderItem(c) && m_table->horizontalHeaderItem(c)->text() == target)
            column = c;
    if (column < 0)
        return {};
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, 0)->data(Qt::UserRole).toString() == workerId)
            return m_table->item(r, column) ? m_table->item(r, column)->text() : QString();
    return {};
}

} // namespace Tenure::Ui
