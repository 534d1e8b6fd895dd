#pragma once

#include "models/domain/result.h"
#include "models/domain/tenant.h"

#include <QList>
#include <QString>

namespace Tenure::App {

class ConnectorFactory;
class SecretStore;
class Workspace;

// A tenant's secret as an administrator hands it over while editing the tenant: typed (a bind
// password, a client secret, a bearer token), or the PEM file of an app's certificate and its
// private key. Empty: keep the secret already in the keychain. It is never kept anywhere but the
// SecretStore.
struct SecretInput {
    QString typed;
    QString certificateFile;

    [[nodiscard]] bool isEmpty() const { return typed.isEmpty() && certificateFile.isEmpty(); }
};

// The secret itself: the typed text, or the certificate file's content once it is known to hold
// a PEM certificate and an unencrypted private key (what the Graph connectors read). Reads a file:
// call it off the GUI thread.
[[nodiscard]] Models::Result<QString> resolveSecret(const SecretInput& input);

// Where a new tenant's secret lives in the keychain: "<workspace path>/<tenant name>", the same
// reference `tenure-cli set-secret` gives one.
[[nodiscard]] QString secretReferenceFor(const QString& workspacePath, const QString& tenantName);

// The use cases of the Tenants page, each blocking (keychain, files, network): run them off the
// GUI thread.
//
// Tests the tenant as edited, before it is saved: with the new secret when one is given (a
// throwaway in-memory store stands in for the keychain, so the connector is still built by the one
// ConnectorFactory), else with the secret already stored. The answer is the connector's own
// testConnection() text.
[[nodiscard]] Models::Result<QString> testTenant(ConnectorFactory& connectors, Models::Tenant tenant,
                                                 const SecretInput& secret);

// Saves the tenant; a new secret goes to the store first, under the tenant's reference (a new
// tenant gets secretReferenceFor()): settings pointing at a secret the keychain never got are
// worse than settings not saved at all.
[[nodiscard]] Models::Result<Models::Tenant> saveTenant(const Workspace& workspace, SecretStore& secrets,
                                                        Models::Tenant tenant, const SecretInput& secret);

// Why the tenant cannot be removed now (a directory is still fed from this HR source), as the
// names of the directories in the way; empty when it can.
[[nodiscard]] QStringList tenantsFedFrom(const Models::Tenant& source, const QList<Models::Tenant>& tenants);

struct RemovedTenant {
    QString name;
    // Why its secret is still in the keychain (the store refused to remove it); empty when it
    // was removed, was shared with another tenant, or there was none.
    QString secretKept;
};

// Removes the tenant (audited) and then its secret from the keychain, unless another tenant
// still refers to the same secret. An HR source that a directory is still fed from is refused.
// Its mapping versions, plans, runs and audit events stay: they are the history of what was done.
[[nodiscard]] Models::Result<RemovedTenant> removeTenant(const Workspace& workspace, SecretStore& secrets,
                                                         const QString& name);

} // namespace Tenure::App
