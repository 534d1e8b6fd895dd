#include "localhttpsserver.h"

#include "testcertificate.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLocale>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpSocket>
#include <QTemporaryDir>

namespace Tenure::Tests {

QByteArray LocalRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString LocalRequest::queryValue(const QString& key) const
{
    return QUrl::fromPercentEncoding(query.queryItemValue(key, QUrl::FullyEncoded).toLatin1());
}

LocalResponse LocalResponse::json(int status, const QByteArray& body)
{
    LocalResponse response;
    response.status = status;
    response.headers.append(HttpHeader("Content-Type", "application/json;charset=utf-8"));
    response.body = body;
    return response;
}

LocalResponse LocalResponse::text(int status, const QByteArray& body)
{
    LocalResponse response;
    response.status = status;
    response.headers.append(HttpHeader("Content-Type", "text/plain;charset=utf-8"));
    response.body = body;
    return response;
}

// Carries requests to the handler and its answers back, nothing else.
class LocalHttpServerImpl : public QAbstractHttpServer {
public:
    explicit LocalHttpServerImpl(const LocalHandler& handler) : m_handler(handler) {}

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        LocalRequest local;
        local.method = methodName(request.method());
        local.path = request.url().path(QUrl::FullyDecoded);
        for (const auto& [key, value] : QUrlQuery(request.url()).queryItems(QUrl::FullyEncoded))
            local.query.addQueryItem(QUrl::fromPercentEncoding(key.toLatin1()), value);
        local.headers = request.headers();
        local.body = request.body();

        const LocalResponse response = m_handler(local);
        if (response.fault == LocalResponse::Fault::DropConnection) {
            socket->abort();
            return true;
        }
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
        for (const auto& [name, value] : response.headers)
            responder.writeHeader(name, value);
        responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
        responder.writeHeader("Date", QLocale::c()
                                          .toString(QDateTime::currentDateTimeUtc(),
                                                    QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                          .toLatin1());
        if (response.fault == LocalResponse::Fault::Truncated) {
            // The promised length never arrives: the connection ends half way through the body.
            responder.writeBody(response.body.left(response.body.size() / 2));
            socket->disconnectFromHost();
            return true;
        }
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

    const LocalHandler& m_handler;
};

LocalHttpsServer::LocalHttpsServer(LocalHandler handler) : m_handler(std::move(handler))
{
    m_thread.setObjectName(QStringLiteral("local-https-server"));
}

LocalHttpsServer::~LocalHttpsServer()
{
    if (m_anchor) {
        QMetaObject::invokeMethod(m_anchor, [this] { delete m_anchor; }, Qt::BlockingQueuedConnection);
        m_anchor = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
    if (!m_folder.isEmpty())
        QDir(m_folder).removeRecursively();
}

bool LocalHttpsServer::start(quint16 port, const QString& certificateFile, const QString& keyFile)
{
    QByteArray certificatePem;
    QByteArray keyPem;
    if (certificateFile.isEmpty() != keyFile.isEmpty()) {
        m_error = QStringLiteral("give both a certificate and its key, or neither");
        return false;
    }
    if (certificateFile.isEmpty()) {
        QTemporaryDir folder;
        folder.setAutoRemove(false);
        if (!folder.isValid()) {
            m_error = QStringLiteral("no temporary folder for the certificate");
            return false;
        }
        m_folder = folder.path();
        const TestCertificate certificate = TestCertificate::generate(m_folder);
        if (!certificate.isValid()) {
            m_error = QStringLiteral("openssl could not make a certificate");
            return false;
        }
        certificatePem = certificate.certificatePem;
        keyPem = certificate.keyPem;
        m_caFile = certificate.certificateFile;
    } else {
        QFile cert(certificateFile);
        QFile key(keyFile);
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
            m_error = QStringLiteral("cannot read %1 or %2").arg(certificateFile, keyFile);
            return false;
        }
        certificatePem = cert.readAll();
        keyPem = key.readAll();
        m_caFile = certificateFile;
    }
    const QSslCertificate certificate(certificatePem, QSsl::Pem);
    const QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (certificate.isNull() || key.isNull()) {
        m_error = QStringLiteral("the certificate or its RSA key is not PEM");
        return false;
    }

    m_thread.start();
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        m_anchor,
        [&] {
            auto* server = new LocalHttpServerImpl(m_handler);
            server->setParent(m_anchor);
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.setLocalCertificate(certificate);
            tls.setPrivateKey(key);
            tls.setPeerVerifyMode(QSslSocket::VerifyNone);   // clients present no certificate
            server->sslSetup(tls);
            m_port = server->listen(QHostAddress::LocalHost, port);
        },
        Qt::BlockingQueuedConnection);
    if (m_port == 0)
        m_error = QStringLiteral("could not listen on 127.0.0.1:%1").arg(port);
    return m_port != 0;
}

QString LocalHttpsServer::baseUrl() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(m_port);
}

} // namespace Tenure::Tests
