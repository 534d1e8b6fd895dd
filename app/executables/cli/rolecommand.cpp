#include "rolecommand.h"

#include "app/operatoridentity.h"
#include "clisession.h"
#include "exitcodes.h"

namespace Tenure::Cli {

int runRoles(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const auto action = arguments.value(1);
    if (action != QLatin1String("list") && action != QLatin1String("grant") && action != QLatin1String("revoke")) {
        err << "usage: tenure-cli roles list --workspace FILE\n"
               "       tenure-cli roles grant --workspace FILE --operator NAME --role admin|hr-staff\n"
               "       tenure-cli roles revoke --workspace FILE --operator NAME"
            << Qt::endl;
        return Usage;
    }
    QCommandLineParser parser;
    addWorkspaceOptions(parser);
    parser.addOption({QStringLiteral("operator"), QStringLiteral("The operator (their OS user name)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("role"), QStringLiteral("admin or hr-staff."), QStringLiteral("ROLE")});
    int code = Success;
    auto session = openSession(parser, QStringList{arguments.value(0)} + arguments.mid(2), err, &code, false);
    if (!session)
        return code;
    const auto me = App::currentOperator();
    const auto roles = session->workspace->roles(me);
    if (action == QLatin1String("list")) {
        auto list = roles.list();
        if (!list) {
            printError(err, list.error());
            return Failed;
        }
        if (list->isEmpty())
            out << "No roles given: every operator is an admin. Give HR staff their role with\n"
                   "  tenure-cli roles grant --workspace "
                << session->workspace->path() << " --operator NAME --role hr-staff\n";
        for (const auto& assignment : *list)
            out << assignment.operatorName << "  " << Models::operatorRoleName(assignment.role) << "  (given by "
                << assignment.grantedBy << " at " << assignment.grantedAt.toString(Qt::ISODate) << ")\n";
        if (!list->isEmpty())
            out << "Operators not listed are hr-staff.\n";
        out.flush();
        return Success;
    }
    const QString name = parser.value(QStringLiteral("operator")).trimmed();
    if (name.isEmpty()) {
        err << "error: give --operator NAME" << Qt::endl;
        return Usage;
    }
    if (action == QLatin1String("revoke")) {
        if (auto revoked = roles.revoke(name); !revoked) {
            printError(err, revoked.error());
            return Failed;
        }
        out << name << " no longer has a role of their own." << Qt::endl;
        return Success;
    }
    Models::OperatorRole role = Models::OperatorRole::HrStaff;
    if (!Models::operatorRoleFromName(parser.value(QStringLiteral("role")), &role)) {
        err << "error: --role is admin or hr-staff" << Qt::endl;
        return Usage;
    }
    if (auto granted = roles.grant(name, role); !granted) {
        printError(err, granted.error());
        return Failed;
    }
    out << name << " is " << Models::operatorRoleName(role) << '.' << Qt::endl;
    return Success;
}

} // namespace Tenure::Cli
