#pragma once

#include "models/domain/cancellation.h"
#include "models/domain/result.h"

#include <QList>
#include <QString>

namespace Tenure::Connectors {

using Models::Result;

// What the directory assigned to a worker and the HR system should learn back: the work email
// and the sign-in name. An empty field is not written back (HR keeps what it has).
struct WriteBackItem {
    QString workerId;
    QString email;
    QString username;
};

// The HR system's answer for one worker: written, or why not (the message names the worker).
struct WriteBackOutcome {
    QString workerId;
    bool written = false;
    QString message;
};

// An HR source that accepts write-back of email and username (Workday, SuccessFactors).
// One worker's failure never stops the others; a transport failure that stops them all is an error.
// Calls block and are made from a worker thread.
class HrWriteBack {
public:
    virtual ~HrWriteBack() = default;
    [[nodiscard]] virtual Result<QList<WriteBackOutcome>> writeBack(const QList<WriteBackItem>& items,
                                                                    const Models::CancelToken& cancel) = 0;
};

} // namespace Tenure::Connectors
