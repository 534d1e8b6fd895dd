#pragma once

#include "connectorforms/connectorkind.h"
#include "models/domain/tenant.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace Tenure::Ui {

// Whether a tenant as edited on the Tenants page may be saved, and if not, why, in words a person
// can act on, next to the field concerned. No widgets here: the rules are each kind's field
// checks and the connectors' own settings parsers (the same ones the engine applies when it
// connects), plus what the store and the keychain need.

struct TenantDraftCheck {
    QStringList otherNames;         // the names of the workspace's other tenants
    bool secretGiven = false;       // a secret is typed (or a certificate file chosen), not yet in the keychain
    bool storedSecretFits = false;  // the keychain already holds a secret of the kind the settings ask for
};

struct FieldNote {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString text;
};

struct DraftVerdict {
    QString problem;                  // the first thing that stops Save; empty when it can be saved
    QHash<QString, FieldNote> notes;  // by field key; "name" and "sourceTenant" are the page's own fields
};

// `kind` is null for a tenant of a type this version cannot edit.
[[nodiscard]] DraftVerdict checkTenantDraft(const Models::Tenant& tenant, const ConnectorKind* kind,
                                            const TenantDraftCheck& check);

// Whether the secret stored for `saved` still fits the draft: there is one, and the setting that
// decides what it is (kind.secretShapeKey, e.g. a client secret or a certificate) is unchanged.
[[nodiscard]] bool storedSecretFits(const ConnectorKind& kind, const Models::Tenant& saved, const Models::Tenant& draft);

// A field's value in the settings as text (what its check reads), its default when absent.
[[nodiscard]] QString fieldText(const FieldSpec& field, const QJsonObject& settings);

// Field checks the kinds share; each returns what is wrong with a value as typed, empty when it is
// fine. An empty value is fine here: whether a key is required is the connector's rule.
[[nodiscard]] QString guidProblem(const QString& value);
// A Microsoft Entra tenant: its directory (tenant) id, a GUID, or one of its verified domains.
[[nodiscard]] QString entraTenantProblem(const QString& value);
[[nodiscard]] QString httpsUrlProblem(const QString& value);
// A DNS domain such as contoso.com (no scheme, no "@").
[[nodiscard]] QString domainProblem(const QString& value);

} // namespace Tenure::Ui
