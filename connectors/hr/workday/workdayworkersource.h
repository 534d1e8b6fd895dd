#pragma once

#include "connectors/hr/hrsource.h"
#include "workdayclient.h"
#include "workdayworkerparser.h"
#include "workdaywriteback.h"

#include <functional>
#include <memory>

namespace Tenure::Connectors {

// Workers from Workday's Human_Resources web service (Get_Workers, SOAP 1.1), read the way
// Microsoft Entra's Workday connector reads them
// (learn.microsoft.com/entra/identity/app-provisioning/workday-integration-reference):
//
//  - Full read: everyone with a "Hire Employee" or "Contract Contingent Worker" transaction, as
//    of now (As_Of_Effective_Date today, As_Of_Entry_DateTime the moment the read started, the
//    same on every page so that the pages fit together), Count per page from the settings.
//  - Incremental read (readChanges): two queries over the transaction log since the watermark —
//    transactions entered since then (manual updates) and transactions that took effect since
//    then (effective-dated changes and terminations entered earlier) — merged by WID. The
//    watermark is the moment the previous read started (UTC, ms); an empty one gives a full read.
//  - Future-dated hires (hire date after today, not terminated) found by either read are read
//    again by WID "as of" their hire date, so the new hire's job, organisation and location are
//    those they start with (Workday shows a pre-hire as Active 0 until then).
//  - Attributes by XPath (workdayattributes.h, overridable in the settings) and WorkerStatus.
//
// Bad input never goes silently: a worker without WorkerID, with an unknown status or an invalid
// date becomes a RecordError with its record number; duplicate WorkerIDs are errors on every
// record holding them (hrrecordrules.h). A response that is truncated, malformed, a SOAP fault,
// inconsistent with the pages before it, or that never comes fails the whole read: nothing is
// planned from half a read.
class WorkdayWorkerSource : public HrSource {
public:
    using Clock = std::function<QDateTime()>;   // now, in UTC

    [[nodiscard]] static Models::Result<std::unique_ptr<WorkdayWorkerSource>> create(WorkdaySettings settings,
                                                                                     QString password, Clock clock = {});

    [[nodiscard]] Models::Result<QString> testConnection() override;
    [[nodiscard]] Models::Result<Models::HrSnapshot> read(const Models::CancelToken& cancel) override;
    [[nodiscard]] Models::Result<Models::HrSnapshot> readChanges(QString& watermark,
                                                                 const Models::CancelToken& cancel) override;
    [[nodiscard]] HrWriteBack* writeBack() override { return m_writeBack.get(); }

private:
    WorkdayWorkerSource(Workday::WorkdayClient client, Workday::WorkerParser parser, Clock clock);

    struct Moment {
        QDateTime entry;   // As_Of_Entry_DateTime
        QDate effective;   // As_Of_Effective_Date
    };
    [[nodiscard]] Moment now() const;
    [[nodiscard]] Models::Result<QList<Workday::ParsedWorker>> fetch(Workday::GetWorkersQuery query, const QString& what,
                                                                     const Models::CancelToken& cancel) const;
    [[nodiscard]] Models::Result<void> rereadFutureHires(QList<Workday::ParsedWorker>& workers, const Moment& moment,
                                                         const Models::CancelToken& cancel) const;
    [[nodiscard]] Models::HrSnapshot snapshotOf(QList<Workday::ParsedWorker> workers, bool full) const;
    [[nodiscard]] Models::Result<Models::HrSnapshot> fullRead(const Moment& moment, const Models::CancelToken& cancel) const;

    Workday::WorkdayClient m_client;
    Workday::WorkerParser m_parser;
    Clock m_clock;
    std::unique_ptr<Workday::WorkdayWriteBack> m_writeBack;
};

} // namespace Tenure::Connectors
