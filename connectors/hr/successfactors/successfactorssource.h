#pragma once

#include "connectors/hr/hrsource.h"
#include "connectors/hr/successfactors/successfactorsclient.h"
#include "connectors/hr/successfactors/successfactorspersonmapper.h"
#include "connectors/hr/successfactors/successfactorswriteback.h"

#include <QJsonObject>
#include <QSet>

#include <functional>
#include <memory>

namespace Tenure::Connectors {

// Workers from SAP SuccessFactors Employee Central through its OData v2 API: PerPerson with its
// personal, email and employment navigations expanded (employment with job and user), read with
// server-side snapshot paging (customPageSize, paging=snapshot, following __next).
//
// Effective dating (SAP KBA 2853045: asOfDate applies to every level of the query; fromDate and
// toDate filter only the top-level entity; the two cannot be combined):
//  - Full reads are a point in time: asOfDate (the setting, or today in UTC). A future hire, whose
//    employment starts after that date, has no personal or job record in effect yet; such people
//    are read again as of their own start date, so a pre-hire account gets the name and job it
//    will have (as Workday reads future-dated hires "as of" the hire date).
//  - Incremental reads (readChanges) take the changes since the watermark (the time the previous
//    read started, minus overlapMinutes): people whose PerPerson, personal, email or employment
//    records were modified since ($filter on lastModifiedDateTime), and people whose job record
//    came into effect or was modified within the window — asked of the effective-dated EmpJob
//    with fromDate = the window's start and toDate = today, so a future-dated change is picked
//    up on the day it takes effect, not when it was keyed in. All are then read as of today.
//    An empty watermark means "from the start": a full read. isFullSnapshot is false for a delta,
//    so no one becomes a leaver by being absent from it.
//
// Bad input never passes silently: a record with a malformed date or an unreadable attribute is
// a RecordError naming the worker and attribute; the record rules (settings.records) turn a
// missing required attribute, an invalid date, an unknown employment status and a worker id
// seen twice into RecordErrors; a page that is malformed, truncated or not an OData collection
// blocks the whole read (nothing is planned from part of it).
//
// Authentication: HTTP Basic with username@companyId and the password from the SecretStore. The
// OAuth 2.0 SAML bearer assertion flow is not implemented.
class SuccessFactorsSource : public HrSource {
public:
    // `today` gives the date reads are "as of" when settings.asOfDate is not set (tests pin it).
    [[nodiscard]] static Models::Result<std::unique_ptr<SuccessFactorsSource>>
    create(SuccessFactorsSettings settings, const QString& password, std::function<QDate()> today = {});

    [[nodiscard]] Models::Result<QString> testConnection() override;
    [[nodiscard]] Models::Result<Models::HrSnapshot> read(const Models::CancelToken& cancel) override;
    [[nodiscard]] Models::Result<Models::HrSnapshot> readChanges(QString& watermark,
                                                                 const Models::CancelToken& cancel) override;
    [[nodiscard]] HrWriteBack* writeBack() override { return m_writeBack.get(); }

private:
    SuccessFactorsSource(SuccessFactorsClient client, SuccessFactorsPersonMapper mapper, std::function<QDate()> today);

    // How a query's records join those already read.
    enum class Merge {
        Append,       // every record, duplicates included: the record rules report a duplicate id
        SkipKnown,    // a person an earlier query of the same read returned is not added again
        Replace,      // the record replaces the one read before (a future hire re-read)
    };
    // PerPerson records in the order read; indexById: where each personIdExternal is first.
    struct People {
        QList<QJsonObject> records;
        QHash<QString, qsizetype> indexById;
        void add(const QJsonObject& person, Merge merge, const QSet<QString>& knownBefore);
    };

    [[nodiscard]] QDate asOfDate() const;
    [[nodiscard]] SuccessFactorsClient::Parameters personQuery(const QDate& asOf, const QString& filter) const;
    [[nodiscard]] Models::Result<void> readPeople(const SuccessFactorsClient::Parameters& query, const QString& what, People& people,
                                                  Merge merge, const Models::CancelToken& cancel) const;
    [[nodiscard]] Models::Result<void> readFutureHiresAsOfTheirStart(People& people, const QDate& asOf,
                                                                     const Models::CancelToken& cancel) const;
    [[nodiscard]] Models::Result<QSet<QString>> usersWithJobChanges(const QDateTime& since, const QDate& today,
                                                                    const Models::CancelToken& cancel) const;
    [[nodiscard]] Models::HrSnapshot toSnapshot(const People& people, bool full) const;

    SuccessFactorsClient m_client;
    SuccessFactorsPersonMapper m_mapper;
    std::function<QDate()> m_today;
    std::unique_ptr<SuccessFactorsWriteBack> m_writeBack;
};

} // namespace Tenure::Connectors
