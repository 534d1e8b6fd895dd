#include "sambaadfixture.h"

#include "toolrunner.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QThread>

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace Tenure::Tests {
namespace {

constexpr int provisionTimeoutMs = 180000;   // ~5–10 s measured; a loaded CI box is slower
constexpr int readyTimeoutMs = 60000;
constexpr int toolTimeoutMs = 60000;
constexpr int stopTimeoutMs = 15000;
constexpr int fixedPorts[] = {389, 636, 88};

// Meets AD's complexity rule (upper, lower, digit, symbol) and has no quote for the shell.
QString randomPassword()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    QString password = QStringLiteral("Tn7!");
    for (int i = 0; i < 20; ++i)
        password += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet) - 1)]);
    return password;
}

// Something listens on 127.0.0.1:port (a loopback connect answers at once either way).
bool portAnswers(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const bool connected = ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    ::close(fd);
    return connected;
}

QString sambaProgram(const QString& name)
{
    QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    return found;
}

} // namespace

SambaAdFixture::SambaAdFixture() : m_password(randomPassword()) {}

SambaAdFixture::~SambaAdFixture()
{
    stop();
}

QString SambaAdFixture::unavailableReason()
{
    if (::geteuid() != 0)
        return QStringLiteral("Samba AD needs root: it binds the fixed ports 389, 636 and 88");
    if (sambaProgram(QStringLiteral("samba")).isEmpty() || sambaProgram(QStringLiteral("samba-tool")).isEmpty())
        return QStringLiteral("samba is not installed: run installer/install-deps.sh (samba-ad-dc, samba-ad-provision)");
    if (!QFile::exists(QStringLiteral("/usr/share/samba/setup/provision.ldif"))
        && !QFile::exists(QStringLiteral("/usr/share/samba/setup")))
        return QStringLiteral("samba-ad-provision is not installed (only a Recommends of samba-ad-dc): run "
                              "installer/install-deps.sh");
    for (const int port : fixedPorts) {
        if (portAnswers(port))
            return QStringLiteral("port %1 on 127.0.0.1 is taken by another server; a Samba DC needs 389, 636 and 88")
                .arg(port);
    }
    return {};
}

QString SambaAdFixture::caFile() const
{
    return m_dir.filePath(QStringLiteral("cert.pem"));
}

bool SambaAdFixture::start()
{
    if (m_samba)
        return true;
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory: ") + m_dir.errorString();
        return false;
    }
    return provision() && configure() && launch();
}

bool SambaAdFixture::provision()
{
    const QString target = m_dir.filePath(QStringLiteral("dc"));
    QString output;
    // --adminpass on the command line: a throwaway test password, never a real one.
    const bool ok = runTool(sambaProgram(QStringLiteral("samba-tool")),
                            {QStringLiteral("domain"), QStringLiteral("provision"),
                             QStringLiteral("--realm=CORP.EXAMPLE.TEST"), QStringLiteral("--domain=CORP"),
                             QStringLiteral("--server-role=dc"), QStringLiteral("--dns-backend=NONE"),
                             QStringLiteral("--adminpass=") + m_password, QStringLiteral("--targetdir=") + target,
                             QStringLiteral("--host-name=dc1"), QStringLiteral("--option=netbios name=DC1"),
                             QStringLiteral("--option=interfaces=lo"), QStringLiteral("--option=bind interfaces only=yes")},
                            {}, &output, provisionTimeoutMs);
    if (!ok)
        m_error = QStringLiteral("samba-tool domain provision failed: ") + m_error;
    return ok;
}

bool SambaAdFixture::configure()
{
    const QString key = m_dir.filePath(QStringLiteral("key.pem"));
    if (!runTool(QStringLiteral("openssl"),
                 {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                  QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                  QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                  QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"), QStringLiteral("-keyout"), key,
                  QStringLiteral("-out"), caFile()},
                 {}, nullptr, toolTimeoutMs))
        return false;
    // Samba refuses a key file others can read.
    QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner);

    QFile conf(m_dir.filePath(QStringLiteral("dc/etc/smb.conf")));
    if (!conf.open(QIODevice::ReadOnly)) {
        m_error = conf.fileName() + QStringLiteral(": ") + conf.errorString();
        return false;
    }
    QStringList lines = QString::fromUtf8(conf.readAll()).split(QLatin1Char('\n'));
    conf.close();
    for (QString& line : lines) {
        const QString trimmed = line.trimmed();
        // Only what a directory needs; no file server, DNS or replication. Logs stay here.
        if (trimmed.startsWith(QLatin1String("server services")))
            line = QStringLiteral("\tserver services = ldap, rpc, kdc\n\ttls keyfile = %1\n\ttls certfile = %2\n"
                                  "\ttls cafile = ")
                       .arg(key, caFile());
        else if (trimmed.startsWith(QLatin1String("log file")))
            line = QStringLiteral("\tlog file = %1").arg(m_dir.filePath(QStringLiteral("log.%m")));
    }
    if (!conf.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = conf.fileName() + QStringLiteral(": ") + conf.errorString();
        return false;
    }
    conf.write(lines.join(QLatin1Char('\n')).toUtf8());
    return true;
}

bool SambaAdFixture::launch()
{
    m_samba = std::make_unique<QProcess>();
    m_samba->setProgram(sambaProgram(QStringLiteral("samba")));
    m_samba->setArguments({QStringLiteral("-i"), QStringLiteral("-M"), QStringLiteral("single"), QStringLiteral("-s"),
                           m_dir.filePath(QStringLiteral("dc/etc/smb.conf"))});
    m_samba->setProcessChannelMode(QProcess::MergedChannels);
    m_samba->setStandardOutputFile(m_dir.filePath(QStringLiteral("samba.log")));
    // A test that crashes never runs the destructor: the kernel then stops samba.
    m_samba->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_samba->start();
    if (!m_samba->waitForStarted(toolTimeoutMs)) {
        m_error = QStringLiteral("samba did not start: ") + m_samba->errorString();
        m_samba.reset();
        return false;
    }
    const QDeadlineTimer deadline(readyTimeoutMs);
    while (!deadline.hasExpired()) {
        if (m_samba->state() != QProcess::Running || m_samba->waitForFinished(0)) {
            QFile log(m_dir.filePath(QStringLiteral("samba.log")));
            m_error = QStringLiteral("samba exited at start: ")
                      + (log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll().right(2000)) : QString());
            m_samba.reset();
            return false;
        }
        if (search(QString(), QStringLiteral("(objectClass=*)"), {QStringLiteral("dsServiceName")})
                .contains(QLatin1String("dsServiceName")))
            return true;
        QThread::msleep(200);
    }
    m_error = QStringLiteral("samba did not answer on LDAPS within %1 s").arg(readyTimeoutMs / 1000);
    stop();
    return false;
}

void SambaAdFixture::stop()
{
    if (!m_samba)
        return;
    // By its pid, never by name: other Samba instances on this machine are not ours.
    const auto pid = static_cast<pid_t>(m_samba->processId());
    if (pid > 0 && m_samba->state() == QProcess::Running) {
        ::kill(pid, SIGTERM);
        if (!m_samba->waitForFinished(stopTimeoutMs)) {
            ::kill(pid, SIGKILL);
            m_samba->waitForFinished(stopTimeoutMs);
        }
    }
    m_samba.reset();
}

QJsonObject SambaAdFixture::ldapSettings(const QString& container) const
{
    return QJsonObject{
        {QStringLiteral("directoryType"), QStringLiteral("activeDirectory")},
        {QStringLiteral("url"), ldapsUrl()},
        {QStringLiteral("caFile"), caFile()},
        {QStringLiteral("bindDn"), bindDn()},
        {QStringLiteral("baseDn"), container},
        {QStringLiteral("accountContainer"), container},
    };
}

bool SambaAdFixture::runTool(const QString& program, const QStringList& arguments, const QString& stdinText,
                             QString* output, int timeoutMs)
{
    // The tools verify the DC's certificate against its own CA, as the product does.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LDAPTLS_CACERT"), caFile());
    environment.insert(QStringLiteral("LDAPTLS_REQCERT"), QStringLiteral("demand"));
    return Tests::runTool(program, arguments, stdinText, output, timeoutMs, &m_error, environment);
}

bool SambaAdFixture::ldif(const QString& text)
{
    QFile file(m_dir.filePath(QStringLiteral("change.ldif")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = file.errorString();
        return false;
    }
    file.write(text.toUtf8());
    file.close();
    return runTool(QStringLiteral("ldapmodify"),
                   {QStringLiteral("-a"), QStringLiteral("-x"), QStringLiteral("-H"), ldapsUrl(), QStringLiteral("-D"),
                    bindDn(), QStringLiteral("-y"), QStringLiteral("/dev/stdin"), QStringLiteral("-f"), file.fileName()},
                   m_password, nullptr, toolTimeoutMs);
}

QString SambaAdFixture::search(const QString& base, const QString& filter, const QStringList& attributes)
{
    QString output;
    QStringList arguments{QStringLiteral("-LLL"), QStringLiteral("-o"), QStringLiteral("ldif_wrap=no"),
                          QStringLiteral("-x"), QStringLiteral("-H"), ldapsUrl(), QStringLiteral("-D"), bindDn(),
                          QStringLiteral("-y"), QStringLiteral("/dev/stdin"), QStringLiteral("-b"), base};
    if (base.isEmpty())
        arguments << QStringLiteral("-s") << QStringLiteral("base");
    arguments << filter << attributes;
    if (!runTool(QStringLiteral("ldapsearch"), arguments, m_password, &output, toolTimeoutMs))
        return {};
    return output;
}

QString SambaAdFixture::bindProblem(const QString& dn, const QString& password)
{
    // A rootDSE read as that user: Samba has no Who am I? extended operation (RFC 4532).
    if (runTool(QStringLiteral("ldapsearch"),
                {QStringLiteral("-x"), QStringLiteral("-H"), ldapsUrl(), QStringLiteral("-D"), dn, QStringLiteral("-y"),
                 QStringLiteral("/dev/stdin"), QStringLiteral("-s"), QStringLiteral("base"), QStringLiteral("-b"),
                 QString(), QStringLiteral("(objectClass=*)"), QStringLiteral("1.1")},
                password, nullptr, toolTimeoutMs))
        return {};
    return m_error.isEmpty() ? QStringLiteral("bind failed") : m_error;
}

} // namespace Tenure::Tests
