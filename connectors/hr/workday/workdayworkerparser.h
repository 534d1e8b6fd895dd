#pragma once

#include "models/domain/result.h"
#include "models/domain/worker.h"
#include "xpath.h"

#include <QDate>
#include <QMap>

namespace Tenure::Connectors::Workday {

// One wd:Worker of a Get_Workers response, read.
struct ParsedWorker {
    Models::Worker worker;   // attributes by XPath and the derived WorkerStatus; sourceLine: record number
    QString wid;             // wd:Worker_Reference/wd:ID[@wd:type='WID']
    QDate hireDate;          // wd:Worker_Status_Data/wd:Hire_Date (invalid when absent)
    QString problem;         // not empty: the worker cannot be used, and this says why
};

// Reads workers with the attribute XPaths of a source's settings, compiled once.
//
// A worker is a problem (never silently dropped, never half-read) when it has no WorkerID, when a
// Workday boolean status (Active, Terminated, Rehire) holds anything but 0/1/true/false, when it
// has no Worker_Status_Data (its status is unknown), or when a date attribute is not a date.
class WorkerParser {
public:
    [[nodiscard]] static Models::Result<WorkerParser> create(const QMap<QString, QString>& attributes,
                                                             const QStringList& dateAttributes);

    [[nodiscard]] ParsedWorker parse(const Xml::Element& worker, int recordNumber) const;

    [[nodiscard]] QStringList xpaths() const;

private:
    QList<QPair<QString, Xml::XPath>> m_attributes;
    QStringList m_dateAttributes;
};

// Workday's xsd:date, with or without a zone ("2024-05-01", "2024-05-01-07:00", "2024-05-01Z"):
// the calendar date. Invalid for anything else.
[[nodiscard]] QDate parseDate(const QString& text);

} // namespace Tenure::Connectors::Workday
