#pragma once

#include "connectors/hr/hrwriteback.h"
#include "connectors/hr/successfactors/successfactorsclient.h"

namespace Tenure::Connectors {

// Email and username written back to SuccessFactors with the OData upsert operation
// (POST /odata/v2/upsert, one request per 100 workers), as Microsoft Entra's SuccessFactors
// Writeback app does (learn.microsoft.com/entra/identity/saas-apps/sap-successfactors-writeback-tutorial):
//   email     PerEmail(emailType='<writeBackEmailType>',personIdExternal='<worker>')
//             {emailAddress, isPrimary}. SuccessFactors holds at most one primary email, so when
//             another email type is primary it is first upserted with isPrimary false, in the
//             same request (blog.darrenjrobinson.com/updating-and-setting-primary-attributes-in-
//             successfactors-with-powershell). isPrimary is always sent: SuccessFactors refuses a
//             PerEmail upsert without it (SAP KBA 3386831).
//   username  User('<userId>') {username}; the userId is the worker's employment's, read first
//             (it need not equal personIdExternal).
// The people are read first (PerPerson with emailNav and employmentNav, personIdExternal in …) so
// that unknown workers and the current primary email are known. SuccessFactors answers an upsert
// with one status per entity ("OK" or "ERROR" with a message): a worker is written when all of
// its entities are OK, else its outcome quotes SuccessFactors' message. A failure of the whole
// request (authentication, throttling past the retries, an unreadable answer) is an error.
class SuccessFactorsWriteBack : public HrWriteBack {
public:
    explicit SuccessFactorsWriteBack(const SuccessFactorsClient& client) : m_client(client) {}

    [[nodiscard]] Models::Result<QList<WriteBackOutcome>> writeBack(const QList<WriteBackItem>& items,
                                                                    const Models::CancelToken& cancel) override;

private:
    [[nodiscard]] Models::Result<QList<WriteBackOutcome>> writeChunk(const QList<WriteBackItem>& items,
                                                                     const Models::CancelToken& cancel);

    const SuccessFactorsClient& m_client;
};

} // namespace Tenure::Connectors
