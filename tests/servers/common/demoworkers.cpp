#include "demoworkers.h"

#include "connectors/hr/csv/csvworkersource.h"

namespace Tenure::Tests {

Models::Result<DemoWorkers> loadDemoWorkers(const QString& csvPath)
{
    auto settings = Connectors::CsvSourceSettings::fromJson({{QStringLiteral("path"), csvPath}});
    if (!settings)
        return std::unexpected(settings.error());
    Connectors::CsvWorkerSource source(std::move(*settings));
    auto snapshot = source.read({});
    if (!snapshot)
        return std::unexpected(snapshot.error());
    return DemoWorkers{std::move(snapshot->workers), std::move(snapshot->errors)};
}

} // namespace Tenure::Tests
