#pragma once

#include <QObject>
#include <QTimer>

namespace Tenure::App {
class Workspace;
class ConnectorFactory;
} // namespace Tenure::App

namespace Tenure::Ui {

// While the console is open, carries out effective-dated work (starts, last days, pre-hire
// enables) once a minute, off the GUI thread, as `tenure-cli run-due` does for schedulers.
class DueScheduler : public QObject {
    Q_OBJECT

public:
    DueScheduler(App::Workspace& workspace, App::ConnectorFactory& connectors, QString operatorName,
                 QObject* parent = nullptr);

    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }
    void checkNow();   // one cycle now (skipped while the previous one still runs)

Q_SIGNALS:
    // A person-readable line for the status bar, only when something was carried out or failed.
    void reported(const QString& message);

private:
    App::Workspace& m_workspace;
    App::ConnectorFactory& m_connectors;
    QString m_operator;
    QTimer m_timer;
    bool m_running = false;
};

} // namespace Tenure::Ui
