#pragma once

#include "app/connectorfactory.h"
#include "app/secrets/memorysecretstore.h"
#include "app/workspace.h"
#include "tests/support/slapdfixture.h"

#include <QTemporaryDir>
#include <memory>

namespace Tenure::Tests {

// A workspace for driving the console: a real slapd, an HR CSV, the tenants "HR" (CSV) and
// "Directory" (LDAP over TLS, fed from HR) with a mapping, and the bind password in a
// MemorySecretStore. Settings written by the window go to the temporary folder, not the
// tester's own.
class ConsoleWorkspace {
public:
    ConsoleWorkspace();

    // seedLdif is added to the directory; csv is the HR export.
    [[nodiscard]] bool create(const QByteArray& csv, const QString& seedLdif);
    [[nodiscard]] QString error() const { return m_error; }

    SlapdFixture& slapd() { return m_slapd; }
    App::Workspace& workspace() { return *m_workspace; }
    App::MemorySecretStore& secrets() { return m_secrets; }
    App::ConnectorFactory& connectors() { return m_connectors; }
    [[nodiscard]] QString filePath(const QString& name) const { return m_dir.filePath(name); }

    // Gives a directory tenant the test mapping (uid, cn, sn, givenName, title, employeeNumber).
    [[nodiscard]] bool saveMapping(const QString& tenant);

    // One inetOrgPerson for the seed, matched to HR by employeeNumber = WorkerID.
    [[nodiscard]] static QString person(const QString& peopleDn, const QString& id, const QString& cn,
                                        const QString& sn, const QString& title);

private:
    bool failWith(const QString& error);

    QTemporaryDir m_dir;
    SlapdFixture m_slapd;
    std::unique_ptr<App::Workspace> m_workspace;
    App::MemorySecretStore m_secrets;
    App::ConnectorFactory m_connectors{m_secrets};
    QString m_error;
};

} // namespace Tenure::Tests
