#include "demoseed.h"

#include "democsv.h"
#include "demomapping.h"

namespace Tenure::App::Demo {
namespace {

// What the directory still holds where HR has moved on.
void applyPreviousValue(const DemoPerson& person, Models::Attributes& attributes)
{
    const Models::AttributeValue previous{person.previousValue};
    switch (person.change) {
    case MoverChange::Title:
        attributes.insert(QStringLiteral("title"), previous);
        break;
    case MoverChange::Department:
        attributes.insert(QStringLiteral("departmentNumber"), previous);
        break;
    case MoverChange::Location:
        attributes.insert(QStringLiteral("l"), previous);
        break;
    case MoverChange::Surname: {
        const Models::AttributeValue oldName{person.firstName + u' ' + person.previousValue};
        attributes.insert(QStringLiteral("sn"), previous);
        attributes.insert(QStringLiteral("cn"), oldName);
        attributes.insert(QStringLiteral("displayName"), oldName);
        break;
    }
    }
}

} // namespace

QString accountDn(const QString& workerId)
{
    // Worker ids are W + digits: nothing in them needs RFC 4514 escaping.
    return QStringLiteral("uid=%1,%2").arg(workerId, peopleDn());
}

QList<Models::Account> seedAccounts(const QList<DemoPerson>& people)
{
    // The demo mapping has only direct and constant rules, so the account is read off the rules
    // here; the unit test plans HR against these accounts, which proves they agree with the
    // mapping evaluator.
    const auto rules = demoMapping().attributes;
    QList<Models::Account> accounts;
    for (const auto& person : people) {
        if (!person.hasAccount())
            continue;
        Models::Account account;
        account.id = accountDn(person.workerId);
        account.enabled = person.accountEnabled();
        const auto record = hrRecord(person);
        for (const auto& rule : rules) {
            const QString value = rule.kind == Models::MappingKind::Constant
                                      ? rule.constant
                                      : Models::firstValue(record.attributes, rule.source).trimmed();
            if (!value.isEmpty())
                account.attributes.insert(rule.target, {value});
        }
        if (person.role == DemoRole::Mover || person.role == DemoRole::Rehire)
            applyPreviousValue(person, account.attributes);
        accounts.append(std::move(account));
    }
    return accounts;
}

} // namespace Tenure::App::Demo
