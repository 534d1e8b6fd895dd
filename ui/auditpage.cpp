#include "auditpage.h"

#include "app/export/auditexport.h"
#include "app/workspace.h"
#include "backgroundcall.h"
#include "columnwidths.h"
#include "errorbanner.h"
#include "peopletime.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QStringListModel>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <tuple>

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
      m_action(new QComboBox(this)), m_text(new QLineEdit(this)), m_period(new QComboBox(this)),
      m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_debounce(new QTimer(this)),
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
    // Who has acted in this workspace, offered as one types.
    m_actor->setCompleter(new QCompleter(new QStringListModel(this), this));
    m_actor->completer()->setCaseSensitivity(Qt::CaseInsensitive);
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
    m_period->setObjectName(QStringLiteral("periodFilter"));
    m_period->setAccessibleName(tr("Filter by when"));
    m_period->addItem(tr("Any time"), int(Period::AnyTime));
    m_period->addItem(tr("Today"), int(Period::Today));
    m_period->addItem(tr("Last 7 days"), int(Period::Last7Days));
    m_period->addItem(tr("Last 30 days"), int(Period::Last30Days));
    m_period->addItem(tr("From – to"), int(Period::Custom));
    for (auto [edit, name, accessible] : {std::tuple{m_from, "fromDate", tr("From date")}, std::tuple{m_to, "toDate", tr("To date")}}) {
        edit->setObjectName(QString::fromLatin1(name));
        edit->setAccessibleName(accessible);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setDate(QDate::currentDate());
        edit->setMaximumDate(QDate::currentDate().addYears(1));
    }
    m_from->setToolTip(tr("The first day shown (local time)"));
    m_to->setToolTip(tr("The last day shown, included (local time)"));
    auto* whoLabel = new QLabel(tr("&Who:"), this);
    whoLabel->setBuddy(m_actor);
    auto* whatLabel = new QLabel(tr("W&hat:"), this);
    whatLabel->setBuddy(m_action);
    auto* whenLabel = new QLabel(tr("Whe&n:"), this);
    whenLabel->setBuddy(m_period);
    auto* textLabel = new QLabel(tr("Te&xt:"), this);
    textLabel->setBuddy(m_text);
    auto* filters = new QHBoxLayout;
    filters->addWidget(whoLabel);
    filters->addWidget(m_actor);
    filters->addWidget(whatLabel);
    filters->addWidget(m_action);
    filters->addWidget(whenLabel);
    filters->addWidget(m_period);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_to);
    filters->addWidget(textLabel);
    filters->addWidget(m_text, 1);
    filters->addWidget(m_count);

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit events"));
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Actor"), tr("Action"), tr("Subject"), tr("Why")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // Sized once, not to the contents: measuring every row of a long log takes seconds (PEERS.md).
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    fitColumns(m_table, {{Time, peopleTime(QDateTime::currentDateTimeUtc())}, {Actor, QStringLiteral("CORP\\a.admin")},
                         {Action, QStringLiteral("termination.requested")}, {Subject, QStringLiteral("approval/00000")}});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
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
    connect(m_period, &QComboBox::activated, this, [this] { setPeriod(Period(m_period->currentData().toInt())); });
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] { setDateRange(m_from->date(), m_to->date()); });
    setPeriod(Period::AnyTime);
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verify);
    connect(exportCsv, &QPushButton::clicked, this, [this] { askExport(Format::Csv); });
    connect(exportJson, &QPushButton::clicked, this, [this] { askExport(Format::Json); });
}

void AuditPage::setBusy(bool busy)
{
    m_busy += busy ? 1 : -1;
    Q_EMIT busyChanged(m_busy > 0);
}

void AuditPage::setPeriod(Period period)
{
    const QDate today = QDate::currentDate();
    {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        switch (period) {
        case Period::AnyTime:
        case Period::Custom: break;
        case Period::Today: m_from->setDate(today); m_to->setDate(today); break;
        case Period::Last7Days: m_from->setDate(today.addDays(-6)); m_to->setDate(today); break;
        case Period::Last30Days: m_from->setDate(today.addDays(-29)); m_to->setDate(today); break;
        }
    }
    m_period->setCurrentIndex(m_period->findData(int(period)));
    m_from->setEnabled(period != Period::AnyTime);
    m_to->setEnabled(period != Period::AnyTime);
    m_debounce->start();
}

void AuditPage::setDateRange(const QDate& from, const QDate& to)
{
    {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    setPeriod(Period::Custom);
}

Models::AuditFilter AuditPage::currentFilter() const
{
    Models::AuditFilter filter;
    filter.actor = m_actor->text().trimmed();
    filter.actionPrefix = m_action->currentText().trimmed();
    filter.text = m_text->text().trimmed();
    if (Period(m_period->currentData().toInt()) != Period::AnyTime) {
        // Local days, as the person picked them: from the first one's midnight to the end of the last.
        const QDate from = std::min(m_from->date(), m_to->date());
        const QDate to = std::max(m_from->date(), m_to->date());
        filter.from = QDateTime(from, QTime(0, 0)).toUTC();
        filter.to = QDateTime(to.addDays(1), QTime(0, 0)).addMSecs(-1).toUTC();
    }
    return filter;
}

QString AuditPage::filterDescription() const
{
    const auto filter = currentFilter();
    QStringList parts;
    if (!filter.actor.isEmpty())
        parts << tr("by %1").arg(filter.actor);
    if (!filter.actionPrefix.isEmpty())
        parts << tr("action %1").arg(filter.actionPrefix);
    if (filter.from.isValid())
        parts << tr("%1 – %2").arg(QLocale().toString(filter.from.toLocalTime().date(), QLocale::ShortFormat),
                                    QLocale().toString(filter.to.toLocalTime().date(), QLocale::ShortFormat));
    if (!filter.text.isEmpty())
        parts << tr("containing “%1”").arg(filter.text);
    return parts.join(QStringLiteral(", "));
}

void AuditPage::reload()
{
    m_debounce->stop();
    const auto filter = currentFilter();
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
    // Offer every actor seen so far in the Who field (a filtered read only adds to them).
    auto* actors = static_cast<QStringListModel*>(m_actor->completer()->model());
    QStringList known = actors->stringList();
    for (const auto& e : std::as_const(m_events))
        if (!known.contains(e.actor))
            known << e.actor;
    known.sort(Qt::CaseInsensitive);
    actors->setStringList(known);
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
    const QString filter = filterDescription();
    m_banner->show(ErrorBanner::Kind::Success,
                   filter.isEmpty() ? tr("Exported %n event(s) to %1", nullptr, int(m_events.size())).arg(path)
                                    : tr("Exported the %n event(s) shown (%2) to %1", nullptr, int(m_events.size()))
                                          .arg(path, filter));
}

} // namespace Tenure::Ui
