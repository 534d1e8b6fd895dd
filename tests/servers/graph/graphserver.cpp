#include "graphserver.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpSocket>

namespace Tenure::Tests::Graph {

// Carries HTTP requests to the GraphService and its answers back, nothing else.
class GraphHttpServer : public QAbstractHttpServer {
public:
    GraphHttpServer(GraphService& service, QString baseUrl) : m_service(service), m_baseUrl(std::move(baseUrl)) {}
    void setBaseUrl(const QString& baseUrl) { m_baseUrl = baseUrl; }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        GraphRequest graphRequest;
        graphRequest.method = methodName(request.method());
        graphRequest.path = request.url().path(QUrl::FullyDecoded);
        // Keys decoded ("%24top" and "$top" are the same parameter); values stay encoded until read.
        for (const auto& [key, value] : QUrlQuery(request.url()).queryItems(QUrl::FullyEncoded))
            graphRequest.query.addQueryItem(QUrl::fromPercentEncoding(key.toLatin1()), value);
        graphRequest.headers = request.headers();
        graphRequest.body = request.body();

        const GraphResponse response = m_service.handle(graphRequest, m_baseUrl);
        if (response.dropConnection) {
            socket->abort();   // the fault: the work is done, the answer never arrives
            return true;
        }
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
        for (const auto& [name, value] : response.headers)
            responder.writeHeader(name, value);
        if (response.status != 204)
            responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
        responder.writeHeader("Date", QLocale::c().toString(QDateTime::currentDateTimeUtc(),
                                                            QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1());
        responder.writeBody(response.body);
        return true;
    }

    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
    }

private:
    static QByteArray methodName(QHttpServerRequest::Method method)
    {
        switch (method) {
        case QHttpServerRequest::Method::Get: return "GET";
        case QHttpServerRequest::Method::Put: return "PUT";
        case QHttpServerRequest::Method::Delete: return "DELETE";
        case QHttpServerRequest::Method::Post: return "POST";
        case QHttpServerRequest::Method::Head: return "HEAD";
        case QHttpServerRequest::Method::Options: return "OPTIONS";
        case QHttpServerRequest::Method::Patch: return "PATCH";
        default: return "UNKNOWN";
        }
    }

    GraphService& m_service;
    QString m_baseUrl;
};

GraphServer::GraphServer(GraphServiceOptions options) : m_service(std::move(options))
{
    m_thread.setObjectName(QStringLiteral("graph-server"));
}

GraphServer::~GraphServer()
{
    if (m_anchor) {
        QMetaObject::invokeMethod(m_anchor, [this] { delete m_anchor; }, Qt::BlockingQueuedConnection);
        m_anchor = nullptr;
        m_server = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
}

bool GraphServer::start()
{
    if (!m_folder.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    m_certificate = TestCertificate::generate(m_folder.path());
    if (!m_certificate.isValid()) {
        m_error = QStringLiteral("openssl could not make a certificate");
        return false;
    }
    m_thread.start();
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        m_anchor,
        [this] {
            m_server = new GraphHttpServer(m_service, {});
            m_server->setParent(m_anchor);
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.setLocalCertificate(QSslCertificate(m_certificate.certificatePem, QSsl::Pem));
            tls.setPrivateKey(QSslKey(m_certificate.keyPem, QSsl::Rsa, QSsl::Pem));
            tls.setPeerVerifyMode(QSslSocket::VerifyNone);   // clients do not present certificates
            m_server->sslSetup(tls);
            m_port = m_server->listen(QHostAddress::LocalHost, 0);
            m_server->setBaseUrl(baseUrl());
        },
        Qt::BlockingQueuedConnection);
    if (m_port == 0)
        m_error = QStringLiteral("could not listen on 127.0.0.1");
    return m_port != 0;
}

QString GraphServer::baseUrl() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(m_port);
}

QString GraphServer::graphUrl() const
{
    return baseUrl() + QStringLiteral("/v1.0");
}

QString GraphServer::tokenEndpoint() const
{
    return baseUrl() + QLatin1Char('/') + m_service.options().tenantId + QStringLiteral("/oauth2/v2.0/token");
}

} // namespace Tenure::Tests::Graph
