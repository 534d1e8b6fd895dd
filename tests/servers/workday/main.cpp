// tenure-workday-server: the local Workday tenant (workdayservice.h) as a program, so the demo and
// a person trying Tenure out can point a Workday HR source at it.
//
//   tenure-workday-server --write-demo-data FILE [--seed N] [--today YYYY-MM-DD]
//       writes the demo company's workers (app/demo) as a data file and exits; --today is the day
//       the demo's dates are relative to (default: today), the day its HR export was made
//   tenure-workday-server --data FILE [--password-file FILE] [--port N] [--tenant T] [--user U]
//                         [--tls-cert FILE --tls-key FILE] [--requests-per-second N]
//       serves the workers of FILE over HTTPS on 127.0.0.1 and prints, as the local API servers
//       do, the tenant's endpoint URL (a Workday source's "endpoint" setting), a line saying who
//       signs in and how many workers there are, and "CA file <path>" (its "caFile"; without
//       --tls-cert a throwaway certificate, removed on SIGINT/SIGTERM). The integration user's
//       password comes from the file, never from the command line where every process could see
//       it; without one, the local tenant's built-in demo password (WorkdayServiceOptions).
//
// The data file holds effective-dated workers (workdaystore.h), not a CSV export: Workday answers
// as of a date from a worker's history, and the demo's malformed rows must reach the source as
// broken Workday records (errors the plan shows) rather than vanish and look like leavers.
#include "workdaydemo.h"
#include "workdayserver.h"

#include "app/demo/demodata.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

using namespace Tenure::Tests::Workday;

namespace {

// Set by SIGINT/SIGTERM (a signal handler may only touch a lock-free atomic); a timer turns it
// into a clean quit, so the throwaway certificate is removed on the way out.
std::atomic_bool stopRequested{false};

int fail(const QString& message)
{
    std::fprintf(stderr, "tenure-workday-server: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tenure-workday-server"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A local Workday Human_Resources web service for Tenure's demo and tests"));
    parser.addHelpOption();
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("The workers to serve (JSON)."), QStringLiteral("file"));
    const QCommandLineOption writeDemo(QStringLiteral("write-demo-data"),
                                       QStringLiteral("Write the demo company's workers to FILE and exit."), QStringLiteral("file"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("The demo's seed."), QStringLiteral("n"),
                                  QString::number(Tenure::App::Demo::DefaultDemoSeed));
    const QCommandLineOption today(QStringLiteral("today"),
                                   QStringLiteral("The day the demo's dates are relative to (default: today)."),
                                   QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("The port on 127.0.0.1 (0: any free one)."),
                                  QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption tenant(QStringLiteral("tenant"), QStringLiteral("The tenant name."), QStringLiteral("name"),
                                    QStringLiteral("tenure_demo"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("The integration user (default isu_tenure@<tenant>)."),
                                  QStringLiteral("name"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
                                          QStringLiteral("A file holding the integration user's password (default: the "
                                                         "local tenant's demo password)."),
                                          QStringLiteral("file"));
    const QCommandLineOption certificate(QStringLiteral("tls-cert"), QStringLiteral("PEM certificate to serve."),
                                         QStringLiteral("file"));
    const QCommandLineOption key(QStringLiteral("tls-key"), QStringLiteral("PEM RSA key of the certificate."),
                                 QStringLiteral("file"));
    const QCommandLineOption rate(QStringLiteral("requests-per-second"),
                                  QStringLiteral("Answer 429 with Retry-After above this rate (0: no limit)."),
                                  QStringLiteral("n"), QStringLiteral("0"));
    parser.addOptions({data, writeDemo, seed, today, port, tenant, user, passwordFile, certificate, key, rate});
    parser.process(app);

    if (parser.isSet(writeDemo)) {
        bool ok = false;
        const quint32 seedValue = parser.value(seed).toUInt(&ok);
        if (!ok)
            return fail(QStringLiteral("--seed takes a number"));
        const QDate day = parser.isSet(today) ? QDate::fromString(parser.value(today), Qt::ISODate) : QDate::currentDate();
        if (!day.isValid())
            return fail(QStringLiteral("--today takes a date as YYYY-MM-DD (got '%1')").arg(parser.value(today)));
        QFile out(parser.value(writeDemo));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(QStringLiteral("cannot write %1").arg(out.fileName()));
        const auto workers = demoWorkers(day, seedValue);
        out.write(QJsonDocument(workersToJson(workers)).toJson(QJsonDocument::Indented));
        std::fprintf(stdout, "%lld workers written to %s\n", qint64(workers.size()), qPrintable(out.fileName()));
        return 0;
    }

    if (!parser.isSet(data))
        return fail(QStringLiteral("--data is required (see --help)"));
    if (parser.isSet(certificate) != parser.isSet(key))
        return fail(QStringLiteral("--tls-cert and --tls-key go together"));
    QFile dataFile(parser.value(data));
    if (!dataFile.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1").arg(dataFile.fileName()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(dataFile.readAll(), &parseError);
    if (!document.isObject())
        return fail(QStringLiteral("%1 is not a JSON object: %2").arg(dataFile.fileName(), parseError.errorString()));
    QList<StoredWorker> workers;
    if (const QString problem = workersFromJson(document.object(), &workers); !problem.isEmpty())
        return fail(QStringLiteral("%1: %2").arg(dataFile.fileName(), problem));
    WorkdayServiceOptions options;
    if (parser.isSet(passwordFile)) {
        QFile secret(parser.value(passwordFile));
        if (!secret.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1").arg(secret.fileName()));
        options.password = QString::fromUtf8(secret.readAll()).trimmed();
        if (options.password.isEmpty())
            return fail(QStringLiteral("%1 is empty").arg(secret.fileName()));
    }

    bool ok = false;
    const uint portValue = parser.value(port).toUInt(&ok);
    if (!ok || portValue > 65535)
        return fail(QStringLiteral("--port takes a number from 0 to 65535"));
    const int rateValue = parser.value(rate).toInt(&ok);
    if (!ok || rateValue < 0)
        return fail(QStringLiteral("--requests-per-second takes a number from 0"));

    options.tenant = parser.value(tenant);
    options.userName = parser.isSet(user) ? parser.value(user) : QStringLiteral("isu_tenure@") + options.tenant;
    options.requestsPerSecond = rateValue;
    const qsizetype count = workers.size();
    WorkdayServer server(options);
    server.service().setWorkers(std::move(workers));
    if (!server.start(quint16(portValue), parser.value(certificate), parser.value(key)))
        return fail(server.errorString());
    QTextStream out(stdout);
    out << server.endpoint() << '\n';
    out << "tenant " << options.tenant << ", integration user " << options.userName << ", " << count << " workers\n";
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
    return QCoreApplication::exec();
}
