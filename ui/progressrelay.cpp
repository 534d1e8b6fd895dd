#include "progressrelay.h"

namespace Tenure::Ui {

std::shared_ptr<ProgressRelay> ProgressRelay::create()
{
    return std::shared_ptr<ProgressRelay>(new ProgressRelay, [](ProgressRelay* relay) { relay->deleteLater(); });
}

} // namespace Tenure::Ui
