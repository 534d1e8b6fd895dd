#include "demoseed.h"

#include "democsv.h"
#include "demomapping.h"
#include "models/domain/operation.h"
#include "models/mapping/mappingevaluator.h"

#include <QHash>
#include <QSet>

namespace Tenure::App::Demo {
namespace {

// The person as HR described them when the directory was last synchronised: movers and rehires
// had the one attribute HR has changed since at its previous value.
DemoPerson asTheDirectoryRemembers(const DemoPerson& person)
{
    DemoPerson before = person;
    if (person.role != DemoRole::Mover && person.role != DemoRole::Rehire)
        return before;
    switch (person.change) {
    case MoverChange::Title: before.jobTitle = person.previousValue; break;
    case MoverChange::Department: before.department = person.previousValue; break;
    case MoverChange::Location: before.location = person.previousValue; break;
    case MoverChange::Surname: before.lastName = person.previousValue; break;
    }
    return before;
}

} // namespace

QString accountDn(const Models::Attributes& attributes)
{
    const QString parent = Models::firstValue(attributes, QString::fromLatin1(Models::ParentDnAttribute));
    return QStringLiteral("uid=%1,%2")
        .arg(Models::firstValue(attributes, QStringLiteral("uid")), parent.isEmpty() ? peopleDn() : parent);
}

QStringList departmentsOf(const QList<DemoPerson>& people)
{
    QSet<QString> names{unassignedDepartment()};
    for (const auto& person : people) {
        names.insert(person.department);
        if (person.change == MoverChange::Department && !person.previousValue.isEmpty())
            names.insert(person.previousValue);
    }
    names.remove(QString());
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort();
    return sorted;
}

Models::Result<QList<Models::Account>> seedAccounts(const QList<DemoPerson>& people, const QDate& today)
{
    auto evaluator = Models::MappingEvaluator::compile(demoMapping());
    if (!evaluator)
        return std::unexpected(evaluator.error());
    const QStringList uniqueAttributes = evaluator->uniqueAttributes();
    // Values of the SelectUniqueValue attributes already given to an account, case-folded: the
    // directory compares uid case-insensitively.
    QHash<QString, QSet<QString>> givenOut;
    const Models::MappingContext context{
        today.startOfDay(Qt::UTC).toMSecsSinceEpoch(),
        [&givenOut](const QString& attribute, const QString& value) {
            return givenOut.value(attribute).contains(value.toCaseFolded());
        }};

    QList<Models::Account> accounts;
    for (const auto& person : people) {
        if (!person.hasAccount())
            continue;
        auto desired = evaluator->evaluate(hrRecord(asTheDirectoryRemembers(person)), context);
        if (!desired) {
            Models::Error error = desired.error();
            error.context.workerId = person.workerId;
            error.message = QStringLiteral("The demo mapping cannot compute the account of %1: %2")
                                .arg(person.workerId, error.message);
            return std::unexpected(error);
        }
        Models::Account account;
        account.enabled = person.accountEnabled();
        for (const auto& mapped : std::as_const(*desired)) {
            if (mapped.value.isEmpty())
                continue;
            account.attributes.insert(mapped.attribute, mapped.value);
            if (uniqueAttributes.contains(mapped.attribute))
                for (const auto& value : mapped.value)
                    givenOut[mapped.attribute].insert(value.toCaseFolded());
        }
        account.id = accountDn(account.attributes);
        accounts.append(std::move(account));
    }
    return accounts;
}

} // namespace Tenure::App::Demo
