// AD's extended errors as an administrator reads them: the Win32 code in the diagnostic decides.
#include "connectors/directory/ldap/aderrors.h"
#include "connectors/directory/ldap/ldaperrors.h"

#include <QTest>

#include <ldap.h>

using namespace Tenure::Connectors;
using Tenure::Models::ErrorCode;

Q_DECLARE_METATYPE(ErrorCode)

class TestAdErrors : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void translatesTheExtendedError_data()
    {
        QTest::addColumn<int>("resultCode");
        QTest::addColumn<QString>("diagnostic");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("words");

        const QString bind = QStringLiteral("80090308: LdapErr: DSID-0C0903A9, comment: AcceptSecurityContext error, data %1, v1db1");
        QTest::newRow("52e wrong password") << LDAP_INVALID_CREDENTIALS << bind.arg(QStringLiteral("52e"))
                                            << ErrorCode::Authentication << QStringLiteral("user name or password is wrong");
        QTest::newRow("525 no such user") << LDAP_INVALID_CREDENTIALS << bind.arg(QStringLiteral("525"))
                                          << ErrorCode::Authentication << QStringLiteral("does not exist");
        QTest::newRow("533 disabled") << LDAP_INVALID_CREDENTIALS << bind.arg(QStringLiteral("533"))
                                      << ErrorCode::Authentication << QStringLiteral("the account is disabled");
        QTest::newRow("701 expired") << LDAP_INVALID_CREDENTIALS << bind.arg(QStringLiteral("701"))
                                     << ErrorCode::Authentication << QStringLiteral("accountExpires");
        QTest::newRow("773 must change") << LDAP_INVALID_CREDENTIALS << bind.arg(QStringLiteral("773"))
                                         << ErrorCode::Authentication << QStringLiteral("must be changed");
        QTest::newRow("775 locked out") << LDAP_INVALID_CREDENTIALS << bind.arg(QStringLiteral("775"))
                                        << ErrorCode::Authentication << QStringLiteral("locked out");
        QTest::newRow("Samba: sAMAccountName in use")
            << LDAP_ALREADY_EXISTS << QStringLiteral("00002071: samldb: samAccountName 'jdoe' already in use!")
            << ErrorCode::Conflict << QStringLiteral("sAMAccountName \"jdoe\" is already in use");
        QTest::newRow("Windows: user exists")
            << LDAP_ALREADY_EXISTS << QStringLiteral("00000523: SysErr: DSID-031A1202, problem 22 (Invalid argument), data 0")
            << ErrorCode::Conflict << QStringLiteral("is already in use");
        QTest::newRow("name exists") << LDAP_ALREADY_EXISTS
                                     << QStringLiteral("00002071: UpdErr: DSID-031A11C4, problem 6005 (ENTRY_EXISTS), data 0")
                                     << ErrorCode::Conflict << QStringLiteral("already exists");
        QTest::newRow("UPN not unique") << LDAP_CONSTRAINT_VIOLATION
                                        << QStringLiteral("000021C8: AtrErr: DSID-03200BBA, #1:")
                                        << ErrorCode::Conflict << QStringLiteral("userPrincipalName");
        QTest::newRow("password policy")
            << LDAP_CONSTRAINT_VIOLATION
            << QStringLiteral("0000052D: Constraint violation - check_password_restrictions: the password does not meet "
                              "the complexity criteria!")
            << ErrorCode::Rejected << QStringLiteral("password policy (the password does not meet the complexity criteria!)");
        QTest::newRow("Windows password policy")
            << LDAP_UNWILLING_TO_PERFORM << QStringLiteral("0000052D: SvcErr: DSID-031A120C, problem 5003 (WILL_NOT_PERFORM), data 0")
            << ErrorCode::Rejected << QStringLiteral("password policy");
        QTest::newRow("manager not found")
            << LDAP_CONSTRAINT_VIOLATION << QStringLiteral("000020B5: Referenced object not found at extended_dn_store.c:357")
            << ErrorCode::NotFound << QStringLiteral("manager");
        QTest::newRow("parent missing")
            << LDAP_OTHER << QStringLiteral("00002095: objectclass: Cannot rename CN=x, parent does not exist!")
            << ErrorCode::NotFound << QStringLiteral("does not exist");
        QTest::newRow("insufficient rights")
            << LDAP_INSUFFICIENT_ACCESS << QStringLiteral("00002098: SecErr: DSID-03150F94, problem 4003 (INSUFF_ACCESS_RIGHTS), data 0")
            << ErrorCode::Rejected << QStringLiteral("delegate control");
        QTest::newRow("referral") << LDAP_REFERRAL
                                  << QStringLiteral("0000202B: RefErr: DSID-0310082F, data 0, 1 access points\n\tref 1: 'other.test'")
                                  << ErrorCode::Rejected << QStringLiteral("referred elsewhere");
        QTest::newRow("other constraint (000020AE)")
            << LDAP_CONSTRAINT_VIOLATION << QStringLiteral("000020AE: AtrErr: DSID-03151785, #1:")
            << ErrorCode::Rejected << QStringLiteral("AD error 000020AE");
        QTest::newRow("RDN by modify") << LDAP_NOT_ALLOWED_ON_RDN
                                       << QStringLiteral("00002016: Modify of RDN 'CN' on CN=x not permitted")
                                       << ErrorCode::Rejected << QStringLiteral("renaming");
    }

    void translatesTheExtendedError()
    {
        QFETCH(int, resultCode);
        QFETCH(QString, diagnostic);
        QFETCH(ErrorCode, code);
        QFETCH(QString, words);
        const LdapErrorSubject subject{QStringLiteral("dc1:636"), true, QStringLiteral("create CN=x,DC=corp")};
        const auto error = ldapError(resultCode, diagnostic, subject);   // through the one LDAP error path
        QCOMPARE(error.code, code);
        QVERIFY2(error.message.contains(words), qPrintable(error.message));
        QVERIFY2(error.detail.contains(diagnostic), qPrintable(error.detail));   // the server's words kept
        QVERIFY(!error.retryable);
    }

    void leavesOtherDiagnosticsToTheLdapTable()
    {
        const LdapErrorSubject subject{QStringLiteral("h:389"), false, QStringLiteral("bind as cn=admin")};
        QVERIFY(!activeDirectoryError(LDAP_INVALID_CREDENTIALS, QString(), subject));
        QVERIFY(!activeDirectoryError(LDAP_NO_SUCH_OBJECT, QStringLiteral("no such entry"), subject));
        QVERIFY(!activeDirectoryError(LDAP_INVALID_CREDENTIALS, QStringLiteral("data 999"), subject));
        QCOMPARE(ldapError(LDAP_INVALID_CREDENTIALS, QString(), subject).code, ErrorCode::Authentication);
    }
};

QTEST_GUILESS_MAIN(TestAdErrors)
#include "tst_aderrors.moc"
