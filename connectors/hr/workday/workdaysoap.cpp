#include "workdaysoap.h"

#include "workdayattributes.h"

#include <spdlog/spdlog.h>

namespace Tenure::Connectors::Workday {
namespace {

using Models::ErrorCode;

const QString Soap = QLatin1String(SoapEnvelopeNamespace);
const QString Wd = QLatin1String(Namespace);
const QString WsseNamespace =
    QStringLiteral("http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd");
const QString PasswordText =
    QStringLiteral("http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText");

Models::Error unavailable(const QString& message, const QString& detail)
{
    Models::Error error = Models::makeError(ErrorCode::Unavailable, message, detail);
    error.retryable = true;
    return error;
}

} // namespace

bool SoapFault::isAuthentication() const
{
    return code.contains(QLatin1String("authentication"), Qt::CaseInsensitive);
}

bool SoapFault::isValidation() const
{
    return code.contains(QLatin1String("validation"), Qt::CaseInsensitive);
}

QString SoapFault::describe() const
{
    QStringList parts{message};
    for (const auto& detail : details) {
        if (!parts.contains(detail))
            parts.append(detail);
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral("; "));
}

const Xml::Element* responseOf(const Xml::Document& document)
{
    const Xml::Element& envelope = document.root();
    if (!envelope.is(Soap, QStringLiteral("Envelope")))
        return nullptr;
    const Xml::Element* body = envelope.child(Soap, QStringLiteral("Body"));
    if (!body || body->children.empty())
        return nullptr;
    return body->children.front().get();
}

std::optional<SoapFault> faultOf(const Xml::Document& document)
{
    const Xml::Element* first = responseOf(document);
    if (!first || !first->is(Soap, QStringLiteral("Fault")))
        return std::nullopt;
    // SOAP 1.1 §4.4: faultcode, faultstring and detail are unqualified children of Fault.
    SoapFault fault;
    fault.code = first->childText({}, QStringLiteral("faultcode")).trimmed();
    fault.message = first->childText({}, QStringLiteral("faultstring")).trimmed();
    if (const Xml::Element* detail = first->child({}, QStringLiteral("detail"))) {
        for (const auto& kind : detail->children) {
            for (const auto& error : kind->children) {
                QString text = error->childText(Wd, QStringLiteral("Detail_Message")).trimmed();
                if (text.isEmpty())
                    text = error->childText(Wd, QStringLiteral("Message")).trimmed();
                if (text.isEmpty())
                    text = error->text.trimmed();
                if (const QString path = error->childText(Wd, QStringLiteral("Xpath")).trimmed(); !path.isEmpty())
                    text += QStringLiteral(" (at %1)").arg(path);
                if (!text.isEmpty())
                    fault.details.append(text);
            }
        }
    }
    return fault;
}

SoapClient::SoapClient(Net::HttpClient http, QUrl serviceUrl, QString userName, QString password)
    : m_http(std::move(http)), m_serviceUrl(std::move(serviceUrl)), m_userName(std::move(userName)),
      m_password(std::move(password))
{
}

QByteArray SoapClient::envelope(const BodyWriter& body) const
{
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.writeStartDocument();
    w.writeNamespace(Soap, QStringLiteral("env"));
    w.writeNamespace(Wd, QStringLiteral("wd"));
    w.writeStartElement(Soap, QStringLiteral("Envelope"));
    w.writeStartElement(Soap, QStringLiteral("Header"));
    w.writeNamespace(WsseNamespace, QStringLiteral("wsse"));
    w.writeStartElement(WsseNamespace, QStringLiteral("Security"));
    w.writeAttribute(Soap, QStringLiteral("mustUnderstand"), QStringLiteral("1"));
    w.writeStartElement(WsseNamespace, QStringLiteral("UsernameToken"));
    w.writeTextElement(WsseNamespace, QStringLiteral("Username"), m_userName);
    w.writeStartElement(WsseNamespace, QStringLiteral("Password"));
    w.writeAttribute(QStringLiteral("Type"), PasswordText);
    w.writeCharacters(m_password);
    w.writeEndElement();   // Password
    w.writeEndElement();   // UsernameToken
    w.writeEndElement();   // Security
    w.writeEndElement();   // Header
    w.writeStartElement(Soap, QStringLiteral("Body"));
    body(w);
    w.writeEndElement();   // Body
    w.writeEndElement();   // Envelope
    w.writeEndDocument();
    return bytes;
}

Models::Result<Xml::Document> SoapClient::call(const QString& action, const BodyWriter& body,
                                               const Models::CancelToken& cancel, bool repeatable) const
{
    Net::HttpRequest request;
    request.method = "POST";
    request.url = m_serviceUrl;
    request.body = envelope(body);
    request.what = action;
    // Not idempotent for the HttpClient: it must not repeat an HTTP 500 that carries a fault.
    request.idempotent = false;
    request.setHeader("Content-Type", "text/xml; charset=utf-8");
    request.setHeader("SOAPAction", "\"\"");   // SOAP 1.1 §6.1.1: present; Workday's WSDL leaves it empty

    const Net::RetryPolicy& policy = m_http.options().retry;
    for (int attempt = 1;; ++attempt) {
        auto response = m_http.send(request, cancel);
        const bool mayRetry = repeatable && attempt < policy.maxAttempts;
        if (!response) {
            if (response.error().retryable && mayRetry) {
                spdlog::info("Workday {}: {}; retrying", action.toStdString(), response.error().detail.toStdString());
                if (!Net::sleepUntil(std::chrono::steady_clock::now() + policy.backoff(attempt), cancel))
                    return Models::fail(ErrorCode::Cancelled, QStringLiteral("%1 was cancelled").arg(action));
                continue;
            }
            return std::unexpected(response.error());
        }

        const int status = response->status;
        auto document = Xml::Document::parse(response->body);
        if (document) {
            if (const auto fault = faultOf(*document)) {
                spdlog::warn("Workday {}: fault {} (HTTP {})", action.toStdString(), fault->code.toStdString(), status);
                if (fault->isAuthentication())
                    return Models::fail(ErrorCode::Authentication,
                                        QStringLiteral("%1 failed: Workday refused the integration user %2; check the user "
                                                       "name (user@tenant) and the password kept in the keychain")
                                            .arg(action, m_userName),
                                        QStringLiteral("HTTP %1; %2; %3").arg(status).arg(fault->code, fault->message));
                return Models::fail(ErrorCode::Rejected, QStringLiteral("%1 failed: %2").arg(action, fault->describe()),
                                    QStringLiteral("HTTP %1; %2").arg(status).arg(fault->code));
            }
        }
        if (status == 401 || status == 403)
            return Models::fail(ErrorCode::Authentication,
                                QStringLiteral("%1 failed: Workday refused the integration user %2 (HTTP %3); check the "
                                               "user name, the password and the user's security group")
                                    .arg(action, m_userName)
                                    .arg(status),
                                QStringLiteral("HTTP %1").arg(status));
        if (status == 429 || status == 408 || status >= 500) {
            if (status != 429 && mayRetry) {
                spdlog::info("Workday {}: HTTP {}; retrying", action.toStdString(), status);
                if (!Net::sleepUntil(std::chrono::steady_clock::now() + policy.backoff(attempt), cancel))
                    return Models::fail(ErrorCode::Cancelled, QStringLiteral("%1 was cancelled").arg(action));
                continue;
            }
            return std::unexpected(unavailable(
                status == 429 ? QStringLiteral("%1 failed: Workday kept throttling the requests; try again later").arg(action)
                              : QStringLiteral("%1 failed: Workday answered HTTP %2 %3 times; try again later")
                                    .arg(action)
                                    .arg(status)
                                    .arg(attempt),
                QStringLiteral("HTTP %1; %2").arg(status).arg(QString::fromUtf8(response->body.left(200)).simplified())));
        }
        if (status < 200 || status >= 300)
            return Models::fail(ErrorCode::Rejected,
                                QStringLiteral("%1 failed: Workday answered HTTP %2").arg(action).arg(status),
                                QString::fromUtf8(response->body.left(200)).simplified());
        if (!document)
            return Models::fail(ErrorCode::InvalidInput,
                                QStringLiteral("%1 failed: Workday's answer is %2; nothing from it is used")
                                    .arg(action, document.error().message),
                                QStringLiteral("HTTP %1, %2 bytes").arg(status).arg(response->body.size()));
        const Xml::Element& root = document->root();
        if (!root.is(Soap, QStringLiteral("Envelope")) || !root.child(Soap, QStringLiteral("Body")))
            return Models::fail(ErrorCode::InvalidInput,
                                QStringLiteral("%1 failed: Workday's answer is not a SOAP envelope with a body").arg(action));
        return std::move(*document);
    }
}

} // namespace Tenure::Connectors::Workday
