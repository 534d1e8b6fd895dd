#include "scimpeerfixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace Tenure::Tests {
namespace {

constexpr int npmTimeoutMs = 300000;      // a clean `npm ci` of 73 packages takes ~5 s; a slow mirror more
constexpr int readyTimeoutMs = 30000;     // node + express start in well under a second
constexpr int stopTimeoutMs = 5000;

QString randomToken()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    QString token;
    for (int i = 0; i < 40; ++i)
        token += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet) - 1)]);
    return token;
}

bool dependenciesPresent()
{
    const QDir dir(ScimPeerFixture::serverDirectory());
    return QFileInfo::exists(dir.filePath(QStringLiteral("node_modules/scimmy-routers/package.json")))
           && QFileInfo::exists(dir.filePath(QStringLiteral("node_modules/scimmy/package.json")))
           && QFileInfo::exists(dir.filePath(QStringLiteral("node_modules/express/package.json")));
}

} // namespace

ScimPeerFixture::ScimPeerFixture() : m_token(randomToken()) {}

ScimPeerFixture::~ScimPeerFixture()
{
    stop();
}

QString ScimPeerFixture::serverDirectory()
{
    return QStringLiteral(TENURE_SOURCE_DIR "/tests/servers/scim");
}

bool ScimPeerFixture::ensureDependencies(QString* error)
{
    if (dependenciesPresent())
        return true;
    // Several test executables may start at once (ctest -j): one installs, the others wait.
    QLockFile lock(QDir::temp().filePath(QStringLiteral("tenure-scim-peer-npm.lock")));
    lock.setStaleLockTime(npmTimeoutMs + 10000);
    if (!lock.tryLock(npmTimeoutMs + 10000)) {
        *error = QStringLiteral("another test held the npm install lock for too long");
        return false;
    }
    if (dependenciesPresent())
        return true;
    const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
    if (npm.isEmpty()) {
        *error = QStringLiteral("npm is not installed (installer/install-deps.sh installs nodejs and npm)");
        return false;
    }
    QProcess process;
    process.setWorkingDirectory(serverDirectory());
    process.setProcessChannelMode(QProcess::MergedChannels);
    // package-lock.json pins every package: ci installs exactly that, and never rewrites it.
    process.start(npm, {QStringLiteral("ci"), QStringLiteral("--no-audit"), QStringLiteral("--no-fund")});
    if (!process.waitForFinished(npmTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        *error = QStringLiteral("npm ci in %1 did not finish within %2 s").arg(serverDirectory()).arg(npmTimeoutMs / 1000);
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || !dependenciesPresent()) {
        *error = QStringLiteral("npm ci in %1 failed:\n%2").arg(serverDirectory(), QString::fromUtf8(process.readAll()));
        return false;
    }
    return true;
}

bool ScimPeerFixture::start(const QStringList& flags)
{
    if (isRunning())
        return true;
    if (!ensureDependencies(&m_error))
        return false;
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        m_error = QStringLiteral("node is not installed (installer/install-deps.sh installs nodejs)");
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setWorkingDirectory(serverDirectory());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SCIM_PEER_TOKEN"), m_token);   // not on the command line
    m_process->setProcessEnvironment(environment);
    if (!m_logDir.isValid()) {
        m_error = QStringLiteral("no temporary directory for the request log: ") + m_logDir.errorString();
        return false;
    }
    m_logOffset = 0;
    const QString log = m_logDir.filePath(QStringLiteral("requests.jsonl"));
    QFile::remove(log);
    m_process->start(node, QStringList{QStringLiteral("server.js"), QStringLiteral("0"),
                                       QStringLiteral("--request-log=") + log}
                               + flags);
    if (!m_process->waitForStarted()) {
        m_error = QStringLiteral("node did not start: ") + m_process->errorString();
        m_process.reset();
        return false;
    }
    // Bounded wait for "PORT=<n>".
    QByteArray output;
    const QDeadlineTimer deadline(readyTimeoutMs);
    while (!deadline.hasExpired() && m_process->state() == QProcess::Running) {
        m_process->waitForReadyRead(static_cast<int>(qMax<qint64>(1, qMin<qint64>(500, deadline.remainingTime()))));
        output += m_process->readAllStandardOutput();
        const qsizetype at = output.indexOf("PORT=");
        if (at >= 0 && output.indexOf('\n', at) > at) {
            m_port = output.mid(at + 5, output.indexOf('\n', at) - at - 5).trimmed().toInt();
            break;
        }
    }
    if (m_port <= 0) {
        m_error = QStringLiteral("the SCIM peer did not report its port within %1 s:\n%2%3")
                      .arg(readyTimeoutMs / 1000)
                      .arg(QString::fromUtf8(output), QString::fromUtf8(m_process->readAllStandardError()));
        stop();
        return false;
    }
    return true;
}

void ScimPeerFixture::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();   // SIGTERM to the server's own pid
        if (!m_process->waitForFinished(stopTimeoutMs)) {
            m_process->kill();
            m_process->waitForFinished(stopTimeoutMs);
        }
    }
    m_process.reset();
    m_port = 0;
}

QList<QJsonObject> ScimPeerFixture::takeRequests()
{
    QList<QJsonObject> requests;
    QFile file(m_logDir.filePath(QStringLiteral("requests.jsonl")));
    if (!file.open(QIODevice::ReadOnly) || !file.seek(m_logOffset))
        return requests;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (!line.endsWith('\n'))
            break;   // a line still being written: read it next time
        m_logOffset += line.size();
        requests.append(QJsonDocument::fromJson(line).object());
    }
    return requests;
}

bool ScimPeerFixture::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running && m_port > 0;
}

QString ScimPeerFixture::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/scim/v2").arg(m_port);
}

QJsonObject ScimPeerFixture::settings(const QJsonObject& overrides) const
{
    QJsonObject json{{QStringLiteral("baseUrl"), baseUrl()}, {QStringLiteral("timeoutSeconds"), 10}};
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

} // namespace Tenure::Tests
