#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace Tenure::Tests {

// A real OpenLDAP server for one test: installer/local-ldap.sh in a temporary directory, on a
// free loopback port pair (ldap:// on port, ldaps:// on port+1), with a random admin password,
// suffix dc=example,dc=test and ou=People. Stopped (by pid) when the fixture is destroyed.
//
//   SlapdFixture slapd;
//   QVERIFY2(slapd.start(), qPrintable(slapd.errorString()));
//   auto settings = LdapSettings::fromJson(slapd.ldapSettings(true));
//   LdapDirectory directory(*settings, slapd.password());
class SlapdFixture {
public:
    SlapdFixture();
    ~SlapdFixture();
    SlapdFixture(const SlapdFixture&) = delete;
    SlapdFixture& operator=(const SlapdFixture&) = delete;

    // Starts slapd, trying other ports when one is taken; seedLdif is loaded into the new
    // database with slapadd. False with errorString() when it could not start.
    [[nodiscard]] bool start(const QString& seedLdif = {});
    void stop();
    // Stops and starts the same instance on the same ports, data kept (clients see the
    // connection drop, as on a real server restart).
    [[nodiscard]] bool restart();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] QString errorString() const { return m_error; }

    [[nodiscard]] QString url() const { return m_url; }            // ldap://127.0.0.1:<port>
    [[nodiscard]] QString ldapsUrl() const { return m_ldapsUrl; }  // ldaps://127.0.0.1:<port+1>
    [[nodiscard]] QString caFile() const { return m_caFile; }      // the server's self-signed cert
    [[nodiscard]] QString bindDn() const { return m_bindDn; }      // cn=admin,<baseDn>
    [[nodiscard]] QString baseDn() const { return m_baseDn; }
    [[nodiscard]] QString peopleDn() const { return QStringLiteral("ou=People,") + m_baseDn; }
    [[nodiscard]] QString password() const { return m_password; }
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] QString directory() const { return m_dir.path(); }

    // Tenant settings for this server (LdapSettings JSON, accounts under ou=People).
    // useTls: the ldaps:// url with caFile; otherwise plain ldap://.
    [[nodiscard]] QJsonObject ldapSettings(bool useTls) const;

    // Applies LDIF as the admin with ldapmodify (records without changetype are adds).
    [[nodiscard]] bool ldif(const QString& text);
    // ldapsearch -LLL under baseDn as the admin: the result as unwrapped LDIF, empty on error.
    [[nodiscard]] QString search(const QString& filter, const QStringList& attributes = {});
    // Whether a simple bind as dn with password succeeds (ldapwhoami on the plain port).
    [[nodiscard]] bool canBind(const QString& dn, const QString& password);

private:
    [[nodiscard]] bool startOnPort(int port, const QString& seedLdif);
    [[nodiscard]] bool runTool(const QString& program, const QStringList& arguments, const QString& secret,
                               QString* output);
    [[nodiscard]] QString script() const;

    QTemporaryDir m_dir;
    QString m_instance;
    QString m_password;
    QString m_url;
    QString m_ldapsUrl;
    QString m_caFile;
    QString m_bindDn;
    QString m_baseDn;
    QString m_error;
    int m_port = 0;
    bool m_running = false;
};

} // namespace Tenure::Tests
