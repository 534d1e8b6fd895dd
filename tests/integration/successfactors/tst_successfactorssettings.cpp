// SuccessFactors settings as the Tenants page and the CLI store them, and the JSONPath attributes are
// selected by: every bad value is refused with a message naming its key.
#include "connectors/hr/successfactors/jsonpath.h"
#include "connectors/hr/successfactors/odatav2.h"
#include "connectors/hr/successfactors/successfactorssettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Tenure;
using Connectors::JsonPath;
using Connectors::SuccessFactorsSettings;

namespace {

QJsonObject valid()
{
    return {{QStringLiteral("apiUrl"), QStringLiteral("https://api4.successfactors.com/")},
            {QStringLiteral("companyId"), QStringLiteral("ACME")},
            {QStringLiteral("username"), QStringLiteral("tenure_api")}};
}

QJsonObject with(QJsonObject json, const QString& key, const QJsonValue& value)
{
    json.insert(key, value);
    return json;
}

} // namespace

class TestSuccessFactorsSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theDefaultsAreTheDocumentedOnes()
    {
        auto s = SuccessFactorsSettings::fromJson(valid());
        QVERIFY2(s, s ? "" : qPrintable(s.error().describe()));
        QCOMPARE(s->apiUrl, QUrl(QStringLiteral("https://api4.successfactors.com")));
        QCOMPARE(s->pageSize, 100);
        QCOMPARE(s->workerIdAttribute, QStringLiteral("personIdExternal"));
        QCOMPARE(s->records.statusField, QStringLiteral("emplStatus"));
        QVERIFY(s->records.required.contains(QStringLiteral("lastName")));
        QCOMPARE(s->odata(QStringLiteral("PerPerson")).toString(),
                 QStringLiteral("https://api4.successfactors.com/odata/v2/PerPerson"));
        QVERIFY(s->expand().contains(QStringLiteral("employmentNav/jobInfoNav")));
        // Basic authentication sends user@company and the password.
        QCOMPARE(QByteArray::fromBase64(s->basicAuthorization(QStringLiteral("p:w")).mid(6)), QByteArray("tenure_api@ACME:p:w"));
        // What toJson writes, fromJson reads back the same.
        auto again = SuccessFactorsSettings::fromJson(s->toJson());
        QVERIFY(again);
        QCOMPARE(again->toJson(), s->toJson());
    }

    void attributesCanBeAddedReplacedAndDropped()
    {
        auto s = SuccessFactorsSettings::fromJson(
            with(valid(), QStringLiteral("attributes"),
                 QJsonObject{{QStringLiteral("costCenter"), QStringLiteral("$.employmentNav.results[0].jobInfoNav.results[0].costCenter")},
                             {QStringLiteral("email"), QStringLiteral("$.emailNav.results[?(@.emailType == '8448')].emailAddress")},
                             {QStringLiteral("countryOfCompany"), QString()}}));
        QVERIFY2(s, s ? "" : qPrintable(s.error().describe()));
        const auto paths = s->attributePaths();
        QVERIFY(paths.contains(QStringLiteral("costCenter")));
        QVERIFY(paths.value(QStringLiteral("email")).contains(QStringLiteral("8448")));
        QVERIFY(!paths.contains(QStringLiteral("countryOfCompany")));
    }

    void badSettingsAreRefusedNamingTheKey_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("says");
        QJsonObject noUrl = valid();
        noUrl.remove(QStringLiteral("apiUrl"));
        QTest::newRow("no apiUrl") << noUrl << "apiUrl" << "is required";
        QTest::newRow("plain http") << with(valid(), "apiUrl", "http://api4.successfactors.com") << "apiUrl" << "https://";
        QJsonObject noCompany = valid();
        noCompany.remove(QStringLiteral("companyId"));
        QTest::newRow("no companyId") << noCompany << "companyId" << "is required";
        QTest::newRow("user with company") << with(valid(), "username", "api@ACME") << "username" << "companyId";
        QTest::newRow("SAML bearer") << with(valid(), "authentication", "saml-bearer") << "authentication"
                                     << "SAML bearer";
        QTest::newRow("page too big") << with(valid(), "pageSize", 5000) << "pageSize" << "from 1 to 1000";
        QTest::newRow("bad asOfDate") << with(valid(), "asOfDate", "16/06/2025") << "asOfDate" << "yyyy-MM-dd";
        QTest::newRow("bad JSONPath") << with(valid(), "attributes", QJsonObject{{"title", "$.employmentNav..jobTitle"}})
                                      << "attributes.title" << "recursive descent";
        QTest::newRow("unknown worker id attribute") << with(valid(), "workerIdAttribute", "employeeNumber")
                                                     << "workerIdAttribute" << "not one of the attributes";
        QTest::newRow("records half set") << with(valid(), "records", QJsonObject{{"statusField", "emplStatus"}})
                                          << "records.statusValues" << "go together";
    }

    void badSettingsAreRefusedNamingTheKey()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, key);
        QFETCH(QString, says);
        auto s = SuccessFactorsSettings::fromJson(json);
        QVERIFY(!s);
        QCOMPARE(s.error().code, Models::ErrorCode::InvalidInput);
        QCOMPARE(s.error().context.attribute, key);
        QVERIFY2(s.error().message.contains(says), qPrintable(s.error().message));
    }

    void jsonPathSelectsWhatTheConnectorDocumentationShows_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("values");
        QTest::newRow("member chain") << "$.employmentNav.results[0].userId" << QStringList{"u1"};
        QTest::newRow("bracket names") << "$['employmentNav']['results'][0]['userId']" << QStringList{"u1"};
        QTest::newRow("filter on a boolean") << "$.emailNav.results[?(@.isPrimary == true)].emailAddress"
                                             << QStringList{"work@acme.test"};
        QTest::newRow("filter on text") << "$.emailNav.results[?(@.emailType == '8449')].emailAddress"
                                        << QStringList{"home@acme.test"};
        QTest::newRow("filter not equal") << "$.emailNav.results[?(@.isPrimary != true)].emailType"
                                          << QStringList{"8449"};
        QTest::newRow("filter by existence") << "$.emailNav.results[?(@.note)].emailType" << QStringList{"8448"};
        QTest::newRow("wildcard") << "$.emailNav.results[*].emailType" << QStringList{"8448", "8449"};
        QTest::newRow("index past the end") << "$.employmentNav.results[3].userId" << QStringList{};
        QTest::newRow("missing member") << "$.personalInfoNav.results[0].firstName" << QStringList{};
    }

    void jsonPathSelectsWhatTheConnectorDocumentationShows()
    {
        QFETCH(QString, path);
        QFETCH(QStringList, values);
        const QJsonObject person = QJsonDocument::fromJson(
            "{\"employmentNav\": {\"results\": [{\"userId\": \"u1\"}]},"
            " \"emailNav\": {\"results\": [{\"emailType\": \"8448\", \"isPrimary\": true, \"note\": \"x\","
            " \"emailAddress\": \"work@acme.test\"},"
            " {\"emailType\": \"8449\", \"isPrimary\": false, \"emailAddress\": \"home@acme.test\"}]}}")
                                       .object();
        auto compiled = JsonPath::parse(path);
        QVERIFY2(compiled, compiled ? "" : qPrintable(compiled.error().message));
        QStringList selected;
        for (const auto& value : compiled->select(person))
            selected.append(value.toString());
        QCOMPARE(selected, values);
    }

    void odataDatesReadAsCalendarDaysOrInstants()
    {
        using namespace Connectors::ODataV2;
        QCOMPARE(dateText(*parseDate(QStringLiteral("/Date(1420070400000)/"))), QStringLiteral("2015-01-01"));
        QCOMPARE(dateText(*parseDate(QStringLiteral("/Date(1589472000000+0060)/"))), QStringLiteral("2020-05-14T16:00:00Z"));
        QVERIFY(!parseDate(QStringLiteral("/Date(2025-01-01)/")));
        QVERIFY(!parseDate(QStringLiteral("2015-01-01")));
        QCOMPARE(stringLiteral(QStringLiteral("O'Neil")), QStringLiteral("'O''Neil'"));
        const auto error = parseError(
            "{\"error\":{\"code\":\"COE_PROPERTY_NOT_FOUND\",\"message\":{\"lang\":\"en-US\",\"value\":\"[COE0021]Invalid\"}}}");
        QCOMPARE(error.code, QStringLiteral("COE_PROPERTY_NOT_FOUND"));
        QCOMPARE(error.message, QStringLiteral("[COE0021]Invalid"));
    }
};

QTEST_GUILESS_MAIN(TestSuccessFactorsSettings)
#include "tst_successfactorssettings.moc"
