#include "sfschema.h"

namespace Tenure::Tests::SuccessFactors {

namespace {

const QHash<QString, EntityType>& types()
{
    static const QHash<QString, EntityType> all = [] {
        QHash<QString, EntityType> t;
        const auto add = [&](EntityType type) { t.insert(type.name, std::move(type)); };
        add({QStringLiteral("PerPerson"),
             {QStringLiteral("personIdExternal"), QStringLiteral("personId"), QStringLiteral("dateOfBirth"),
              QStringLiteral("createdDateTime"), QStringLiteral("lastModifiedDateTime")},
             {{QStringLiteral("personalInfoNav"), QStringLiteral("PerPersonal")},
              {QStringLiteral("emailNav"), QStringLiteral("PerEmail")},
              {QStringLiteral("employmentNav"), QStringLiteral("EmpEmployment")}},
             false});
        add({QStringLiteral("PerPersonal"),
             {QStringLiteral("personIdExternal"), QStringLiteral("startDate"), QStringLiteral("endDate"),
              QStringLiteral("firstName"), QStringLiteral("lastName"), QStringLiteral("middleName"),
              QStringLiteral("preferredName"), QStringLiteral("displayName"), QStringLiteral("lastModifiedDateTime")},
             {},
             true});
        add({QStringLiteral("PerEmail"),
             {QStringLiteral("personIdExternal"), QStringLiteral("emailType"), QStringLiteral("emailAddress"),
              QStringLiteral("isPrimary"), QStringLiteral("lastModifiedDateTime")},
             {},
             false});
        add({QStringLiteral("EmpEmployment"),
             {QStringLiteral("personIdExternal"), QStringLiteral("userId"), QStringLiteral("startDate"),
              QStringLiteral("endDate"), QStringLiteral("lastModifiedDateTime")},
             {{QStringLiteral("jobInfoNav"), QStringLiteral("EmpJob")}, {QStringLiteral("userNav"), QStringLiteral("User")}},
             false});
        add({QStringLiteral("EmpJob"),
             {QStringLiteral("userId"), QStringLiteral("seqNumber"), QStringLiteral("startDate"),
              QStringLiteral("endDate"), QStringLiteral("jobTitle"), QStringLiteral("department"),
              QStringLiteral("division"), QStringLiteral("company"), QStringLiteral("location"),
              QStringLiteral("managerId"), QStringLiteral("employeeClass"), QStringLiteral("countryOfCompany"),
              QStringLiteral("emplStatus"), QStringLiteral("lastModifiedDateTime")},
             {{QStringLiteral("emplStatusNav"), QStringLiteral("PicklistOption")}},
             true});
        add({QStringLiteral("User"),
             {QStringLiteral("userId"), QStringLiteral("username"), QStringLiteral("status"),
              QStringLiteral("lastModifiedDateTime")},
             {},
             false});
        add({QStringLiteral("PicklistOption"), {QStringLiteral("id"), QStringLiteral("externalCode")}, {}, false});
        return t;
    }();
    return all;
}

} // namespace

const EntityType* entityType(const QString& name)
{
    const auto it = types().constFind(name);
    return it == types().cend() ? nullptr : &*it;
}

std::optional<ResolvedPath> resolvePath(const EntityType& root, const QString& path, QString* unknown)
{
    const EntityType* type = &root;
    const QStringList segments = path.split(QLatin1Char('/'));
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString& segment = segments.at(i);
        const bool last = i == segments.size() - 1;
        if (type->navigations.contains(segment)) {
            if (last)
                return ResolvedPath{type, true};
            type = entityType(type->navigations.value(segment));
            continue;
        }
        if (last && type->properties.contains(segment))
            return ResolvedPath{type, false};
        *unknown = QStringLiteral("%1/%2").arg(type->name, segment);
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace Tenure::Tests::SuccessFactors
