#include "operationcorrespondence.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace Tenure::Models {
namespace {

// Whom an operation is about: the worker, or the account of a leaver no HR record names.
QString subjectOf(const Operation& op)
{
    return op.workerId.isEmpty() ? QStringLiteral("account:") + op.targetId.toLower() : QStringLiteral("worker:") + op.workerId;
}

} // namespace

Correspondence correspondingOperations(const QList<Operation>& earlier, const Plan& fresh)
{
    QHash<QString, QList<int>> freshBySubject;
    for (int i = 0; i < fresh.operations.size(); ++i)
        if (fresh.operations.at(i).writes())
            freshBySubject[subjectOf(fresh.operations.at(i))].append(i);

    Correspondence result;
    QSet<int> chosen;
    for (int e = 0; e < earlier.size(); ++e) {
        const auto found = freshBySubject.constFind(subjectOf(earlier.at(e)));
        if (found == freshBySubject.cend()) {
            result.settled.append(e);
            continue;
        }
        // The operation hash leaves out where the record sits in the HR file, as approvals do.
        const QString before = operationHash(earlier.at(e));
        bool same = false;
        for (int index : *found) {
            chosen.insert(index);
            same = same || operationHash(fresh.operations.at(index)) == before;
        }
        if (!same)
            result.changed.append(e);
    }
    result.fresh = QList<int>(chosen.cbegin(), chosen.cend());
    std::sort(result.fresh.begin(), result.fresh.end());
    return result;
}

} // namespace Tenure::Models
