#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace Tenure::Ui {

// An inline message at the top of the place where something went wrong: an error with where it
// happened (host:port, file, line), or a notice. Hidden until there is something to say.
class ErrorBanner : public QFrame {
    Q_OBJECT

public:
    enum class Kind { Error, Warning, Information, Success };

    explicit ErrorBanner(QWidget* parent = nullptr);

    void show(Kind kind, const QString& text);
    void showError(const QString& text) { show(Kind::Error, text); }
    void clear();
    [[nodiscard]] QString text() const;
    [[nodiscard]] Kind kind() const { return m_kind; }

private:
    Kind m_kind = Kind::Information;
    QLabel* m_icon;
    QLabel* m_text;
    QToolButton* m_close;
};

} // namespace Tenure::Ui
