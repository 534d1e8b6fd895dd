#pragma once

#include "connectors/hr/hrwriteback.h"
#include "models/domain/operation.h"
#include "models/domain/plan.h"
#include "models/domain/tenant.h"

#include <QJsonObject>

namespace Tenure::App {

class Workspace;
class ConnectorFactory;

// Which directory attributes go back to the HR source after a run. Stored in the directory
// tenant's settings under "writeBack":
//   {"enabled": true, "email": "mail", "username": "userPrincipalName"}
// enabled  default true: written back whenever the HR source accepts it (HrSource::writeBack())
// email    default "mail"
// username default: the directory's sign-in attribute (signInAttribute())
struct WriteBackSettings {
    bool enabled = true;
    QString emailAttribute = QStringLiteral("mail");
    QString usernameAttribute;

    // Errors name the key ("writeBack.email"). Defaults for the directory when absent.
    [[nodiscard]] static Models::Result<WriteBackSettings> of(const Models::Tenant& directory);
};

// The attribute people sign in with, by the kind of directory: userPrincipalName in Active
// Directory and Entra ID (Graph), uid in other LDAP directories, userName in SCIM services and
// Entra's inbound provisioning API (which takes SCIM).
[[nodiscard]] QString signInAttribute(const Models::Tenant& directory);

// What came of writing back after one run.
struct WriteBackSummary {
    bool attempted = false;   // false: write-back off, the source takes none, or nothing to write
    int written = 0;
    int failed = 0;
    QString message;          // for a person: why nothing was written, or why it stopped
};

// After a run creates or updates accounts, the email and user name the directory now holds are
// written back to the HR source, when it accepts them (Workday, SuccessFactors): Entra's
// writeback apps do the same (learn.microsoft.com/entra/identity/saas-apps/workday-writeback-tutorial).
// Only what the run confirmed is written: each confirmed create, update, move or enable whose
// changes set the email or user name attribute. Every outcome is audited per worker
// (writeback.written / writeback.failed, subject the worker id) in one transaction, so the audit
// trail says what HR was told and what it refused. A failure here never changes the run's own
// outcome: the accounts are made; HR can be told again by the next run that changes them.
class WriteBackToHr {
public:
    WriteBackToHr(Workspace& workspace, ConnectorFactory& connectors, QString operatorName);

    // An error only when the audit could not be written; everything else is in the summary.
    [[nodiscard]] Models::Result<WriteBackSummary> afterRun(const Models::Tenant& directory, const Models::Plan& plan,
                                                            qint64 runId, const Models::CancelToken& cancel);

    // The items the confirmed operations give, in plan order, one per worker (pure).
    [[nodiscard]] static QList<Connectors::WriteBackItem> itemsFor(const Models::Plan& plan,
                                                                   const QList<Models::OperationOutcome>& outcomes,
                                                                   const WriteBackSettings& settings);

private:
    Workspace& m_workspace;
    ConnectorFactory& m_connectors;
    QString m_operator;
};

} // namespace Tenure::App
