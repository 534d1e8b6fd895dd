#pragma once

#include "app/connectorfactory.h"
#include "app/workspace.h"
#include "ui/tenantspage.h"

#include <QTest>
#include <memory>

namespace Tenure::Tests {

// For a gui test's initTestCase(): opens (or creates) the workspace file `path`, shows a Tenants
// page on it, exposed on screen, and starts reading its tenants (reload(), off the GUI thread).
// False when the workspace cannot be opened or the window is never exposed.
[[nodiscard]] inline bool showTenantsPage(const QString& path, App::ConnectorFactory& connectors,
                                          std::unique_ptr<App::Workspace>& workspace, std::unique_ptr<Ui::TenantsPage>& page)
{
    auto opened = App::Workspace::open(path);
    if (!opened)
        return false;
    workspace = std::move(*opened);
    page = std::make_unique<Ui::TenantsPage>(*workspace, connectors);
    page->resize(1100, 900);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()))
        return false;
    page->reload();
    return true;
}

} // namespace Tenure::Tests
