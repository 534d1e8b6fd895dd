#include "connectors/directory/scim/scimresource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Tenure::Connectors;
using Tenure::Models::AttributeChange;

namespace {

AttributeChange change(const QString& attribute, const QStringList& before, const QStringList& after)
{
    return AttributeChange{attribute, before, after, QStringLiteral("test")};
}

QJsonArray operationsOf(const QJsonObject& patch)
{
    return patch.value(QStringLiteral("Operations")).toArray();
}

QJsonObject op(const QString& kind, const QString& path, const QJsonValue& value = QJsonValue::Undefined)
{
    QJsonObject json{{"op", kind}, {"path", path}};
    if (!value.isUndefined())
        json.insert(QStringLiteral("value"), value);
    return json;
}

const QString enterprise = QString::fromLatin1(ScimEnterpriseUserSchema);
const QString managerValue = enterprise + QStringLiteral(":manager.value");
const QString employeeNumber = QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber");

} // namespace

class TestScimResource : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createBodyCarriesSchemasAndActive()
    {
        auto body = scimCreateBody({change("userName", {}, {"ann"}), change("name.givenName", {}, {"Ann"}),
                                    change(employeeNumber, {}, {"1001"}), change("emails[type eq \"work\"].value", {}, {"a@x.test"})});
        QVERIFY(body);
        QCOMPARE(body->value("schemas").toArray(),
                 (QJsonArray{QString::fromLatin1(ScimCoreUserSchema), QString::fromLatin1(ScimEnterpriseUserSchema)}));
        QCOMPARE(body->value("active"), QJsonValue(true));
        QCOMPARE(body->value("name").toObject().value("givenName").toString(), QStringLiteral("Ann"));
        QCOMPARE(body->value("emails").toArray(), (QJsonArray{QJsonObject{{"type", "work"}, {"value", "a@x.test"}}}));
        QCOMPARE(scimCreateBody({change("userName", {}, {"ann"})}, false)->value("active"), QJsonValue(false));
    }

    // RFC 7644 §3.5.2: remove for a value gone, add where there was none (a new element where a
    // filter matches none, a sub-attribute merged into its complex attribute), replace otherwise.
    void patchOperationsFollowRfc7644()
    {
        auto patch = scimPatchBody({change("title", {"Clerk"}, {"Lead"}),
                                    change("name.givenName", {}, {"Bo"}),
                                    change("nickName", {"B"}, {}),
                                    change("emails[type eq \"work\"].value", {}, {"b@x.test"}),
                                    change("phoneNumbers[type eq \"mobile\"].value", {"1"}, {}),
                                    change("emails[type eq \"home\"].value", {"h@x.test"}, {"h2@x.test"}),
                                    change(employeeNumber, {"1"}, {"2"}),
                                    change(managerValue, {}, {"m-1"}),
                                    change("displayName", {}, {"Bo B"})},
                                   false);
        QVERIFY(patch);
        QCOMPARE(patch->value("schemas").toArray(), QJsonArray{"urn:ietf:params:scim:api:messages:2.0:PatchOp"});
        const QJsonArray expected{
            op("replace", "title", "Lead"),
            op("add", "name", QJsonObject{{"givenName", "Bo"}}),
            op("remove", "nickName"),
            op("add", "emails", QJsonArray{QJsonObject{{"type", "work"}, {"value", "b@x.test"}}}),
            op("remove", "phoneNumbers[type eq \"mobile\"]"),
            op("replace", "emails[type eq \"home\"].value", "h2@x.test"),
            op("replace", employeeNumber, "2"),
            op("add", enterprise + ":manager", QJsonObject{{"value", "m-1"}}),
            op("add", "displayName", "Bo B"),
            op("replace", "active", false),
        };
        QCOMPARE(operationsOf(*patch), expected);
    }

    void nothingToPatchIsEmpty()
    {
        QVERIFY(scimPatchBody({change("nickName", {}, {})}, std::nullopt)->isEmpty());
    }

    void replaceBodyStartsFromTheCurrentResource()
    {
        const QJsonObject current = QJsonDocument::fromJson("{\"schemas\": [\"urn:ietf:params:scim:schemas:core:2.0:User\"],\n"
"            \"id\": \"u1\", \"userName\": \"ann\", \"title\": \"Clerk\", \"nickName\": \"A\", \"active\": true,\n"
"            \"meta\": {\"version\": \"W/\\\"3\\\"\"}}").object();
        auto body = scimReplaceBody(current, {change("title", {"Clerk"}, {"Lead"}), change("nickName", {"A"}, {})}, false);
        QVERIFY(body);
        QCOMPARE(body->value("userName").toString(), QStringLiteral("ann"));   // kept: PUT replaces everything
        QCOMPARE(body->value("title").toString(), QStringLiteral("Lead"));
        QVERIFY(!body->contains("nickName"));
        QVERIFY(!body->contains("meta"));
        QCOMPARE(body->value("active"), QJsonValue(false));
    }

    void accountReadsMappedNamesAndActive()
    {
        const QJsonObject user = QJsonDocument::fromJson("{\"id\": \"u1\", \"userName\": \"ann\", \"active\": false,\n"
"            \"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\": {\"employeeNumber\": \"7\"}}").object();
        auto attributes = scimAttributes({"userName", employeeNumber, "title"});
        QVERIFY(attributes);
        const auto account = scimAccount(user, *attributes);
        QCOMPARE(account.id, QStringLiteral("u1"));
        QVERIFY(!account.enabled);
        QCOMPARE(account.attributes.value("userName"), QStringList{"ann"});
        QCOMPARE(account.attributes.value(employeeNumber), QStringList{"7"});
        QVERIFY(!account.attributes.contains("title"));
        QVERIFY(scimAccount(QJsonObject{{"id", "u2"}}, *attributes).enabled);   // no active: enabled
        QVERIFY(!scimAttributes({"userName", "bad name"}));
    }
};

QTEST_APPLESS_MAIN(TestScimResource)
#include "tst_scimresource.moc"
