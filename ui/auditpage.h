#pragma once

#include "models/domain/auditevent.h"
#include "models/store/auditlog.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace Tenure::App {
class Workspace;
}

namespace Tenure::Ui {

class ErrorBanner;

// The audit log: every change, approval and setting change with who, when, what and why,
// filtered by who (the actor), what (the action), when (a period or a from–to date range, in local
// days) and text; the SHA-256 chain verified on demand (off the GUI thread) with a visible
// verdict; the events shown (the filtered view) exported as CSV or JSON.
class AuditPage : public QWidget {
    Q_OBJECT

public:
    enum class Format { Csv, Json };
    // When: a period ending today, or the dates chosen in the from/to pickers.
    enum class Period { AnyTime, Today, Last7Days, Last30Days, Custom };
    Q_ENUM(Period)

    explicit AuditPage(App::Workspace& workspace, QWidget* parent = nullptr);

    void reload();
    void verify();
    // Writes the events shown now; the Export buttons ask for the file first (non-blocking).
    void exportTo(const QString& path, Format format);
    [[nodiscard]] bool isBusy() const { return m_busy > 0; }
    [[nodiscard]] const QList<Models::AuditEvent>& events() const { return m_events; }

    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QLineEdit* actorFilter() const { return m_actor; }
    [[nodiscard]] QComboBox* actionFilter() const { return m_action; }
    [[nodiscard]] QLineEdit* textFilter() const { return m_text; }
    [[nodiscard]] QComboBox* periodFilter() const { return m_period; }
    [[nodiscard]] QDateEdit* fromDate() const { return m_from; }
    [[nodiscard]] QDateEdit* toDate() const { return m_to; }
    void setPeriod(Period period);
    // Local days, inclusive; choosing them makes the period Custom.
    void setDateRange(const QDate& from, const QDate& to);
    // The filter as the person set it, in words ("by bob, run., 2 Mar – 3 Mar 2026"); empty for none.
    [[nodiscard]] QString filterDescription() const;
    [[nodiscard]] QPushButton* verifyButton() const { return m_verify; }
    [[nodiscard]] QLabel* verdictLabel() const { return m_verdict; }
    [[nodiscard]] ErrorBanner* banner() const { return m_banner; }

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    void setEvents(QList<Models::AuditEvent> events);
    [[nodiscard]] Models::AuditFilter currentFilter() const;
    void askExport(Format format);
    void setBusy(bool busy);

    App::Workspace& m_workspace;
    QList<Models::AuditEvent> m_events;
    int m_busy = 0;
    quint64 m_generation = 0;   // a newer reload makes older results stale

    ErrorBanner* m_banner;
    QLineEdit* m_actor;
    QComboBox* m_action;
    QLineEdit* m_text;
    QComboBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QTimer* m_debounce;
    QPushButton* m_verify;
    QLabel* m_verdict;
    QLabel* m_count;
    QTableWidget* m_table;
};

} // namespace Tenure::Ui
