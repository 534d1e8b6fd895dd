#pragma once

#include "models/domain/tenant.h"

#include <QString>
#include <QStringList>

namespace Tenure::Ui {

// Whether a tenant as edited on the Tenants page may be saved, and if not, the first reason in
// words a person can act on. No widgets here: the rules are the connectors' own settings
// parsers (the same ones the engine applies when it connects), plus what the store needs.
struct TenantDraftCheck {
    QStringList otherNames;      // the names of the workspace's other tenants
    bool passwordTyped = false;  // a bind password is in the form, not yet in the keychain
};

// Empty when the tenant can be saved.
[[nodiscard]] QString tenantProblem(const Models::Tenant& tenant, const TenantDraftCheck& check);

// Where a new tenant's secret lives in the keychain: "<workspace path>/<tenant name>", the same
// reference `tenure-cli set-secret` gives one.
[[nodiscard]] QString secretReferenceFor(const QString& workspacePath, const QString& tenantName);

} // namespace Tenure::Ui
