#include "successfactorspersonmapper.h"

#include "connectors/hr/successfactors/odatav2.h"

namespace Tenure::Connectors {
namespace {

// One JSON value as the text an attribute holds; an empty result with `problem` set when it
// cannot be one.
QString text(const QJsonValue& value, QString* problem)
{
    switch (value.type()) {
    case QJsonValue::String: {
        const QString string = value.toString();
        if (!ODataV2::looksLikeDate(string))
            return string;
        const auto date = ODataV2::parseDate(string);
        if (!date)
            *problem = QStringLiteral("holds '%1', which is not an OData date (/Date(milliseconds)/)").arg(string);
        return date ? ODataV2::dateText(*date) : QString();
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const auto whole = qint64(number);
        return double(whole) == number ? QString::number(whole) : QString::number(number, 'g', 15);
    }
    case QJsonValue::Object:
    case QJsonValue::Array:
        *problem = QStringLiteral("selects an object, not a value; point its JSONPath at a property");
        return {};
    default:
        return {};
    }
}

} // namespace

Models::Result<SuccessFactorsPersonMapper> SuccessFactorsPersonMapper::create(const SuccessFactorsSettings& settings)
{
    QList<Attribute> attributes;
    const auto paths = settings.attributePaths();
    for (auto it = paths.cbegin(); it != paths.cend(); ++it) {
        auto path = JsonPath::parse(it.value());
        if (!path)
            return std::unexpected(path.error());
        attributes.append({it.key(), std::move(*path)});
    }
    return SuccessFactorsPersonMapper(std::move(attributes), settings.workerIdAttribute);
}

void SuccessFactorsPersonMapper::map(const QJsonObject& person, int recordNumber, Models::HrSnapshot& snapshot) const
{
    Models::Worker worker;
    worker.sourceLine = recordNumber;
    QString problem;
    for (const auto& attribute : m_attributes) {
        Models::AttributeValue values;
        for (const auto& selected : attribute.path.select(person)) {
            QString why;
            const QString value = text(selected, &why);
            if (!why.isEmpty() && problem.isEmpty())
                problem = QStringLiteral("attribute %1 (%2) %3").arg(attribute.name, attribute.path.expression(), why);
            if (!value.isEmpty())
                values.append(value);
        }
        if (!values.isEmpty())
            worker.attributes.insert(attribute.name, values);
    }
    worker.workerId = Models::firstValue(worker.attributes, m_workerIdAttribute).trimmed();
    if (problem.isEmpty()) {
        snapshot.workers.append(std::move(worker));
        return;
    }
    const QString who = worker.workerId.isEmpty() ? QStringLiteral("record %1").arg(recordNumber)
                                                  : QStringLiteral("worker %1").arg(worker.workerId);
    snapshot.errors.append({worker.workerId, recordNumber, QStringLiteral("%1: %2").arg(who, problem)});
}

} // namespace Tenure::Connectors
