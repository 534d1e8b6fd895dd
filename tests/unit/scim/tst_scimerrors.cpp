#include "connectors/directory/scim/scimerrors.h"
#include "connectors/directory/scim/scimserviceconfig.h"
#include "connectors/directory/scim/scimsettings.h"

#include <QJsonDocument>
#include <QTest>

using namespace Tenure::Connectors;
using Tenure::Models::ErrorCode;

class TestScimErrors : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void statusAndScimTypeBecomeAClearError_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("says");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("uniqueness")
            << 409 << QByteArray("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"status\":\"409\",\"scimType\":\"uniqueness\",\"detail\":\"userName taken\"}")
            << ErrorCode::Conflict << "must be unique" << false;
        QTest::newRow("etag") << 412 << QByteArray("{\"status\":\"412\",\"detail\":\"version mismatch\"}") << ErrorCode::Conflict
                              << "preview again" << false;
        QTest::newRow("token") << 401 << QByteArray("{\"status\":\"401\",\"detail\":\"Bearer token missing or not valid\"}")
                               << ErrorCode::Authentication << "bearer token" << false;
        QTest::newRow("invalid-value") << 400 << QByteArray("{\"status\":400,\"scimType\":\"invalidValue\",\"detail\":\"Required attribute 'userName' is missing\"}")
                                       << ErrorCode::Rejected << "userName" << false;
        QTest::newRow("not-found") << 404 << QByteArray("{}") << ErrorCode::NotFound << "no such user" << false;
        QTest::newRow("throttled") << 429 << QByteArray() << ErrorCode::Unavailable << "throttling" << true;
        QTest::newRow("server") << 503 << QByteArray("<html>down</html>") << ErrorCode::Unavailable << "try again" << true;
        QTest::newRow("not-implemented") << 501 << QByteArray("{\"status\":\"501\",\"detail\":\"PATCH is not supported\"}")
                                         << ErrorCode::Rejected << "does not implement" << false;
    }
    void statusAndScimTypeBecomeAClearError()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ErrorCode, code);
        QFETCH(QString, says);
        QFETCH(bool, retryable);
        const auto error = scimError(status, body, QStringLiteral("Creating user Ann (W-1)"));
        QCOMPARE(error.code, code);
        QVERIFY2(error.message.startsWith(QStringLiteral("Creating user Ann (W-1) failed: ")), qPrintable(error.message));
        QVERIFY2(error.message.contains(says), qPrintable(error.message));
        QVERIFY(error.detail.startsWith(QStringLiteral("HTTP %1").arg(status)));
        QCOMPARE(error.retryable, retryable);
        const auto parsed = ScimErrorBody::parse(body);
        if (!parsed.detail.isEmpty())
            QVERIFY(error.message.contains(parsed.detail));   // the service's own words are quoted
    }

    void serviceConfigReadsWhatIsSupported()
    {
        const auto config = ScimServiceConfig::fromJson(QJsonDocument::fromJson("{\n"
"            \"patch\": {\"supported\": true}, \"bulk\": {\"supported\": true, \"maxOperations\": 50, \"maxPayloadSize\": 1048576},\n"
"            \"filter\": {\"supported\": true, \"maxResults\": 200}, \"etag\": {\"supported\": false},\n"
"            \"sort\": {\"supported\": false}, \"changePassword\": {\"supported\": false}}").object());
        QVERIFY(config.patch);
        QVERIFY(config.filter);
        QCOMPARE(config.filterMaxResults, 200);
        QVERIFY(config.bulk);
        QCOMPARE(config.bulkMaxOperations, 50);
        QVERIFY(!config.etag);
        QCOMPARE(config.describe(), QStringLiteral("PATCH, filter (max 200), bulk (max 50); no ETags"));
        // Missing members: the cautious reading.
        const auto empty = ScimServiceConfig::fromJson({});
        QVERIFY(!empty.patch && !empty.filter && !empty.etag && !empty.bulk);
    }

    void settingsValidateEveryKey_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("badKey");
        QTest::newRow("ok") << QByteArray("{\"baseUrl\":\"https://app.test/scim/v2/\",\"pageSize\":50,\"patch\":\"never\",\"bulk\":\"never\",\"matchAttribute\":\"username\"}") << "";
        QTest::newRow("no-url") << QByteArray("{}") << "baseUrl";
        QTest::newRow("ldap-url") << QByteArray("{\"baseUrl\":\"ldap://x\"}") << "baseUrl";
        QTest::newRow("page-size") << QByteArray("{\"baseUrl\":\"https://a.test\",\"pageSize\":0}") << "pageSize";
        QTest::newRow("patch") << QByteArray("{\"baseUrl\":\"https://a.test\",\"patch\":\"sometimes\"}") << "patch";
        QTest::newRow("bulk") << QByteArray("{\"baseUrl\":\"https://a.test\",\"bulk\":\"always\"}") << "bulk";
        QTest::newRow("match") << QByteArray("{\"baseUrl\":\"https://a.test\",\"matchAttribute\":\"mail\"}") << "matchAttribute";
    }
    void settingsValidateEveryKey()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, badKey);
        auto settings = ScimSettings::fromJson(QJsonDocument::fromJson(json).object());
        if (badKey.isEmpty()) {
            QVERIFY(settings);
            QCOMPARE(settings->baseUrl.toString(), QStringLiteral("https://app.test/scim/v2"));
            QCOMPARE(settings->pageSize, 50);
            QCOMPARE(settings->patch, ScimPatchMode::Never);
            QCOMPARE(settings->bulk, ScimBulkMode::Never);
            QCOMPARE(settings->matchAttribute, QStringLiteral("userName"));
            QCOMPARE(settings->endpoint(QStringLiteral("Users/a%2Fb")).toString(QUrl::FullyEncoded),
                     QStringLiteral("https://app.test/scim/v2/Users/a%2Fb"));
            QCOMPARE(ScimSettings::fromJson(settings->toJson())->toJson(), settings->toJson());
            return;
        }
        QVERIFY(!settings);
        QCOMPARE(settings.error().context.attribute, badKey);
    }
};

QTEST_APPLESS_MAIN(TestScimErrors)
#include "tst_scimerrors.moc"
