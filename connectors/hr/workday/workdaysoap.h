#pragma once

#include "connectors/net/httpclient.h"
#include "xmldocument.h"

#include <QXmlStreamWriter>

#include <functional>

namespace Tenure::Connectors::Workday {

inline constexpr char SoapEnvelopeNamespace[] = "http://schemas.xmlsoap.org/soap/envelope/";

// What a SOAP 1.1 fault says (SOAP 1.1 §4.4: faultcode, faultstring, detail), with Workday's
// detail read: wd:Validation_Fault/wd:Validation_Error (Message, Detail_Message, Xpath) and
// wd:Processing_Fault (Detail_Message).
struct SoapFault {
    QString code;            // "SOAP-ENV:Client.validationError", "SOAP-ENV:Client.authenticationError", …
    QString message;         // faultstring
    QStringList details;     // each validation or processing error's message (and XPath, if any)

    [[nodiscard]] bool isAuthentication() const;
    [[nodiscard]] bool isValidation() const;
    // faultstring, then any detail that adds to it.
    [[nodiscard]] QString describe() const;
};

// The fault of a response document whose Body holds one; nullopt otherwise.
[[nodiscard]] std::optional<SoapFault> faultOf(const Xml::Document& document);

// The first element inside the Envelope's Body: the operation's response (nullptr for an empty
// Body, which is how operations without a response element, such as Update_Workday_Account, answer).
[[nodiscard]] const Xml::Element* responseOf(const Xml::Document& document);

// Writes the operation's request element inside the Body. The prefix "wd" is bound to
// urn:com.workday/bsvc on the Envelope.
using BodyWriter = std::function<void(QXmlStreamWriter&)>;

// One tenant's Human_Resources service over SOAP 1.1, the way Workday documents it: a POST of an
// Envelope whose Header carries a WS-Security UsernameToken with the integration user's name
// (user@tenant) and password as PasswordText (OASIS WSS UsernameToken Profile 1.0), over HTTPS.
//
// Errors (the message names `action`, never the password):
//  - an authentication fault (Workday answers a wrong user or password with
//    "SOAP-ENV:Client.authenticationError", HTTP 500) or HTTP 401/403 → Authentication;
//  - any other fault (validation, processing) → Rejected, with Workday's messages;
//  - a body that is not well-formed XML (truncated, corrupted) → InvalidInput: nothing read from
//    it is used;
//  - 5xx without a fault, 408 and network failures → retried with the HttpClient's backoff when
//    `repeatable` (every call this connector makes is safe to repeat: reads, and write-backs that
//    set a value), then Unavailable (retryable). 429 and Retry-After are the HttpClient's.
// A SOAP fault arrives as HTTP 500 (SOAP 1.1 §6.2) and is an answer, not an outage: that is why
// the 5xx retry is decided here rather than by the HttpClient, which would repeat faults too.
class SoapClient {
public:
    SoapClient(Net::HttpClient http, QUrl serviceUrl, QString userName, QString password);

    [[nodiscard]] Models::Result<Xml::Document> call(const QString& action, const BodyWriter& body,
                                                     const Models::CancelToken& cancel, bool repeatable = true) const;

    [[nodiscard]] const QUrl& serviceUrl() const { return m_serviceUrl; }
    [[nodiscard]] const QString& userName() const { return m_userName; }

    // The Envelope for `body`, as sent. Exposed for tests of the request shape.
    [[nodiscard]] QByteArray envelope(const BodyWriter& body) const;

private:
    Net::HttpClient m_http;
    QUrl m_serviceUrl;
    QString m_userName;
    QString m_password;
};

} // namespace Tenure::Connectors::Workday
