#include "duescheduler.h"

#include "app/duework.h"
#include "backgroundcall.h"

namespace Tenure::Ui {

DueScheduler::DueScheduler(App::Workspace& workspace, App::ConnectorFactory& connectors, QString operatorName,
                           QObject* parent)
    : QObject(parent), m_workspace(workspace), m_connectors(connectors), m_operator(std::move(operatorName))
{
    m_timer.setInterval(std::chrono::minutes(1));
    connect(&m_timer, &QTimer::timeout, this, &DueScheduler::checkNow);
    m_timer.start();
}

void DueScheduler::checkNow()
{
    if (m_running)
        return;
    m_running = true;
    runInBackground(
        this,
        [&workspace = m_workspace, &connectors = m_connectors, name = m_operator] {
            return App::DueWork(workspace, connectors, name).run({}, {});
        },
        [this](const Models::Result<QList<App::DueWorkReport>>& reports) {
            m_running = false;
            if (!reports) {
                Q_EMIT reported(tr("Due work could not run: %1").arg(reports.error().describe()));
                return;
            }
            QStringList lines;
            for (const auto& report : *reports) {
                if (report.run && report.run->confirmed + report.run->failed > 0)
                    lines.append(tr("%1: %2 due operation(s) carried out, %3 failed")
                                     .arg(report.tenant)
                                     .arg(report.run->confirmed)
                                     .arg(report.run->failed));
                else if (report.error && report.due > 0)
                    lines.append(tr("%1: due work failed: %2").arg(report.tenant, report.error->message));
            }
            if (!lines.isEmpty())
                Q_EMIT reported(lines.join(QStringLiteral("; ")));
        });
}

} // namespace Tenure::Ui
