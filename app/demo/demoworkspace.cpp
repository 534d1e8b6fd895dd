#include "demoworkspace.h"

#include "app/workspace.h"
#include "connectors/directory/ldap/ldapsettings.h"
#include "demomapping.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Tenure::App::Demo {
namespace {

using Models::ErrorCode;
using Models::fail;

Models::Result<void> writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);   // all or nothing: a half-written seed must never be loaded
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Storage, QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

// A workspace is an SQLite file in WAL mode: its -wal and -shm companions go with it.
Models::Result<void> removeWorkspaceFiles(const QString& path)
{
    for (const auto& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile file(path + suffix);
        if (file.exists() && !file.remove())
            return fail(ErrorCode::Storage, QStringLiteral("Cannot replace %1: %2").arg(file.fileName(), file.errorString()));
    }
    return {};
}

Models::Result<void> checkOptions(const DemoInitOptions& options, const QString& adminPassword)
{
    if (options.directory.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The demo needs a directory to write to"));
    if (!options.today.isValid())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The demo needs a valid 'today'"));
    if (adminPassword.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The directory admin password is empty"));
    if (!options.ldapsUrl.startsWith(QLatin1String("ldaps://"), Qt::CaseInsensitive))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The demo directory is reached over LDAPS: the URL must start with ldaps:// (got '%1')")
                        .arg(options.ldapsUrl));
    if (options.caFile.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The demo needs the directory's CA certificate file"));
    // Validate the connection settings the way the connector will, so a bad URL fails here.
    const auto tenant = demoDirectoryTenant(options.ldapsUrl, options.caFile, QStringLiteral("-"));
    if (auto settings = Connectors::LdapSettings::fromJson(tenant.settings); !settings)
        return std::unexpected(settings.error());
    return {};
}

Models::Result<void> writeWorkspace(const QString& path, const DemoInitOptions& options, const QString& csvPath,
                                    const QString& secretRef)
{
    auto workspace = Workspace::open(path);
    if (!workspace)
        return std::unexpected(workspace.error());
    const auto tenants = (*workspace)->tenants();
    if (auto saved = tenants.save(demoHrTenant(csvPath)); !saved)
        return std::unexpected(saved.error());
    const auto absoluteCa = QFileInfo(options.caFile).absoluteFilePath();
    if (auto saved = tenants.save(demoDirectoryTenant(options.ldapsUrl, absoluteCa, secretRef)); !saved)
        return std::unexpected(saved.error());
    if (auto saved = (*workspace)->mappings().save(directoryTenantName(), demoMapping()); !saved)
        return std::unexpected(saved.error());
    return {};
}

} // namespace

QString workersFileName() { return QStringLiteral("workers.csv"); }
QString seedFileName() { return QStringLiteral("directory-seed.ldif"); }
QString workspaceFileName() { return QStringLiteral("demo.tenure"); }

Models::Result<DemoInitResult> initDemo(const DemoInitOptions& options, SecretStore& secrets,
                                        const QString& adminPassword)
{
    if (auto valid = checkOptions(options, adminPassword); !valid)
        return std::unexpected(valid.error());
    if (!QDir().mkpath(options.directory))
        return fail(ErrorCode::Storage, QStringLiteral("Cannot create the folder %1").arg(options.directory));
    const QDir dir(QFileInfo(options.directory).absoluteFilePath());

    DemoInitResult result;
    result.csvPath = dir.filePath(workersFileName());
    result.ldifPath = dir.filePath(seedFileName());
    result.workspacePath = dir.filePath(workspaceFileName());
    // The reference names the workspace, so two demos in two folders keep two passwords.
    result.secretRef = result.workspacePath + u'/' + directoryTenantName();

    const bool exists = QFileInfo::exists(result.workspacePath);
    if (exists && !options.replace)
        return fail(ErrorCode::Conflict,
                    QStringLiteral("%1 already holds a demo; pass --force to replace it").arg(dir.path()));

    // Computed before anything is stored: it reads nothing and writes nothing.
    const auto data = generateDemoData(options.today, options.seed);
    if (!data)
        return std::unexpected(data.error());

    // The keychain is what most often fails (locked, not running): ask it before touching any file.
    if (auto stored = secrets.write(result.secretRef, adminPassword); !stored)
        return std::unexpected(stored.error());
    if (exists) {
        if (auto removed = removeWorkspaceFiles(result.workspacePath); !removed)
            return std::unexpected(removed.error());
    }

    auto written = writeFile(result.csvPath, data->workersCsv);
    if (written)
        written = writeFile(result.ldifPath, data->seedLdif);
    if (written)
        written = writeWorkspace(result.workspacePath, options, result.csvPath, result.secretRef);
    if (!written) {
        // Leave nothing half-made: the next init starts clean.
        (void)removeWorkspaceFiles(result.workspacePath);
        QFile::remove(result.csvPath);
        QFile::remove(result.ldifPath);
        (void)secrets.remove(result.secretRef);
        return std::unexpected(written.error());
    }

    result.hrRows = int(data->workersCsv.count('\n')) - 1;
    result.accounts = int(data->seedAccounts.size());
    result.expected = expectedCounts(data->people);
    return result;
}

} // namespace Tenure::App::Demo
