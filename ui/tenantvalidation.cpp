#include "tenantvalidation.h"

#include "app/hrwriteback.h"
#include "connectorforms/settingpath.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace Tenure::Ui {
namespace {

// tr() with the context lupdate files these strings under.
class TenantValidation {
    Q_DECLARE_TR_FUNCTIONS(TenantValidation)

public:
    static QString nameProblem(const QString& name, const QStringList& otherNames);
};

QString TenantValidation::nameProblem(const QString& name, const QStringList& otherNames)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Give the tenant a name.");
    if (trimmed != name)
        return tr("The name must not start or end with spaces.");
    if (otherNames.contains(trimmed, Qt::CaseInsensitive))
        return tr("Another tenant is already called \"%1\".").arg(trimmed);
    if (trimmed.contains(QLatin1Char('/')))
        return tr("The name must not contain \"/\" (it is part of the keychain reference).");
    return {};
}

class FieldRules {
    Q_DECLARE_TR_FUNCTIONS(TenantValidation)

public:
    static QString cannotEdit(const QString& type) { return tr("This version cannot edit tenants of type \"%1\".").arg(type); }
    static QString chooseSource() { return tr("Choose the HR source this directory is fed from."); }
    static QString newSecretNeeded() { return tr("The stored secret was for the other credential type: give the new one."); }
};

void note(DraftVerdict& verdict, const QString& key, FieldNote::Severity severity, const QString& text)
{
    if (text.isEmpty() || verdict.notes.contains(key))
        return;
    verdict.notes.insert(key, FieldNote{severity, text});
    if (severity == FieldNote::Severity::Error && verdict.problem.isEmpty())
        verdict.problem = text;
}

const FieldSpec* visibleSecretField(const ConnectorKind& kind, const QJsonObject& settings)
{
    for (const auto& field : kind.fields)
        if (field.isSecret() && field.isVisible(settings))
            return &field;
    return nullptr;
}

} // namespace

QString fieldText(const FieldSpec& field, const QJsonObject& settings)
{
    const QJsonValue at = settingAt(settings, field.key);
    const QJsonValue value = at.isUndefined() ? field.defaultValue : at;
    switch (value.type()) {
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(value.toDouble());
    case QJsonValue::String: return value.toString();
    default: return {};
    }
}

bool storedSecretFits(const ConnectorKind& kind, const Models::Tenant& saved, const Models::Tenant& draft)
{
    if (saved.secretRef.isEmpty())
        return false;
    if (kind.secretShapeKey.isEmpty())
        return true;
    const FieldSpec* shape = kind.field(kind.secretShapeKey);
    return shape ? fieldText(*shape, saved.settings) == fieldText(*shape, draft.settings)
                 : saved.settings.value(kind.secretShapeKey) == draft.settings.value(kind.secretShapeKey);
}

DraftVerdict checkTenantDraft(const Models::Tenant& tenant, const ConnectorKind* kind, const TenantDraftCheck& check)
{
    DraftVerdict verdict;
    note(verdict, QStringLiteral("name"), FieldNote::Severity::Error,
         TenantValidation::nameProblem(tenant.name, check.otherNames));
    if (!kind) {
        if (verdict.problem.isEmpty())
            verdict.problem = FieldRules::cannotEdit(tenant.type);
        return verdict;
    }
    const QJsonObject& settings = tenant.settings;

    // The value as typed first: "not a GUID" says more than the connector's "is required" later.
    for (const auto& field : kind->fields) {
        if (field.check && field.isSetting() && field.isVisible(settings) && field.isEnabled(settings))
            note(verdict, field.key, FieldNote::Severity::Error, field.check(fieldText(field, settings)));
    }
    // An error about a key the form shows goes next to that field; the others (a key only the
    // JSON holds) still stop Save and are said at the bottom.
    const auto placeError = [&](const Models::Error& error) {
        if (kind->field(error.context.attribute))
            note(verdict, error.context.attribute, FieldNote::Severity::Error, error.message);
        else if (verdict.problem.isEmpty())
            verdict.problem = error.message;
    };
    if (kind->check)
        if (auto parsed = kind->check(settings); !parsed)
            placeError(parsed.error());
    // Every directory's write-back to HR, read as a run reads it.
    if (tenant.role == Models::TenantRole::Directory)
        if (auto writeBack = App::WriteBackSettings::of(tenant); !writeBack)
            placeError(writeBack.error());
    if (tenant.role == Models::TenantRole::Directory && tenant.sourceTenant.isEmpty())
        note(verdict, QStringLiteral("sourceTenant"), FieldNote::Severity::Error, FieldRules::chooseSource());

    if (const FieldSpec* secret = visibleSecretField(*kind, settings);
        secret && !kind->secretMissing.isEmpty() && !check.secretGiven && !check.storedSecretFits) {
        const bool hadOne = !tenant.secretRef.isEmpty();
        note(verdict, secret->key, FieldNote::Severity::Error, hadOne ? FieldRules::newSecretNeeded() : kind->secretMissing);
    }

    for (const auto& field : kind->fields) {
        if (field.warning && field.isVisible(settings))
            note(verdict, field.key, FieldNote::Severity::Warning, field.warning(settings));
    }
    return verdict;
}

// ---- Field checks the kinds share ----

namespace {

class FieldChecks {
    Q_DECLARE_TR_FUNCTIONS(TenantValidation)

public:
    static QString notGuid() { return tr("Expected a GUID such as 0785ef7c-2d7a-4542-b048-95bcab406e0b (8-4-4-4-12 hexadecimal digits)."); }
    static QString notTenant()
    {
        return tr("Expected the directory (tenant) ID, a GUID, or a verified domain such as contoso.onmicrosoft.com.");
    }
    static QString notHttps() { return tr("Expected an https:// URL with a host, such as https://graph.microsoft.com/v1.0."); }
    static QString notDomain() { return tr("Expected a domain such as contoso.com, without \"@\" or a scheme."); }
};

bool isGuid(const QString& value)
{
    static const QRegularExpression guid(QStringLiteral("^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"));
    return guid.match(value).hasMatch();
}

// RFC 1123 host names: labels of letters, digits and hyphens, at least two of them.
bool isDomain(const QString& value)
{
    static const QRegularExpression domain(
        QStringLiteral("^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$"));
    return domain.match(value).hasMatch();
}

} // namespace

QString guidProblem(const QString& value)
{
    const QString text = value.trimmed();
    return text.isEmpty() || isGuid(text) ? QString() : FieldChecks::notGuid();
}

QString entraTenantProblem(const QString& value)
{
    // The token endpoint takes the tenant "in GUID or domain-name format"
    // (learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow). Something
    // GUID-shaped but wrong is said to be a bad GUID, the likelier slip.
    const QString text = value.trimmed();
    if (text.isEmpty() || isGuid(text))
        return {};
    static const QRegularExpression guidLike(QStringLiteral("^[0-9A-Fa-f-]{8,}$"));
    if (guidLike.match(text).hasMatch())
        return FieldChecks::notGuid();
    return isDomain(text) ? QString() : FieldChecks::notTenant();
}

QString httpsUrlProblem(const QString& value)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return {};
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty() ? QString()
                                                                                            : FieldChecks::notHttps();
}

QString domainProblem(const QString& value)
{
    const QString text = value.trimmed();
    return text.isEmpty() || isDomain(text) ? QString() : FieldChecks::notDomain();
}

} // namespace Tenure::Ui
