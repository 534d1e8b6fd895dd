#include "errorbanner.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QToolButton>

namespace Tenure::Ui {
namespace {

struct Look {
    const char* icon;
    const char* background;
    const char* border;
};

Look lookOf(ErrorBanner::Kind kind)
{
    switch (kind) {
    case ErrorBanner::Kind::Error: return {":/icons/error.svg", "#fdecea", "#e0a39c"};
    case ErrorBanner::Kind::Warning: return {":/icons/warning.svg", "#fff8e1", "#e6cf85"};
    case ErrorBanner::Kind::Success: return {":/icons/ok.svg", "#edf7ed", "#9fcca1"};
    case ErrorBanner::Kind::Information: break;
    }
    return {":/icons/info.svg", "#e8f1fb", "#9dbfe3"};
}

} // namespace

ErrorBanner::ErrorBanner(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);   // people copy error text into tickets
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_close->setIcon(QIcon(QStringLiteral(":/icons/close.svg")));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &ErrorBanner::clear);
    setVisible(false);
}

void ErrorBanner::show(Kind kind, const QString& text)
{
    m_kind = kind;
    const Look look = lookOf(kind);
    m_icon->setPixmap(QIcon(QString::fromLatin1(look.icon)).pixmap(QSize(18, 18)));
    // By its own name, so a page may hold several banners (each named for what it reports) and the
    // style reaches the frame, not the labels in it.
    setStyleSheet(QStringLiteral("#%1 { background: %2; border: 1px solid %3; border-radius: 4px; }")
                      .arg(objectName(), QLatin1String(look.background), QLatin1String(look.border)));
    m_text->setText(text);
    setAccessibleName(kind == Kind::Error ? tr("Error: %1").arg(text) : text);
    setVisible(true);
}

void ErrorBanner::clear()
{
    m_text->clear();
    setVisible(false);
}

QString ErrorBanner::text() const { return m_text->text(); }

} // namespace Tenure::Ui
