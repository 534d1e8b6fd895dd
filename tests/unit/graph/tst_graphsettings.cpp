// GraphSettings: each cloud's app-only token asks for that cloud's Graph, and the settings a
// national cloud needs parse as written.
#include "connectors/directory/graph/graphsettings.h"

#include <QTest>

using Tenure::Connectors::GraphSettings;

class TestGraphSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tokenScopeIsTheCloudsOwnGraph_data()
    {
        QTest::addColumn<QString>("graphUrl");
        QTest::addColumn<QString>("scope");
        // learn.microsoft.com/graph/deployments: the Graph service root of each cloud.
        QTest::newRow("global") << "https://graph.microsoft.com/v1.0" << "https://graph.microsoft.com/.default";
        QTest::newRow("US Government L4") << "https://graph.microsoft.us/v1.0" << "https://graph.microsoft.us/.default";
        QTest::newRow("US Government L5 (DoD)") << "https://dod-graph.microsoft.us/v1.0"
                                                << "https://dod-graph.microsoft.us/.default";
        QTest::newRow("China (21Vianet)") << "https://microsoftgraph.chinacloudapi.cn/v1.0"
                                          << "https://microsoftgraph.chinacloudapi.cn/.default";
        QTest::newRow("host in capitals") << "https://Graph.Microsoft.US/v1.0" << "https://graph.microsoft.us/.default";
        // A local server or a proxy stands in for the global service, whose token it expects.
        QTest::newRow("local server") << "https://127.0.0.1:8443/v1.0" << "https://graph.microsoft.com/.default";
    }

    void tokenScopeIsTheCloudsOwnGraph()
    {
        QFETCH(QString, graphUrl);
        QFETCH(QString, scope);
        auto settings = GraphSettings::fromJson({{QStringLiteral("tenantId"), QStringLiteral("contoso.onmicrosoft.us")},
                                                 {QStringLiteral("clientId"), QStringLiteral("9a3d526c-b3c1-4479-ba74-197b5c5751ae")},
                                                 {QStringLiteral("domain"), QStringLiteral("contoso.us")},
                                                 {QStringLiteral("authorityUrl"), QStringLiteral("https://login.microsoftonline.us")},
                                                 {QStringLiteral("graphUrl"), graphUrl}});
        QVERIFY2(settings, settings ? "" : qPrintable(settings.error().describe()));
        QCOMPARE(settings->tokenScope(), scope);
        QCOMPARE(settings->tokenEndpoint().toString(),
                 QStringLiteral("https://login.microsoftonline.us/contoso.onmicrosoft.us/oauth2/v2.0/token"));
    }
};

QTEST_GUILESS_MAIN(TestGraphSettings)
#include "tst_graphsettings.moc"
