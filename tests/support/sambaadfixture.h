#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class QProcess;

namespace Tenure::Tests {

// A real Active Directory domain controller for one test: Samba 4 provisioned into a temporary
// directory (realm CORP.EXAMPLE.TEST, ~5–10 s), serving LDAP and LDAPS on 127.0.0.1:389/636 with
// its own self-signed certificate (verified by clients through caFile), and Kerberos on 88.
// Stopped by pid when destroyed; if the test process dies first, the kernel stops it
// (PR_SET_PDEATHSIG). See ../shared/PEERS.md.
//
//   if (const QString why = SambaAdFixture::unavailableReason(); !why.isEmpty()) QSKIP(qPrintable(why));
//   SambaAdFixture ad;
//   QVERIFY2(ad.start(), qPrintable(ad.errorString()));
class SambaAdFixture {
public:
    SambaAdFixture();
    ~SambaAdFixture();
    SambaAdFixture(const SambaAdFixture&) = delete;
    SambaAdFixture& operator=(const SambaAdFixture&) = delete;

    // Why a Samba DC cannot run here (not root, samba not installed, a port taken), or empty.
    [[nodiscard]] static QString unavailableReason();

    [[nodiscard]] bool start();
    void stop();
    [[nodiscard]] QString errorString() const { return m_error; }

    [[nodiscard]] QString ldapsUrl() const { return QStringLiteral("ldaps://127.0.0.1:636"); }
    [[nodiscard]] QString caFile() const;
    [[nodiscard]] QString baseDn() const { return QStringLiteral("DC=corp,DC=example,DC=test"); }
    [[nodiscard]] QString upnSuffix() const { return QStringLiteral("corp.example.test"); }
    [[nodiscard]] QString bindDn() const { return QStringLiteral("CN=Administrator,CN=Users,") + baseDn(); }
    [[nodiscard]] QString password() const { return m_password; }

    // Tenant settings (LdapSettings JSON, directoryType activeDirectory, over LDAPS with caFile)
    // that manage the accounts under container.
    [[nodiscard]] QJsonObject ldapSettings(const QString& container) const;

    // Applies LDIF as Administrator over LDAPS (records without changetype are adds).
    [[nodiscard]] bool ldif(const QString& text);
    // ldapsearch -LLL as Administrator over LDAPS: unwrapped LDIF, empty on error.
    [[nodiscard]] QString search(const QString& base, const QString& filter, const QStringList& attributes = {});
    // A simple bind as dn over LDAPS: empty when it succeeds, else the server's diagnostic
    // ("… AcceptSecurityContext error, data 773 …").
    [[nodiscard]] QString bindProblem(const QString& dn, const QString& password);

private:
    [[nodiscard]] bool provision();
    [[nodiscard]] bool configure();
    [[nodiscard]] bool launch();
    [[nodiscard]] bool runTool(const QString& program, const QStringList& arguments, const QString& stdinText,
                               QString* output, int timeoutMs);

    QTemporaryDir m_dir;
    QString m_password;
    QString m_error;
    std::unique_ptr<QProcess> m_samba;
};

} // namespace Tenure::Tests
