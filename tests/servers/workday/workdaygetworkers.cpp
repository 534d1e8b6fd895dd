// Get_Workers: which workers, as of when, which page, which data sets (workdayservice.h lists the
// documentation followed).
#include "workdaystate.h"

#include <QSet>

namespace Tenure::Tests::Workday {
namespace {

const QString Wd = QLatin1String(WorkdayNs);
constexpr int MaxCount = 999;
constexpr int DefaultCount = 100;

// xsd:dateTime, or an xsd:date (midnight UTC) where a client sends one.
QDateTime moment(const QString& text)
{
    const QString t = text.trimmed();
    if (t.size() == 10) {
        const QDate date = QDate::fromString(t, Qt::ISODate);
        return date.isValid() ? QDateTime(date, QTime(0, 0), Qt::UTC) : QDateTime();
    }
    QDateTime parsed = QDateTime::fromString(t, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : parsed;
}

// xsd:date (with or without a zone), or the date of an xsd:dateTime.
QDate dateOf(const QString& text)
{
    const QString t = text.trimmed();
    const QDate date = QDate::fromString(t.left(10), Qt::ISODate);
    if (t.size() == 10 || !date.isValid())
        return t.size() == 10 ? date : QDate();
    if (t.size() > 10 && t.at(10) == u'T')
        return moment(t).date();
    return date;   // a zone suffix: the calendar date is what it says
}

struct Range {
    QDateTime from;
    QDateTime through;
    [[nodiscard]] bool isSet() const { return from.isValid(); }
    [[nodiscard]] bool contains(const QDateTime& m) const { return m >= from && m <= through; }
};

// Both ends or neither, from ≤ through; the messages are Workday's.
std::optional<OperationAnswer> readRange(const Element& range, const char* from, const char* through, const char* label,
                                         Range* out)
{
    const QString fromText = range.childText(Wd, QLatin1String(from));
    const QString throughText = range.childText(Wd, QLatin1String(through));
    if (fromText.isEmpty() && throughText.isEmpty())
        return std::nullopt;
    const QString xpath = QStringLiteral("/ns0:Get_Workers_Request[1]/ns0:Request_Criteria[1]/"
                                         "ns0:Transaction_Log_Criteria_Data[1]/ns0:Transaction_Date_Range_Data[1]");
    if (fromText.isEmpty() || throughText.isEmpty())
        return OperationAnswer::validation(
            QStringLiteral("If one of %1 From or %1 Through contains a value, both are Required!").arg(QLatin1String(label)),
            xpath);
    out->from = moment(fromText);
    out->through = moment(throughText);
    if (!out->from.isValid() || !out->through.isValid())
        return OperationAnswer::validation(QStringLiteral("%1 From and %1 Through must be date-times").arg(QLatin1String(label)),
                                           xpath);
    if (out->from > out->through)
        return OperationAnswer::validation(
            QStringLiteral("%1 From must be less than or equal to %1 Through!").arg(QLatin1String(label)), xpath);
    return std::nullopt;
}

} // namespace

OperationAnswer getWorkers(WorkdayService::State& state, const Element& request, const QString& version)
{
    // ---- Response_Filter: as of when, which page ----
    QDateTime entry = state.options.now();
    QDate effective = entry.date();
    int page = 1;
    int count = DefaultCount;
    if (const Element* filter = request.child(Wd, QStringLiteral("Response_Filter"))) {
        const QString path = QStringLiteral("/ns0:Get_Workers_Request[1]/ns0:Response_Filter[1]");
        if (const QString t = filter->childText(Wd, QStringLiteral("As_Of_Effective_Date")); !t.isEmpty()) {
            effective = dateOf(t);
            if (!effective.isValid())
                return OperationAnswer::validation(QStringLiteral("As_Of_Effective_Date '%1' is not a date").arg(t),
                                                   path + QStringLiteral("/ns0:As_Of_Effective_Date[1]"));
        }
        if (const QString t = filter->childText(Wd, QStringLiteral("As_Of_Entry_DateTime")); !t.isEmpty()) {
            entry = moment(t);
            if (!entry.isValid())
                return OperationAnswer::validation(QStringLiteral("As_Of_Entry_DateTime '%1' is not a date-time").arg(t),
                                                   path + QStringLiteral("/ns0:As_Of_Entry_DateTime[1]"));
        }
        if (const QString t = filter->childText(Wd, QStringLiteral("Page")); !t.isEmpty()) {
            bool ok = false;
            page = int(t.trimmed().toDouble(&ok));
            if (ok && page == 0)
                return OperationAnswer::validation(QStringLiteral("Page Number cannot be zero."),
                                                   path + QStringLiteral("/ns0:Page[1]"));
            if (!ok || page < 0)
                return OperationAnswer::validation(QStringLiteral("Page '%1' is not a page number").arg(t),
                                                   path + QStringLiteral("/ns0:Page[1]"));
        }
        if (const QString t = filter->childText(Wd, QStringLiteral("Count")); !t.isEmpty()) {
            bool ok = false;
            count = int(t.trimmed().toDouble(&ok));
            if (!ok || count < 1 || count > MaxCount)
                return OperationAnswer::validation(QStringLiteral("Count must be between 1 and %1").arg(MaxCount),
                                                   path + QStringLiteral("/ns0:Count[1]"));
        }
    }

    // ---- Response_Group: which data sets ----
    ResponseGroups groups;
    if (const Element* group = request.child(Wd, QStringLiteral("Response_Group"))) {
        const auto flag = [&](const char* name) { return isTrue(group->childText(Wd, QLatin1String(name))); };
        groups.reference = flag("Include_Reference");
        groups.personal = flag("Include_Personal_Information");
        groups.employment = flag("Include_Employment_Information");
        groups.organizations = flag("Include_Organizations");
        groups.managementChain = flag("Include_Management_Chain_Data");
        groups.userAccount = flag("Include_User_Account");
    }

    // ---- Which workers ----
    QList<const StoredWorker*> selected;
    if (const Element* references = request.child(Wd, QStringLiteral("Request_References"))) {
        const bool skipMissing = isTrue(references->attribute(Wd, QStringLiteral("Skip_Non_Existing_Instances")));
        int index = 0;
        for (const Element* reference : references->childrenNamed(Wd, QStringLiteral("Worker_Reference"))) {
            ++index;
            for (const Element* id : reference->childrenNamed(Wd, QStringLiteral("ID"))) {
                const QString type = id->attribute(Wd, QStringLiteral("type"));
                const QString value = id->text.trimmed();
                const StoredWorker* found = nullptr;
                if (type == QLatin1String("WID"))
                    found = state.byWid(value);
                else if (type == QLatin1String("Employee_ID"))
                    found = state.byWorkerId(value, false);
                else if (type == QLatin1String("Contingent_Worker_ID"))
                    found = state.byWorkerId(value, true);
                if (!found && !skipMissing)
                    return OperationAnswer::validation(
                        QStringLiteral("Invalid ID value.  '%1' is not a valid ID value for type = '%2'").arg(value, type),
                        QStringLiteral("/ns0:Get_Workers_Request[1]/ns0:Request_References[1]/ns0:Worker_Reference[%1]")
                            .arg(index));
                if (found && !selected.contains(found))
                    selected.append(found);
            }
        }
    } else {
        const Element* criteria = request.child(Wd, QStringLiteral("Request_Criteria"));
        const Element* log = criteria ? criteria->child(Wd, QStringLiteral("Transaction_Log_Criteria_Data")) : nullptr;
        Range updated;
        Range effectiveRange;
        QSet<QString> types;
        if (log) {
            if (const Element* range = log->child(Wd, QStringLiteral("Transaction_Date_Range_Data"))) {
                if (auto invalid = readRange(*range, "Updated_From", "Updated_Through", "Updated", &updated))
                    return *invalid;
                if (auto invalid = readRange(*range, "Effective_From", "Effective_Through", "Effective", &effectiveRange))
                    return *invalid;
            }
            if (const Element* typeList = log->child(Wd, QStringLiteral("Transaction_Type_References"))) {
                for (const Element* reference : typeList->childrenNamed(Wd, QStringLiteral("Transaction_Type_Reference"))) {
                    for (const Element* id : reference->childrenNamed(Wd, QStringLiteral("ID")))
                        types.insert(id->text.trimmed());
                }
            }
        }
        const auto flag = [&](const char* name) {
            return criteria && isTrue(criteria->childText(Wd, QLatin1String(name)));
        };
        const bool excludeInactive = flag("Exclude_Inactive_Workers");
        const bool excludeEmployees = flag("Exclude_Employees");
        const bool excludeContingent = flag("Exclude_Contingent_Workers");
        for (const StoredWorker& worker : state.workers) {
            if ((excludeEmployees && !worker.contingent) || (excludeContingent && worker.contingent))
                continue;
            if (log) {
                // One entry of the transaction log must meet every condition asked for.
                bool logged = false;
                for (const WorkerVersion& v : worker.versions) {
                    const QDateTime effectiveMoment(v.effective, QTime(0, 0), Qt::UTC);
                    if (v.entered <= entry && (types.isEmpty() || types.contains(v.transaction)) &&
                        (!updated.isSet() || updated.contains(v.entered)) &&
                        (!effectiveRange.isSet() || effectiveRange.contains(effectiveMoment)))
                        logged = true;
                }
                if (!logged)
                    continue;
            }
            if (excludeInactive) {
                const auto view = viewAsOf(worker, effective, entry);
                if (view && isTrue(view->fields.value(QLatin1String(Field::Terminated))))
                    continue;
            }
            selected.append(&worker);
        }
    }

    // Only what had been entered by As_Of_Entry_DateTime exists.
    QList<QPair<const StoredWorker*, WorkerView>> results;
    for (const StoredWorker* worker : selected) {
        if (auto view = viewAsOf(*worker, effective, entry))
            results.append({worker, std::move(*view)});
    }

    const int total = int(results.size());
    const int totalPages = (total + count - 1) / count;
    const int first = (page - 1) * count;
    const int onPage = first >= total ? 0 : std::min(count, total - first);
    const ManagerLookup managers = state.managers(effective, entry);
    return OperationAnswer::ok(soapEnvelope([&](QXmlStreamWriter& w) {
        w.writeStartElement(Wd, QStringLiteral("Get_Workers_Response"));
        w.writeAttribute(Wd, QStringLiteral("version"), version);
        w.writeStartElement(Wd, QStringLiteral("Response_Filter"));
        w.writeTextElement(Wd, QStringLiteral("As_Of_Effective_Date"), effective.toString(Qt::ISODate));
        w.writeTextElement(Wd, QStringLiteral("As_Of_Entry_DateTime"), entry.toString(Qt::ISODateWithMs));
        w.writeTextElement(Wd, QStringLiteral("Page"), QString::number(page));
        w.writeTextElement(Wd, QStringLiteral("Count"), QString::number(count));
        w.writeEndElement();
        w.writeStartElement(Wd, QStringLiteral("Response_Results"));
        w.writeTextElement(Wd, QStringLiteral("Total_Results"), QString::number(total));
        w.writeTextElement(Wd, QStringLiteral("Total_Pages"), QString::number(totalPages));
        w.writeTextElement(Wd, QStringLiteral("Page_Results"), QString::number(onPage));
        w.writeTextElement(Wd, QStringLiteral("Page"), QString::number(page));
        w.writeEndElement();
        w.writeStartElement(Wd, QStringLiteral("Response_Data"));
        for (int i = first; i < first + onPage; ++i)
            writeWorker(w, *results.at(i).first, results.at(i).second, groups, state.options.dateOffset, managers);
        w.writeEndElement();
        w.writeEndElement();
    }));
}

} // namespace Tenure::Tests::Workday
