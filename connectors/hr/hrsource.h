#pragma once

#include "connectors/hr/hrwriteback.h"
#include "models/domain/cancellation.h"
#include "models/domain/result.h"
#include "models/domain/worker.h"

namespace Tenure::Connectors {

using Models::Result;

// One HR system workers are read from. Calls block and are made from a worker thread.
class HrSource {
public:
    virtual ~HrSource() = default;

    // Reach the source and say what was found ("2,013 records in workers.csv").
    [[nodiscard]] virtual Result<QString> testConnection() = 0;

    // Records that cannot be read land in HrSnapshot::errors with their line; the rest proceed.
    // A source that cannot be read at all is an error: nothing is planned from half a read.
    [[nodiscard]] virtual Result<Models::HrSnapshot> read(const Models::CancelToken& cancel) = 0;

    // Incremental read: the workers changed since `watermark` (in: an opaque position this
    // source gave out before, empty for "from the start"), with isFullSnapshot = false so that
    // absence never means "left". On success `watermark` (out) is moved past what was read;
    // on an error it is left as it was, so the next read asks again from the same point.
    // Sources without a change feed answer with a full read (isFullSnapshot = true), which is
    // always a correct answer, and leave the watermark alone.
    [[nodiscard]] virtual Result<Models::HrSnapshot> readChanges(QString& watermark, const Models::CancelToken& cancel)
    {
        Q_UNUSED(watermark);
        return read(cancel);
    }

    // The write-back channel of sources that accept one (email and username); nullptr otherwise.
    [[nodiscard]] virtual HrWriteBack* writeBack() { return nullptr; }
};

} // namespace Tenure::Connectors
