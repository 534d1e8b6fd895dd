#include "operatoridentity.h"

#include <QtGlobal>
#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace Tenure::App {

QString currentOperator()
{
#ifdef Q_OS_UNIX
    // The password database, not $USER: an environment variable is whatever the caller set.
    if (const passwd* entry = getpwuid(geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    const auto domain = qEnvironmentVariable("USERDOMAIN");
    const auto user = qEnvironmentVariable("USERNAME");
    return domain.isEmpty() ? user : domain + QLatin1Char('\\') + user;
}

} // namespace Tenure::App
