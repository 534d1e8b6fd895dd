#pragma once

// A local BambooHR API (tests/servers/bamboohr) and the employees and settings the bamboohr tests use.

#include "tests/servers/bamboohr/bamboohrserver.h"

#include "connectors/hr/bamboohr/bamboohrsource.h"

#include <QTest>

namespace Tenure::Tests::BambooHr {

// Long before any test's watermark: these employees have not changed since.
inline const QDateTime LongAgo(QDate(2025, 1, 2), QTime(8, 0), Qt::UTC);

inline Employee employee(const QString& id, const QString& first, const QString& last,
                         const QString& hired = QStringLiteral("2020-01-06"), const QString& status = QStringLiteral("Active"),
                         const QString& title = QStringLiteral("Engineer"))
{
    Employee e;
    e.id = id;
    e.fields = {{QStringLiteral("employeeNumber"), QStringLiteral("E") + id},
                {QStringLiteral("firstName"), first},
                {QStringLiteral("lastName"), last},
                {QStringLiteral("displayName"), first + QLatin1Char(' ') + last},
                {QStringLiteral("workEmail"), first.toLower() + QStringLiteral("@acme.test")},
                {QStringLiteral("jobTitle"), title},
                {QStringLiteral("department"), QStringLiteral("R&D")},
                {QStringLiteral("location"), QStringLiteral("Boise")},
                {QStringLiteral("supervisorEId"), QStringLiteral("1")},
                {QStringLiteral("status"), status},
                {QStringLiteral("employmentHistoryStatus"), QStringLiteral("Full-Time")},
                {QStringLiteral("hireDate"), hired},
                {QStringLiteral("terminationDate"), QStringLiteral("0000-00-00")}};
    e.created = LongAgo;
    e.lastChanged = LongAgo;
    return e;
}

class BambooHrFixture {
public:
    [[nodiscard]] bool start() { return server.start(); }

    [[nodiscard]] Connectors::BambooHrSettings settings() const
    {
        auto& s = const_cast<BambooHrServer&>(server);
        Connectors::BambooHrSettings settings;
        settings.companyDomain = s.service().options().companyDomain;
        settings.apiUrl = QUrl(s.apiUrl());
        settings.caFile = s.caFile();
        settings.timeoutSeconds = 10;
        settings.records = Connectors::BambooHrSettings::defaultRecordRules();
        return settings;
    }

    [[nodiscard]] std::unique_ptr<Connectors::BambooHrSource> source(Connectors::BambooHrSettings s, QString apiKey = {})
    {
        if (apiKey.isNull())
            apiKey = server.service().options().apiKey;
        auto created = Connectors::BambooHrSource::create(std::move(s), apiKey);
        if (!created)
            qWarning("%s", qPrintable(created.error().describe()));
        return created ? std::move(*created) : nullptr;
    }
    [[nodiscard]] std::unique_ptr<Connectors::BambooHrSource> source() { return source(settings()); }

    QList<Arrival> arrivalsFor(const QString& pathEnd) const
    {
        QList<Arrival> result;
        for (const auto& a : const_cast<BambooHrServer&>(server).service().arrivals()) {
            if (a.path.endsWith(pathEnd))
                result.append(a);
        }
        return result;
    }

    BambooHrServer server;
};

inline const Models::Worker* findWorker(const Models::HrSnapshot& snapshot, const QString& id)
{
    for (const auto& w : snapshot.workers) {
        if (w.workerId == id)
            return &w;
    }
    return nullptr;
}

inline QString attribute(const Models::HrSnapshot& snapshot, const QString& id, const QString& name)
{
    const Models::Worker* w = findWorker(snapshot, id);
    return w ? Models::firstValue(w->attributes, name) : QStringLiteral("<no worker %1>").arg(id);
}

} // namespace Tenure::Tests::BambooHr
