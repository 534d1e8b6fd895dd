#pragma once

#include "app/secrets/secretstore.h"
#include "demohrkind.h"
#include "models/domain/tenant.h"

namespace Tenure::App {
class Workspace;
}

namespace Tenure::App::Demo {

// Where the demo's HR tenant reads from. For a server kind, what the local server printed when it
// started (tests/servers: tenure-workday-server, tenure-successfactors-server,
// tenure-bamboohr-server) and the names it was started with.
struct DemoHrConnection {
    DemoHrKind kind = DemoHrKind::Csv;
    // workday: the tenant's endpoint (https://127.0.0.1:N/ccx/service/<tenant>);
    // successfactors, bamboohr: the API server (https://127.0.0.1:N);
    // csv: the export's path (empty: workers.csv beside the workspace).
    QString endpoint;
    QString caFile;    // the server's certificate (PEM) to trust; required for a server kind
    QString user;      // workday: the integration user (isu_tenure@<tenant>); successfactors: the API user
    QString company;   // successfactors: the company id; bamboohr: the company domain
};

struct DemoHrSwitch {
    Models::Tenant hrTenant;   // as saved
    int mappingVersion = 0;    // the Directory mapping's new version; 0 when it already was this one
};

// The HR tenant as `connection` describes it, with the given secret reference (empty for csv).
// Its settings are checked by the connector's own rules: an error names the setting.
[[nodiscard]] Models::Result<Models::Tenant> demoHrTenant(const DemoHrConnection& connection, const QString& workspacePath,
                                                          const QString& secretRef);

// Points the demo workspace's HR tenant at another source: the tenant's kind and settings change
// (an audited tenant save, as on the Tenants page; none when nothing changed), the secret (a password or an API key; unused
// for csv) goes to `secrets` first, under the tenant's reference, and the Directory tenant's
// mapping becomes the demo mapping for that source's names (an audited new mapping version, unless
// it already is the current one), so the first preview plans the same changes as with the CSV.
// Switching to csv removes the old secret from `secrets`: nothing refers to it any more.
[[nodiscard]] Models::Result<DemoHrSwitch> useDemoHrSource(const Workspace& workspace, SecretStore& secrets,
                                                           const DemoHrConnection& connection, const QString& secret);

} // namespace Tenure::App::Demo
