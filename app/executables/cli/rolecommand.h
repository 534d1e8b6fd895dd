#pragma once

#include <QStringList>
#include <QTextStream>

namespace Tenure::Cli {

// tenure-cli roles list|grant|revoke --workspace FILE [--operator NAME] [--role admin|hr-staff]
// Who may decide what in the approval queue (models/domain/operatorrole.h). Only admins change roles.
int runRoles(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace Tenure::Cli
