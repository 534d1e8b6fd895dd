#include "httpclient.h"

#include "httperror.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QThread>
#include <QThreadStorage>
#include <QTimer>

#include <cstring>

#include <spdlog/spdlog.h>

namespace Tenure::Connectors::Net {
namespace {

using Models::ErrorCode;
using Clock = std::chrono::steady_clock;
using namespace std::chrono;

// One manager per thread and trust configuration: a QNetworkAccessManager must live in the
// thread that uses it, and keeping it for the thread's life keeps its TLS sessions and keep-alive
// connections. Per trust configuration because the manager reuses an open connection without
// looking at the request's QSslConfiguration: a client trusting only the system store must never
// ride on a connection another client verified against its own caFile.
struct ThreadManagers {
    QHash<QString, QNetworkAccessManager*> byTrust;
    ~ThreadManagers() { qDeleteAll(byTrust); }   // QThreadStorage deletes us in the ending thread
};

QNetworkAccessManager& threadManager(const QString& caFile)
{
    static QThreadStorage<ThreadManagers*> managers;
    if (!managers.hasLocalData())
        managers.setLocalData(new ThreadManagers);
    QNetworkAccessManager*& manager = managers.localData()->byTrust[caFile];
    if (!manager)
        manager = new QNetworkAccessManager;
    return *manager;
}

// The body of a request that must not be sent twice. Qt silently resends a request whose
// keep-alive connection closed before the answer; it can only do that if it can rewind the body.
// This device cannot be rewound, so Qt reports the loss (ContentReSendError) instead, and the
// caller, who knows how to check what happened, decides.
class OneShotBody : public QIODevice {
public:
    explicit OneShotBody(QByteArray data, QObject* parent) : QIODevice(parent), m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_position + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_position);
        std::memcpy(data, m_data.constData() + m_position, size_t(n));
        m_position += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

bool onGuiThread()
{
    const QCoreApplication* app = QCoreApplication::instance();
    return app && app->inherits("QGuiApplication") && QThread::currentThread() == app->thread();
}

QString hostOf(const QUrl& url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

QString actionOf(const HttpRequest& request)
{
    return request.what.isEmpty() ? QStringLiteral("%1 %2").arg(QString::fromLatin1(request.method), request.url.path())
                                  : request.what;
}

} // namespace

Models::Result<HttpClient> HttpClient::create(HttpClientOptions options)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!options.caFile.isEmpty()) {
        if (!QFile::exists(options.caFile))
            return Models::fail(ErrorCode::InvalidInput,
                                QStringLiteral("The CA file %1 does not exist").arg(options.caFile));
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(options.caFile, QSsl::Pem);
        if (cas.isEmpty())
            return Models::fail(ErrorCode::InvalidInput,
                                QStringLiteral("The CA file %1 holds no PEM certificate").arg(options.caFile));
        tls.setCaCertificates(cas);
    }
    return HttpClient(std::move(options), std::move(tls));
}

HttpClient::HttpClient(HttpClientOptions options, QSslConfiguration tls)
    : m_options(std::move(options)), m_tls(std::move(tls)),
      m_pause(std::make_shared<RateLimiter>(RateLimiter::Config{1e9, 1e9}))
{
}

Models::Result<HttpResponse> HttpClient::sendOnce(const HttpRequest& request, const Models::CancelToken& cancel) const
{
    const QString action = actionOf(request);
    if (onGuiThread())
        return Models::fail(ErrorCode::Internal,
                            QStringLiteral("%1: network calls must not be made from the GUI thread").arg(action));
    if (cancel.isCancelled())
        return Models::fail(ErrorCode::Cancelled, QStringLiteral("%1 was cancelled").arg(action));

    QNetworkRequest networkRequest(request.url);
    networkRequest.setSslConfiguration(m_tls);
    // Never follow a redirect on our own: it could carry the Authorization header elsewhere.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setTransferTimeout(int(m_options.timeout.count()));
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, m_options.userAgent);
    for (const auto& [name, value] : request.headers)
        networkRequest.setRawHeader(name, value);

    QElapsedTimer elapsed;
    elapsed.start();
    QNetworkAccessManager& manager = threadManager(m_options.caFile);
    QNetworkReply* reply = nullptr;
    if (request.isIdempotent() || request.body.isEmpty()) {
        reply = manager.sendCustomRequest(networkRequest, request.method, request.body);
    } else {
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto* body = new OneShotBody(request.body, nullptr);
        reply = manager.sendCustomRequest(networkRequest, request.method, body);
        body->setParent(reply);
    }

    QEventLoop loop;
    bool cancelled = false;
    bool timedOut = false;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer poll;   // the cancel token is a flag, not a signal: look at it often
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancel.isCancelled()) {
            cancelled = true;
            reply->abort();
        } else if (elapsed.elapsed() > 4 * m_options.timeout.count()) {
            timedOut = true;
            reply->abort();
        }
    });
    poll.start();
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    poll.stop();

    const QNetworkReply::NetworkError networkError = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    HttpResponse response;
    response.status = status;
    response.headers = reply->rawHeaderPairs();
    response.body = reply->readAll();
    const QString errorString = reply->errorString();
    reply->deleteLater();

    spdlog::debug("HTTP {} {}{} -> {} ({} ms)", request.method.constData(), hostOf(request.url).toStdString(),
                  request.url.path().toStdString(), status, elapsed.elapsed());

    if (cancelled)
        return Models::fail(ErrorCode::Cancelled, QStringLiteral("%1 was cancelled").arg(action));
    if (status == 0 || (networkError != QNetworkReply::NoError && networkError < QNetworkReply::ContentAccessDenied)) {
        // No HTTP status: the failure happened below HTTP (connection, TLS, timeout).
        if (timedOut || networkError == QNetworkReply::OperationCanceledError || networkError == QNetworkReply::TimeoutError) {
            Models::Error error = Models::makeError(
                ErrorCode::Unavailable,
                QStringLiteral("%1 failed: %2 did not answer in time").arg(action, hostOf(request.url)), errorString);
            error.retryable = true;
            return std::unexpected(std::move(error));
        }
        return std::unexpected(errorFromNetwork(networkError, errorString, hostOf(request.url), action));
    }
    return response;
}

Models::Result<HttpResponse> HttpClient::send(const HttpRequest& request, const Models::CancelToken& cancel,
                                              double cost) const
{
    const RetryPolicy& policy = m_options.retry;
    RateLimiter& pacer = m_options.limiter ? *m_options.limiter : *m_pause;
    int failures = 0;      // 5xx and network errors
    int throttled = 0;     // 429 / 503 with Retry-After
    int attempts = 0;
    bool tokenRefreshed = false;

    for (;;) {
        if (!pacer.acquire(m_options.limiter ? cost : 0.0, cancel))
            return Models::fail(ErrorCode::Cancelled, QStringLiteral("%1 was cancelled").arg(actionOf(request)));

        HttpRequest attempt = request;
        QString token;
        if (m_options.auth) {
            auto fetched = m_options.auth->accessToken(cancel);
            if (!fetched)
                return std::unexpected(fetched.error());
            token = std::move(*fetched);
            attempt.setHeader("Authorization", "Bearer " + token.toLatin1());
        } else if (!m_options.authorization.isEmpty()) {
            attempt.setHeader("Authorization", m_options.authorization);
        }
        ++attempts;
        auto result = sendOnce(attempt, cancel);
        const auto received = Clock::now();

        if (!result) {
            const bool retry = result.error().retryable && request.isIdempotent() && ++failures < policy.maxAttempts;
            if (!retry)
                return result;
            spdlog::info("HTTP {} {}: {}; retrying", request.method.constData(), request.url.path().toStdString(),
                         result.error().detail.toStdString());
            if (!sleepUntil(received + policy.backoff(failures), cancel))
                return Models::fail(ErrorCode::Cancelled, QStringLiteral("%1 was cancelled").arg(actionOf(request)));
            continue;
        }

        HttpResponse& response = *result;
        response.attempts = attempts;
        if (response.status == 401 && m_options.auth && !tokenRefreshed) {
            // The token may have been revoked or expired early: one fresh token, one more try.
            m_options.auth->invalidate(token);
            tokenRefreshed = true;
            continue;
        }

        const QByteArray retryAfterHeader = response.header("Retry-After");
        const bool refused = response.status == 429 || (response.status == 503 && !retryAfterHeader.isEmpty());
        if (refused) {
            if (++throttled > policy.maxThrottled)
                return result;
            const auto retryAfter = parseRetryAfter(retryAfterHeader, response.header("Date"));
            const milliseconds wait = retryAfter ? *retryAfter : policy.backoff(throttled);
            if (wait > policy.maxRetryAfter)
                return result;
            // The server throttles the app, not this request: hold back everyone sharing the limiter.
            pacer.pauseUntil(received + wait);
            spdlog::info("HTTP {} {}: {} with Retry-After {} ms (x-ms-throttle-scope: {})", request.method.constData(),
                         request.url.path().toStdString(), response.status, wait.count(),
                         response.header("x-ms-throttle-scope").toStdString());
            if (!sleepUntil(received + wait, cancel))
                return Models::fail(ErrorCode::Cancelled, QStringLiteral("%1 was cancelled").arg(actionOf(request)));
            continue;
        }
        if (isRetryableStatus(response.status) && request.isIdempotent() && ++failures < policy.maxAttempts) {
            if (!sleepUntil(received + policy.backoff(failures), cancel))
                return Models::fail(ErrorCode::Cancelled, QStringLiteral("%1 was cancelled").arg(actionOf(request)));
            continue;
        }
        return result;
    }
}

Models::Result<HttpResponse> HttpClient::sendChecked(const HttpRequest& request, const QString& action,
                                                     const Models::CancelToken& cancel, double cost) const
{
    auto response = send(request, cancel, cost);
    if (!response)
        return response;
    if (!response->isSuccess())
        return std::unexpected(errorFromResponse(*response, action));
    return response;
}

Models::Result<QJsonObject> HttpClient::sendForJson(const HttpRequest& request, const QString& action,
                                                    const Models::CancelToken& cancel, double cost) const
{
    auto response = sendChecked(request, action, cancel, cost);
    if (!response)
        return std::unexpected(response.error());
    if (response->status == 204 || response->body.trimmed().isEmpty())
        return QJsonObject();
    return response->jsonObject();
}

} // namespace Tenure::Connectors::Net
