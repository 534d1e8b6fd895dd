#include "passwordscommand.h"

#include "app/initialpasswords.h"
#include "app/operatoridentity.h"
#include "app/export/texttable.h"
#include "clisession.h"
#include "exitcodes.h"

namespace Tenure::Cli {

int runPasswords(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const auto action = arguments.value(1);
    if (action != QLatin1String("list") && action != QLatin1String("take")) {
        err << "usage: tenure-cli passwords list --workspace FILE [--tenant NAME]\n"
               "       tenure-cli passwords take --workspace FILE [--tenant NAME] ACCOUNT"
            << Qt::endl;
        return Usage;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Initial passwords of new Active Directory accounts, waiting in the keychain to be handed over once."));
    addWorkspaceOptions(parser);
    parser.addPositionalArgument(QStringLiteral("account"), QStringLiteral("take: the account (its DN) whose password to take."));
    int code = Success;
    // The action is the first word after the group.
    auto session = openSession(parser, QStringList{arguments.value(0)} + arguments.mid(2), err, &code, false);
    if (!session)
        return code;
    const QString tenant = parser.value(QStringLiteral("tenant"));
    const App::InitialPasswords passwords(*session->workspace, session->secrets, App::currentOperator());

    if (action == QLatin1String("list")) {
        auto waiting = passwords.waiting();
        if (!waiting) {
            printError(err, waiting.error());
            return Failed;
        }
        QList<QStringList> rows;
        for (const auto& password : std::as_const(*waiting)) {
            if (tenant.isEmpty() || password.tenant == tenant)
                rows.append({password.tenant, password.keptAt.toLocalTime().toString(Qt::ISODate), password.host,
                             password.account});
        }
        if (rows.isEmpty())
            out << "No initial passwords wait to be handed over." << Qt::endl;
        else
            out << App::textTable({QStringLiteral("TENANT"), QStringLiteral("KEPT"), QStringLiteral("ON"),
                                   QStringLiteral("ACCOUNT")},
                                  rows);
        return Success;
    }

    const QString account = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (account.isEmpty()) {
        err << "error: name the account whose initial password to take (as `passwords list` shows it)" << Qt::endl;
        return Usage;
    }
    auto password = passwords.take(account, tenant);
    if (!password) {
        printError(err, password.error());
        return Failed;
    }
    // Only the password on stdout, so `tenure-cli passwords take … | clip` hands over nothing else.
    out << *password << Qt::endl;
    password->fill(QLatin1Char('\0'));
    err << "This was the only time: the password is no longer in the keychain. The account must change it at first "
           "sign-in."
        << Qt::endl;
    return Success;
}

} // namespace Tenure::Cli
