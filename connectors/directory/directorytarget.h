#pragma once

#include "models/domain/account.h"
#include "models/domain/cancellation.h"
#include "models/domain/operation.h"
#include "models/domain/result.h"

#include <QStringList>

namespace Tenure::Connectors {

using Models::Result;

// What a target can do; the planner plans only that.
struct DirectoryCapabilities {
    bool disable = true;
    bool enable = true;
    bool move = false;
    bool setPassword = false;
    bool revokeSessions = false;
    bool deltaReads = false;
};

// One directory a plan is carried out against (LDAP, Entra ID, SCIM, …).
// Calls block and are made from a worker thread, never the GUI thread.
class DirectoryTarget {
public:
    virtual ~DirectoryTarget() = default;

    [[nodiscard]] virtual DirectoryCapabilities capabilities() const = 0;

    // Connect and authenticate; what "Test connection" shows.
    [[nodiscard]] virtual Result<QString> testConnection() = 0;

    // Every managed account with the given attributes (paged as the target requires).
    [[nodiscard]] virtual Result<Models::DirectorySnapshot> readAccounts(const QStringList& attributes,
                                                                       const Models::CancelToken& cancel) = 0;

    // The id a new account with these attributes will get (an LDAP DN), shown in the preview.
    [[nodiscard]] virtual Result<QString> newAccountId(const Models::Attributes& attributes) const = 0;

    // Whether the target would accept this value for the attribute (Active Directory refuses a
    // sAMAccountName over 20 characters, …). SelectUniqueValue skips candidates it would refuse.
    [[nodiscard]] virtual bool acceptsValue(const QString& attribute, const QString& value) const
    {
        Q_UNUSED(attribute);
        Q_UNUSED(value);
        return true;
    }

    // The form in which two values of an attribute compare equal in this target: a DN-valued
    // attribute (parentDistinguishedName, manager) in canonical form, a case-insensitive one folded.
    // The planner compares desired and current values through it, so no false movers appear.
    [[nodiscard]] virtual QString comparableValue(const QString& attribute, const QString& value) const
    {
        Q_UNUSED(attribute);
        return value;
    }

    // Carry out one planned operation.
    [[nodiscard]] virtual Result<void> apply(const Models::Operation& operation) = 0;
};

} // namespace Tenure::Connectors
