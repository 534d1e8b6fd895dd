#include "workspace.h"

#include "operatoridentity.h"

#include <QFileInfo>

namespace Tenure::App {

Models::Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path)
{
    auto db = Models::WorkspaceDatabase::open(path);
    if (!db)
        return std::unexpected(db.error());
    return std::unique_ptr<Workspace>(new Workspace(std::move(*db)));
}

Workspace::Workspace(std::shared_ptr<Models::WorkspaceDatabase> db) : m_db(std::move(db)), m_actor(currentOperator()) {}

QString Workspace::displayName() const { return QFileInfo(path()).fileName(); }

} // namespace Tenure::App
