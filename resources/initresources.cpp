#include "initresources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initTenureQrc() { Q_INIT_RESOURCE(tenure); }

namespace Tenure::Ui {

void initResources() { initTenureQrc(); }

} // namespace Tenure::Ui
