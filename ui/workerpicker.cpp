#include "workerpicker.h"

#include "backgroundcall.h"

#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

namespace Tenure::Ui {
namespace {

constexpr int WorkerIdRole = Qt::UserRole + 1;
constexpr int Suggestions = 12;

} // namespace

WorkerPicker::WorkerPicker(App::Workspace& workspace, App::ConnectorFactory& connectors, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_connectors(connectors), m_edit(new QLineEdit(this)),
      m_card(new QLabel(this)), m_completer(new QCompleter(this)), m_suggestions(new QStandardItemModel(this)),
      m_delay(new QTimer(this))
{
    m_edit->setObjectName(QStringLiteral("workerEdit"));
    m_edit->setPlaceholderText(tr("Name or worker id, as in HR"));
    m_edit->setAccessibleName(tr("Worker to terminate"));
    m_edit->setClearButtonEnabled(true);
    m_card->setObjectName(QStringLiteral("workerCard"));
    m_card->setWordWrap(true);
    m_card->setTextFormat(Qt::PlainText);   // names come from HR: never markup
    m_card->setStyleSheet(QStringLiteral("color: #4b5763;"));
    m_card->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The suggestions are matched here (WorkerFinder: words of the name, accents folded), so the
    // completer shows its model as it is rather than filtering by prefix again.
    m_completer->setModel(m_suggestions);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(Suggestions);
    m_edit->setCompleter(m_completer);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_card);

    m_delay->setSingleShot(true);
    m_delay->setInterval(150);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        m_chosen.reset();
        m_delay->start();
    });
    connect(m_delay, &QTimer::timeout, this, &WorkerPicker::suggest);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, [this](const QModelIndex& index) {
        // Deferred: the completer writes the suggestion's text into the field after this signal.
        QTimer::singleShot(0, this, [this, id = index.data(WorkerIdRole).toString()] { choose(id); });
    });
    showCard();
}

void WorkerPicker::load()
{
    if (m_loaded || m_loading)
        return;
    m_loading = true;
    showCard();
    runInBackground(this, [&workspace = m_workspace, &connectors = m_connectors] {
        return App::WorkerFinder(workspace, connectors).readAll({});
    },
                    [this](const Models::Result<QList<App::WorkerCard>>& workers) {
                        m_loading = false;
                        m_loaded = true;
                        if (!workers) {
                            m_card->setText(tr("The HR source could not be read (%1); type the worker id exactly.")
                                                .arg(workers.error().describe()));
                            return;
                        }
                        m_workers = *workers;
                        suggest();
                        showCard();
                    });
}

void WorkerPicker::clear()
{
    m_edit->clear();
    m_chosen.reset();
    m_suggestions->clear();
    showCard();
}

void WorkerPicker::suggest()
{
    const auto matches = App::WorkerFinder::match(m_workers, m_edit->text(), Suggestions);
    m_suggestions->clear();
    for (const auto& card : matches) {
        auto* item = new QStandardItem(card.label());
        item->setData(card.workerId, WorkerIdRole);
        item->setToolTip(tr("From %1").arg(card.hrTenant));
        m_suggestions->appendRow(item);
    }
    if (!matches.isEmpty() && m_edit->hasFocus())
        m_completer->complete();
    showCard();
}

void WorkerPicker::choose(const QString& workerId)
{
    for (const auto& card : std::as_const(m_workers)) {
        if (card.workerId == workerId) {
            m_chosen = card;
            m_edit->setText(card.workerId);
            break;
        }
    }
    showCard();
}

QString WorkerPicker::workerId(bool* ambiguous) const
{
    if (ambiguous)
        *ambiguous = false;
    if (m_chosen)
        return m_chosen->workerId;
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return {};
    const auto matches = App::WorkerFinder::match(m_workers, text, 2);
    if (!matches.isEmpty() && matches.first().workerId.compare(text, Qt::CaseInsensitive) == 0)
        return matches.first().workerId;
    if (matches.size() == 1)
        return matches.first().workerId;
    if (matches.size() > 1 && ambiguous)
        *ambiguous = true;
    return matches.isEmpty() ? text : QString();
}

QString WorkerPicker::cardText() const { return m_card->text(); }

void WorkerPicker::showCard()
{
    if (m_loading) {
        m_card->setText(tr("Reading HR to find workers by name…"));
        return;
    }
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty()) {
        m_card->setText(m_loaded ? tr("Type part of a name or the start of a worker id.") : QString());
        return;
    }
    bool ambiguous = false;
    const QString id = workerId(&ambiguous);
    if (ambiguous) {
        m_card->setText(tr("Several workers match: choose one from the list."));
        return;
    }
    for (const auto& card : std::as_const(m_workers)) {
        if (card.workerId == id) {
            m_card->setText(tr("Worker: %1 · from %2").arg(card.label(), card.hrTenant));
            return;
        }
    }
    m_card->setText(m_loaded ? tr("No HR worker matches; the request names worker id “%1” as typed.").arg(text)
                             : QString());
}

} // namespace Tenure::Ui
