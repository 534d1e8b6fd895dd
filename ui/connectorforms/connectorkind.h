#pragma once

#include "models/domain/result.h"
#include "models/domain/tenant.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>

namespace Tenure::Ui {

// What the Tenants page knows about one kind of connector (a CSV export, Active Directory,
// Entra ID through Graph, …): the fields of its form, in order, and the rules behind them. A
// description only, with no widget in it: ConnectorForm draws any kind, and the rules run without
// a display. Adding a kind is one file in ui/connectorforms that returns one of these, listed in
// connectorkinds.cpp.

enum class FieldType {
    Text,        // one line
    LongText,    // several lines (an SQL query)
    Number,      // a whole number from minimum to maximum; 0 with omitWhenEmpty: the default
    Choice,      // one of `choices`; a stored value not among them is kept and shown as is
    Flag,        // true or false
    File,        // a path, with Browse…
    Secret,      // typed, hidden; never a setting: it goes to the keychain
    SecretFile,  // a PEM file whose content is the secret; neither path nor content is a setting
    Preset,      // one choice that sets several other fields at once (a national cloud's URLs)
};

struct FieldChoice {
    QString text;          // what a person reads
    QJsonValue value;      // Choice: the setting's own spelling
    QJsonObject sets = {}; // Preset: the settings it writes (an empty string removes the key)
};

struct FieldSpec {
    // The settings key (the connector's own spelling). Secret, SecretFile and Preset fields are
    // not settings: their key is a name of their own, used by tests and field notes.
    QString key = {};
    FieldType type = FieldType::Text;
    QString label = {};           // with its & mnemonic; for a Flag, the check box's text
    QString accessibleName = {};
    QString placeholder = {};
    QString toolTip = {};
    QJsonValue defaultValue = {};   // shown when the key is absent
    bool omitWhenEmpty = false;     // an empty optional key is left out, so the connector's default applies
    int minimum = 0;
    int maximum = 0;
    QList<FieldChoice> choices = {};
    QString fileFilter = {};        // File, SecretFile: the dialog's name filter

    // The rules, all optional. `check` judges the value as typed (as text) and returns what is
    // wrong with it; `warning` reads the settings as a whole and returns a risk worth saying
    // (verification off); `enabledWhen` / `visibleWhen` decide from the settings as a whole.
    std::function<QString(const QString& value)> check = {};
    std::function<QString(const QJsonObject& settings)> warning = {};
    std::function<bool(const QJsonObject& settings)> enabledWhen = {};
    std::function<bool(const QJsonObject& settings)> visibleWhen = {};

    [[nodiscard]] bool isSecret() const { return type == FieldType::Secret || type == FieldType::SecretFile; }
    [[nodiscard]] bool isSetting() const { return !isSecret() && type != FieldType::Preset; }
    [[nodiscard]] bool isVisible(const QJsonObject& settings) const { return !visibleWhen || visibleWhen(settings); }
    [[nodiscard]] bool isEnabled(const QJsonObject& settings) const { return !enabledWhen || enabledWhen(settings); }
};

struct ConnectorKind {
    QString id = {};                 // unique among kinds: "ldap", "activeDirectory", "graph", …
    QString type = {};               // Tenant::type the connector factory builds it from
    Models::TenantRole role = Models::TenantRole::Directory;
    QString title = {};              // "Active Directory"
    QString summary = {};            // one line under the kind chooser: what it connects to
    QString icon = {};               // resource path of its SVG icon in the tenant list
    QJsonObject defaults = {};       // the settings a new tenant of this kind starts with
    QList<FieldSpec> fields = {};

    // Whether a stored tenant is of this kind (Active Directory is type "ldap" with
    // directoryType "activeDirectory"); by default, when the type matches.
    std::function<bool(const Models::Tenant& tenant)> matches = {};
    // The connector's own settings parser (the one the engine applies when it connects): an
    // error names the offending key in context.attribute, which puts it next to its field.
    std::function<Models::Result<void>(const QJsonObject& settings)> check = {};

    // The secret: what to say when it is missing and required (empty: optional, as for an SQL
    // database that takes none), and the setting that decides what the secret is: when it changes
    // (a client secret becomes a certificate) the stored secret no longer fits.
    QString secretMissing = {};
    QString secretShapeKey = {};

    [[nodiscard]] bool isKindOf(const Models::Tenant& tenant) const
    {
        return tenant.role == role && (matches ? matches(tenant) : tenant.type == type);
    }
    [[nodiscard]] const FieldSpec* field(const QString& key) const
    {
        for (const auto& f : fields)
            if (f.key == key)
                return &f;
        return nullptr;
    }
};

} // namespace Tenure::Ui
