#include "latestjob.h"

namespace Tenure::Ui {

void LatestJob::cancel()
{
    if (!m_running)
        return;
    m_cancel.cancel();
    ++m_generation;
    m_running = false;
    onCancelled();
}

} // namespace Tenure::Ui
