#pragma once

// A local SuccessFactors API (tests/servers/successfactors) and the people and settings the
// successfactors tests use.

#include "tests/servers/successfactors/sfserver.h"

#include "connectors/hr/successfactors/successfactorssource.h"

#include <QTest>

namespace Tenure::Tests::SuccessFactors {

// "Today" for every test: effective dating is judged against it, on both sides.
inline const QDate Today(2025, 6, 16);
inline const QString BusinessEmail = QStringLiteral("8448");
inline const QString PersonalEmail = QStringLiteral("8449");

// A person employed since `hired` with one personal and one job record from that day.
inline Person person(const QString& id, const QString& first, const QString& last, const QDate& hired = QDate(2020, 1, 6),
                     const QString& title = QStringLiteral("Engineer"), const QString& status = QStringLiteral("A"))
{
    const QDateTime modified(QDate(2025, 1, 1), QTime(8, 0), Qt::UTC);
    Person p;
    p.personIdExternal = id;
    p.userId = QStringLiteral("u") + id;
    p.username = first.toLower();
    p.employmentStart = hired;
    p.lastModified = modified;
    p.employmentLastModified = modified;
    p.personal.append({hired, QDate(9999, 12, 31),
                       QJsonObject{{QStringLiteral("firstName"), first},
                                   {QStringLiteral("lastName"), last},
                                   {QStringLiteral("displayName"), first + QLatin1Char(' ') + last}},
                       modified});
    p.jobs.append({hired, QDate(9999, 12, 31),
                   QJsonObject{{QStringLiteral("jobTitle"), title},
                               {QStringLiteral("department"), QStringLiteral("R&D")},
                               {QStringLiteral("company"), QStringLiteral("ACME_DE")},
                               {QStringLiteral("location"), QStringLiteral("Berlin")},
                               {QStringLiteral("managerId"), QStringLiteral("uM1")},
                               {QStringLiteral("employeeClass"), QStringLiteral("Employee")},
                               {QStringLiteral("countryOfCompany"), QStringLiteral("DEU")},
                               {QStringLiteral("emplStatus"), status}},
                   modified});
    p.emails.append({BusinessEmail, first.toLower() + QStringLiteral("@acme.test"), true, modified});
    return p;
}

class SfFixture {
public:
    SfFixture() : server(options()) {}

    static ServiceOptions options()
    {
        ServiceOptions o;
        o.today = Today;
        return o;
    }

    [[nodiscard]] bool start() { return server.start(); }

    [[nodiscard]] Connectors::SuccessFactorsSettings settings() const
    {
        auto& s = const_cast<SuccessFactorsServer&>(server);
        Connectors::SuccessFactorsSettings settings;
        settings.apiUrl = QUrl(s.apiUrl());
        settings.companyId = s.service().options().companyId;
        settings.username = s.service().options().username;
        settings.caFile = s.caFile();
        settings.timeoutSeconds = 10;
        settings.records = Connectors::SuccessFactorsSettings::defaultRecordRules();
        return settings;
    }

    [[nodiscard]] std::unique_ptr<Connectors::SuccessFactorsSource> source(Connectors::SuccessFactorsSettings s,
                                                                           QString password = {})
    {
        if (password.isNull())
            password = server.service().options().password;
        auto created = Connectors::SuccessFactorsSource::create(std::move(s), password, [] { return Today; });
        if (!created)
            qWarning("%s", qPrintable(created.error().describe()));
        return created ? std::move(*created) : nullptr;
    }
    [[nodiscard]] std::unique_ptr<Connectors::SuccessFactorsSource> source() { return source(settings()); }

    SuccessFactorsServer server;
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

} // namespace Tenure::Tests::SuccessFactors
