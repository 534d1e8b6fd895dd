#pragma once

#include <QStringList>
#include <QTextStream>

namespace Tenure::Cli {

// tenure-cli passwords list --workspace FILE [--tenant NAME]
//   The accounts whose initial password waits to be handed over; never the passwords.
// tenure-cli passwords take --workspace FILE [--tenant NAME] ACCOUNT
//   Prints ACCOUNT's initial password (one line, stdout, nothing else) and removes it from the
//   keychain: once. Audited as handed over to the operator, never with the password.
int runPasswords(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace Tenure::Cli
