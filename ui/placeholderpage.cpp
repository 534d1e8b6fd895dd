#include "placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Tenure::Ui {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& willHold, const QString& meanwhile,
                                 QWidget* parent)
    : QWidget(parent)
{
    auto* heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("pageTitle"));
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

    // A readable measure instead of one line across a wide window.
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(24, 20, 24, 20);
    outer->addLayout(column, 0);
    outer->addStretch(1);
    what->setMaximumWidth(640);
    meanwhileText->setMaximumWidth(640);
    setAccessibleName(title);
}

} // namespace Tenure::Ui
