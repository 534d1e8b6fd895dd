#include "httpmessage.h"

#include <QByteArrayList>

namespace Tenure::Connectors::Net {

bool HttpRequest::isIdempotent() const
{
    if (idempotent)
        return *idempotent;
    const QByteArray m = method.toUpper();
    return m == "GET" || m == "HEAD" || m == "PUT" || m == "DELETE" || m == "OPTIONS";
}

void HttpRequest::setHeader(const QByteArray& name, const QByteArray& value)
{
    headers.removeIf([&](const Header& header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
    headers.append(Header(name, value));
}

HttpRequest HttpRequest::get(const QUrl& url)
{
    HttpRequest request;
    request.url = url;
    request.setHeader("Accept", "application/json");
    return request;
}

HttpRequest HttpRequest::json(const QByteArray& method, const QUrl& url, const QJsonObject& body,
                              const QByteArray& contentType)
{
    HttpRequest request;
    request.method = method;
    request.url = url;
    request.setHeader("Content-Type", contentType);
    request.setHeader("Accept", "application/json");
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

HttpRequest HttpRequest::form(const QUrl& url, const QList<QPair<QString, QString>>& fields)
{
    // Encoded by hand: QUrlQuery leaves '+' alone, which a form decoder reads as a space, and a
    // client secret may well contain '+' (application/x-www-form-urlencoded, HTML §4.10.21.7).
    QByteArrayList pairs;
    for (const auto& [name, value] : fields)
        pairs.append(QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value));
    HttpRequest request;
    request.method = "POST";
    request.url = url;
    request.setHeader("Content-Type", "application/x-www-form-urlencoded");
    request.setHeader("Accept", "application/json");
    request.body = pairs.join('&');
    return request;
}

QByteArray HttpResponse::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

Models::Result<QJsonObject> HttpResponse::jsonObject() const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Models::fail(Models::ErrorCode::Rejected,
                            QStringLiteral("The server answered with something that is not a JSON object"),
                            QStringLiteral("HTTP %1: %2").arg(status).arg(QString::fromUtf8(body.left(200))));
    return document.object();
}

} // namespace Tenure::Connectors::Net
