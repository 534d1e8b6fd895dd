// tenure-successfactors-server: the local SuccessFactors OData v2 API (sfservice.h) serving the
// people of a demo HR export, so the demo (or a person trying Tenure) can point a SuccessFactors
// tenant at it. Prints the URL to put in the tenant's apiUrl, and the CA file to trust.
#include "sfdemopeople.h"
#include "sfserver.h"

#include "tests/servers/common/demoworkers.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <csignal>

using namespace Tenure::Tests;

namespace {

// Set by SIGINT/SIGTERM (a signal handler may only touch a lock-free atomic); a timer turns it
// into a clean quit, so the throwaway certificate is removed on the way out.
std::atomic_bool stopRequested{false};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tenure-successfactors-server"));
    const SuccessFactors::ServiceOptions defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local SAP SuccessFactors OData v2 API serving the workers of a demo HR export (CSV)."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0: any free one)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("The demo HR export (workers.csv)."),
                                  QStringLiteral("file"));
    const QCommandLineOption cert(QStringLiteral("tls-cert"),
                                  QStringLiteral("PEM certificate (default: a throwaway one for 127.0.0.1)."),
                                  QStringLiteral("file"));
    const QCommandLineOption key(QStringLiteral("tls-key"), QStringLiteral("PEM RSA key of --tls-cert."),
                                 QStringLiteral("file"));
    const QCommandLineOption company(QStringLiteral("company"), QStringLiteral("Company id."), QStringLiteral("id"),
                                     defaults.companyId);
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("API user name."), QStringLiteral("name"),
                                  defaults.username);
    const QCommandLineOption password(QStringLiteral("password-file"),
                                      QStringLiteral("File holding the API user's password (default: %1).")
                                          .arg(defaults.password),
                                      QStringLiteral("file"));
    parser.addOptions({port, data, cert, key, company, user, password});
    parser.process(app);

    QTextStream err(stderr);
    if (!parser.isSet(data)) {
        err << "--data is required: the demo HR export to serve\n";
        return 64;
    }
    auto workers = loadDemoWorkers(parser.value(data));
    if (!workers) {
        err << workers.error().describe() << '\n';
        return 1;
    }
    for (const auto& rejected : workers->rejected)
        err << "served as a broken record: line " << rejected.line << ": " << rejected.message << '\n';

    SuccessFactors::ServiceOptions options;
    options.companyId = parser.value(company);
    options.username = parser.value(user);
    if (parser.isSet(password)) {
        QFile file(parser.value(password));
        if (!file.open(QIODevice::ReadOnly)) {
            err << "cannot read " << parser.value(password) << '\n';
            return 1;
        }
        options.password = QString::fromUtf8(file.readAll()).trimmed();
    }
    SuccessFactors::SuccessFactorsServer server(options);
    const auto people = SuccessFactors::demoPeople(*workers);
    server.service().addPeople(people);
    if (!server.start(quint16(parser.value(port).toUInt()), parser.value(cert), parser.value(key))) {
        err << "cannot start: " << server.errorString() << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << server.apiUrl() << '\n';
    out << "company " << options.companyId << ", API user " << options.username << ", business email type "
        << SuccessFactors::DemoBusinessEmailType << ", " << people.size() << " people\n";
    out << "CA file " << server.caFile() << '\n';
    out.flush();
    std::signal(SIGINT, [](int) { stopRequested = true; });
    std::signal(SIGTERM, [](int) { stopRequested = true; });
    QTimer stopWatch;
    QObject::connect(&stopWatch, &QTimer::timeout, &app, [] {
        if (stopRequested)
            QCoreApplication::quit();
    });
    stopWatch.start(200);
    return app.exec();
}
