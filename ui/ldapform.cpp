#include "ldapform.h"

#include "filefield.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace Tenure::Ui {
namespace {

// The keys of Connectors::LdapSettings (connectors/directory/ldap/ldapsettings.cpp).
const auto UrlKey = QStringLiteral("url");
const auto StartTlsKey = QStringLiteral("startTls");
const auto CaFileKey = QStringLiteral("caFile");
const auto VerifyKey = QStringLiteral("verifyCertificate");
const auto BindDnKey = QStringLiteral("bindDn");
const auto BaseDnKey = QStringLiteral("baseDn");
const auto ContainerKey = QStringLiteral("accountContainer");

QLineEdit* lineEdit(QWidget* parent, const char* objectName, const QString& accessible, const QString& placeholder)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setAccessibleName(accessible);
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

LdapForm::LdapForm(QWidget* parent)
    : QWidget(parent),
      m_url(lineEdit(this, "ldapUrl", tr("Directory URL"), tr("ldaps://ldap.example.com or ldap://host:389"))),
      m_bindDn(lineEdit(this, "ldapBindDn", tr("Bind DN"), tr("cn=tenure,ou=Services,dc=example,dc=com"))),
      m_baseDn(lineEdit(this, "ldapBaseDn", tr("Base DN"), tr("The subtree that holds the accounts"))),
      m_container(lineEdit(this, "ldapContainer", tr("Account container"), tr("Where new accounts go; empty: the base DN"))),
      m_startTls(new QCheckBox(tr("Upgrade with &StartTLS"), this)),
      m_caFile(new FileField(tr("Choose the CA certificate"), tr("Certificates (*.pem *.crt *.cer);;All files (*)"), this)),
      m_verify(new QCheckBox(tr("&Verify the server certificate"), this)), m_verifyWarning(new QLabel(this)),
      m_password(lineEdit(this, "ldapPassword", tr("Bind password"), QString()))
{
    m_startTls->setObjectName(QStringLiteral("ldapStartTls"));
    m_startTls->setAccessibleName(tr("Use StartTLS"));
    m_startTls->setToolTip(tr("Encrypt an ldap:// connection before binding (RFC 4511 §4.14). "
                              "Not used with ldaps://, which is encrypted from the start."));
    m_caFile->setObjectName(QStringLiteral("ldapCaFile"));
    m_caFile->setAccessibleNames(tr("CA certificate file"));
    m_caFile->setPlaceholderText(tr("Empty: the system's trusted CAs"));
    m_verify->setObjectName(QStringLiteral("ldapVerify"));
    m_verify->setAccessibleName(tr("Verify the server certificate"));
    m_verifyWarning->setObjectName(QStringLiteral("ldapVerifyWarning"));
    m_verifyWarning->setText(tr("Warning: without verification anyone on the network path can pose as this directory and "
                                "read the bind password. Configure the CA file instead."));
    m_verifyWarning->setWordWrap(true);
    m_verifyWarning->setStyleSheet(QStringLiteral("color: #8a5300; background: #fff8e1; padding: 4px;"));
    m_password->setEchoMode(QLineEdit::Password);
    // Never offer the typed secret to other programs.
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_password->setContextMenuPolicy(Qt::NoContextMenu);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Bind DN:"), m_bindDn);
    form->addRow(tr("Bind &password:"), m_password);
    form->addRow(tr("Base &DN:"), m_baseDn);
    form->addRow(tr("Account &container:"), m_container);
    form->addRow(tr("TLS:"), m_startTls);
    form->addRow(tr("C&A file:"), m_caFile);
    form->addRow(QString(), m_verify);
    form->addRow(QString(), m_verifyWarning);

    setTabOrder(m_url, m_bindDn);
    setTabOrder(m_bindDn, m_password);
    setTabOrder(m_password, m_baseDn);
    setTabOrder(m_baseDn, m_container);
    setTabOrder(m_container, m_startTls);
    setTabOrder(m_startTls, m_caFile->edit());
    setTabOrder(m_caFile->edit(), m_caFile->browseButton());
    setTabOrder(m_caFile->browseButton(), m_verify);

    for (auto* edit : {m_url, m_bindDn, m_baseDn, m_container, m_password})
        connect(edit, &QLineEdit::textChanged, this, &LdapForm::changed);
    connect(m_caFile, &FileField::pathChanged, this, &LdapForm::changed);
    connect(m_startTls, &QCheckBox::toggled, this, &LdapForm::changed);
    connect(m_verify, &QCheckBox::toggled, this, &LdapForm::changed);
    connect(this, &LdapForm::changed, this, &LdapForm::updateTlsHints);
    setSettings({}, false);
}

void LdapForm::setSettings(const QJsonObject& settings, bool hasStoredPassword)
{
    {
        const QSignalBlocker block(this);
        m_original = settings;
        m_url->setText(settings.value(UrlKey).toString());
        m_bindDn->setText(settings.value(BindDnKey).toString());
        m_baseDn->setText(settings.value(BaseDnKey).toString());
        m_container->setText(settings.value(ContainerKey).toString());
        m_startTls->setChecked(settings.value(StartTlsKey).toBool(false));
        m_caFile->setPath(settings.value(CaFileKey).toString());
        m_verify->setChecked(settings.value(VerifyKey).toBool(true));   // verified unless said otherwise
        m_password->clear();
        m_password->setPlaceholderText(hasStoredPassword
                                           ? tr("Stored in the keychain; type a new one to replace it")
                                           : tr("Required; stored in the keychain, never in the workspace"));
    }
    updateTlsHints();
}

QJsonObject LdapForm::settings() const
{
    QJsonObject json = m_original;
    json.insert(UrlKey, m_url->text().trimmed());
    json.insert(BindDnKey, m_bindDn->text().trimmed());
    json.insert(BaseDnKey, m_baseDn->text().trimmed());
    json.insert(StartTlsKey, m_startTls->isChecked());
    json.insert(VerifyKey, m_verify->isChecked());
    // Optional keys are left out when empty, so their defaults apply (container: the base DN).
    if (const auto container = m_container->text().trimmed(); container.isEmpty())
        json.remove(ContainerKey);
    else
        json.insert(ContainerKey, container);
    if (const auto ca = m_caFile->path(); ca.isEmpty())
        json.remove(CaFileKey);
    else
        json.insert(CaFileKey, ca);
    return json;
}

QString LdapForm::typedPassword() const { return m_password->text(); }

void LdapForm::clearPassword()
{
    const QSignalBlocker block(m_password);
    m_password->clear();
    m_password->setPlaceholderText(tr("Stored in the keychain; type a new one to replace it"));
}

QWidget* LdapForm::firstField() const { return m_url; }
QWidget* LdapForm::lastField() const { return m_verify; }

void LdapForm::updateTlsHints()
{
    m_verifyWarning->setVisible(!m_verify->isChecked());
    const bool plain = m_url->text().trimmed().startsWith(QLatin1String("ldap://"), Qt::CaseInsensitive);
    m_caFile->setEnabled(!plain || m_startTls->isChecked());
}

} // namespace Tenure::Ui
