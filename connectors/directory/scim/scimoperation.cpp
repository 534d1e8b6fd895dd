#include "scimoperation.h"

#include "scimattributepath.h"

#include <QUrl>

namespace Tenure::Connectors {

QString scimWho(const Models::Operation& operation)
{
    const QString name = operation.displayName.isEmpty() ? operation.targetId : operation.displayName;
    return operation.workerId.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, operation.workerId);
}

QString scimAction(const Models::Operation& operation)
{
    QString verb;
    switch (operation.kind) {
    case Models::OperationKind::Create: verb = QStringLiteral("Creating"); break;
    case Models::OperationKind::Disable: verb = QStringLiteral("Disabling"); break;
    case Models::OperationKind::Enable: verb = QStringLiteral("Enabling"); break;
    case Models::OperationKind::Delete: verb = QStringLiteral("Deleting"); break;
    case Models::OperationKind::Move: verb = QStringLiteral("Moving"); break;
    case Models::OperationKind::Update:
    case Models::OperationKind::None: verb = QStringLiteral("Updating"); break;
    }
    return QStringLiteral("%1 user %2").arg(verb, scimWho(operation));
}

Models::Error scimInContext(Models::Error error, const Models::Operation& operation)
{
    error.context.workerId = operation.workerId;
    return error;
}

const Models::AttributeValue* scimValueAfter(const QList<Models::AttributeChange>& changes, const QString& attribute)
{
    for (const auto& change : changes) {
        auto path = ScimAttributePath::parse(change.attribute);
        if (path && !path->isExtension() && !path->hasValueFilter() && path->subAttribute().isEmpty()
            && path->attribute().compare(attribute, Qt::CaseInsensitive) == 0)
            return &change.after;
    }
    return nullptr;
}

QString alreadyCreatedNote(const QString& id)
{
    return QStringLiteral("the user already existed as %1 (created by an earlier attempt); brought to the planned state")
        .arg(id);
}

QString scimUserPath(const QString& id)
{
    return QStringLiteral("/Users/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace Tenure::Connectors
