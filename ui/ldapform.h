#pragma once

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Tenure::Ui {

class FileField;

// The connection settings of an LDAP directory (the keys of Connectors::LdapSettings) and its
// bind password. The password is only ever typed in: it goes to the keychain on Save and is
// never read back into the form. Keys the form does not show (rdnAttribute, objectClasses,
// accountFilter, disableMethod, pageSize, timeoutSeconds) are kept as they were.
class LdapForm : public QWidget {
    Q_OBJECT

public:
    explicit LdapForm(QWidget* parent = nullptr);

    // hasStoredPassword: the tenant already has a secret reference (the placeholder says so).
    void setSettings(const QJsonObject& settings, bool hasStoredPassword);
    [[nodiscard]] QJsonObject settings() const;
    [[nodiscard]] QString typedPassword() const;
    void clearPassword();

    [[nodiscard]] QLineEdit* urlEdit() const { return m_url; }
    [[nodiscard]] QLineEdit* bindDnEdit() const { return m_bindDn; }
    [[nodiscard]] QLineEdit* baseDnEdit() const { return m_baseDn; }
    [[nodiscard]] QLineEdit* containerEdit() const { return m_container; }
    [[nodiscard]] QCheckBox* startTlsBox() const { return m_startTls; }
    [[nodiscard]] FileField* caFileField() const { return m_caFile; }
    [[nodiscard]] QCheckBox* verifyBox() const { return m_verify; }
    [[nodiscard]] QLabel* verifyWarning() const { return m_verifyWarning; }
    [[nodiscard]] QLineEdit* passwordEdit() const { return m_password; }
    [[nodiscard]] QWidget* firstField() const;
    [[nodiscard]] QWidget* lastField() const;

Q_SIGNALS:
    void changed();

private:
    void updateTlsHints();

    QJsonObject m_original;
    QLineEdit* m_url;
    QLineEdit* m_bindDn;
    QLineEdit* m_baseDn;
    QLineEdit* m_container;
    QCheckBox* m_startTls;
    FileField* m_caFile;
    QCheckBox* m_verify;
    QLabel* m_verifyWarning;
    QLineEdit* m_password;
};

} // namespace Tenure::Ui
