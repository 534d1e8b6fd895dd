#pragma once

#include "app/secrets/secretstore.h"
#include "demodata.h"

#include <QDate>

namespace Tenure::App::Demo {

struct DemoInitOptions {
    QString directory;          // receives workers.csv, directory-seed.ldif, demo.tenure
    QString ldapsUrl;           // the demo slapd, e.g. ldaps://127.0.0.1:3891
    QString caFile;             // its self-signed certificate (may not exist until slapd first starts)
    QDate today = QDate::currentDate();
    bool replace = false;       // overwrite an existing demo in `directory`
    quint32 seed = DefaultDemoSeed;
};

struct DemoInitResult {
    QString csvPath;
    QString ldifPath;
    QString workspacePath;
    QString secretRef;
    int hrRows = 0;
    int accounts = 0;
    QMap<Models::Category, int> expected;   // what the first preview should show
};

[[nodiscard]] QString workersFileName();     // workers.csv
[[nodiscard]] QString seedFileName();        // directory-seed.ldif
[[nodiscard]] QString workspaceFileName();   // demo.tenure

// Creates the demo in options.directory: the HR CSV, the directory seed LDIF and a workspace with
// the HR and Directory tenants and the demo mapping. The admin password goes to `secrets` only,
// never into a file. The secret is stored first, so a keychain that fails leaves no files behind.
[[nodiscard]] Models::Result<DemoInitResult> initDemo(const DemoInitOptions& options, SecretStore& secrets,
                                                      const QString& adminPassword);

} // namespace Tenure::App::Demo
