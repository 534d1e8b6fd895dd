#pragma once

#include "models/domain/account.h"
#include "models/domain/cancellation.h"
#include "models/domain/operation.h"
#include "models/domain/result.h"

#include <QStringList>

#include <functional>

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

// A position in a target's change stream, kept in the workspace between reads. Opaque to the
// engine: only the target that returned it reads it (AD: the DC's invocationId and its
// highestCommittedUSN; Graph: a deltaLink). Empty: none yet, the next read is a full one.
struct DirectoryWatermark {
    QString value;
    friend bool operator==(const DirectoryWatermark&, const DirectoryWatermark&) = default;
};

// What readChanges returned: every managed account (full) or only those changed since the
// watermark, and the watermark to pass next time.
struct DirectoryChanges {
    Models::DirectorySnapshot snapshot;
    bool full = true;
    DirectoryWatermark next;
    // Incremental reads only: ids of accounts deleted since the watermark (Graph delta's
    // "@removed"), which an incremental snapshot cannot express by absence.
    QStringList removedIds;
};

// How applyBatch reports. sending(i) is called before operation i goes to the target (the
// executor journals "sent" there); returning false stops the batch before it is sent.
// done(i, outcome) follows once the target answered: a note for the run log on success
// ("password set; handed over as …", often empty) or the error. Returning false stops the
// batch: operations already sent are still reported, nothing further is sent. Every
// operation reported as sending is reported as done exactly once.
struct BatchCallbacks {
    std::function<bool(qsizetype index)> sending;
    std::function<bool(qsizetype index, const Result<QString>& outcome)> done;
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

    // Only the accounts changed since `since` when the target can tell (capabilities().deltaReads)
    // and the watermark is still valid for it; otherwise a full read. Default: a full read.
    [[nodiscard]] virtual Result<DirectoryChanges> readChanges(const QStringList& attributes,
                                                               const DirectoryWatermark& since,
                                                               const Models::CancelToken& cancel)
    {
        Q_UNUSED(since);
        auto snapshot = readAccounts(attributes, cancel);
        if (!snapshot)
            return std::unexpected(snapshot.error());
        DirectoryChanges changes;
        changes.snapshot = std::move(*snapshot);
        return changes;
    }

    // Carry out operations in order, each reported through callbacks; a target may keep several
    // in flight (LDAP pipelines them). Never sends an operation twice. Stops early on cancel.
    // Default: apply() one after the other.
    virtual void applyBatch(const QList<Models::Operation>& operations, const BatchCallbacks& callbacks,
                            const Models::CancelToken& cancel)
    {
        for (qsizetype i = 0; i < operations.size() && !cancel.isCancelled(); ++i) {
            if (callbacks.sending && !callbacks.sending(i))
                return;
            const auto applied = apply(operations.at(i));
            const Result<QString> outcome = applied ? Result<QString>(QString()) : std::unexpected(applied.error());
            if (callbacks.done && !callbacks.done(i, outcome))
                return;
        }
    }
};

// apply() for targets whose natural unit is the batch (Graph $batch, SCIM bulk): a batch of one.
[[nodiscard]] inline Result<void> applyAsBatchOfOne(DirectoryTarget& target, const Models::Operation& operation)
{
    Result<void> outcome;
    BatchCallbacks callbacks;
    callbacks.done = [&](qsizetype, const Result<QString>& result) {
        if (!result)
            outcome = std::unexpected(result.error());
        return true;
    };
    target.applyBatch({operation}, callbacks, Models::CancelToken());
    return outcome;
}

} // namespace Tenure::Connectors
