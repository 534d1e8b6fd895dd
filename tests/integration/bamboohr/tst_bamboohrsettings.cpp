// BambooHR settings as the Tenants page and the CLI store them: every bad value is refused with a
// message naming its key.
#include "connectors/hr/bamboohr/bamboohrclient.h"
#include "connectors/hr/bamboohr/bamboohrsettings.h"

#include <QJsonArray>
#include <QTest>

using namespace Tenure;
using Connectors::BambooHrSettings;

namespace {

QJsonObject valid()
{
    return {{QStringLiteral("companyDomain"), QStringLiteral("acme")}};
}

QJsonObject with(QJsonObject json, const QString& key, const QJsonValue& value)
{
    json.insert(key, value);
    return json;
}

} // namespace

class TestBambooHrSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theDefaultsAreTheDocumentedOnes()
    {
        auto s = BambooHrSettings::fromJson(valid());
        QVERIFY2(s, s ? "" : qPrintable(s.error().describe()));
        QCOMPARE(s->gateway(QStringLiteral("employees/directory")).toString(),
                 QStringLiteral("https://api.bamboohr.com/api/gateway.php/acme/v1/employees/directory"));
        QCOMPARE(s->fullRead, BambooHrSettings::FullRead::Report);
        QCOMPARE(s->workerIdField, QStringLiteral("id"));
        QVERIFY(s->fields.contains(QStringLiteral("terminationDate")));
        QCOMPARE(s->records.statusValues, (QStringList{QStringLiteral("Active"), QStringLiteral("Inactive")}));
        // The API key is the user name; BambooHR ignores the password.
        QCOMPARE(QByteArray::fromBase64(BambooHrSettings::basicAuthorization(QStringLiteral("k3y")).mid(6)), QByteArray("k3y:x"));
        auto again = BambooHrSettings::fromJson(s->toJson());
        QVERIFY(again);
        QCOMPARE(again->toJson(), s->toJson());
    }

    void theWorkerIdIsAlwaysAskedFor()
    {
        auto s = BambooHrSettings::fromJson(with(with(valid(), QStringLiteral("fields"), QJsonArray{"firstName", "lastName"}),
                                                 QStringLiteral("workerIdField"), QStringLiteral("employeeNumber")));
        QVERIFY(s);
        QCOMPARE(s->fields, (QStringList{"employeeNumber", "firstName", "lastName"}));
    }

    void badSettingsAreRefusedNamingTheKey_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("says");
        QTest::newRow("no company domain") << QJsonObject() << "companyDomain" << "is required";
        QTest::newRow("host for domain") << with(valid(), "companyDomain", "acme.bamboohr.com") << "companyDomain"
                                         << "subdomain alone";
        QTest::newRow("plain http") << with(valid(), "apiUrl", "http://api.bamboohr.com") << "apiUrl" << "https://";
        QTest::newRow("unknown full read") << with(valid(), "fullRead", "everything") << "fullRead" << "report";
        QTest::newRow("no fields") << with(valid(), "fields", QJsonArray()) << "fields" << "at least one";
        QTest::newRow("directory by number") << with(with(valid(), "fullRead", "directory"), "workerIdField", "employeeNumber")
                                             << "workerIdField" << "no other key";
        QTest::newRow("timeout") << with(valid(), "timeoutSeconds", 0) << "timeoutSeconds" << "from 1 to 600";
    }

    void badSettingsAreRefusedNamingTheKey()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, key);
        QFETCH(QString, says);
        auto s = BambooHrSettings::fromJson(json);
        QVERIFY(!s);
        QCOMPARE(s.error().code, Models::ErrorCode::InvalidInput);
        QCOMPARE(s.error().context.attribute, key);
        QVERIFY2(s.error().message.contains(says), qPrintable(s.error().message));
    }

    void errorsQuoteTheReasonBambooHrGivesInItsHeader()
    {
        Connectors::Net::HttpResponse response;
        response.status = 403;
        response.headers.append(Connectors::Net::Header("X-BambooHR-Error-Message", "Access to the field 'ssn' is not allowed"));
        const auto error = Connectors::BambooHrClient::errorFromResponse(response, QStringLiteral("Reading employees"));
        QCOMPARE(error.code, Models::ErrorCode::Authentication);
        QVERIFY(error.message.startsWith(QStringLiteral("Reading employees failed:")));
        QVERIFY(error.message.contains(QStringLiteral("Access to the field 'ssn' is not allowed")));
        response.status = 503;
        QVERIFY(Connectors::BambooHrClient::errorFromResponse(response, QStringLiteral("x")).retryable);
    }
};

QTEST_GUILESS_MAIN(TestBambooHrSettings)
#include "tst_bamboohrsettings.moc"
