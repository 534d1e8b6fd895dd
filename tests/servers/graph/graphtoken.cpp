// The identity platform's token endpoint for the client credentials grant
// (learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow) and the bearer
// check Graph applies to every other call.

#include "graphstate.h"

#include "connectors/net/clientassertion.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

namespace Tenure::Tests::Graph {
namespace {

// The identity platform's error shape (RFC 6749 §5.2 plus Entra's error_codes, trace_id, …).
GraphResponse tokenError(int status, const QString& error, int aadsts, const QString& description)
{
    const QString trace = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return GraphResponse::json(
        status, {{QStringLiteral("error"), error},
                 {QStringLiteral("error_description"),
                  QStringLiteral("AADSTS%1: %2 Trace ID: %3").arg(aadsts).arg(description, trace)},
                 {QStringLiteral("error_codes"), QJsonArray{aadsts}},
                 {QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                 {QStringLiteral("trace_id"), trace},
                 {QStringLiteral("correlation_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)}});
}

QString formValue(const QUrlQuery& form, const char* name)
{
    // Form values arrive percent-encoded, '+' for a space (application/x-www-form-urlencoded).
    QString raw = form.queryItemValue(QLatin1String(name), QUrl::FullyEncoded);
    raw.replace(QLatin1Char('+'), QLatin1Char(' '));
    return QUrl::fromPercentEncoding(raw.toLatin1());
}

} // namespace

GraphResponse handleToken(GraphState& state, const GraphRequest& request)
{
    const GraphServiceOptions& options = state.options;
    const QString tenant = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts).value(0);
    if (request.method != "POST")
        return tokenError(405, QStringLiteral("invalid_request"), 900561,
                          QStringLiteral("The endpoint only accepts POST requests."));
    if (tenant != options.tenantId)
        return tokenError(400, QStringLiteral("invalid_request"), 90002,
                          QStringLiteral("Tenant '%1' not found.").arg(tenant));
    if (!request.header("Content-Type").startsWith("application/x-www-form-urlencoded"))
        return tokenError(400, QStringLiteral("invalid_request"), 900144,
                          QStringLiteral("The request body must contain the following parameter: 'grant_type'."));

    const QUrlQuery form(QString::fromLatin1(request.body));
    if (formValue(form, "grant_type") != QLatin1String("client_credentials"))
        return tokenError(400, QStringLiteral("unsupported_grant_type"), 70003,
                          QStringLiteral("The app requested an unsupported grant type."));
    const QString clientId = formValue(form, "client_id");
    if (clientId != options.clientId)
        return tokenError(400, QStringLiteral("unauthorized_client"), 700016,
                          QStringLiteral("Application with identifier '%1' was not found in the directory.").arg(clientId));
    if (formValue(form, "scope") != QLatin1String("https://graph.microsoft.com/.default"))
        return tokenError(400, QStringLiteral("invalid_scope"), 1002012,
                          QStringLiteral("The provided value for scope is not valid. Client credential flows must "
                                         "have a scope value with /.default suffixed to the resource identifier."));

    const QString secret = formValue(form, "client_secret");
    const QString assertion = formValue(form, "client_assertion");
    if (!assertion.isEmpty()) {
        if (formValue(form, "client_assertion_type") != QLatin1String("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"))
            return tokenError(400, QStringLiteral("invalid_request"), 50027, QStringLiteral("Invalid client assertion type."));
        auto claims = Connectors::Net::verifyClientAssertion(assertion.toLatin1(), options.clientCertificatePem);
        if (!claims)
            return tokenError(401, QStringLiteral("invalid_client"), 700027,
                              QStringLiteral("Client assertion failed signature validation."));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        if (claims->value(QLatin1String("iss")).toString() != clientId
            || claims->value(QLatin1String("sub")).toString() != clientId
            || claims->value(QLatin1String("exp")).toInteger() < now)
            return tokenError(401, QStringLiteral("invalid_client"), 700024,
                              QStringLiteral("Client assertion is not within its valid time range or names another client."));
    } else if (secret.isEmpty()) {
        return tokenError(401, QStringLiteral("invalid_client"), 7000218,
                          QStringLiteral("The request body must contain the following parameter: 'client_assertion' or 'client_secret'."));
    } else if (secret != options.clientSecret) {
        return tokenError(401, QStringLiteral("invalid_client"), 7000215,
                          QStringLiteral("Invalid client secret provided. Ensure the secret being sent in the request "
                                         "is the client secret value, not the client secret ID, for a secret added to "
                                         "app '%1'.").arg(clientId));
    }

    QByteArray random(32, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(random.data()), 8);
    const QString token = QString::fromLatin1("eyJ0eXAiOiJKV1Qi." + random.toBase64(QByteArray::Base64UrlEncoding));
    state.tokens.insert(token, QDateTime::currentDateTimeUtc().addSecs(options.tokenLifetimeSeconds));
    ++state.tokensIssued;
    return GraphResponse::json(200, {{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                     {QStringLiteral("expires_in"), options.tokenLifetimeSeconds},
                                     {QStringLiteral("ext_expires_in"), options.tokenLifetimeSeconds},
                                     {QStringLiteral("access_token"), token}});
}

std::optional<GraphResponse> checkBearer(GraphState& state, const GraphRequest& request)
{
    const QByteArray authorization = request.header("Authorization");
    if (!authorization.startsWith("Bearer ") || authorization.size() <= 7)
        return GraphResponse::error(401, QStringLiteral("InvalidAuthenticationToken"), QStringLiteral("Access token is empty."));
    const auto it = state.tokens.constFind(QString::fromLatin1(authorization.mid(7)));
    if (it == state.tokens.cend() || *it <= QDateTime::currentDateTimeUtc())
        return GraphResponse::error(401, QStringLiteral("InvalidAuthenticationToken"),
                                    QStringLiteral("Access token has expired or is not yet valid."));
    return std::nullopt;
}

} // namespace Tenure::Tests::Graph
