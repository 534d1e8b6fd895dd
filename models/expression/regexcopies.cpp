#include "regexcopies.h"

#include <QHash>

namespace Tenure::Models::Expr {

const QRegularExpression& perThreadCopy(const QRegularExpression& shared)
{
    thread_local QHash<const QRegularExpression*, QRegularExpression> copies;
    const QString pattern = shared.pattern();
    auto it = copies.find(&shared);
    if (it != copies.end() && it->pattern() == pattern)
        return *it;
    if (copies.size() > 4096) // expressions come and go in a long-running console
        copies.clear();
    // A deep copy of the text: `pattern` may be a raw-data view into an expression that is gone
    // by the time the next expression at the same address compares its pattern with this copy's
    // (a copy of a raw-data QString is still the same view). A copy of the object itself would
    // share its private, and with it the mutex.
    QRegularExpression own(QString(pattern.constData(), pattern.size()), shared.patternOptions());
    own.optimize();
    return *copies.insert(&shared, std::move(own));
}

} // namespace Tenure::Models::Expr
