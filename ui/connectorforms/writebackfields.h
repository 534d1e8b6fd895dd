#pragma once

#include "connectorkind.h"

namespace Tenure::Ui {

// The fields every directory has for writing back to HR (app/hrwriteback.h: the directory's
// "writeBack" setting): whether to, and which attributes hold the email and the user name.
// `signInAttribute` is the kind's default user name attribute, shown as the placeholder.
[[nodiscard]] QList<FieldSpec> writeBackFields(const QString& signInAttribute);

} // namespace Tenure::Ui
