#pragma once

#include "connectors/hr/hrwriteback.h"
#include "workdayclient.h"

#include <functional>

namespace Tenure::Connectors::Workday {

// Writes the directory's work email and user name back to Workday, as Entra's Workday Writeback
// app does (learn.microsoft.com/entra/identity/saas-apps/workday-writeback-tutorial):
//  - the work email with Maintain_Contact_Information (Human_Resources), replacing the current
//    work email (Add_Only false), public and primary, with the configured
//    Communication_Usage_Type_ID (default WORK), effective today;
//  - the Workday user name with Update_Workday_Account (Workday_Account_for_Worker_Update).
// Workers are first looked up by their id as an Employee_ID and as a Contingent_Worker_ID in one
// Get_Workers call (Skip_Non_Existing_Instances), which gives the WID the contact change needs and
// tells employees from contingent workers, as Update_Workday_Account must be told.
//
// A worker Workday refuses (a validation fault) or cannot find fails alone, with a message that
// names it; credentials refused or Workday unreachable stop the rest: an error if nothing was
// written yet, otherwise the rest are reported failed with that reason.
class WorkdayWriteBack : public HrWriteBack {
public:
    WorkdayWriteBack(const WorkdayClient& client, std::function<QDateTime()> clock)
        : m_client(client), m_clock(std::move(clock))
    {
    }

    [[nodiscard]] Models::Result<QList<WriteBackOutcome>> writeBack(const QList<WriteBackItem>& items,
                                                                    const Models::CancelToken& cancel) override;

private:
    struct WorkerReference {
        QString wid;
        bool contingent = false;
    };
    [[nodiscard]] Models::Result<QHash<QString, QList<WorkerReference>>> lookUp(const QStringList& workerIds,
                                                                               const Models::CancelToken& cancel) const;

    const WorkdayClient& m_client;
    std::function<QDateTime()> m_clock;
};

} // namespace Tenure::Connectors::Workday
