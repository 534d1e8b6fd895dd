#include "hrwriteback.h"

#include "connectorfactory.h"
#include "logging/log.h"
#include "workspace.h"

#include <QHash>

namespace Tenure::App {
namespace {

using Models::ErrorCode;

std::unexpected<Models::Error> invalid(const QString& key, const QString& what, const QString& tenant)
{
    Models::ErrorContext context;
    context.tenant = tenant;
    context.attribute = key;
    return Models::fail(ErrorCode::InvalidInput, QStringLiteral("Directory '%1': setting \"%2\" %3").arg(tenant, key, what), {},
                        std::move(context));
}

QString valueOf(const Models::Operation& op, const QString& attribute)
{
    if (attribute.isEmpty())
        return {};
    for (const auto& change : op.changes) {
        // Directory attribute names compare without case (LDAP, Graph and SCIM all do).
        if (change.attribute.compare(attribute, Qt::CaseInsensitive) == 0)
            return change.after.isEmpty() ? QString() : change.after.constFirst();
    }
    return {};
}

bool accountWritten(Models::OperationKind kind)
{
    using Models::OperationKind;
    return kind == OperationKind::Create || kind == OperationKind::Update || kind == OperationKind::Move ||
           kind == OperationKind::Enable;
}

} // namespace

QString signInAttribute(const Models::Tenant& directory)
{
    if (directory.type == QLatin1String("graph"))
        return QStringLiteral("userPrincipalName");
    if (directory.type == QLatin1String("scim") || directory.type == QLatin1String("entra-inbound"))
        return QStringLiteral("userName");
    if (directory.type == QLatin1String("ldap"))
        return directory.settings.value(QLatin1String("directoryType")).toString() == QLatin1String("activeDirectory")
                   ? QStringLiteral("userPrincipalName")
                   : QStringLiteral("uid");
    return {};
}

Models::Result<WriteBackSettings> WriteBackSettings::of(const Models::Tenant& directory)
{
    WriteBackSettings s;
    s.usernameAttribute = signInAttribute(directory);
    const QJsonValue value = directory.settings.value(QLatin1String("writeBack"));
    if (value.isUndefined() || value.isNull())
        return s;
    if (!value.isObject())
        return invalid(QStringLiteral("writeBack"), QStringLiteral("must be an object {enabled, email, username}"),
                       directory.name);
    const QJsonObject json = value.toObject();
    if (const QJsonValue enabled = json.value(QLatin1String("enabled")); !enabled.isUndefined()) {
        if (!enabled.isBool())
            return invalid(QStringLiteral("writeBack.enabled"), QStringLiteral("must be true or false"), directory.name);
        s.enabled = enabled.toBool();
    }
    for (const auto& [key, out] : {std::pair{QStringLiteral("email"), &s.emailAttribute},
                                   std::pair{QStringLiteral("username"), &s.usernameAttribute}}) {
        const QJsonValue attribute = json.value(key);
        if (attribute.isUndefined())
            continue;
        // null: this one is not written back.
        if (attribute.isNull()) {
            out->clear();
            continue;
        }
        if (!attribute.isString() || attribute.toString().trimmed().isEmpty())
            return invalid(QStringLiteral("writeBack.") + key, QStringLiteral("must name a directory attribute, or be null"),
                           directory.name);
        *out = attribute.toString().trimmed();
    }
    return s;
}

WriteBackToHr::WriteBackToHr(Workspace& workspace, ConnectorFactory& connectors, QString operatorName)
    : m_workspace(workspace), m_connectors(connectors), m_operator(std::move(operatorName))
{
}

QList<Connectors::WriteBackItem> WriteBackToHr::itemsFor(const Models::Plan& plan,
                                                         const QList<Models::OperationOutcome>& outcomes,
                                                         const WriteBackSettings& settings)
{
    QList<int> confirmed;
    for (const auto& outcome : outcomes) {
        if (outcome.state == Models::OutcomeState::Confirmed && outcome.index >= 0 && outcome.index < plan.operations.size())
            confirmed.append(outcome.index);
    }
    std::sort(confirmed.begin(), confirmed.end());
    QList<Connectors::WriteBackItem> items;
    QHash<QString, qsizetype> byWorker;   // a worker with two operations (move, then update) is one item
    for (int index : confirmed) {
        const Models::Operation& op = plan.operations.at(index);
        if (!accountWritten(op.kind) || op.workerId.isEmpty())
            continue;
        const QString email = valueOf(op, settings.emailAttribute);
        const QString username = valueOf(op, settings.usernameAttribute);
        if (email.isEmpty() && username.isEmpty())
            continue;
        const auto at = byWorker.constFind(op.workerId);
        if (at == byWorker.cend()) {
            byWorker.insert(op.workerId, items.size());
            items.append({op.workerId, email, username});
            continue;
        }
        Connectors::WriteBackItem& item = items[*at];
        if (!email.isEmpty())
            item.email = email;
        if (!username.isEmpty())
            item.username = username;
    }
    return items;
}

Models::Result<WriteBackSummary> WriteBackToHr::afterRun(const Models::Tenant& directory, const Models::Plan& plan,
                                                         qint64 runId, const Models::CancelToken& cancel)
{
    WriteBackSummary summary;
    auto settings = WriteBackSettings::of(directory);
    if (!settings) {
        summary.message = settings.error().message;
        return summary;
    }
    if (!settings->enabled || directory.sourceTenant.isEmpty())
        return summary;
    auto outcomes = m_workspace.runs().outcomes(runId);
    if (!outcomes)
        return std::unexpected(outcomes.error());
    const auto items = itemsFor(plan, *outcomes, *settings);
    if (items.isEmpty())
        return summary;

    auto hrTenant = m_workspace.tenants().find(directory.sourceTenant);
    if (!hrTenant)
        return std::unexpected(hrTenant.error());
    auto source = m_connectors.hrSource(*hrTenant);
    if (!source) {
        summary.attempted = true;
        summary.failed = int(items.size());
        summary.message = QStringLiteral("Nothing was written back to %1: %2").arg(hrTenant->name, source.error().message);
        spdlog::warn("write-back after run {}: {}", runId, summary.message);
        return summary;
    }
    Connectors::HrWriteBack* channel = (*source)->writeBack();
    if (!channel)
        return summary;   // this HR source takes no write-back (CSV, SQL): nothing to say

    summary.attempted = true;
    auto written = channel->writeBack(items, cancel);
    QList<Connectors::WriteBackOutcome> results;
    if (written) {
        results = std::move(*written);
    } else {
        summary.message = QStringLiteral("Nothing was written back to %1: %2").arg(hrTenant->name, written.error().message);
        for (const auto& item : items)
            results.append({item.workerId, false, summary.message});
    }

    QHash<QString, Connectors::WriteBackItem> itemOf;
    for (const auto& item : items)
        itemOf.insert(item.workerId, item);
    Models::Transaction tx(m_workspace.database().connection());
    for (const auto& result : std::as_const(results)) {
        const auto item = itemOf.value(result.workerId);
        QJsonObject after{{QStringLiteral("hrSource"), hrTenant->name}, {QStringLiteral("run"), runId}};
        if (!item.email.isEmpty())
            after.insert(QStringLiteral("email"), item.email);
        if (!item.username.isEmpty())
            after.insert(QStringLiteral("username"), item.username);
        (result.written ? summary.written : summary.failed) += 1;
        auto event = Models::AuditLog::append(
            tx, Models::makeAuditEvent(m_operator,
                                       result.written ? Models::AuditAction::WriteBackWritten : Models::AuditAction::WriteBackFailed,
                                       result.workerId, result.message, {}, after));
        if (!event)
            return std::unexpected(event.error());
    }
    if (auto committed = tx.commit(); !committed)
        return std::unexpected(committed.error());
    spdlog::info("write-back after run {} to {}: {} written, {} failed", runId, hrTenant->name.toStdString(),
                 summary.written, summary.failed);
    return summary;
}

} // namespace Tenure::App
