#include "httperror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Tenure::Connectors::Net {

using Models::ErrorCode;

ServerError parseServerError(const QByteArray& body)
{
    ServerError result;
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonValue error = root.value(QLatin1String("error"));
    if (error.isObject()) {                       // Microsoft Graph
        const QJsonObject graph = error.toObject();
        result.code = graph.value(QLatin1String("code")).toString();
        result.message = graph.value(QLatin1String("message")).toString();
        const QJsonObject inner = graph.value(QLatin1String("innerError")).toObject();
        result.requestId = inner.value(QLatin1String("request-id")).toString();
        result.date = inner.value(QLatin1String("date")).toString();
    } else if (error.isString()) {                // OAuth 2.0 token endpoint
        result.code = error.toString();
        result.message = root.value(QLatin1String("error_description")).toString();
        result.requestId = root.value(QLatin1String("trace_id")).toString();
        result.date = root.value(QLatin1String("timestamp")).toString();
    } else if (root.contains(QLatin1String("detail")) || root.contains(QLatin1String("scimType"))) {   // SCIM
        result.code = root.value(QLatin1String("scimType")).toString();
        result.message = root.value(QLatin1String("detail")).toString();
    }
    return result;
}

Models::Error errorFromResponse(const HttpResponse& response, const QString& action)
{
    const ServerError server = parseServerError(response.body);
    const int status = response.status;

    ErrorCode code = ErrorCode::Rejected;
    QString advice;
    bool retryable = false;
    if (status == 401) {
        code = ErrorCode::Authentication;
        advice = QStringLiteral("the credentials were refused; check the client id and secret or certificate");
    } else if (status == 403) {
        code = ErrorCode::Authentication;
        advice = QStringLiteral("the application lacks a permission; grant it and give admin consent");
    } else if (status == 404 || status == 410) {
        code = ErrorCode::NotFound;
        advice = QStringLiteral("the object does not exist");
    } else if (status == 409 || status == 412) {
        code = ErrorCode::Conflict;
        advice = QStringLiteral("it conflicts with what the server holds");
    } else if (status == 408 || status == 429 || status >= 500) {
        code = ErrorCode::Unavailable;
        retryable = true;
        advice = status == 429 ? QStringLiteral("the server is throttling; the run can be resumed later")
                               : QStringLiteral("the server is unavailable; try again later");
    } else {
        advice = QStringLiteral("the server refused it");
    }

    QString message = QStringLiteral("%1 failed: %2").arg(action, advice);
    if (!server.message.isEmpty())
        message += QStringLiteral(" (%1)").arg(server.message);

    QStringList detail{QStringLiteral("HTTP %1").arg(status)};
    if (!server.code.isEmpty())
        detail.append(server.code);
    if (!server.message.isEmpty())
        detail.append(server.message);
    if (!server.requestId.isEmpty())
        detail.append(QStringLiteral("request-id %1").arg(server.requestId));
    if (!server.date.isEmpty())
        detail.append(QStringLiteral("date %1").arg(server.date));
    if (server.code.isEmpty() && server.message.isEmpty() && !response.body.isEmpty())
        detail.append(QString::fromUtf8(response.body.left(200)).simplified());

    Models::Error error = Models::makeError(code, message, detail.join(QStringLiteral("; ")));
    error.retryable = retryable;
    return error;
}

Models::Error errorFromNetwork(QNetworkReply::NetworkError error, const QString& errorString, const QString& host,
                               const QString& action)
{
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        return Models::makeError(ErrorCode::Tls,
                                 QStringLiteral("%1 failed: the certificate of %2 could not be verified; check the "
                                                "server name and the trusted CA (caFile)").arg(action, host),
                                 errorString);
    case QNetworkReply::OperationCanceledError:
        return Models::makeError(ErrorCode::Cancelled, QStringLiteral("%1 was cancelled").arg(action), errorString);
    default:
        break;
    }
    Models::Error result = Models::makeError(
        ErrorCode::Unavailable,
        QStringLiteral("%1 failed: %2 could not be reached; check the address and the network").arg(action, host),
        errorString);
    result.retryable = true;
    return result;
}

} // namespace Tenure::Connectors::Net
