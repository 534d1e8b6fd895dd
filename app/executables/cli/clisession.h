#pragma once

#include "app/connectorfactory.h"
#include "app/secrets/keychainsecretstore.h"
#include "app/workspace.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <memory>

namespace Tenure::Cli {

// What a workspace command needs: the open workspace, the keychain and the connectors.
// Built once per command from --workspace.
struct CliSession {
    std::unique_ptr<App::Workspace> workspace;
    App::KeychainSecretStore secrets;
    App::ConnectorFactory connectors{secrets};
};

// Adds --workspace and --tenant to a parser.
void addWorkspaceOptions(QCommandLineParser& parser);

// Parses `arguments` (the words after the command) and opens the workspace. Prints the problem
// to `err` and returns null on failure; `exitCode` then says why.
[[nodiscard]] std::unique_ptr<CliSession> openSession(QCommandLineParser& parser, const QStringList& arguments,
                                                      QTextStream& err, int* exitCode, bool tenantRequired = true);

// "error: <message> [tenant …]" on stderr.
void printError(QTextStream& err, const Models::Error& error);

} // namespace Tenure::Cli
