#pragma once

#include "demopeople.h"
#include "models/domain/account.h"
#include "models/domain/operation.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QMap>

namespace Tenure::App::Demo {

// The seed the demo uses unless told otherwise: everyone who runs the demo sees the same company.
inline constexpr quint32 DefaultDemoSeed = 20240917;

// Everything the demo needs, generated together so the HR file and the directory agree.
struct DemoData {
    QList<DemoPerson> people;            // in HR or in the directory, by WorkerID
    QByteArray workersCsv;               // the HR export
    QList<Models::Account> seedAccounts; // the directory before the first sync
    QByteArray seedLdif;                 // the department OUs and the accounts, for slapadd
};

// Deterministic: the same day and seed give the same bytes. Dates are relative to `today`. Fails
// only when the demo mapping cannot compute a seed account (seedAccounts()).
[[nodiscard]] Models::Result<DemoData> generateDemoData(const QDate& today, quint32 seed = DefaultDemoSeed);

// What the first preview should show for these people, planned on the day they were generated.
[[nodiscard]] QMap<Models::Category, int> expectedCounts(const QList<DemoPerson>& people);

} // namespace Tenure::App::Demo
