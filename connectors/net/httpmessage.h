#pragma once

#include "models/domain/result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrl>

#include <optional>

namespace Tenure::Connectors::Net {

using Header = QPair<QByteArray, QByteArray>;

// One HTTP request as HttpClient sends it.
struct HttpRequest {
    QByteArray method = "GET";
    QUrl url;
    QList<Header> headers;        // never put an Authorization header here: HttpClient adds it
    QByteArray body;
    // Whether sending it twice does no harm. Default: by method (GET, HEAD, PUT, DELETE,
    // OPTIONS are idempotent, RFC 9110 §9.2.2). Only idempotent requests are retried after a
    // 5xx or a network error, where the server may already have carried them out; 429 (and a
    // 503 with Retry-After) means the server refused the request unprocessed, so those are
    // retried for every method.
    std::optional<bool> idempotent;
    // Label for diagnostics ("create user"); the URL's query is never logged.
    QString what;

    [[nodiscard]] bool isIdempotent() const;
    // Sets a header, replacing one of the same name (case-insensitive).
    void setHeader(const QByteArray& name, const QByteArray& value);

    [[nodiscard]] static HttpRequest get(const QUrl& url);
    // `method` with a JSON body and Content-Type: application/json.
    [[nodiscard]] static HttpRequest json(const QByteArray& method, const QUrl& url, const QJsonObject& body,
                                          const QByteArray& contentType = "application/json");
    // POST application/x-www-form-urlencoded (the OAuth 2.0 token endpoint).
    [[nodiscard]] static HttpRequest form(const QUrl& url, const QList<QPair<QString, QString>>& fields);
};

struct HttpResponse {
    int status = 0;
    QList<Header> headers;
    QByteArray body;
    int attempts = 1;             // how many times the request was sent

    [[nodiscard]] bool isSuccess() const { return status >= 200 && status < 300; }
    // Case-insensitive (RFC 9110 §5.1); empty if absent.
    [[nodiscard]] QByteArray header(const QByteArray& name) const;
    // The body as a JSON object; an error (Rejected, with the body's start in detail) if it is not one.
    [[nodiscard]] Models::Result<QJsonObject> jsonObject() const;
};

} // namespace Tenure::Connectors::Net
