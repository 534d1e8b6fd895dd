#pragma once

// Records as the SuccessFactors OData v2 API writes them in JSON: __metadata with uri and type,
// dates as /Date(ms)/ (Edm.DateTime) and /Date(ms+0000)/ (Edm.DateTimeOffset), a navigation that
// was not expanded as {"__deferred": {"uri"}}, an expanded collection as {"results": […]} and an
// expanded single entity as the entity itself (odata.org OData v2 JSON format §2.2.6.3).

#include "sfdata.h"

#include <QSet>

#include <optional>

namespace Tenure::Tests::SuccessFactors {

struct RenderOptions {
    QString serviceUrl;              // https://127.0.0.1:port/odata/v2
    QStringList expand;              // "employmentNav/jobInfoNav", … (a path expands its parents too)
    // The day effective-dated records are seen as of; nullopt: every time slice (for filters).
    std::optional<QDate> asOf;

    [[nodiscard]] bool expands(const QString& navigationPath) const;
};

[[nodiscard]] QJsonObject renderPerson(const Person& person, const RenderOptions& options);
// One EmpJob time slice as the top-level entity of an EmpJob query.
[[nodiscard]] QJsonObject renderJob(const Person& person, const TimeSlice& job, const RenderOptions& options,
                                    const QString& navigationPrefix = QString());

// Keeps __metadata and the named top-level properties ($select); navigations named by a path
// ("emailNav/emailType") are kept whole.
void applySelect(QJsonObject& record, const QStringList& select);
void applyWireOverrides(QJsonObject& record, const QList<QPair<QString, QJsonValue>>& overrides);

} // namespace Tenure::Tests::SuccessFactors
