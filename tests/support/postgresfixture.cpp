#include "postgresfixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QVersionNumber>

#include <csignal>
#include <pwd.h>
#include <unistd.h>

namespace Tenure::Tests {
namespace {

constexpr int startAttempts = 5;
constexpr int toolTimeoutMs = 60000;

QString randomPassword()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    QString password;
    for (int i = 0; i < 24; ++i)
        password += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet) - 1)]);
    return password;
}

// The newest /usr/lib/postgresql/<version>/bin (Debian's layout).
QString postgresBin()
{
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QString best;
    QVersionNumber bestVersion;
    for (const auto& entry : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const auto version = QVersionNumber::fromString(entry);
        if (QFile::exists(root.filePath(entry + QStringLiteral("/bin/initdb"))) && version > bestVersion) {
            bestVersion = version;
            best = root.filePath(entry + QStringLiteral("/bin"));
        }
    }
    return best;
}

} // namespace

PostgresFixture::PostgresFixture() : m_bin(postgresBin()), m_password(randomPassword())
{
    if (::geteuid() != 0)
        m_whyNot = QStringLiteral("PostgresFixture needs root to run initdb as the postgres user (runuser)");
    else if (m_bin.isEmpty())
        m_whyNot = QStringLiteral("PostgreSQL is not installed (installer/install-deps.sh installs postgresql)");
    else if (::getpwnam("postgres") == nullptr)
        m_whyNot = QStringLiteral("there is no postgres user");
    else if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        m_whyNot = QStringLiteral("Qt's QPSQL driver is not installed (libqt6sql6-psql)");
}

PostgresFixture::~PostgresFixture() { stop(); }

bool PostgresFixture::run(const QStringList& arguments, int timeoutMs, QString* output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir.path());   // postgres cannot read root's cwd
    process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")} + arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        m_error = QStringLiteral("%1 did not finish in time").arg(arguments.value(0));
        return false;
    }
    const auto text = QString::fromUtf8(process.readAll());
    if (output)
        *output = text;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed: %2").arg(arguments.value(0), text.trimmed());
        return false;
    }
    return true;
}

bool PostgresFixture::start()
{
    if (m_running)
        return true;
    if (!canRun()) {
        m_error = m_whyNot;
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    const auto dir = m_dir.path();
    QDir().mkpath(dir + QStringLiteral("/sock"));
    QFile pw(dir + QStringLiteral("/pw"));
    if (!pw.open(QIODevice::WriteOnly) || pw.write(m_password.toUtf8()) < 0) {
        m_error = QStringLiteral("cannot write the password file");
        return false;
    }
    pw.close();
    if (QProcess::execute(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), dir}) != 0 ||
        QProcess::execute(QStringLiteral("chmod"), {QStringLiteral("755"), dir}) != 0) {
        m_error = QStringLiteral("cannot give %1 to the postgres user").arg(dir);
        return false;
    }
    if (!run({m_bin + QStringLiteral("/initdb"), QStringLiteral("-D"), dir + QStringLiteral("/data"), QStringLiteral("-U"),
              QStringLiteral("postgres"), QStringLiteral("--pwfile=") + dir + QStringLiteral("/pw"),
              QStringLiteral("--auth-local=trust"), QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("-E"),
              QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8")},
             toolTimeoutMs))
        return false;
    QFile::remove(dir + QStringLiteral("/pw"));
    QString errors;
    for (int attempt = 0; attempt < startAttempts; ++attempt) {
        const int port = 20000 + QRandomGenerator::global()->bounded(30000);
        if (run({m_bin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), dir + QStringLiteral("/data"), QStringLiteral("-l"),
                 dir + QStringLiteral("/server.log"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("30"),
                 QStringLiteral("-o"),
                 QStringLiteral("-k %1/sock -p %2 -c listen_addresses=127.0.0.1 -c fsync=off").arg(dir).arg(port),
                 QStringLiteral("start")},
                toolTimeoutMs)) {
            m_port = port;
            m_running = true;
            return true;
        }
        errors += m_error + QLatin1Char('\n');
    }
    QFile log(dir + QStringLiteral("/server.log"));
    m_error = QStringLiteral("PostgreSQL did not start:\n") + errors +
              (log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll().right(2000)) : QString());
    return false;
}

void PostgresFixture::stop()
{
    if (!m_running)
        return;
    m_running = false;
    const auto data = m_dir.path() + QStringLiteral("/data");
    // The postmaster's pid, read before the stop: the fallback if pg_ctl cannot stop it.
    QFile pidFile(data + QStringLiteral("/postmaster.pid"));
    const qint64 pid = pidFile.open(QIODevice::ReadOnly) ? pidFile.readLine().trimmed().toLongLong() : 0;
    if (!run({m_bin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), data, QStringLiteral("-m"), QStringLiteral("fast"),
              QStringLiteral("-w"), QStringLiteral("stop")},
             toolTimeoutMs) &&
        pid > 0)
        ::kill(pid_t(pid), SIGKILL);
}

bool PostgresFixture::psql(const QString& sql, QString* output)
{
    return run({m_bin + QStringLiteral("/psql"), QStringLiteral("-h"), m_dir.path() + QStringLiteral("/sock"), QStringLiteral("-p"),
                QString::number(m_port), QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-d"),
                QStringLiteral("postgres"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-qAt"),
                QStringLiteral("-c"), sql},
               toolTimeoutMs, output);
}

} // namespace Tenure::Tests
