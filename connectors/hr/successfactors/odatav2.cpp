#include "odatav2.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace Tenure::Connectors::ODataV2 {

using Models::ErrorCode;

namespace {

constexpr qint64 MillisecondsPerDay = 86'400'000;

} // namespace

bool looksLikeDate(const QString& text)
{
    return text.startsWith(QLatin1String("/Date("));
}

std::optional<QDateTime> parseDate(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^/Date\\((-?\\d{1,15})([+-]\\d{4})?\\)/$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 milliseconds = match.captured(1).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    const QDateTime instant = QDateTime::fromMSecsSinceEpoch(milliseconds, Qt::UTC);
    if (!instant.isValid())
        return std::nullopt;
    return instant;
}

QString dateText(const QDateTime& value)
{
    const QDateTime utc = value.toUTC();
    if (utc.toMSecsSinceEpoch() % MillisecondsPerDay == 0)
        return utc.date().toString(Qt::ISODate);
    return utc.toString(Qt::ISODate);
}

QString stringLiteral(const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString dateTimeLiteral(const QDate& date)
{
    return QStringLiteral("datetime'%1T00:00:00'").arg(date.toString(Qt::ISODate));
}

QString dateTimeOffsetLiteral(const QDateTime& instant)
{
    return QStringLiteral("datetimeoffset'%1'").arg(instant.toUTC().toString(Qt::ISODate));
}

Error parseError(const QByteArray& body)
{
    Error result;
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    result.code = error.value(QLatin1String("code")).toString();
    const QJsonValue message = error.value(QLatin1String("message"));
    result.message = message.isObject() ? message.toObject().value(QLatin1String("value")).toString() : message.toString();
    return result;
}

Models::Error errorFromResponse(const Net::HttpResponse& response, const QString& action)
{
    const Error server = parseError(response.body);
    const int status = response.status;
    ErrorCode code = ErrorCode::Rejected;
    QString advice = QStringLiteral("SuccessFactors refused it");
    bool retryable = false;
    if (status == 401) {
        code = ErrorCode::Authentication;
        advice = QStringLiteral("the API user (username@companyId) or its password was refused");
    } else if (status == 403) {
        code = ErrorCode::Authentication;
        advice = QStringLiteral("the API user may not do this; check its role-based permissions, the company id and "
                                "that Basic authentication is allowed for the OData API");
    } else if (status == 404) {
        code = ErrorCode::NotFound;
        advice = QStringLiteral("SuccessFactors does not know the address; check the API server URL");
    } else if (status == 429 || status == 408 || status >= 500) {
        code = ErrorCode::Unavailable;
        retryable = true;
        advice = status == 429 ? QStringLiteral("SuccessFactors is throttling the API user; try again later")
                               : QStringLiteral("SuccessFactors is unavailable; try again later");
    }
    QString message = QStringLiteral("%1 failed: %2").arg(action, advice);
    if (!server.message.isEmpty())
        message += QStringLiteral(" (%1)").arg(server.message);
    QStringList detail{QStringLiteral("HTTP %1").arg(status)};
    if (!server.code.isEmpty())
        detail.append(server.code);
    if (server.code.isEmpty() && server.message.isEmpty() && !response.body.isEmpty())
        detail.append(QString::fromUtf8(response.body.left(200)).simplified());
    Models::Error error = Models::makeError(code, message, detail.join(QStringLiteral("; ")));
    error.retryable = retryable;
    return error;
}

Models::Result<QJsonObject> jsonBody(const Net::HttpResponse& response, const QString& what)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Models::fail(ErrorCode::Rejected,
                            QStringLiteral("%1 is not valid JSON (a truncated or damaged download): %2 at byte %3 of %4; "
                                           "nothing is planned from a partial read")
                                .arg(what, parseError.errorString())
                                .arg(parseError.offset)
                                .arg(response.body.size()),
                            QStringLiteral("HTTP %1").arg(response.status));
    if (!document.isObject())
        return Models::fail(ErrorCode::Rejected, QStringLiteral("%1 is JSON but not an object").arg(what),
                            QStringLiteral("HTTP %1").arg(response.status));
    return document.object();
}

} // namespace Tenure::Connectors::ODataV2
