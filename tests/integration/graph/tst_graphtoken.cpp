// The app-only token: cached, refreshed before expiry, by secret or certificate; a refused secret
// is a clear Authentication error; neither secret nor token ever reaches a message or the log;
// certificates are verified.

#include "graphfixture.h"

#include "connectors/net/oauth2clientcredentials.h"

#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <sstream>

using namespace Tenure;
using namespace Tenure::Tests::Graph;

class TestGraphToken : public QObject {
    Q_OBJECT

    std::unique_ptr<GraphFixture> m_fixture;
    std::ostringstream m_log;
    std::shared_ptr<spdlog::logger> m_previous;

    GraphService& service() { return m_fixture->server.service(); }

    Connectors::Net::HttpClient client()
    {
        Connectors::Net::HttpClientOptions options;
        options.caFile = m_fixture->server.caFile();
        return *Connectors::Net::HttpClient::create(options);
    }

    Connectors::Net::OAuth2ClientCredentials::Settings oauth()
    {
        return {QUrl(m_fixture->server.tokenEndpoint()), service().options().clientId,
                QStringLiteral("https://graph.microsoft.com/.default")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Everything the connectors log, at the most verbose level, is captured and searched.
        m_previous = spdlog::default_logger();
        auto logger = std::make_shared<spdlog::logger>("capture", std::make_shared<spdlog::sinks::ostream_sink_mt>(m_log));
        logger->set_level(spdlog::level::trace);
        spdlog::set_default_logger(logger);

        GraphServiceOptions options;
        options.tokenLifetimeSeconds = 3;   // short, so a refresh can be watched
        m_fixture = std::make_unique<GraphFixture>(options);
        QVERIFY2(m_fixture->start(), qPrintable(m_fixture->server.errorString()));
    }

    void tokenIsCachedUntilShortlyBeforeExpiryThenRefreshed()
    {
        Connectors::Net::OAuth2ClientCredentials provider(oauth(), service().options().clientSecret, client());
        const int before = service().tokensIssued();
        const auto first = provider.accessToken(Models::CancelToken());
        QVERIFY2(first, qPrintable(first ? QString() : first.error().describe()));
        const auto second = provider.accessToken(Models::CancelToken());
        QCOMPARE(*second, *first);
        QCOMPARE(service().tokensIssued(), before + 1);

        QTest::qWait(3100);
        const auto third = provider.accessToken(Models::CancelToken());
        QVERIFY(third);
        QVERIFY(*third != *first);
        QCOMPARE(service().tokensIssued(), before + 2);
        QCOMPARE(provider.fetchCount(), 2);
        QVERIFY(m_log.str().find(first->toStdString()) == std::string::npos);
        QVERIFY(m_log.str().find(third->toStdString()) == std::string::npos);
    }

    void refreshMarginIsATenthCappedAtFiveMinutes()
    {
        using Connectors::Net::OAuth2ClientCredentials;
        QCOMPARE(OAuth2ClientCredentials::refreshMarginSeconds(3599), 300);
        QCOMPARE(OAuth2ClientCredentials::refreshMarginSeconds(600), 60);
        QCOMPARE(OAuth2ClientCredentials::refreshMarginSeconds(3), 0);
    }

    void wrongSecretIsAnAuthenticationErrorThatNeverShowsTheSecret()
    {
        const QString wrong = QStringLiteral("Wr0ng~Secret+Value/xyz=");
        auto directory = m_fixture->directory(m_fixture->settings(), wrong);
        const auto result = directory->testConnection();
        QVERIFY(!result);
        QCOMPARE(result.error().code, Models::ErrorCode::Authentication);
        QVERIFY2(result.error().detail.contains(QLatin1String("AADSTS7000215")), qPrintable(result.error().detail));
        QVERIFY(result.error().detail.contains(QLatin1String("invalid_client")));
        for (const QString& text : {result.error().message, result.error().detail, result.error().describe()})
            QVERIFY(!text.contains(wrong));
        QVERIFY(m_log.str().find(wrong.toStdString()) == std::string::npos);
        QVERIFY(m_log.str().find(service().options().clientSecret.toStdString()) == std::string::npos);
    }

    void secretWithFormSpecialCharactersSignsIn()
    {
        // The default secret holds '+', '/', '=' and '~': form encoding must keep them.
        auto directory = m_fixture->directory();
        const auto result = directory->testConnection();
        QVERIFY2(result, qPrintable(result ? QString() : result.error().describe()));
    }

    void certificateCredentialSignsInWithASignedAssertion()
    {
        const auto certificate = Tests::TestCertificate::generate(m_fixture->server.folder(), QStringLiteral("app"));
        QVERIFY(certificate.isValid());
        GraphServiceOptions options;
        options.clientCertificatePem = certificate.certificatePem;
        GraphFixture fixture(options);
        QVERIFY(fixture.start());
        auto settings = fixture.settings();
        settings.credential = Connectors::GraphCredential::Certificate;
        auto directory = fixture.directory(settings, QString::fromLatin1(certificate.certificatePem + certificate.keyPem));
        QVERIFY(directory);
        const auto result = directory->testConnection();
        QVERIFY2(result, qPrintable(result ? QString() : result.error().describe()));
        QCOMPARE(fixture.server.service().tokensIssued(), 1);

        // Another key: the signature does not verify.
        const auto other = Tests::TestCertificate::generate(m_fixture->server.folder(), QStringLiteral("other"));
        auto impostor = fixture.directory(settings, QString::fromLatin1(other.certificatePem + other.keyPem));
        const auto refused = impostor->testConnection();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Models::ErrorCode::Authentication);
        QVERIFY(refused.error().detail.contains(QLatin1String("AADSTS700027")));
        QVERIFY(m_log.str().find(QString::fromLatin1(certificate.keyPem).section(QLatin1Char('\n'), 1, 1).toStdString())
                == std::string::npos);
    }

    void serverCertificateIsVerified()
    {
        auto settings = m_fixture->settings();
        settings.caFile.clear();   // the system store does not know the test CA
        auto directory = m_fixture->directory(settings);
        const auto result = directory->testConnection();
        QVERIFY(!result);
        QCOMPARE(result.error().code, Models::ErrorCode::Tls);
        QVERIFY(!result.error().retryable);
    }

    void unreachableHostIsUnavailableAndRetryable()
    {
        auto settings = m_fixture->settings();
        settings.authorityUrl = QUrl(QStringLiteral("https://127.0.0.1:1"));
        settings.graphUrl = QUrl(QStringLiteral("https://127.0.0.1:1/v1.0"));
        settings.timeoutSeconds = 2;
        auto directory = m_fixture->directory(settings);
        const auto result = directory->testConnection();
        QVERIFY(!result);
        QCOMPARE(result.error().code, Models::ErrorCode::Unavailable);
        QVERIFY(result.error().retryable);
    }

    void cleanupTestCase()
    {
        m_fixture.reset();
        spdlog::set_default_logger(m_previous);
    }
};

QTEST_GUILESS_MAIN(TestGraphToken)
#include "tst_graphtoken.moc"
