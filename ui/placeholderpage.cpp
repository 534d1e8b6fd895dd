#include "placeholderpage.h"

#include <QLabel>
#include <algorithm>
#include <QVBoxLayout>

namespace Tenure::Ui {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& willHold, const QString& meanwhile,
                                 QWidget* parent)
    : QWidget(parent)
{
    auto* heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("pageTitle"));
    heading->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: 600;"));
    auto* status = new QLabel(tr("Not available in this version yet."), this);
    status->setObjectName(QStringLiteral("placeholderStatus"));
    status->setStyleSheet(QStringLiteral("color: #6b7785;"));
    auto* what = new QLabel(willHold, this);
    what->setWordWrap(true);
    auto* meanwhileTitle = new QLabel(tr("Meanwhile"), this);
    meanwhileTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));
    auto* meanwhileText = new QLabel(meanwhile, this);
    meanwhileText->setWordWrap(true);
    meanwhileText->setTextInteractionFlags(Qt::TextSelectableByMouse);   // commands to copy

    auto* column = new QVBoxLayout;
    column->setSpacing(10);
    column->addWidget(heading);
    column->addWidget(status);
    column->addSpacing(6);
    column->addWidget(what);
    column->addSpacing(6);
    column->addWidget(meanwhileTitle);
    column->addWidget(meanwhileText);
    column->addStretch(1);

    // A readable measure (~75 characters) instead of one line across a wide window.
    auto* body = new QWidget(this);
    body->setLayout(column);
    body->setMaximumWidth(fontMetrics().averageCharWidth() * 80);
    body->setMinimumWidth(std::min(body->maximumWidth(), fontMetrics().averageCharWidth() * 50));
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(24, 20, 24, 20);
    outer->addWidget(body, 1);
    outer->addStretch(0);
    setAccessibleName(title);
}

} // namespace Tenure::Ui
