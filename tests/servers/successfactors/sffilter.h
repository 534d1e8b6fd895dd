#pragma once

// OData v2 $filter as the local SuccessFactors server evaluates it
// (odata.org/documentation/odata-version-2-0/uri-conventions §4.5): eq ne gt ge lt le, and, or,
// not, parentheses, and SuccessFactors' "in" list (SAP KBA 2735876: "use the $filter IN clause");
// literals 'text', datetime'…', datetimeoffset'…', numbers, true, false, null. A path may cross
// navigations ("employmentNav/jobInfoNav/lastModifiedDateTime"); it then holds the values of
// every record it reaches, every time slice included, and a comparison is true when one of them
// satisfies it — SuccessFactors evaluates filters on effective-dated entities across all their
// segments (SAP KBA 2920680).

#include "sfschema.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

namespace Tenure::Tests::SuccessFactors {

struct FilterNode;

class Filter {
public:
    // An error text in SuccessFactors' words when the filter does not parse or names an unknown
    // property of `root` (error code in `code`).
    [[nodiscard]] static std::optional<Filter> parse(const QString& text, const EntityType& root, QString* code,
                                                     QString* error);

    // `record`: the entity with every navigation expanded and every time slice present.
    [[nodiscard]] bool matches(const QJsonObject& record) const;

private:
    explicit Filter(std::shared_ptr<const FilterNode> root) : m_root(std::move(root)) {}
    std::shared_ptr<const FilterNode> m_root;
};

// The values a '/'-path reaches in an expanded record ({"results": […]} collections flattened).
[[nodiscard]] QList<QJsonValue> valuesAt(const QJsonObject& record, const QString& path);

} // namespace Tenure::Tests::SuccessFactors
