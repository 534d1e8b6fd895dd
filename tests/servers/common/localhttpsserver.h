#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QThread>
#include <QUrlQuery>

#include <functional>

namespace Tenure::Tests {

using HttpHeader = QPair<QByteArray, QByteArray>;

// One HTTP request as a local API server sees it.
struct LocalRequest {
    QByteArray method;
    QString path;            // decoded
    QUrlQuery query;         // keys decoded ("%24filter" is "$filter"); values as sent, decode with queryValue()
    QList<HttpHeader> headers;
    QByteArray body;

    [[nodiscard]] QByteArray header(const QByteArray& name) const;   // case-insensitive; empty if absent
    [[nodiscard]] QString queryValue(const QString& key) const;      // fully decoded ('+' stays '+')
    [[nodiscard]] bool hasQuery(const QString& key) const { return query.hasQueryItem(key); }
};

// The answer, and how the transport may damage it (the faults an HR download meets).
struct LocalResponse {
    enum class Fault {
        None,
        Truncated,        // Content-Length as promised, but the connection closes half way through the body
        DropConnection,   // the connection closes without an answer
    };
    int status = 200;
    QList<HttpHeader> headers;
    QByteArray body;
    Fault fault = Fault::None;

    [[nodiscard]] static LocalResponse json(int status, const QByteArray& body);
    [[nodiscard]] static LocalResponse text(int status, const QByteArray& body);
};

using LocalHandler = std::function<LocalResponse(const LocalRequest&)>;

class LocalHttpServerImpl;

// A local HTTPS server on 127.0.0.1 for the docs-faithful API servers under tests/servers, on its
// own thread so that a blocking client on the caller's thread is answered while it waits. Each
// request goes to `handler` on that thread; the handler must be thread-safe. The certificate is
// a throwaway one made at start() (CN=localhost, SAN 127.0.0.1) unless given; trust it through
// caFile(). QHttpServer is HTTP/1.1 only and its API changes in Qt 6.8: this adapter is the only
// place that knows it.
class LocalHttpsServer {
public:
    explicit LocalHttpsServer(LocalHandler handler);
    ~LocalHttpsServer();
    LocalHttpsServer(const LocalHttpsServer&) = delete;
    LocalHttpsServer& operator=(const LocalHttpsServer&) = delete;

    // port 0: an ephemeral port. certificateFile/keyFile empty: a generated certificate.
    [[nodiscard]] bool start(quint16 port = 0, const QString& certificateFile = {}, const QString& keyFile = {});
    [[nodiscard]] QString errorString() const { return m_error; }

    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString baseUrl() const;    // https://127.0.0.1:<port>
    [[nodiscard]] QString caFile() const { return m_caFile; }

private:
    LocalHandler m_handler;
    QString m_folder;                          // for a generated certificate
    QString m_caFile;
    QThread m_thread;
    QObject* m_anchor = nullptr;               // lives in m_thread, owns the server
    quint16 m_port = 0;
    QString m_error;
};

} // namespace Tenure::Tests
