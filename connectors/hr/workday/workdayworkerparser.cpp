#include "workdayworkerparser.h"

#include "workdayattributes.h"

#include <QRegularExpression>

namespace Tenure::Connectors::Workday {
namespace {

const QString Wd = QLatin1String(Namespace);

// Workday booleans are xsd:boolean: "1"/"0" in practice, "true"/"false" allowed by the schema.
std::optional<bool> workdayBoolean(const QString& text)
{
    const QString t = text.trimmed();
    if (t == QLatin1String("1") || t == QLatin1String("true"))
        return true;
    if (t == QLatin1String("0") || t == QLatin1String("false"))
        return false;
    return std::nullopt;
}

} // namespace

QDate parseDate(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})(Z|[+-]\\d{2}:\\d{2})?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    return QDate::fromString(match.captured(1), Qt::ISODate);
}

Models::Result<WorkerParser> WorkerParser::create(const QMap<QString, QString>& attributes,
                                                  const QStringList& dateAttributes)
{
    const Xml::XPath::Namespaces namespaces{{QStringLiteral("wd"), Wd}};
    WorkerParser parser;
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        auto compiled = Xml::XPath::compile(it.value(), namespaces);
        if (!compiled) {
            Models::Error error = compiled.error();
            error.message = QStringLiteral("Workday attribute %1: %2").arg(it.key(), error.message);
            error.context.attribute = it.key();
            return std::unexpected(std::move(error));
        }
        parser.m_attributes.append({it.key(), std::move(*compiled)});
    }
    parser.m_dateAttributes = dateAttributes;
    return parser;
}

QStringList WorkerParser::xpaths() const
{
    QStringList list;
    for (const auto& [name, xpath] : m_attributes)
        list.append(xpath.expression());
    return list;
}

ParsedWorker WorkerParser::parse(const Xml::Element& element, int recordNumber) const
{
    ParsedWorker parsed;
    parsed.worker.sourceLine = recordNumber;
    if (const Xml::Element* reference = element.child(Wd, QStringLiteral("Worker_Reference"))) {
        for (const Xml::Element* id : reference->childrenNamed(Wd, QStringLiteral("ID"))) {
            if (id->attribute(Wd, QStringLiteral("type")) == QLatin1String("WID"))
                parsed.wid = id->text.trimmed();
        }
    }
    const auto problem = [&](const QString& why) {
        if (parsed.problem.isEmpty())
            parsed.problem = why;
    };

    for (const auto& [name, xpath] : m_attributes) {
        QStringList values = xpath.evaluate(element);
        for (auto& value : values)
            value = value.trimmed();
        values.removeAll(QString());
        if (values.isEmpty())
            continue;
        if (booleanAttributes().contains(name)) {
            for (auto& value : values) {
                const auto flag = workdayBoolean(value);
                if (!flag) {
                    problem(QStringLiteral("field %1 holds the unknown status '%2' (Workday sends 1 or 0)").arg(name, value));
                    break;
                }
                value = *flag ? QStringLiteral("1") : QStringLiteral("0");
            }
        } else if (m_dateAttributes.contains(name)) {
            for (auto& value : values) {
                const QDate date = parseDate(value);
                if (!date.isValid()) {
                    problem(QStringLiteral("field %1 holds '%2', which is not a date (yyyy-MM-dd)").arg(name, value));
                    break;
                }
                value = date.toString(Qt::ISODate);
            }
        }
        parsed.worker.attributes.insert(name, values);
    }
    parsed.worker.workerId = Models::firstValue(parsed.worker.attributes, QStringLiteral("WorkerID"));
    if (parsed.worker.workerId.isEmpty())
        problem(parsed.wid.isEmpty() ? QStringLiteral("the worker record has no WorkerID")
                                     : QStringLiteral("the worker record with WID %1 has no WorkerID").arg(parsed.wid));

    // The status every lifecycle needs, from Worker_Status_Data whatever the attribute map says.
    const Xml::Element* data = element.child(Wd, QStringLiteral("Worker_Data"));
    const Xml::Element* employment = data ? data->child(Wd, QStringLiteral("Employment_Data")) : nullptr;
    const Xml::Element* status = employment ? employment->child(Wd, QStringLiteral("Worker_Status_Data")) : nullptr;
    if (!status) {
        problem(QStringLiteral("the worker record has no Worker_Status_Data, so whether the worker is active is unknown"));
        return parsed;
    }
    const QString activeText = status->childText(Wd, QStringLiteral("Active"));
    const QString terminatedText = status->childText(Wd, QStringLiteral("Terminated"));
    const auto active = workdayBoolean(activeText);
    const auto terminated = terminatedText.trimmed().isEmpty() ? std::optional<bool>(false) : workdayBoolean(terminatedText);
    if (!active)
        problem(QStringLiteral("Worker_Status_Data/Active holds the unknown status '%1' (Workday sends 1 or 0)").arg(activeText));
    if (!terminated)
        problem(QStringLiteral("Worker_Status_Data/Terminated holds the unknown status '%1' (Workday sends 1 or 0)")
                    .arg(terminatedText));
    bool onLeave = false;
    for (const Xml::Element* leave : status->childrenNamed(Wd, QStringLiteral("Leave_Status_Data"))) {
        if (workdayBoolean(leave->childText(Wd, QStringLiteral("On_Leave"))).value_or(false))
            onLeave = true;
    }
    const QString hireText = status->childText(Wd, QStringLiteral("Hire_Date"));
    parsed.hireDate = parseDate(hireText);
    if (!hireText.trimmed().isEmpty() && !parsed.hireDate.isValid())
        problem(QStringLiteral("Worker_Status_Data/Hire_Date holds '%1', which is not a date").arg(hireText.trimmed()));

    QString derived;
    if (terminated.value_or(false))
        derived = QStringLiteral("Terminated");
    else if (onLeave)
        derived = QStringLiteral("On Leave");
    else if (active.value_or(false))
        derived = QStringLiteral("Active");
    else
        derived = QStringLiteral("Inactive");
    parsed.worker.attributes.insert(QLatin1String(WorkerStatusAttribute), {derived});
    return parsed;
}

} // namespace Tenure::Connectors::Workday
