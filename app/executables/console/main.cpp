// tenure: the console. The composition root: it opens the workspace, builds the secret store and
// the connector factory once, and hands them to the main window.
#include "app/connectorfactory.h"
#include "app/logging/log.h"
#include "app/operatoridentity.h"
#include "app/secrets/keychainsecretstore.h"
#include "app/workspace.h"
#include "resources/initresources.h"
#include "ui/mainwindow.h"
#include "ui/previewpage.h"
#include "ui/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QThreadPool>
#include <QTimer>
#include <cstdio>

namespace {

const auto LastWorkspaceKey = QStringLiteral("console/lastWorkspace");

// Exit codes, as tenure-cli uses them.
constexpr int Success = 0;
constexpr int Failed = 1;
constexpr int Usage = 64;

// Without a display Qt aborts with a message about platform plugins; say what to do instead.
bool hasDisplay()
{
#if defined(Q_OS_LINUX)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
           || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

// Shown before the event loop starts, so exec() here is main()'s own (STYLE.md allows it).
int fail(const QString& text)
{
    std::fprintf(stderr, "tenure: %s\n", qPrintable(text));
    QMessageBox box(QMessageBox::Critical, QObject::tr("Tenure"), text);
    box.exec();
    return Failed;
}

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (!hasDisplay()) {
        std::fprintf(stderr,
                     "tenure: no display (DISPLAY and WAYLAND_DISPLAY are unset).\n"
                     "Run it under a virtual display:\n"
                     "  xvfb-run -a %s --workspace FILE\n"
                     "or use the headless console on the same workspace:\n"
                     "  tenure-cli preview --workspace FILE --tenant NAME\n",
                     argv[0]);
        return Failed;
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tenure"));
    QApplication::setApplicationName(QStringLiteral("Tenure"));
    QApplication::setApplicationVersion(QStringLiteral(TENURE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("tenure"));
    Tenure::Ui::initResources();
    Tenure::Ui::loadTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Tenure: HR-driven identity provisioning console."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("workspace"),
                      QObject::tr("The workspace file to open (default: the one opened last)."), QStringLiteral("FILE")});
    // For smoke tests and the cold-start benchmark (docs/benchmarks.md): start, show the window
    // with the preview usable (its stored plan shown), say so on stdout, and quit.
    parser.addOption({QStringLiteral("quit-when-ready"),
                      QObject::tr("Quit as soon as the window is shown and the preview is usable; prints "
                                  "\"ready\" and the milliseconds since start.")});
    parser.process(app);

    Tenure::App::Log::Options logging;
    logging.toConsole = qEnvironmentVariableIsSet("TENURE_LOG_CONSOLE");
    Tenure::App::Log::init(logging);

    QSettings settings;
    QString path = parser.value(QStringLiteral("workspace"));
    if (path.isEmpty())
        path = settings.value(LastWorkspaceKey).toString();
    if (path.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.helpText()));
        return fail(QObject::tr("No workspace to open. Start Tenure with --workspace FILE; installer/demo.sh "
                                "creates a demo workspace."));
    }
    if (!QFileInfo::exists(path))
        return fail(QObject::tr("The workspace %1 does not exist.").arg(path));
    auto workspace = Tenure::App::Workspace::open(path);
    if (!workspace)
        return fail(QObject::tr("Cannot open the workspace %1: %2").arg(path, workspace.error().describe()));
    settings.setValue(LastWorkspaceKey, QFileInfo(path).absoluteFilePath());

    Tenure::App::KeychainSecretStore secrets;
    Tenure::App::ConnectorFactory connectors(secrets);
    int code = Success;
    {
        Tenure::Ui::MainWindow window(**workspace, connectors, Tenure::App::currentOperator());
        if (parser.isSet(QStringLiteral("quit-when-ready"))) {
            QObject::connect(window.previewPage(), &Tenure::Ui::PreviewPage::settled, &window, [&window, &sinceStart] {
                window.repaint();   // the plan painted, not just loaded
                std::printf("ready %lld\n", static_cast<long long>(sinceStart.elapsed()));
                std::fflush(stdout);
                QTimer::singleShot(0, qApp, &QCoreApplication::quit);
            });
        }
        window.show();
        code = QApplication::exec();
    }
    // The window is gone and has cancelled its jobs; let them finish before the workspace and the
    // secret store they use are destroyed.
    QThreadPool::globalInstance()->waitForDone();
    Tenure::App::Log::shutdown();
    return code == 0 ? Success : Failed;
}
