#include "connectors/directory/scim/scimattributepath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Tenure::Connectors;
using Tenure::Models::AttributeValue;

namespace {

const QString enterprise = QString::fromLatin1(ScimEnterpriseUserSchema);

QJsonObject user()
{
    return QJsonDocument::fromJson("{\n"
"        \"schemas\": [\"urn:ietf:params:scim:schemas:core:2.0:User\",\n"
"                    \"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"],\n"
"        \"id\": \"u1\", \"userName\": \"ann\", \"active\": false,\n"
"        \"Name\": {\"givenName\": \"Ann\", \"familyName\": \"Lee\"},\n"
"        \"emails\": [{\"type\": \"home\", \"value\": \"ann@home.test\"},\n"
"                   {\"type\": \"Work\", \"value\": \"ann@work.test\", \"primary\": true}],\n"
"        \"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\": {\n"
"            \"employeeNumber\": \"1001\", \"manager\": {\"value\": \"m-7\"}}\n"
"    }").object();
}

} // namespace

class TestScimAttributePath : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesTheDocumentedForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<QString>("sub");
        QTest::addColumn<QString>("filterAttribute");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("simple") << "userName" << "" << "userName" << "" << "" << "userName";
        QTest::newRow("sub") << "name.givenName" << "" << "name" << "givenName" << "" << "name.givenName";
        QTest::newRow("filtered") << "emails[type eq \"work\"].value" << "" << "emails" << "value" << "type"
                                  << "emails[type eq \"work\"].value";
        QTest::newRow("filter-spacing-and-case") << "emails[ type EQ \"work\" ].value" << "" << "emails" << "value"
                                                 << "type" << "emails[type eq \"work\"].value";
        QTest::newRow("boolean-filter") << "emails[primary eq true].value" << "" << "emails" << "value" << "primary"
                                        << "emails[primary eq true].value";
        QTest::newRow("escaped-filter-value") << "emails[type eq \"a\\\"b\"].value" << "" << "emails" << "value"
                                              << "type" << "emails[type eq \"a\\\"b\"].value";
        QTest::newRow("extension") << enterprise + ":employeeNumber" << enterprise << "employeeNumber" << ""
                                   << "" << enterprise + ":employeeNumber";
        QTest::newRow("extension-sub") << enterprise + ":manager.value" << enterprise << "manager" << "value" << ""
                                       << enterprise + ":manager.value";
        QTest::newRow("core-urn-dropped") << "urn:ietf:params:scim:schemas:core:2.0:User:userName" << "" << "userName"
                                          << "" << "" << "userName";
        QTest::newRow("ref") << "manager.$ref" << "" << "manager" << "$ref" << "" << "manager.$ref";
    }
    void parsesTheDocumentedForms()
    {
        QFETCH(QString, text);
        QFETCH(QString, schema);
        QFETCH(QString, attribute);
        QFETCH(QString, sub);
        QFETCH(QString, filterAttribute);
        QFETCH(QString, canonical);
        auto path = ScimAttributePath::parse(text);
        QVERIFY2(path, path ? "" : qPrintable(path.error().message));
        QCOMPARE(path->schema(), schema);
        QCOMPARE(path->attribute(), attribute);
        QCOMPARE(path->subAttribute(), sub);
        QCOMPARE(path->filterAttribute(), filterAttribute);
        QCOMPARE(path->toString(), canonical);
    }

    void refusesWhatItCannotWrite_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("two-levels") << "name.givenName.first";
        QTest::newRow("filter-without-sub") << "emails[type eq \"work\"]";
        QTest::newRow("other-operator") << "emails[type co \"w\"].value";
        QTest::newRow("logical-filter") << "emails[type eq \"work\" and primary eq true].value";
        QTest::newRow("unquoted-string") << "emails[type eq work].value";
        QTest::newRow("bad-name") << "1userName";
        QTest::newRow("space") << "user Name";
        QTest::newRow("bare-urn") << "urn:x";
    }
    void refusesWhatItCannotWrite()
    {
        QFETCH(QString, text);
        auto path = ScimAttributePath::parse(text);
        QVERIFY(!path);
        QCOMPARE(path.error().code, Tenure::Models::ErrorCode::InvalidInput);
        QVERIFY(path.error().message.contains(QStringLiteral("SCIM attribute path")));
    }

    void readsValuesFromAUser_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("value");
        QTest::newRow("simple") << "userName" << QStringList{"ann"};
        QTest::newRow("boolean") << "active" << QStringList{"false"};
        QTest::newRow("case-insensitive-name") << "name.GIVENNAME" << QStringList{"Ann"};
        QTest::newRow("filter-case-insensitive") << "emails[type eq \"work\"].value" << QStringList{"ann@work.test"};
        QTest::newRow("boolean-filter") << "emails[primary eq true].value" << QStringList{"ann@work.test"};
        QTest::newRow("no-match") << "emails[type eq \"other\"].value" << QStringList{};
        QTest::newRow("all-values") << "emails.value" << QStringList{"ann@home.test", "ann@work.test"};
        QTest::newRow("extension") << enterprise + ":employeeNumber" << QStringList{"1001"};
        QTest::newRow("extension-sub") << enterprise + ":manager.value" << QStringList{"m-7"};
        QTest::newRow("absent") << "title" << QStringList{};
    }
    void readsValuesFromAUser()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, value);
        QCOMPARE(ScimAttributePath::parse(text)->read(user()), value);
    }

    void writesAndReadsBack_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("value");
        QTest::newRow("simple") << "title" << QStringList{"Engineer"};
        QTest::newRow("sub-new-complex") << "addresses.locality" << QStringList{"Oslo"};
        QTest::newRow("sub-existing") << "name.familyName" << QStringList{"O'Neil"};
        QTest::newRow("filter-existing") << "emails[type eq \"work\"].value" << QStringList{"new@work.test"};
        QTest::newRow("filter-new-value") << "phoneNumbers[type eq \"mobile\"].value" << QStringList{"+47 1"};
        QTest::newRow("extension-new") << enterprise + ":department" << QStringList{"R&D"};
        QTest::newRow("extension-sub") << enterprise + ":manager.value" << QStringList{"m-9"};
        QTest::newRow("boolean") << "active" << QStringList{"true"};
    }
    void writesAndReadsBack()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, value);
        const auto path = ScimAttributePath::parse(text);
        QJsonObject resource = user();
        path->write(resource, value);
        QCOMPARE(path->read(resource), value);
        path->write(resource, {});
        QCOMPARE(path->read(resource), QStringList{});
    }

    void booleansAreWrittenAsJsonBooleans()
    {
        QJsonObject resource;
        ScimAttributePath::parse(QStringLiteral("active"))->write(resource, {QStringLiteral("false")});
        QCOMPARE(resource.value(QStringLiteral("active")), QJsonValue(false));
    }

    void filteredWriteKeepsOtherValuesAndAddsTheSelector()
    {
        QJsonObject resource = user();
        ScimAttributePath::parse(QStringLiteral("phoneNumbers[type eq \"mobile\"].value"))->write(resource, {"+1"});
        QCOMPARE(resource.value(QStringLiteral("phoneNumbers")).toArray(),
                 (QJsonArray{QJsonObject{{"type", "mobile"}, {"value", "+1"}}}));
        ScimAttributePath::parse(QStringLiteral("emails[type eq \"work\"].value"))->write(resource, {});
        const QJsonArray emails = resource.value(QStringLiteral("emails")).toArray();
        QCOMPARE(emails.size(), 1);   // the work address removed as a whole, the home one kept
        QCOMPARE(emails.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("home"));
    }

    void extensionSchemaIsListedOnlyWhileUsed()
    {
        QJsonObject resource{{"schemas", QJsonArray{QString::fromLatin1(ScimCoreUserSchema)}}};
        const auto employeeNumber = ScimAttributePath::parse(enterprise + QStringLiteral(":employeeNumber"));
        employeeNumber->write(resource, {QStringLiteral("42")});
        QVERIFY(resource.value(QStringLiteral("schemas")).toArray().contains(enterprise));
        QCOMPARE(resource.value(enterprise).toObject().value(QStringLiteral("employeeNumber")).toString(),
                 QStringLiteral("42"));
        employeeNumber->write(resource, {});
        QVERIFY(!resource.value(QStringLiteral("schemas")).toArray().contains(enterprise));
        QVERIFY(!resource.contains(enterprise));
    }
};

QTEST_APPLESS_MAIN(TestScimAttributePath)
#include "tst_scimattributepath.moc"
