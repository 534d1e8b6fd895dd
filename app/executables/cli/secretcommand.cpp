#include "secretcommand.h"

#include "clisession.h"
#include "exitcodes.h"

namespace Tenure::Cli {

int runSetSecret(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Store a tenant's secret (one line on stdin) in the OS keychain and reference it from the workspace."));
    addWorkspaceOptions(parser);
    int code = Success;
    auto session = openSession(parser, arguments, err, &code);
    if (!session)
        return code;
    auto tenant = session->workspace->tenants().find(parser.value(QStringLiteral("tenant")));
    if (!tenant) {
        printError(err, tenant.error());
        return Failed;
    }
    QTextStream in(stdin);
    const auto secret = in.readLine();
    if (secret.isEmpty()) {
        err << "error: no secret on stdin" << Qt::endl;
        return Usage;
    }
    if (tenant->secretRef.isEmpty())
        tenant->secretRef = QStringLiteral("%1/%2").arg(session->workspace->path(), tenant->name);
    if (auto stored = session->secrets.write(tenant->secretRef, secret); !stored) {
        printError(err, stored.error());
        return Failed;
    }
    if (auto saved = session->workspace->tenants().save(*tenant); !saved) {
        printError(err, saved.error());
        return Failed;
    }
    out << "Stored the secret of " << tenant->name << " in the keychain as " << tenant->secretRef << Qt::endl;
    return Success;
}

} // namespace Tenure::Cli
