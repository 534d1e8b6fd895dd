#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Tenure::Ui {

// What long work is doing right now: a label, a progress bar (busy when the total is unknown)
// and a Cancel button. Hidden when nothing runs.
class ProgressStrip : public QWidget {
    Q_OBJECT

public:
    explicit ProgressStrip(QWidget* parent = nullptr);

    void begin(const QString& what);
    void setProgress(qint64 done, qint64 total, const QString& what);
    void setCancelling();
    void end();

    [[nodiscard]] QPushButton* cancelButton() const { return m_cancel; }
    [[nodiscard]] QProgressBar* bar() const { return m_bar; }
    [[nodiscard]] QString text() const;

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel* m_label;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
};

} // namespace Tenure::Ui
