#include "syntheticplan.h"

#include <QTimeZone>

namespace Tenure::Tests {
namespace {

using Models::AttributeChange;
using Models::Category;
using Models::Operation;
using Models::OperationKind;

const char* const FirstNames[] = {"Ann", "Bo", "Zoë", "Mehmet", "Agnieszka", "Ciarán", "María", "Günther", "Quang",
                                  "Femi", "Søren", "Chloé", "Rahul", "Ines", "Oleksandr", "Yuki"};
const char* const LastNames[] = {"Lee", "Šimůnek", "Ångström", "Yılmaz", "Kowalska", "Ryan", "Álvarez", "Schmidt",
                                 "Đỗ", "Afolabi", "Nørgaard", "Dubois", "Banerjee", "García", "Shevchenko", "Sato"};
const char* const Titles[] = {"Engineer", "Lead Engineer", "Analyst", "Clerk", "Designer", "Support", "Manager",
                              "Director"};
const char* const Departments[] = {"Finance", "Engineering", "Sales", "Support", "People", "Legal"};

QString str(const char* text) { return QString::fromUtf8(text); }

AttributeChange change(const QString& attribute, const QString& before, const QString& after, const QString& why)
{
    return {attribute, before.isEmpty() ? Models::AttributeValue{} : Models::AttributeValue{before},
            after.isEmpty() ? Models::AttributeValue{} : Models::AttributeValue{after}, why};
}

} // namespace

Models::Plan syntheticPlan(int operations, const QString& tenant)
{
    Models::Plan plan;
    plan.tenant = tenant;
    plan.createdAt = QDateTime(QDate(2025, 6, 2), QTime(9, 30), QTimeZone::utc());
    plan.operations.reserve(operations);
    for (int i = 0; i < operations; ++i) {
        Operation op;
        const QString id = QStringLiteral("W%1").arg(i + 1, 7, 10, QLatin1Char('0'));
        const QString first = str(FirstNames[i % std::size(FirstNames)]);
        const QString last = str(LastNames[(i / 16) % std::size(LastNames)]);
        op.workerId = id;
        op.displayName = first + QLatin1Char(' ') + last;
        op.targetId = QStringLiteral("uid=%1,ou=People,dc=example,dc=test").arg(id.toLower());
        const QString title = str(Titles[i % std::size(Titles)]);
        const QString department = str(Departments[i % std::size(Departments)]);
        // Spread the rare categories through the plan rather than in blocks.
        const int bucket = int((quint64(i) * 2654435761u) % 10000);
        if (bucket < 100) {
            op.category = Category::Joiner;
            op.kind = OperationKind::Create;
            op.reason = QStringLiteral("New in HR: hired %1").arg(QDate(2025, 5, 1 + i % 28).toString(Qt::ISODate));
            op.changes = {change(QStringLiteral("uid"), {}, id.toLower(), QStringLiteral("WorkerID")),
                          change(QStringLiteral("cn"), {}, op.displayName, QStringLiteral("DisplayName")),
                          change(QStringLiteral("givenName"), {}, first, QStringLiteral("FirstName")),
                          change(QStringLiteral("sn"), {}, last, QStringLiteral("LastName")),
                          change(QStringLiteral("title"), {}, title, QStringLiteral("Title")),
                          change(QStringLiteral("departmentNumber"), {}, department, QStringLiteral("Department")),
                          change(QStringLiteral("employeeNumber"), {}, id, QStringLiteral("WorkerID")),
                          change(QStringLiteral("mail"), {}, id.toLower() + QStringLiteral("@example.test"),
                                 QStringLiteral("Join(\"@\", [WorkerID], \"example.test\")"))};
        } else if (bucket < 600) {
            op.category = Category::Mover;
            op.kind = OperationKind::Update;
            op.reason = QStringLiteral("Changed in HR");
            op.changes = {change(QStringLiteral("title"), str(Titles[(i + 1) % std::size(Titles)]), title,
                                 QStringLiteral("Title"))};
            if (i % 3 == 0)
                op.changes << change(QStringLiteral("departmentNumber"), str(Departments[(i + 2) % std::size(Departments)]),
                                     department, QStringLiteral("Department"));
        } else if (bucket < 700) {
            op.category = Category::Leaver;
            op.kind = OperationKind::Disable;
            op.reason = QStringLiteral("Terminated in HR on %1").arg(QDate(2025, 5, 1 + i % 28).toString(Qt::ISODate));
            op.changes = {change(QStringLiteral("accountEnabled"), QStringLiteral("TRUE"), QStringLiteral("FALSE"),
                                 QStringLiteral("Status = Terminated"))};
        } else if (bucket < 710) {
            op.category = Category::Rehire;
            op.kind = OperationKind::Enable;
            op.reason = QStringLiteral("Rehired: the archived account is routed for approval");
            op.changes = {change(QStringLiteral("accountEnabled"), QStringLiteral("FALSE"), QStringLiteral("TRUE"),
                                 QStringLiteral("Rehire"))};
        } else if (bucket < 720) {
            op.category = Category::Conversion;
            op.kind = OperationKind::Update;
            op.reason = QStringLiteral("Contractor to employee");
            op.changes = {change(QStringLiteral("employeeType"), QStringLiteral("Contractor"), QStringLiteral("Employee"),
                                 QStringLiteral("WorkerType"))};
        } else if (bucket < 730) {
            op.category = Category::LeaveOfAbsence;
            op.kind = OperationKind::None;
            op.reason = QStringLiteral("On leave until %1; the account is kept").arg(QDate(2025, 9, 1).toString(Qt::ISODate));
        } else if (bucket < 760) {
            op.category = Category::FutureDated;
            op.kind = OperationKind::Create;
            op.effectiveAt = QDateTime(QDate(2025, 7, 1), QTime(8, 0), QTimeZone::utc());
            op.reason = QStringLiteral("Starts on 2025-07-01");
            op.changes = {change(QStringLiteral("uid"), {}, id.toLower(), QStringLiteral("WorkerID"))};
        } else if (bucket < 765) {
            op.category = Category::Held;
            op.kind = OperationKind::Enable;
            op.reason = QStringLiteral("Held: emergency termination until HR records it");
        } else if (bucket < 770) {
            op.category = Category::Error;
            op.reason = QStringLiteral("Line %1: HireDate '31/02/2025' is not a date").arg(i + 2);
            op.sourceLine = i + 2;
        } else {
            op.category = Category::Unchanged;
            op.reason = QStringLiteral("The account matches HR");
        }
        plan.operations.append(std::move(op));
    }
    return plan;
}

} // namespace Tenure::Tests
