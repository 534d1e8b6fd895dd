#include "progressstrip.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace Tenure::Ui {

ProgressStrip::ProgressStrip(QWidget* parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this)), m_cancel(new QPushButton(this))
{
    m_label->setObjectName(QStringLiteral("progressLabel"));
    m_bar->setObjectName(QStringLiteral("progressBar"));
    m_bar->setAccessibleName(tr("Progress"));
    m_bar->setTextVisible(true);
    m_bar->setMinimumWidth(240);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setIcon(QIcon(QStringLiteral(":/icons/cancel.svg")));
    m_cancel->setToolTip(tr("Stop before the next step (Esc)"));
    m_cancel->setAccessibleName(tr("Cancel the running work"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &ProgressStrip::cancelRequested);
    setVisible(false);
}

void ProgressStrip::begin(const QString& what)
{
    m_label->setText(what);
    m_bar->setRange(0, 0);   // busy until the first report says how much there is
    m_cancel->setEnabled(true);
    setVisible(true);
}

void ProgressStrip::setProgress(qint64 done, qint64 total, const QString& what)
{
    if (!what.isEmpty())
        m_label->setText(what);
    if (total <= 0) {
        m_bar->setRange(0, 0);
        return;
    }
    // QProgressBar takes ints; plans stay far below INT_MAX operations.
    m_bar->setRange(0, int(total));
    m_bar->setValue(int(std::min(done, total)));
}

void ProgressStrip::setCancelling()
{
    m_label->setText(tr("Cancelling…"));
    m_cancel->setEnabled(false);
}

void ProgressStrip::end() { setVisible(false); }

QString ProgressStrip::text() const { return m_label->text(); }

} // namespace Tenure::Ui
