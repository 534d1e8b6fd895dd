#include "connectors/directory/ldap/ldaperrors.h"

#include <QTest>

#include <ldap.h>

using namespace Tenure::Connectors;
using Tenure::Models::ErrorCode;

class TestLdapErrors : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void resultCodesMapToStableErrors_data()
    {
        QTest::addColumn<int>("resultCode");
        QTest::addColumn<QString>("diagnostic");
        QTest::addColumn<bool>("usesTls");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<bool>("retryable");
        QTest::addColumn<QString>("messageContains");
        const QString untrusted = QStringLiteral("The certificate is NOT trusted. The certificate issuer is unknown. ");
        QTest::newRow("server down") << LDAP_SERVER_DOWN << QString() << false << ErrorCode::Unavailable << true
                                     << QStringLiteral("Cannot reach the directory at 127.0.0.1:3899: Can't contact LDAP server");
        QTest::newRow("connect error") << LDAP_CONNECT_ERROR << QString() << false << ErrorCode::Unavailable << true
                                       << QStringLiteral("127.0.0.1:3899");
        QTest::newRow("untrusted certificate") << LDAP_SERVER_DOWN << untrusted << true << ErrorCode::Tls << false
                                               << QStringLiteral("Set caFile");
        QTest::newRow("hostname mismatch") << LDAP_CONNECT_ERROR
                                           << QStringLiteral("TLS: hostname does not match CN in peer certificate")
                                           << true << ErrorCode::Tls << false << QStringLiteral("caFile");
        QTest::newRow("other TLS failure") << LDAP_SERVER_DOWN << QStringLiteral("TLS: error in handshake") << true
                                           << ErrorCode::Tls << false << QStringLiteral("TLS with the directory");
        QTest::newRow("certificate words without TLS") << LDAP_SERVER_DOWN << untrusted << false
                                                       << ErrorCode::Unavailable << true << QStringLiteral("Cannot reach");
        QTest::newRow("timeout") << LDAP_TIMEOUT << QString() << false << ErrorCode::Unavailable << true
                                 << QStringLiteral("did not answer in time");
        QTest::newRow("busy") << LDAP_BUSY << QString() << false << ErrorCode::Unavailable << true
                              << QStringLiteral("busy");
        QTest::newRow("unavailable") << LDAP_UNAVAILABLE << QString() << false << ErrorCode::Unavailable << true
                                     << QStringLiteral("busy or unavailable");
        QTest::newRow("invalid credentials") << LDAP_INVALID_CREDENTIALS << QString() << false
                                             << ErrorCode::Authentication << false << QStringLiteral("check bindDn");
        QTest::newRow("confidentiality required") << LDAP_CONFIDENTIALITY_REQUIRED << QString() << false
                                                  << ErrorCode::Authentication << false << QStringLiteral("ldaps://");
        QTest::newRow("already exists") << LDAP_ALREADY_EXISTS << QString() << false << ErrorCode::Conflict << false
                                        << QStringLiteral("already exists");
        QTest::newRow("no such object") << LDAP_NO_SUCH_OBJECT << QString() << false << ErrorCode::NotFound << false
                                        << QStringLiteral("does not exist");
        QTest::newRow("insufficient access") << LDAP_INSUFFICIENT_ACCESS << QString() << false << ErrorCode::Rejected
                                             << false << QStringLiteral("does not allow");
        QTest::newRow("object class violation") << LDAP_OBJECT_CLASS_VIOLATION
                                                << QStringLiteral("object class 'inetOrgPerson' requires attribute 'sn'")
                                                << false << ErrorCode::Rejected << false << QStringLiteral("refused to");
        QTest::newRow("size limit") << LDAP_SIZELIMIT_EXCEEDED << QString() << false << ErrorCode::Rejected << false
                                    << QStringLiteral("size limit");
        QTest::newRow("cancelled") << LDAP_USER_CANCELLED << QString() << false << ErrorCode::Cancelled << false
                                   << QStringLiteral("Cancelled");
    }
    void resultCodesMapToStableErrors()
    {
        QFETCH(int, resultCode);
        QFETCH(QString, diagnostic);
        QFETCH(bool, usesTls);
        QFETCH(ErrorCode, code);
        QFETCH(bool, retryable);
        QFETCH(QString, messageContains);
        const auto error = ldapError(resultCode, diagnostic,
                                     {QStringLiteral("127.0.0.1:3899"), usesTls, QStringLiteral("create uid=x,dc=t")});
        QCOMPARE(error.code, code);
        QCOMPARE(error.retryable, retryable);
        QVERIFY2(error.message.contains(messageContains), qPrintable(error.message));
        // The server's own words are kept for diagnostics.
        QVERIFY2(error.detail.contains(QString::number(resultCode)), qPrintable(error.detail));
        if (!diagnostic.isEmpty())
            QVERIFY2(error.detail.contains(diagnostic), qPrintable(error.detail));
    }

    void filterErrorNamesTheSetting()
    {
        const auto error = ldapError(LDAP_FILTER_ERROR, {}, {QStringLiteral("h:389"), false, QStringLiteral("read")});
        QCOMPARE(error.code, ErrorCode::InvalidInput);
        QCOMPARE(error.context.attribute, QStringLiteral("accountFilter"));
    }

    void onlyLostConnectionsInviteAReconnect()
    {
        QVERIFY(isConnectionLost(LDAP_SERVER_DOWN));
        QVERIFY(isConnectionLost(LDAP_CONNECT_ERROR));
        QVERIFY(!isConnectionLost(LDAP_BUSY));
        QVERIFY(!isConnectionLost(LDAP_INVALID_CREDENTIALS));
    }
};

QTEST_GUILESS_MAIN(TestLdapErrors)
#include "tst_ldaperrors.moc"
