#include "connectors/directory/ldap/ldapsettings.h"

#include <QJsonArray>
#include <QTest>

using namespace Tenure::Connectors;
using Tenure::Models::ErrorCode;

namespace {

QJsonObject minimal()
{
    return {{QStringLiteral("url"), QStringLiteral("ldap://127.0.0.1:3899")},
            {QStringLiteral("bindDn"), QStringLiteral("cn=admin,dc=example,dc=test")},
            {QStringLiteral("baseDn"), QStringLiteral("ou=People,dc=example,dc=test")}};
}

QJsonObject minimalWith(const QString& key, const QJsonValue& value)
{
    QJsonObject json = minimal();
    if (value.isUndefined())
        json.remove(key);
    else
        json.insert(key, value);
    return json;
}

} // namespace

class TestLdapSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void minimalSettingsGetTheDocumentedDefaults()
    {
        const auto settings = LdapSettings::fromJson(minimal());
        QVERIFY2(settings, qPrintable(settings ? QString() : settings.error().message));
        QCOMPARE(settings->startTls, false);
        QCOMPARE(settings->verifyCertificate, true);
        QCOMPARE(settings->caFile, QString());
        QCOMPARE(settings->accountContainer, settings->baseDn);
        QCOMPARE(settings->rdnAttribute, QStringLiteral("uid"));
        QCOMPARE(settings->objectClasses, (QStringList{QStringLiteral("top"), QStringLiteral("person"),
                                                       QStringLiteral("organizationalPerson"),
                                                       QStringLiteral("inetOrgPerson")}));
        QCOMPARE(settings->accountFilter, QStringLiteral("(objectClass=inetOrgPerson)"));
        QCOMPARE(settings->disableMethod, LdapDisableMethod::PpolicyLock);
        QCOMPARE(settings->pageSize, 500);
        QCOMPARE(settings->timeoutSeconds, 10);
        QCOMPARE(settings->hostPort(), QStringLiteral("127.0.0.1:3899"));
    }

    void everySettingSurvivesJson()
    {
        QJsonObject json = minimal();
        json.insert(QStringLiteral("url"), QStringLiteral("ldaps://dir.example.test:1636"));
        json.insert(QStringLiteral("caFile"), QStringLiteral("/etc/tenure/ca.pem"));
        json.insert(QStringLiteral("verifyCertificate"), false);
        json.insert(QStringLiteral("accountContainer"), QStringLiteral("ou=New,dc=example,dc=test"));
        json.insert(QStringLiteral("rdnAttribute"), QStringLiteral("cn"));
        json.insert(QStringLiteral("objectClasses"), QJsonArray{QStringLiteral("top"), QStringLiteral("inetOrgPerson")});
        json.insert(QStringLiteral("accountFilter"), QStringLiteral("(&(objectClass=inetOrgPerson)(employeeNumber=*))"));
        json.insert(QStringLiteral("disableMethod"), QStringLiteral("none"));
        json.insert(QStringLiteral("pageSize"), 100);
        json.insert(QStringLiteral("timeoutSeconds"), 30);
        const auto first = LdapSettings::fromJson(json);
        QVERIFY(first);
        const auto second = LdapSettings::fromJson(first->toJson());
        QVERIFY(second);
        QCOMPARE(second->toJson(), first->toJson());
        QCOMPARE(second->disableMethod, LdapDisableMethod::None);
        QCOMPARE(second->accountContainer, QStringLiteral("ou=New,dc=example,dc=test"));
        QCOMPARE(second->hostPort(), QStringLiteral("dir.example.test:1636"));
        QCOMPARE(second->usesTls(), true);
    }

    void portsDefaultByScheme_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("hostPort");
        QTest::newRow("ldap") << QStringLiteral("ldap://dir.example.test") << QStringLiteral("dir.example.test:389");
        QTest::newRow("ldaps") << QStringLiteral("ldaps://dir.example.test/") << QStringLiteral("dir.example.test:636");
        QTest::newRow("ipv6") << QStringLiteral("ldap://[::1]:3890") << QStringLiteral("[::1]:3890");
    }
    void portsDefaultByScheme()
    {
        QFETCH(QString, url);
        QFETCH(QString, hostPort);
        const auto settings = LdapSettings::fromJson(minimalWith(QStringLiteral("url"), url));
        QVERIFY(settings);
        QCOMPARE(settings->hostPort(), hostPort);
    }

    void invalidSettingNamesTheField_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("field");
        const QJsonValue absent(QJsonValue::Undefined);
        QTest::newRow("url missing") << minimalWith(QStringLiteral("url"), absent) << QStringLiteral("url");
        QTest::newRow("url http") << minimalWith(QStringLiteral("url"), QStringLiteral("http://x:80")) << QStringLiteral("url");
        QTest::newRow("url no host") << minimalWith(QStringLiteral("url"), QStringLiteral("ldap://")) << QStringLiteral("url");
        QTest::newRow("url with path") << minimalWith(QStringLiteral("url"), QStringLiteral("ldap://h/dc=x")) << QStringLiteral("url");
        QTest::newRow("url not a string") << minimalWith(QStringLiteral("url"), 389) << QStringLiteral("url");
        QJsonObject tlsTwice = minimalWith(QStringLiteral("url"), QStringLiteral("ldaps://h:636"));
        tlsTwice.insert(QStringLiteral("startTls"), true);
        QTest::newRow("startTls with ldaps") << tlsTwice << QStringLiteral("startTls");
        QTest::newRow("startTls not bool") << minimalWith(QStringLiteral("startTls"), QStringLiteral("yes")) << QStringLiteral("startTls");
        QTest::newRow("verifyCertificate not bool") << minimalWith(QStringLiteral("verifyCertificate"), 0) << QStringLiteral("verifyCertificate");
        QTest::newRow("caFile not string") << minimalWith(QStringLiteral("caFile"), true) << QStringLiteral("caFile");
        QTest::newRow("bindDn missing") << minimalWith(QStringLiteral("bindDn"), absent) << QStringLiteral("bindDn");
        QTest::newRow("bindDn blank") << minimalWith(QStringLiteral("bindDn"), QStringLiteral("  ")) << QStringLiteral("bindDn");
        QTest::newRow("bindDn not a DN") << minimalWith(QStringLiteral("bindDn"), QStringLiteral("admin")) << QStringLiteral("bindDn");
        QTest::newRow("baseDn missing") << minimalWith(QStringLiteral("baseDn"), absent) << QStringLiteral("baseDn");
        QTest::newRow("baseDn not a DN") << minimalWith(QStringLiteral("baseDn"), QStringLiteral("dc=a,,dc=b")) << QStringLiteral("baseDn");
        QTest::newRow("accountContainer not a DN") << minimalWith(QStringLiteral("accountContainer"), QStringLiteral("=x")) << QStringLiteral("accountContainer");
        QTest::newRow("rdnAttribute with space") << minimalWith(QStringLiteral("rdnAttribute"), QStringLiteral("u id")) << QStringLiteral("rdnAttribute");
        QTest::newRow("objectClasses string") << minimalWith(QStringLiteral("objectClasses"), QStringLiteral("top")) << QStringLiteral("objectClasses");
        QTest::newRow("objectClasses empty") << minimalWith(QStringLiteral("objectClasses"), QJsonArray()) << QStringLiteral("objectClasses");
        QTest::newRow("objectClasses number") << minimalWith(QStringLiteral("objectClasses"), QJsonArray{1}) << QStringLiteral("objectClasses");
        QTest::newRow("accountFilter bare") << minimalWith(QStringLiteral("accountFilter"), QStringLiteral("objectClass=person")) << QStringLiteral("accountFilter");
        QTest::newRow("accountFilter unbalanced") << minimalWith(QStringLiteral("accountFilter"), QStringLiteral("(a=b))(")) << QStringLiteral("accountFilter");
        QTest::newRow("accountFilter two filters") << minimalWith(QStringLiteral("accountFilter"), QStringLiteral("(a=b)(c=d)")) << QStringLiteral("accountFilter");
        QTest::newRow("disableMethod unknown") << minimalWith(QStringLiteral("disableMethod"), QStringLiteral("delete")) << QStringLiteral("disableMethod");
        QTest::newRow("pageSize zero") << minimalWith(QStringLiteral("pageSize"), 0) << QStringLiteral("pageSize");
        QTest::newRow("pageSize fraction") << minimalWith(QStringLiteral("pageSize"), 1.5) << QStringLiteral("pageSize");
        QTest::newRow("pageSize string") << minimalWith(QStringLiteral("pageSize"), QStringLiteral("500")) << QStringLiteral("pageSize");
        QTest::newRow("timeoutSeconds negative") << minimalWith(QStringLiteral("timeoutSeconds"), -1) << QStringLiteral("timeoutSeconds");
        QTest::newRow("key in wrong case") << minimalWith(QStringLiteral("basedn"), QStringLiteral("dc=x")) << QStringLiteral("baseDn");
    }
    void invalidSettingNamesTheField()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, field);
        const auto settings = LdapSettings::fromJson(json);
        QVERIFY(!settings);
        QCOMPARE(settings.error().code, ErrorCode::InvalidInput);
        QCOMPARE(settings.error().context.attribute, field);
        QVERIFY2(settings.error().message.contains(QLatin1Char('"') + field + QLatin1Char('"')),
                 qPrintable(settings.error().message));
    }

    void activeDirectoryGetsItsOwnDefaults()
    {
        QJsonObject json = minimalWith(QStringLiteral("directoryType"), QStringLiteral("activeDirectory"));
        json.insert(QStringLiteral("url"), QStringLiteral("ldaps://dc1:636"));
        const auto settings = LdapSettings::fromJson(json);
        QVERIFY2(settings, qPrintable(settings ? QString() : settings.error().message));
        QVERIFY(settings->isActiveDirectory());
        QCOMPARE(settings->rdnAttribute, QStringLiteral("cn"));
        QCOMPARE(settings->disableMethod, LdapDisableMethod::UserAccountControl);
        QCOMPARE(settings->pageSize, 1000);
        QVERIFY(settings->objectClasses.contains(QStringLiteral("user")));
        QVERIFY(settings->accountFilter.contains(QStringLiteral("objectCategory=person")));
        QVERIFY(settings->setInitialPassword);
        QVERIFY(settings->forcePasswordChange);
        const auto again = LdapSettings::fromJson(settings->toJson());
        QVERIFY(again);
        QCOMPARE(again->toJson(), settings->toJson());
    }

    void activeDirectorySettingsAreChecked_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("field");
        QJsonObject ad = minimalWith(QStringLiteral("directoryType"), QStringLiteral("activeDirectory"));
        ad.insert(QStringLiteral("url"), QStringLiteral("ldaps://dc1:636"));
        const auto with = [](QJsonObject json, const QString& key, const QJsonValue& value) {
            json.insert(key, value);
            return json;
        };
        QTest::newRow("unknown type") << minimalWith(QStringLiteral("directoryType"), QStringLiteral("novell"))
                                      << QStringLiteral("directoryType");
        QTest::newRow("page over MaxPageSize") << with(ad, QStringLiteral("pageSize"), 5000) << QStringLiteral("pageSize");
        QTest::newRow("password over plain ldap") << with(ad, QStringLiteral("url"), QStringLiteral("ldap://dc1"))
                                                  << QStringLiteral("setInitialPassword");
        QTest::newRow("ppolicy on AD") << with(ad, QStringLiteral("disableMethod"), QStringLiteral("ppolicy-lock"))
                                       << QStringLiteral("disableMethod");
        QTest::newRow("userAccountControl on OpenLDAP")
            << minimalWith(QStringLiteral("disableMethod"), QStringLiteral("userAccountControl")) << QStringLiteral("disableMethod");
        QTest::newRow("password on OpenLDAP") << minimalWith(QStringLiteral("setInitialPassword"), true)
                                              << QStringLiteral("setInitialPassword");
    }

    void activeDirectorySettingsAreChecked() { invalidSettingNamesTheField(); }

    void escapedParenthesesDoNotUnbalanceTheFilter()
    {
        const auto settings = LdapSettings::fromJson(
            minimalWith(QStringLiteral("accountFilter"), QStringLiteral("(cn=a\\29b)")));
        QVERIFY(settings);
    }
};

QTEST_GUILESS_MAIN(TestLdapSettings)
#include "tst_ldapsettings.moc"
