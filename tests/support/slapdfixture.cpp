#include "slapdfixture.h"

#include "toolrunner.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>

namespace Tenure::Tests {
namespace {

constexpr int startAttempts = 8;
constexpr int scriptTimeoutMs = 30000;
constexpr int toolTimeoutMs = 60000;

QString randomPassword()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    QString password;
    for (int i = 0; i < 24; ++i)
        password += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet) - 1)]);
    return password;
}

// local-ldap.sh prints KEY='value' with ' written as '\''.
QString unquote(QString value)
{
    if (value.size() >= 2 && value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\'')))
        value = value.mid(1, value.size() - 2);
    return value.replace(QLatin1String("'\\''"), QLatin1String("'"));
}

} // namespace

SlapdFixture::SlapdFixture() : m_password(randomPassword()) {}

SlapdFixture::~SlapdFixture()
{
    stop();
}

QString SlapdFixture::script() const
{
    return QStringLiteral(TENURE_SOURCE_DIR "/installer/local-ldap.sh");
}

bool SlapdFixture::start(const QString& seedLdif)
{
    if (m_running)
        return true;
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory: ") + m_dir.errorString();
        return false;
    }
    QString errors;
    for (int attempt = 0; attempt < startAttempts; ++attempt) {
        // An even port in the dynamic range leaves port+1 (ldaps) to the same instance.
        const int port = 20000 + 2 * QRandomGenerator::global()->bounded(20000);
        if (startOnPort(port, seedLdif))
            return true;
        errors += m_error + QLatin1Char('\n');
        // Only a port collision is worth another try; anything else will fail again.
        if (!m_error.contains(QLatin1String("in use")) && !m_error.contains(QLatin1String("bind(")))
            break;
    }
    m_error = QStringLiteral("slapd did not start:\n") + errors;
    return false;
}

bool SlapdFixture::startOnPort(int port, const QString& seedLdif)
{
    m_instance = m_dir.filePath(QStringLiteral("slapd-%1").arg(port));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TENURE_LDAP_ADMIN_PASSWORD"), m_password);
    environment.remove(QStringLiteral("TENURE_LDAP_SUFFIX"));
    // A test that crashes never runs the destructor: the script's watchdog stops slapd then.
    environment.insert(QStringLiteral("TENURE_LDAP_OWNER_PID"), QString::number(QCoreApplication::applicationPid()));
    process.setProcessEnvironment(environment);
    QStringList arguments{script(), QStringLiteral("start"), m_instance, QString::number(port)};
    if (!seedLdif.isEmpty())
        arguments << seedLdif;
    process.start(QStringLiteral("bash"), arguments);
    if (!process.waitForFinished(scriptTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        m_error = QStringLiteral("local-ldap.sh start did not finish within %1 s").arg(scriptTimeoutMs / 1000);
        return false;
    }
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QString::fromUtf8(process.readAllStandardError()).trimmed();
        // The instance may have been half created; stop whatever started there.
        QProcess::execute(QStringLiteral("bash"), {script(), QStringLiteral("stop"), m_instance});
        return false;
    }
    for (const QString& line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString key = line.section(QLatin1Char('='), 0, 0);
        const QString value = unquote(line.section(QLatin1Char('='), 1));
        if (key == QLatin1String("LDAP_URL"))
            m_url = value;
        else if (key == QLatin1String("LDAPS_URL"))
            m_ldapsUrl = value;
        else if (key == QLatin1String("LDAP_CA"))
            m_caFile = value;
        else if (key == QLatin1String("LDAP_BIND_DN"))
            m_bindDn = value;
        else if (key == QLatin1String("LDAP_BASE_DN"))
            m_baseDn = value;
    }
    m_port = port;
    m_running = true;
    if (m_url.isEmpty() || m_baseDn.isEmpty()) {
        m_error = QStringLiteral("local-ldap.sh printed no LDAP_URL/LDAP_BASE_DN:\n") + output;
        stop();
        return false;
    }
    return true;
}

void SlapdFixture::stop()
{
    if (!m_running)
        return;
    QProcess process;
    process.start(QStringLiteral("bash"), {script(), QStringLiteral("stop"), m_instance});
    if (!process.waitForFinished(scriptTimeoutMs))
        process.kill();
    process.waitForFinished();
    m_running = false;
}

bool SlapdFixture::restart()
{
    if (!m_running) {
        m_error = QStringLiteral("slapd is not running");
        return false;
    }
    stop();
    return startOnPort(m_port, {});
}

QJsonObject SlapdFixture::ldapSettings(bool useTls) const
{
    QJsonObject settings{
        {QStringLiteral("url"), useTls ? m_ldapsUrl : m_url},
        {QStringLiteral("bindDn"), m_bindDn},
        {QStringLiteral("baseDn"), peopleDn()},
        {QStringLiteral("accountContainer"), peopleDn()},
    };
    if (useTls)
        settings.insert(QStringLiteral("caFile"), m_caFile);
    return settings;
}

bool SlapdFixture::runTool(const QString& program, const QStringList& arguments, const QString& secret,
                           QString* output)
{
    // The password goes through stdin (-y /dev/stdin), never onto a command line.
    return Tests::runTool(program, arguments, secret, output, toolTimeoutMs, &m_error);
}

bool SlapdFixture::ldif(const QString& text)
{
    QFile file(m_dir.filePath(QStringLiteral("change.ldif")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = file.errorString();
        return false;
    }
    file.write(text.toUtf8());
    file.close();
    return runTool(QStringLiteral("ldapmodify"),
                   {QStringLiteral("-a"), QStringLiteral("-x"), QStringLiteral("-H"), m_url, QStringLiteral("-D"),
                    m_bindDn, QStringLiteral("-y"), QStringLiteral("/dev/stdin"), QStringLiteral("-f"),
                    file.fileName()},
                   m_password, nullptr);
}

QString SlapdFixture::search(const QString& filter, const QStringList& attributes)
{
    QString output;
    const QStringList arguments = QStringList{QStringLiteral("-LLL"), QStringLiteral("-o"), QStringLiteral("ldif_wrap=no"),
                                              QStringLiteral("-x"), QStringLiteral("-H"), m_url, QStringLiteral("-D"),
                                              m_bindDn, QStringLiteral("-y"), QStringLiteral("/dev/stdin"),
                                              QStringLiteral("-b"), m_baseDn, filter}
                                  + attributes;
    if (!runTool(QStringLiteral("ldapsearch"), arguments, m_password, &output))
        return {};
    return output;
}

bool SlapdFixture::canBind(const QString& dn, const QString& password)
{
    return runTool(QStringLiteral("ldapwhoami"),
                   {QStringLiteral("-x"), QStringLiteral("-H"), m_url, QStringLiteral("-D"), dn, QStringLiteral("-y"),
                    QStringLiteral("/dev/stdin")},
                   password, nullptr);
}

} // namespace Tenure::Tests
