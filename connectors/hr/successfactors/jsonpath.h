#pragma once

#include "models/domain/result.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <memory>

namespace Tenure::Connectors {

// A JSONPath expression (the subset Microsoft Entra's SuccessFactors connector documents for its
// attribute mappings, learn.microsoft.com/entra/identity/app-provisioning/
// sap-successfactors-integration-reference "JSONPath"):
//   $                         the record itself
//   .name   ['name']          a member
//   [2]                       an array element (0-based)
//   [*]  .*                   every element or member
//   [?(@.a.b == 'x')]         the elements whose relative path compares equal (==, !=) to a
//                             literal: 'text', "text", a number, true, false or null; [?(@.a)]
//                             keeps the elements where the path exists and is not null
// Recursive descent (..), slices and scripts are refused with the column where they start.
// Compiled once, evaluated for every record; immutable and safe to share between threads.
class JsonPath {
public:
    [[nodiscard]] static Models::Result<JsonPath> parse(const QString& expression);

    // Every value the path reaches, in document order; empty if it reaches nothing.
    [[nodiscard]] QList<QJsonValue> select(const QJsonValue& root) const;

    [[nodiscard]] const QString& expression() const { return m_expression; }

    struct Step;   // one segment of the path (jsonpath.cpp)

private:
    JsonPath(QString expression, std::shared_ptr<const QList<Step>> steps)
        : m_expression(std::move(expression)), m_steps(std::move(steps))
    {
    }

    QString m_expression;
    std::shared_ptr<const QList<Step>> m_steps;
};

} // namespace Tenure::Connectors
