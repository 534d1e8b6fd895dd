#include "scimbulkfilesource.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Tenure::Connectors {
namespace {

using Models::ErrorCode;
using Models::fail;

const QString BulkRequestSchema = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:BulkRequest");
const QString CoreUserSchema = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User");
const QString EnterpriseUserSchema = QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");

// A scalar as text; objects and arrays are not scalars (nullopt).
std::optional<QString> scalar(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String: return value.toString();
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Null:
    case QJsonValue::Undefined: return QString();
    default: return std::nullopt;
    }
}

void put(Models::Attributes& attributes, const QString& name, const QString& value)
{
    if (!value.isEmpty())
        attributes.insert(name, {value});
}

// Core User attributes (RFC 7643 §4.1) into `attributes`; a problem text for the first
// attribute of an unexpected shape.
QString readCore(const QJsonObject& data, Models::Attributes& attributes)
{
    for (auto it = data.begin(); it != data.end(); ++it) {
        const auto& key = it.key();
        if (key == QLatin1String("schemas") || key.startsWith(QLatin1String("urn:")))
            continue;
        const auto value = it.value();
        if (value.isObject()) {   // name and other complex attributes: name.givenName
            const auto sub = value.toObject();
            for (auto s = sub.begin(); s != sub.end(); ++s) {
                const auto text = scalar(s.value());
                if (!text)
                    return QStringLiteral("%1.%2 is not a single value").arg(key, s.key());
                put(attributes, key + QLatin1Char('.') + s.key(), *text);
            }
        } else if (value.isArray()) {   // emails, phoneNumbers, addresses: by type
            for (const auto& item : value.toArray()) {
                if (!item.isObject())
                    return QStringLiteral("%1 must hold objects").arg(key);
                const auto entry = item.toObject();
                const auto type = entry.value(QStringLiteral("type")).toString(QStringLiteral("work"));
                if (entry.contains(QStringLiteral("value"))) {
                    const auto text = scalar(entry.value(QStringLiteral("value")));
                    if (!text)
                        return QStringLiteral("%1[type %2].value is not a single value").arg(key, type);
                    if (!attributes.contains(key + QLatin1Char('.') + type))   // the first of a type wins: it is listed first as primary
                        put(attributes, key + QLatin1Char('.') + type, *text);
                    continue;
                }
                for (auto s = entry.begin(); s != entry.end(); ++s) {   // addresses
                    if (s.key() == QLatin1String("type") || s.key() == QLatin1String("primary"))
                        continue;
                    const auto text = scalar(s.value());
                    if (!text)
                        return QStringLiteral("%1[type %2].%3 is not a single value").arg(key, type, s.key());
                    put(attributes, QStringLiteral("%1.%2.%3").arg(key, type, s.key()), *text);
                }
            }
        } else {
            put(attributes, key, scalar(value).value_or(QString()));
        }
    }
    return {};
}

QString readExtension(const QString& urn, const QJsonObject& extension, bool enterprise, Models::Attributes& attributes)
{
    for (auto it = extension.begin(); it != extension.end(); ++it) {
        QString name = it.key();
        if (!enterprise && attributes.contains(name))
            name = urn + QLatin1Char(':') + name;   // never shadow a core/enterprise attribute
        if (it.value().isObject()) {   // enterprise manager {"value": id}
            const auto text = scalar(it.value().toObject().value(QStringLiteral("value")));
            if (!text)
                return QStringLiteral("%1:%2.value is not a single value").arg(urn, it.key());
            put(attributes, name, *text);
            continue;
        }
        const auto text = scalar(it.value());
        if (!text)
            return QStringLiteral("%1:%2 is not a single value").arg(urn, it.key());
        put(attributes, name, *text);
    }
    return {};
}

} // namespace

Models::Result<ScimBulkFileSettings> ScimBulkFileSettings::fromJson(const QJsonObject& json)
{
    ScimBulkFileSettings s;
    s.path = json.value(QStringLiteral("path")).toString();
    if (s.path.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The SCIM bulk file source needs a file path"), {},
                    {{}, {}, QStringLiteral("path"), 0});
    s.workerIdAttribute = json.value(QStringLiteral("workerIdAttribute")).toString(QStringLiteral("externalId"));
    if (s.workerIdAttribute.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("workerIdAttribute must name an attribute"), {},
                    {{}, {}, QStringLiteral("workerIdAttribute"), 0});
    auto records = HrRecordRules::fromJson(json.value(QStringLiteral("records")).toObject());
    if (!records)
        return std::unexpected(records.error());
    s.records = std::move(*records);
    return s;
}

QJsonObject ScimBulkFileSettings::toJson() const
{
    QJsonObject json{{QStringLiteral("path"), path}, {QStringLiteral("workerIdAttribute"), workerIdAttribute}};
    if (const auto rules = records.toJson(); !rules.isEmpty())
        json.insert(QStringLiteral("records"), rules);
    return json;
}

Models::Result<QString> ScimBulkFileSource::testConnection()
{
    auto snapshot = read({});
    if (!snapshot)
        return std::unexpected(snapshot.error());
    return QStringLiteral("%1 workers and %2 unreadable operations in %3")
        .arg(snapshot->workers.size())
        .arg(snapshot->errors.size())
        .arg(m_settings.path);
}

Models::Result<Models::HrSnapshot> ScimBulkFileSource::read(const Models::CancelToken& cancel)
{
    QFile file(m_settings.path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound,
                    QStringLiteral("Cannot open the SCIM bulk file %1: %2").arg(m_settings.path, file.errorString()));
    return parse(file.readAll(), cancel);
}

Models::Result<Models::HrSnapshot> ScimBulkFileSource::parse(const QByteArray& json, const Models::CancelToken& cancel) const
{
    QJsonParseError parseError;
    const auto document = QJsonDocument::fromJson(json, &parseError);
    // A truncated file fails to parse: the whole read is blocked, never read as fewer workers.
    if (parseError.error != QJsonParseError::NoError)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("%1 is not valid JSON (cut short or damaged?): %2 at byte %3")
                        .arg(m_settings.path, parseError.errorString())
                        .arg(parseError.offset));
    const auto root = document.object();
    if (!root.value(QStringLiteral("schemas")).toArray().contains(BulkRequestSchema) ||
        !root.value(QStringLiteral("Operations")).isArray())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("%1 is not a SCIM BulkRequest (schemas must list %2 and Operations must be a list)")
                        .arg(m_settings.path, BulkRequestSchema));

    Models::HrSnapshot snapshot;
    const auto operations = root.value(QStringLiteral("Operations")).toArray();
    for (int i = 0; i < operations.size(); ++i) {
        if (cancel.isCancelled())
            return fail(ErrorCode::Cancelled, QStringLiteral("Reading %1 was cancelled").arg(m_settings.path));
        const int record = i + 1;
        const auto operation = operations.at(i).toObject();
        const auto data = operation.value(QStringLiteral("data")).toObject();
        Models::Worker worker;
        worker.sourceLine = record;
        worker.workerId = scalar(data.value(m_settings.workerIdAttribute)).value_or(QString()).trimmed();
        auto reject = [&](const QString& why) {
            snapshot.errors.append({worker.workerId, record, QStringLiteral("operation %1: %2").arg(record).arg(why)});
        };
        if (operation.value(QStringLiteral("method")).toString().compare(QLatin1String("POST"), Qt::CaseInsensitive) != 0) {
            reject(QStringLiteral("method is '%1'; inbound provisioning takes only POST")
                       .arg(operation.value(QStringLiteral("method")).toString()));
            continue;
        }
        if (operation.value(QStringLiteral("path")).toString() != QLatin1String("/Users")) {
            reject(QStringLiteral("path is '%1', not /Users").arg(operation.value(QStringLiteral("path")).toString()));
            continue;
        }
        if (data.isEmpty()) {
            reject(QStringLiteral("it has no data (the User)"));
            continue;
        }
        const auto schemas = data.value(QStringLiteral("schemas")).toArray();
        if (!schemas.contains(CoreUserSchema)) {
            reject(QStringLiteral("data.schemas does not list %1").arg(CoreUserSchema));
            continue;
        }
        QString problem = readCore(data, worker.attributes);
        if (problem.isEmpty() && data.value(EnterpriseUserSchema).isObject())
            problem = readExtension(EnterpriseUserSchema, data.value(EnterpriseUserSchema).toObject(), true, worker.attributes);
        for (const auto& urn : schemas) {
            const auto name = urn.toString();
            if (!problem.isEmpty() || name == CoreUserSchema || name == EnterpriseUserSchema)
                continue;
            if (data.contains(name) && !data.value(name).isObject())
                problem = QStringLiteral("%1 must be an object").arg(name);
            else
                problem = readExtension(name, data.value(name).toObject(), false, worker.attributes);
        }
        for (auto it = data.begin(); problem.isEmpty() && it != data.end(); ++it)
            if (it.key().startsWith(QLatin1String("urn:")) && !schemas.contains(it.key()))
                problem = QStringLiteral("data holds %1, which data.schemas does not list").arg(it.key());
        if (!problem.isEmpty()) {
            reject(problem);
            continue;
        }
        snapshot.workers.append(std::move(worker));
    }
    applyRecordRules(snapshot, m_settings.records, QStringLiteral("operation"));
    return snapshot;
}

} // namespace Tenure::Connectors
