#pragma once

#include "attributes.h"

#include <QList>

namespace Tenure::Models {

// An account as the directory holds it.
struct Account {
    QString id;              // the target's own identifier (an LDAP DN, a Graph object id, …)
    Attributes attributes;   // the attributes the mapping manages, as the target returned them
    bool enabled = true;
};

struct DirectorySnapshot {
    QList<Account> accounts;
};

} // namespace Tenure::Models
