#include "demodata.h"

#include "democsv.h"
#include "demoldif.h"
#include "demoseed.h"

namespace Tenure::App::Demo {

Models::Result<DemoData> generateDemoData(const QDate& today, quint32 seed)
{
    DemoData data;
    data.people = generatePeople(today, seed);
    data.workersCsv = workersCsv(data.people);
    auto accounts = seedAccounts(data.people, today);
    if (!accounts)
        return std::unexpected(accounts.error());
    data.seedAccounts = std::move(*accounts);
    data.seedLdif = seedLdif(departmentsOf(data.people), data.seedAccounts);
    return data;
}

QMap<Models::Category, int> expectedCounts(const QList<DemoPerson>& people)
{
    using Models::Category;
    QMap<Category, int> counts;
    for (const auto& person : people) {
        switch (person.role) {
        case DemoRole::Unchanged:
        case DemoRole::LeftDisabled:   // left, and the account is already disabled: nothing to do
            ++counts[Category::Unchanged];
            break;
        case DemoRole::Mover:
            ++counts[Category::Mover];
            break;
        case DemoRole::Joiner:
            ++counts[Category::Joiner];
            break;
        case DemoRole::FutureHire:
            ++counts[Category::FutureDated];
            break;
        case DemoRole::Leaver:
        case DemoRole::FormerWorker:
            ++counts[Category::Leaver];
            break;
        case DemoRole::Rehire:
            ++counts[Category::Rehire];
            break;
        case DemoRole::BadFieldCount:
        case DemoRole::BadDate:
            ++counts[Category::Error];
            break;
        }
    }
    return counts;
}

} // namespace Tenure::App::Demo
