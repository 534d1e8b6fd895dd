#include "bamboohrdemoemployees.h"

#include <QHash>

namespace Tenure::Tests::BambooHr {

namespace {

QString numericId(const QString& workerId, int fallback)
{
    QString digits;
    for (const QChar c : workerId) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits.isEmpty() ? QString::number(fallback) : QString::number(digits.toLongLong());
}

} // namespace

QList<Employee> demoEmployees(const DemoWorkers& demo)
{
    QHash<QString, QString> ids;   // WorkerID → employee id
    int next = 1;
    for (const auto& worker : demo.workers)
        ids.insert(worker.workerId, numericId(worker.workerId, next++));
    for (const auto& rejected : demo.rejected) {
        if (!rejected.workerId.isEmpty())
            ids.insert(rejected.workerId, numericId(rejected.workerId, next++));
    }
    QList<Employee> employees;
    employees.reserve(demo.workers.size() + demo.rejected.size());
    for (const auto& worker : demo.workers) {
        const auto field = [&](const char* name) { return Models::firstValue(worker.attributes, QLatin1String(name)); };
        const auto orEmptyDate = [](const QString& date) { return date.isEmpty() ? QStringLiteral("0000-00-00") : date; };
        Employee employee;
        employee.id = ids.value(worker.workerId);
        const auto orNull = [](const QString& value) {
            return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
        };
        employee.fields = {
            {QStringLiteral("employeeNumber"), worker.workerId},
            {QStringLiteral("firstName"), orNull(field("FirstName"))},
            {QStringLiteral("lastName"), orNull(field("LastName"))},
            {QStringLiteral("displayName"), orNull(field("DisplayName"))},
            {QStringLiteral("workEmail"), orNull(field("Email"))},
            {QStringLiteral("jobTitle"), orNull(field("JobTitle"))},
            {QStringLiteral("department"), orNull(field("Department"))},
            {QStringLiteral("location"), orNull(field("Location"))},
            {QStringLiteral("supervisorEId"), orNull(ids.value(field("ManagerID")))},
            {QStringLiteral("status"), field("Status") == QLatin1String("Terminated") ? QStringLiteral("Inactive")
                                                                                      : QStringLiteral("Active")},
            {QStringLiteral("employmentHistoryStatus"), orNull(field("WorkerType"))},
            {QStringLiteral("hireDate"), orEmptyDate(field("HireDate"))},
            {QStringLiteral("terminationDate"), orEmptyDate(field("TerminationDate"))},
            {QStringLiteral("workPhone"), orNull(field("Phone"))}};
        employees.append(employee);
    }
    for (const auto& rejected : demo.rejected) {
        if (rejected.workerId.isEmpty())
            continue;   // nothing to serve it under
        Employee employee;
        employee.id = ids.value(rejected.workerId);
        employee.fields = {{QStringLiteral("employeeNumber"), rejected.workerId},
                           {QStringLiteral("status"), QStringLiteral("Active")}};
        employees.append(employee);
    }
    return employees;
}

} // namespace Tenure::Tests::BambooHr
