#pragma once

#include "models/domain/result.h"

namespace Tenure::App {

using Models::Result;

// The one way to secrets. References ("tenure/Directory/bind") are stored in settings and the
// database; the secrets themselves live only in the store behind this interface.
// Calls block (with a timeout) and must not be made from the GUI thread.
class SecretStore {
public:
    virtual ~SecretStore() = default;
    [[nodiscard]] virtual Result<QString> read(const QString& reference) = 0;
    [[nodiscard]] virtual Result<void> write(const QString& reference, const QString& secret) = 0;
    [[nodiscard]] virtual Result<void> remove(const QString& reference) = 0;
};

} // namespace Tenure::App
