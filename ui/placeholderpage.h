#pragma once

#include <QWidget>

namespace Tenure::Ui {

// A page that is not built yet. It says plainly what it will hold and what to do meanwhile,
// and shows no made-up data.
class PlaceholderPage : public QWidget {
    Q_OBJECT

public:
    PlaceholderPage(const QString& title, const QString& willHold, const QString& meanwhile,
                    QWidget* parent = nullptr);
};

} // namespace Tenure::Ui
