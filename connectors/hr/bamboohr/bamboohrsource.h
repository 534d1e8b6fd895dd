#pragma once

#include "connectors/hr/bamboohr/bamboohrclient.h"
#include "connectors/hr/hrsource.h"

#include <memory>

namespace Tenure::Connectors {

// Workers from BambooHR through its REST API (documentation.bamboohr.com/reference):
//  - Full reads: a custom report (POST /v1/reports/custom?format=JSON&onlyCurrent=…, the fields
//    in a JSON body), which lists every employee whatever their status, so a terminated
//    employee reads as status Inactive with a termination date; or, with fullRead "directory",
//    the employee directory (GET /v1/employees/directory), which lists current employees only:
//    each is given status Active because that is what being listed means, and anyone absent
//    becomes a leaver through the full snapshot.
//  - Incremental reads: GET /v1/employees/changed?since=<watermark> names every employee
//    inserted, updated (any field, or the job, status or compensation tables: a termination is
//    an update to Inactive) or deleted since then, with the server's "latest" change time, which
//    becomes the next watermark (BambooHR's own clock, so skew between the two never loses a
//    change). The inserted and updated employees are then read with one custom report filtered
//    by lastChanged; any the report misses are fetched one by one (GET /v1/employees/{id}). A
//    deleted employee cannot be read any more: it becomes a RecordError saying so, because a
//    delta never turns absence into a leaver — the next full read decides.
// Bad input: a record rule (settings.records) breaks — a missing required field, an invalid
// date, an unknown status, a worker id seen twice — and the record is a RecordError naming the
// worker and the field; an answer that is not the documented JSON (malformed, truncated) blocks
// the read. No write-back: BambooHR is not offered one.
class BambooHrSource : public HrSource {
public:
    [[nodiscard]] static Models::Result<std::unique_ptr<BambooHrSource>> create(BambooHrSettings settings,
                                                                               const QString& apiKey);

    [[nodiscard]] Models::Result<QString> testConnection() override;
    [[nodiscard]] Models::Result<Models::HrSnapshot> read(const Models::CancelToken& cancel) override;
    [[nodiscard]] Models::Result<Models::HrSnapshot> readChanges(QString& watermark,
                                                                 const Models::CancelToken& cancel) override;

private:
    explicit BambooHrSource(BambooHrClient client) : m_client(std::move(client)) {}

    [[nodiscard]] Models::Result<QJsonArray> report(const QString& changedSince, const QString& what,
                                                    const Models::CancelToken& cancel) const;
    [[nodiscard]] Models::Result<QJsonArray> directory(const Models::CancelToken& cancel) const;
    [[nodiscard]] Models::Worker worker(const QJsonObject& employee, int recordNumber) const;

    BambooHrClient m_client;
};

} // namespace Tenure::Connectors
