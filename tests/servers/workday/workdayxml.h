#pragma once

// How the local Workday server writes what it answers: SOAP envelopes, faults in Workday's
// shape, and wd:Worker elements as Get_Workers returns them.

#include "workdaystore.h"

#include <QXmlStreamWriter>

#include <functional>

namespace Tenure::Tests::Workday {

// The data sets of Get_Workers' Response_Group a request asked for.
struct ResponseGroups {
    bool reference = true;
    bool personal = true;
    bool employment = true;
    bool organizations = true;
    bool managementChain = true;
    bool userAccount = false;
};

// Who a manager reference points to, found by Employee_ID: WID and name, if known.
struct ManagerInfo {
    QString wid;
    QString workerId;
    QString name;
    QString managerId;   // their own manager, to walk up the chain
};
using ManagerLookup = std::function<std::optional<ManagerInfo>(const QString& employeeId)>;

// An Envelope whose Body is written by `body` (nothing: an empty Body).
[[nodiscard]] QByteArray soapEnvelope(const std::function<void(QXmlStreamWriter&)>& body);

struct ValidationError {
    QString message;
    QString xpath;
};

// A SOAP 1.1 fault as Workday sends it: faultcode "SOAP-ENV:Client.validationError" with
// wd:Validation_Fault/wd:Validation_Error (Message, Detail_Message, Xpath) in detail, or
// "SOAP-ENV:Client.authenticationError" with an empty detail, and so on.
[[nodiscard]] QByteArray soapFault(const QString& faultCode, const QString& faultString,
                                   const QList<ValidationError>& validationErrors = {});

// One wd:Worker of a Get_Workers response. Dates are written with `dateOffset` appended, as
// Workday does ("2024-05-01-08:00"); values that are not dates are written as stored.
void writeWorker(QXmlStreamWriter& w, const StoredWorker& worker, const WorkerView& view, const ResponseGroups& groups,
                 const QString& dateOffset, const ManagerLookup& managers);

} // namespace Tenure::Tests::Workday
