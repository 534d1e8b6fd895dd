#include "auditpage.h"

#include "app/export/auditexport.h"
#include "app/workspace.h"
#include "backgroundcall.h"
#include "errorbanner.h"
#include "peopletime.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Tenure::Ui {
namespace {

enum Column { Time, Actor, Action, Subject, Why, ColumnCount };

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(text);
    return item;
}

} // namespace

AuditPage::AuditPage(App::Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_banner(new ErrorBanner(this)), m_actor(new QLineEdit(this)),
      m_action(new QComboBox(this)), m_text(new QLineEdit(this)), m_debounce(new QTimer(this)),
      m_verify(new QPushButton(tr("Verify chain"), this)), m_verdict(new QLabel(this)), m_count(new QLabel(this)),
      m_table(new QTableWidget(0, ColumnCount, this))
{
    auto* title = new QLabel(tr("<h2>Audit</h2>"), this);
    auto* exportCsv = new QPushButton(tr("Export CSV…"), this);
    auto* exportJson = new QPushButton(tr("Export JSON…"), this);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setToolTip(tr("Recompute every event's SHA-256 link: an edited, removed or inserted event shows"));
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addStretch(1);
    bar->addWidget(m_verdict);
    bar->addWidget(m_verify);
    bar->addWidget(exportCsv);
    bar->addWidget(exportJson);

    m_actor->setObjectName(QStringLiteral("actorFilter"));
    m_actor->setPlaceholderText(tr("Actor, exactly"));
    m_actor->setAccessibleName(tr("Filter by actor"));
    m_actor->setClearButtonEnabled(true);
    m_action->setObjectName(QStringLiteral("actionFilter"));
    m_action->setEditable(true);
    m_action->setAccessibleName(tr("Filter by action prefix"));
    m_action->addItems({QString(), QStringLiteral("approval."), QStringLiteral("termination."), QStringLiteral("hold."),
                        QStringLiteral("run."), QStringLiteral("operation."), QStringLiteral("plan."),
                        QStringLiteral("tenant."), QStringLiteral("mapping.")});
    m_action->lineEdit()->setPlaceholderText(tr("Any action"));
    m_action->setMinimumWidth(150);
    m_text->setObjectName(QStringLiteral("textFilter"));
    m_text->setPlaceholderText(tr("Text in subject, why, before or after"));
    m_text->setAccessibleName(tr("Filter by text"));
    m_text->setClearButtonEnabled(true);
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Who:"), this));
    filters->addWidget(m_actor);
    filters->addWidget(new QLabel(tr("Action:"), this));
    filters->addWidget(m_action);
    filters->addWidget(new QLabel(tr("Text:"), this));
    filters->addWidget(m_text, 1);
    filters->addWidget(m_count);

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit events"));
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Actor"), tr("Action"), tr("Subject"), tr("Why")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    // Filters apply as you type, debounced: each change reads the log again on the pool.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &AuditPage::reload);
    for (QLineEdit* edit : {m_actor, m_text, m_action->lineEdit()})
        connect(edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verify);
    connect(exportCsv, &QPushButton::clicked, this, [this] { askExport(Format::Csv); });
    connect(exportJson, &QPushButton::clicked, this, [this] { askExport(Format::Json); });
}

void AuditPage::setBusy(bool busy)
{
    m_busy += busy ? 1 : -1;
    Q_EMIT busyChanged(m_busy > 0);
}

void AuditPage::reload()
{
    m_debounce->stop();
    Models::AuditFilter filter;
    filter.actor = m_actor->text().trimmed();
    filter.actionPrefix = m_action->currentText().trimmed();
    filter.text = m_text->text().trimmed();
    const quint64 generation = ++m_generation;
    setBusy(true);
    runInBackground(
        this, [&workspace = m_workspace, filter] { return workspace.audit().query(filter); },
        [this, generation](const Models::Result<QList<Models::AuditEvent>>& events) {
            setBusy(false);
            if (generation != m_generation)
                return;   // a newer filter is on its way
            if (!events) {
                m_banner->showError(tr("Cannot read the audit log: %1").arg(events.error().describe()));
                return;
            }
            m_banner->clear();
            setEvents(*events);
        });
}

void AuditPage::setEvents(QList<Models::AuditEvent> events)
{
    m_events = std::move(events);
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_events.size()));
    // Newest first: people look for what just happened.
    for (int i = 0; i < m_events.size(); ++i) {
        const auto& e = m_events[m_events.size() - 1 - i];
        m_table->setItem(i, Time, cell(peopleTime(e.at)));
        m_table->setItem(i, Actor, cell(e.actor));
        m_table->setItem(i, Action, cell(e.action));
        m_table->setItem(i, Subject, cell(e.subject));
        m_table->setItem(i, Why, cell(e.why));
        m_table->item(i, Time)->setToolTip(tr("Event %1, %2 UTC").arg(e.seq).arg(e.at.toString(Qt::ISODateWithMs)));
    }
    m_count->setText(tr("%n event(s)", nullptr, int(m_events.size())));
}

void AuditPage::verify()
{
    m_verify->setEnabled(false);
    m_verdict->setText(tr("Verifying…"));
    m_verdict->setStyleSheet({});
    setBusy(true);
    runInBackground(this, [&workspace = m_workspace] { return workspace.audit().verify(); },
                    [this](const Models::Result<Models::AuditVerdict>& verdict) {
                        setBusy(false);
                        m_verify->setEnabled(true);
                        if (!verdict) {
                            m_verdict->clear();
                            m_banner->showError(tr("Cannot verify the audit chain: %1").arg(verdict.error().describe()));
                            return;
                        }
                        if (verdict->intact()) {
                            m_verdict->setText(tr("✔ Chain intact: %n event(s) verified", nullptr, int(verdict->events)));
                            m_verdict->setStyleSheet(QStringLiteral("color: #107c10; font-weight: bold;"));
                            return;
                        }
                        const auto& broken = *verdict->firstBreak;
                        m_verdict->setText(tr("✘ Chain broken at event %1").arg(broken.seq));
                        m_verdict->setStyleSheet(QStringLiteral("color: #a4262c; font-weight: bold;"));
                        m_banner->showError(tr("The audit chain is broken at event %1 (%2, %3): %4. Events from "
                                               "there on cannot be trusted.")
                                                .arg(broken.seq)
                                                .arg(broken.action, broken.at, broken.message));
                    });
}

void AuditPage::askExport(Format format)
{
    auto* dialog = new QFileDialog(this, tr("Export the audit log"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNameFilter(format == Format::Csv ? tr("CSV (*.csv)") : tr("JSON (*.json)"));
    dialog->setDefaultSuffix(format == Format::Csv ? QStringLiteral("csv") : QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, format](const QString& path) { exportTo(path, format); });
    dialog->open();
}

void AuditPage::exportTo(const QString& path, Format format)
{
    // The shown events are already in memory; writing them is quick next to reading the log.
    QSaveFile file(path);
    const QByteArray data = format == Format::Csv ? App::auditAsCsv(m_events) : App::auditAsJson(m_events);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        m_banner->showError(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    m_banner->show(ErrorBanner::Kind::Success, tr("Exported %n event(s) to %1", nullptr, int(m_events.size())).arg(path));
}

} // namespace Tenure::Ui
