#include "scimerrors.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace Tenure::Connectors {
namespace {

using Models::ErrorCode;

// RFC 7644 §3.12, Table 9, in the words of someone running a sync.
QString explainScimType(const QString& scimType)
{
    static const QHash<QString, QString> explained{
        {QStringLiteral("uniqueness"),
         QStringLiteral("another user at the service already has this userName or externalId, which must be unique")},
        {QStringLiteral("mutability"),
         QStringLiteral("the service does not allow this attribute to be changed (it is read-only or immutable)")},
        {QStringLiteral("invalidFilter"), QStringLiteral("the service could not read the search filter")},
        {QStringLiteral("tooMany"), QStringLiteral("the search matched more users than the service returns at once")},
        {QStringLiteral("invalidSyntax"), QStringLiteral("the service could not read the request")},
        {QStringLiteral("invalidPath"),
         QStringLiteral("an attribute in the mapping is not one this service knows; check the attribute names")},
        {QStringLiteral("noTarget"), QStringLiteral("the attribute to change has no value the service could find")},
        {QStringLiteral("invalidValue"),
         QStringLiteral("a value is missing or not valid for its attribute (a required attribute such as userName "
                        "may be empty)")},
        {QStringLiteral("invalidVers"), QStringLiteral("the service does not speak this SCIM version")},
        {QStringLiteral("sensitive"), QStringLiteral("the service refused sensitive data in the request's address")},
    };
    return explained.value(scimType);
}

QString explainStatus(int status)
{
    switch (status) {
    case 400: return QStringLiteral("the service refused the request as invalid");
    case 401: return QStringLiteral("the service refused the bearer token; check the token set for this directory "
                                    "on the Tenants page");
    case 403: return QStringLiteral("the token is not allowed to do this at the service");
    case 404: return QStringLiteral("the service has no such user (it may have been deleted there)");
    case 409: return QStringLiteral("the change conflicts with what the service holds");
    case 412: return QStringLiteral("the user was changed at the service after the preview read it; preview again "
                                    "and run the new plan");
    case 413: return QStringLiteral("the request is larger than the service accepts");
    case 429: return QStringLiteral("the service is throttling requests; the run can be resumed later");
    case 501: return QStringLiteral("the service does not implement this operation");
    default:
        if (status >= 500)
            return QStringLiteral("the service failed (HTTP %1); try again later").arg(status);
        return QStringLiteral("the service refused the request (HTTP %1)").arg(status);
    }
}

ErrorCode codeFor(int status)
{
    if (status == 401 || status == 403)
        return ErrorCode::Authentication;
    if (status == 404)
        return ErrorCode::NotFound;
    if (status == 409 || status == 412)
        return ErrorCode::Conflict;
    if (status == 408 || status == 429 || (status >= 500 && status != 501))
        return ErrorCode::Unavailable;
    return ErrorCode::Rejected;
}

} // namespace

ScimErrorBody ScimErrorBody::parse(const QByteArray& body)
{
    ScimErrorBody error;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    // status is a string in RFC 7644 §3.12; some services send a number.
    const QJsonValue status = json.value(QStringLiteral("status"));
    error.status = status.isString() ? status.toString().toInt() : status.toInt();
    error.scimType = json.value(QStringLiteral("scimType")).toString();
    error.detail = json.value(QStringLiteral("detail")).toString().trimmed();
    return error;
}

Models::Error scimError(int status, const QByteArray& body, const QString& action)
{
    const ScimErrorBody parsed = ScimErrorBody::parse(body);
    // A 412 is always the ETag precondition (RFC 7644 §3.14), whatever scimType says.
    QString why = status == 412 ? QString() : explainScimType(parsed.scimType);
    if (why.isEmpty())
        why = explainStatus(status);
    QString message = QStringLiteral("%1 failed: %2.").arg(action, why);
    if (!parsed.detail.isEmpty())
        message += QStringLiteral(" The service said: \"%1\"").arg(parsed.detail);
    QString detail = QStringLiteral("HTTP %1").arg(status);
    if (!parsed.scimType.isEmpty())
        detail += QLatin1Char(' ') + parsed.scimType;
    detail += QStringLiteral(": ") + (parsed.detail.isEmpty() ? QString::fromUtf8(body.left(500)) : parsed.detail);
    auto error = Models::makeError(codeFor(status), message, detail);
    error.retryable = error.code == ErrorCode::Unavailable;
    return error;
}

} // namespace Tenure::Connectors
