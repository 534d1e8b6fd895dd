// SCIM bulk payload files (Entra API-driven inbound provisioning's BulkRequest) as an HR source:
// core, enterprise and custom-namespace attributes; bad operations as per-record errors; a
// truncated or foreign file blocks the read.
#include "connectors/hr/scim/scimbulkfilesource.h"

#include <QTest>

using namespace Tenure;

namespace {

// Microsoft's published bulkUpload example, trimmed to two users
// (learn.microsoft.com/graph/api/synchronization-synchronizationjob-post-bulkupload).
const QByteArray Example = R"({
  "schemas": ["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],
  "Operations": [
    {"method": "POST", "bulkId": "897401c2-2de4-4b87-a97f-c02de3bcfc61", "path": "/Users",
     "data": {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                          "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
                          "urn:ietf:params:scim:schemas:extension:csv:1.0:User"],
              "externalId": "701984", "userName": "bjensen@example.com",
              "name": {"formatted": "Ms. Barbara J Jensen, III", "familyName": "Jensen", "givenName": "Barbara"},
              "displayName": "Babs Jensen", "nickName": "Babs",
              "emails": [{"value": "bjensen@example.com", "type": "work", "primary": true}],
              "addresses": [{"type": "work", "streetAddress": "234300 Hollywood Blvd", "locality": "Hollywood",
                             "postalCode": "91608", "country": "USA"}],
              "phoneNumbers": [{"value": "555-555-5555", "type": "work"}, {"value": "555-555-1111", "type": "mobile"}],
              "userType": "Employee", "title": "Tour Guide", "active": true,
              "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
                  "employeeNumber": "701984", "costCenter": "4130", "organization": "Universal Studios",
                  "division": "Theme Park", "department": "Tour Operations", "manager": {"value": "89607"}},
              "urn:ietf:params:scim:schemas:extension:csv:1.0:User": {"HireDate": "2021-05-01", "title": "Guide II"}}},
    {"method": "POST", "bulkId": "b2", "path": "/Users",
     "data": {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "externalId": "701985",
              "userName": "kjensen@example.com", "active": false}}
  ],
  "failOnErrors": null
})";

Connectors::ScimBulkFileSource source()
{
    return Connectors::ScimBulkFileSource(*Connectors::ScimBulkFileSettings::fromJson({{QStringLiteral("path"), QStringLiteral("bulk.json")}}));
}

} // namespace

class TestScimBulkFileSource : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsCoreEnterpriseAndCustomAttributes()
    {
        const auto snapshot = source().parse(Example, {});
        QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().describe()));
        QCOMPARE(snapshot->errors.size(), 0);
        QCOMPARE(snapshot->workers.size(), 2);
        const auto& a = snapshot->workers.at(0).attributes;
        QCOMPARE(snapshot->workers.at(0).workerId, QStringLiteral("701984"));
        QCOMPARE(snapshot->workers.at(0).sourceLine, 1);
        const QList<QPair<QString, QString>> expected{
            {QStringLiteral("userName"), QStringLiteral("bjensen@example.com")},
            {QStringLiteral("name.givenName"), QStringLiteral("Barbara")},
            {QStringLiteral("emails.work"), QStringLiteral("bjensen@example.com")},
            {QStringLiteral("phoneNumbers.mobile"), QStringLiteral("555-555-1111")},
            {QStringLiteral("addresses.work.locality"), QStringLiteral("Hollywood")},
            {QStringLiteral("active"), QStringLiteral("true")},
            {QStringLiteral("department"), QStringLiteral("Tour Operations")},
            {QStringLiteral("manager"), QStringLiteral("89607")},
            {QStringLiteral("HireDate"), QStringLiteral("2021-05-01")},
            {QStringLiteral("title"), QStringLiteral("Tour Guide")},
            {QStringLiteral("urn:ietf:params:scim:schemas:extension:csv:1.0:User:title"), QStringLiteral("Guide II")},
        };
        for (const auto& [name, value] : expected)
            QCOMPARE(Models::firstValue(a, name), value);
        QCOMPARE(Models::firstValue(snapshot->workers.at(1).attributes, QStringLiteral("active")), QStringLiteral("false"));
    }

    void badOperationsAreErrorsForTheirRecord_data()
    {
        QTest::addColumn<QByteArray>("operation");
        QTest::addColumn<QString>("message");
        QTest::newRow("not POST") << QByteArray(R"({"method": "PATCH", "path": "/Users", "data": {"externalId": "9"}})")
                                  << QStringLiteral("only POST");
        QTest::newRow("not Users") << QByteArray(R"({"method": "POST", "path": "/Groups", "data": {"externalId": "9"}})")
                                   << QStringLiteral("not /Users");
        QTest::newRow("no data") << QByteArray(R"({"method": "POST", "path": "/Users"})") << QStringLiteral("no data");
        QTest::newRow("no core schema")
            << QByteArray(R"({"method": "POST", "path": "/Users", "data": {"schemas": [], "externalId": "9"}})")
            << QStringLiteral("does not list");
        QTest::newRow("no worker id")
            << QByteArray(R"({"method": "POST", "path": "/Users", "data": {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"]}})")
            << QStringLiteral("no worker id");
        QTest::newRow("unlisted extension")
            << QByteArray(R"({"method": "POST", "path": "/Users", "data": {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                 "externalId": "9", "urn:x:custom": {"a": "b"}}})")
            << QStringLiteral("does not list");
        QTest::newRow("duplicate id")
            << QByteArray(R"({"method": "POST", "path": "/Users", "data": {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                 "externalId": "1"}})")
            << QStringLiteral("more than once");
    }
    void badOperationsAreErrorsForTheirRecord()
    {
        QFETCH(QByteArray, operation);
        QFETCH(QString, message);
        const QByteArray good = R"({"method": "POST", "path": "/Users", "data": {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "externalId": "1"}})";
        const auto json = R"({"schemas": ["urn:ietf:params:scim:api:messages:2.0:BulkRequest"], "Operations": [)" + good + "," +
                          operation + "]}";
        const auto snapshot = source().parse(json, {});
        QVERIFY(snapshot);
        QVERIFY(!snapshot->errors.isEmpty());
        const auto& last = snapshot->errors.constLast();
        QCOMPARE(last.line, 2);
        QVERIFY2(last.message.contains(message), qPrintable(last.message));
        if (message != QLatin1String("more than once"))
            QCOMPARE(snapshot->workers.size(), 1);
    }

    void aTruncatedOrForeignFileBlocksTheRead()
    {
        const auto truncated = source().parse(Example.left(Example.size() / 2), {});
        QVERIFY(!truncated);
        QVERIFY2(truncated.error().message.contains(QStringLiteral("cut short")), qPrintable(truncated.error().message));
        const auto foreign = source().parse(R"({"Resources": []})", {});
        QVERIFY(!foreign);
        QVERIFY(foreign.error().message.contains(QStringLiteral("not a SCIM BulkRequest")));
    }

    void settingsErrorsNameTheField()
    {
        const auto settings = Connectors::ScimBulkFileSettings::fromJson({});
        QVERIFY(!settings);
        QCOMPARE(settings.error().context.attribute, QStringLiteral("path"));
    }
};

QTEST_GUILESS_MAIN(TestScimBulkFileSource)
#include "tst_scimbulkfilesource.moc"
