#pragma once

// A local Workday tenant (tests/servers/workday), the connector settings that reach it, and
// builders for the effective-dated workers the tests put in it.

#include "tests/servers/workday/workdayserver.h"

#include "connectors/hr/workday/workdayworkersource.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

namespace Tenure::Tests::Workday {

// The moment the tests live at: far from the real clock, so nothing depends on when they run.
inline QDateTime testNow()
{
    return QDateTime(QDate(2031, 3, 10), QTime(12, 0), Qt::UTC);
}

class WorkdayFixture {
public:
    explicit WorkdayFixture(WorkdayServiceOptions options = {}) : server(withClock(std::move(options))) {}

    [[nodiscard]] bool start() { return server.start(); }

    // The settings an admin would save for this tenant.
    [[nodiscard]] QJsonObject settingsJson(int pageSize = 30) const
    {
        auto& s = const_cast<WorkdayServer&>(server);
        return {{QStringLiteral("endpoint"), s.endpoint()},
                {QStringLiteral("apiVersion"), QStringLiteral("v40.1")},
                {QStringLiteral("userName"), s.service().options().userName},
                {QStringLiteral("pageSize"), pageSize},
                {QStringLiteral("caFile"), s.caFile()},
                {QStringLiteral("timeoutSeconds"), 10}};
    }

    // A source on those settings whose clock is `clock` (testNow() unless set).
    [[nodiscard]] std::unique_ptr<Connectors::WorkdayWorkerSource> source(const QJsonObject& json,
                                                                         const QString& password = {})
    {
        auto settings = Connectors::WorkdaySettings::fromJson(json);
        if (!settings) {
            qWarning("%s", qPrintable(settings.error().describe()));
            return nullptr;
        }
        auto created = Connectors::WorkdayWorkerSource::create(
            std::move(*settings), password.isEmpty() ? server.service().options().password : password, [this] { return now; });
        if (!created)
            qWarning("%s", qPrintable(created.error().describe()));
        return created ? std::move(*created) : nullptr;
    }
    [[nodiscard]] std::unique_ptr<Connectors::WorkdayWorkerSource> source() { return source(settingsJson()); }

    // The Get_Workers requests the server saw, in order.
    [[nodiscard]] QList<QByteArray> getWorkersRequests() const
    {
        QList<QByteArray> bodies;
        for (const auto& arrival : const_cast<WorkdayServer&>(server).service().arrivals()) {
            if (arrival.operation == QLatin1String("Get_Workers"))
                bodies.append(arrival.requestBody);
        }
        return bodies;
    }

    QDateTime now = testNow();
    WorkdayServer server;

private:
    WorkdayServiceOptions withClock(WorkdayServiceOptions options)
    {
        options.now = [this] { return now; };
        return options;
    }
};

// One element's text in a request body, found by its local name (the first one).
inline QString requestValue(const QByteArray& body, const QString& localName)
{
    const QString text = QString::fromUtf8(body);
    const QRegularExpression pattern(QStringLiteral("<[A-Za-z0-9]+:%1[^>]*>([^<]*)</").arg(localName));
    const auto match = pattern.match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

// A worker hired on `hired` (entered two weeks earlier) with the usual fields; `fields` adds or
// replaces any of them.
inline StoredWorker hiredWorker(const QString& workerId, const QString& first, const QString& last, const QDate& hired,
                                const QMap<QString, QString>& fields = {}, bool contingent = false)
{
    StoredWorker w;
    w.workerId = workerId;
    w.wid = widFor(workerId);
    w.contingent = contingent;
    QMap<QString, QString> f{
        {QLatin1String(Field::FirstName), first},
        {QLatin1String(Field::LastName), last},
        {QLatin1String(Field::Email), QStringLiteral("%1.%2@acme.test").arg(first, last).toLower()},
        {QLatin1String(Field::BusinessTitle), QStringLiteral("Analyst")},
        {QLatin1String(Field::PositionTitle), QStringLiteral("Analyst")},
        {QLatin1String(Field::PositionID), QStringLiteral("P-") + workerId},
        {QLatin1String(Field::JobProfile), QStringLiteral("Analyst")},
        {QLatin1String(Field::WorkerType), contingent ? QStringLiteral("Contractor") : QStringLiteral("Regular")},
        {QLatin1String(Field::SupervisoryOrganization), QStringLiteral("Finance")},
        {QLatin1String(Field::Company), QStringLiteral("Acme Ltd")},
        {QLatin1String(Field::LocationName), QStringLiteral("Lyon")},
        {QLatin1String(Field::LocationID), QStringLiteral("LYO")},
        {QLatin1String(Field::Municipality), QStringLiteral("Lyon")},
        {QLatin1String(Field::Country), QStringLiteral("FR")},
        {QLatin1String(Field::Active), QStringLiteral("1")},
        {QLatin1String(Field::Terminated), QStringLiteral("0")},
        {QLatin1String(Field::Rehire), QStringLiteral("0")},
        {QLatin1String(Field::HireDate), hired.toString(Qt::ISODate)},
        {QLatin1String(Field::OriginalHireDate), hired.toString(Qt::ISODate)},
    };
    for (auto it = fields.begin(); it != fields.end(); ++it)
        f.insert(it.key(), it.value());
    // Entered two weeks ahead of the start, and never after the tests' present.
    const QDateTime entered = std::min(QDateTime(hired.addDays(-14), QTime(9, 0), Qt::UTC), testNow().addDays(-1));
    w.versions.append({hired, entered,
                       contingent ? QStringLiteral("Contract Contingent Worker") : QStringLiteral("Hire Employee"), f});
    return w;
}

inline QStringList workerIds(const Models::HrSnapshot& snapshot)
{
    QStringList ids;
    for (const auto& w : snapshot.workers)
        ids.append(w.workerId);
    ids.sort();
    return ids;
}

inline const Models::Worker* workerById(const Models::HrSnapshot& snapshot, const QString& id)
{
    for (const auto& w : snapshot.workers) {
        if (w.workerId == id)
            return &w;
    }
    return nullptr;
}

inline QString value(const Models::Worker* worker, const char* attribute)
{
    return worker ? Models::firstValue(worker->attributes, QLatin1String(attribute)) : QStringLiteral("(no worker)");
}

} // namespace Tenure::Tests::Workday

#define QVERIFY_RESULT(expr)                                                                                           \
    do {                                                                                                               \
        const auto& result_ = (expr);                                                                                  \
        QVERIFY2(result_.has_value(), result_ ? "" : qPrintable(result_.error().describe()));                           \
    } while (false)
