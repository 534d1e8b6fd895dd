#include "bamboohrservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Tenure::Tests::BambooHr {

namespace {

const QString EmptyDate = QStringLiteral("0000-00-00");

// The fields of the employee directory (documentation.bamboohr.com/reference/get-employees-directory).
const QStringList DirectoryFields{QStringLiteral("id"),         QStringLiteral("displayName"),
                                  QStringLiteral("firstName"),  QStringLiteral("lastName"),
                                  QStringLiteral("preferredName"), QStringLiteral("jobTitle"),
                                  QStringLiteral("workPhone"),  QStringLiteral("workEmail"),
                                  QStringLiteral("department"), QStringLiteral("location"),
                                  QStringLiteral("division"),   QStringLiteral("supervisor"),
                                  QStringLiteral("photoUploaded")};

// The fields this company has (the standard ones identity provisioning reads).
const QStringList KnownFields{QStringLiteral("id"),           QStringLiteral("employeeNumber"),
                              QStringLiteral("firstName"),    QStringLiteral("lastName"),
                              QStringLiteral("preferredName"), QStringLiteral("displayName"),
                              QStringLiteral("workEmail"),    QStringLiteral("homeEmail"),
                              QStringLiteral("jobTitle"),     QStringLiteral("department"),
                              QStringLiteral("division"),     QStringLiteral("location"),
                              QStringLiteral("supervisor"),   QStringLiteral("supervisorEId"),
                              QStringLiteral("supervisorId"), QStringLiteral("status"),
                              QStringLiteral("employmentHistoryStatus"), QStringLiteral("hireDate"),
                              QStringLiteral("terminationDate"), QStringLiteral("workPhone"),
                              QStringLiteral("photoUploaded"), QStringLiteral("lastChanged")};

LocalResponse errorResponse(int status, const QByteArray& reason)
{
    LocalResponse response;
    response.status = status;
    response.headers.append(HttpHeader("X-BambooHR-Error-Message", reason));
    response.headers.append(HttpHeader("Content-Type", "text/html; charset=UTF-8"));
    return response;
}

LocalResponse json(const QJsonObject& body)
{
    return LocalResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QJsonValue fieldValue(const QString& field, const QJsonObject& fields, const QString& id)
{
    if (field == QLatin1String("id"))
        return id;
    const QJsonValue value = fields.value(field);
    if (value.isUndefined() || value.isNull())
        return field.endsWith(QLatin1String("Date")) ? QJsonValue(EmptyDate) : QJsonValue(QJsonValue::Null);
    return value;
}

} // namespace

QDateTime parseSince(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})(Z|[+-]\\d{2}:?\\d{2})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    QString zone = match.captured(2);
    if (zone != QLatin1String("Z") && !zone.contains(QLatin1Char(':')))
        zone.insert(3, QLatin1Char(':'));
    return QDateTime::fromString(match.captured(1) + zone, Qt::ISODate).toUTC();
}

QString changeTime(const QDateTime& instant)
{
    return instant.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("+00:00");
}

BambooHrService::BambooHrService(ServiceOptions options) : m_options(std::move(options)) {}

QDate BambooHrService::today() const
{
    return m_options.today.isValid() ? m_options.today : QDateTime::currentDateTimeUtc().date();
}

LocalResponse BambooHrService::handle(const LocalRequest& request)
{
    const std::lock_guard lock(m_mutex);
    const Clock::time_point now = Clock::now();
    Arrival arrival{now, request.method, request.path, 0, now < m_retryNotBefore};
    LocalResponse response;
    const QString prefix = QStringLiteral("/api/gateway.php/%1/v1/").arg(m_options.companyDomain);
    if (auto refused = checkCredentials(request)) {
        response = *refused;
    } else if (!request.path.startsWith(prefix)) {
        response = errorResponse(404, "Company not found");
    } else if (m_throttleRemaining > 0) {
        --m_throttleRemaining;
        m_retryNotBefore = now + std::chrono::seconds(m_throttleSeconds);
        response = errorResponse(m_throttleStatus == ThrottleStatus::TooManyRequests429 ? 429 : 503,
                                 "API request limit exceeded");
        response.headers.append(HttpHeader("Retry-After", QByteArray::number(m_throttleSeconds)));
    } else {
        response = route(request, request.path.mid(prefix.size()));
        if (response.status == 200 && m_responsesBeforeFault > 0) {
            --m_responsesBeforeFault;
        } else if (response.status == 200 && m_faultsRemaining > 0) {
            --m_faultsRemaining;
            switch (m_fault) {
            case ResponseFault::MalformedJson:
                response.body = "<html><head><title>502 Bad Gateway</title></head></html>";
                break;
            case ResponseFault::TruncatedJson:
                response.body = response.body.left(response.body.size() / 2);
                break;
            case ResponseFault::TruncatedTransfer:
                response.fault = LocalResponse::Fault::Truncated;
                break;
            }
        }
    }
    arrival.status = response.status;
    m_arrivals.append(arrival);
    return response;
}

std::optional<LocalResponse> BambooHrService::checkCredentials(const LocalRequest& request) const
{
    const QByteArray header = request.header("Authorization");
    if (!header.startsWith("Basic "))
        return errorResponse(401, "The API key is missing");
    const QString credentials = QString::fromUtf8(QByteArray::fromBase64(header.mid(6)));
    if (credentials.section(QLatin1Char(':'), 0, 0) != m_options.apiKey)
        return errorResponse(401, "Invalid API key");
    return std::nullopt;
}

LocalResponse BambooHrService::route(const LocalRequest& request, const QString& path)
{
    if (!request.header("Accept").contains("application/json"))
        return errorResponse(406, "This local server answers application/json only");
    if (path == QLatin1String("employees/directory") && request.method == "GET")
        return directory();
    if (path == QLatin1String("reports/custom") && request.method == "POST")
        return customReport(request);
    if (path == QLatin1String("employees/changed") && request.method == "GET")
        return changed(request);
    static const QRegularExpression one(QStringLiteral("^employees/(\\d+)/?$"));
    if (const auto match = one.match(path); match.hasMatch() && request.method == "GET")
        return employee(request, match.captured(1));
    return errorResponse(404, "Not found");
}

LocalResponse BambooHrService::directory() const
{
    QJsonArray fields;
    for (const auto& field : DirectoryFields)
        fields.append(QJsonObject{{QStringLiteral("id"), field}, {QStringLiteral("type"), QStringLiteral("text")},
                                  {QStringLiteral("name"), field}});
    QJsonArray employees;
    for (const auto& e : m_employees) {
        if (e.deleted || e.fields.value(QLatin1String("status")).toString() != QLatin1String("Active"))
            continue;
        QJsonObject row;
        for (const auto& field : DirectoryFields)
            row.insert(field, fieldValue(field, e.fields, e.id));
        employees.append(row);
    }
    return json({{QStringLiteral("fields"), fields}, {QStringLiteral("employees"), employees}});
}

LocalResponse BambooHrService::customReport(const LocalRequest& request) const
{
    if (request.queryValue(QStringLiteral("format")).compare(QLatin1String("JSON"), Qt::CaseInsensitive) != 0)
        return errorResponse(400, "This local server produces format=JSON reports only");
    QJsonParseError parseError;
    const QJsonObject body = QJsonDocument::fromJson(request.body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || !body.value(QLatin1String("fields")).isArray())
        return errorResponse(400, "The report request must be JSON with a list of fields");
    const bool onlyCurrent = request.queryValue(QStringLiteral("onlyCurrent")) == QLatin1String("true");
    QDateTime changedSince;
    bool includeNull = true;
    const QJsonObject lastChanged =
        body.value(QLatin1String("filters")).toObject().value(QLatin1String("lastChanged")).toObject();
    if (!lastChanged.isEmpty()) {
        changedSince = parseSince(lastChanged.value(QLatin1String("value")).toString());
        if (!changedSince.isValid())
            return errorResponse(400, "The lastChanged filter needs an ISO 8601 date and time");
        includeNull = lastChanged.value(QLatin1String("includeNull")).toString() != QLatin1String("no");
    }
    QStringList fields;
    QJsonArray fieldList;
    for (const auto& value : body.value(QLatin1String("fields")).toArray()) {
        const QString field = value.toString();
        // Unknown names are left out, not refused.
        if (!KnownFields.contains(field) || fields.contains(field))
            continue;
        fields.append(field);
        fieldList.append(QJsonObject{{QStringLiteral("id"), field}, {QStringLiteral("type"), QStringLiteral("text")},
                                     {QStringLiteral("name"), field}});
    }
    QJsonArray employees;
    for (const auto& e : m_employees) {
        if (e.deleted)
            continue;
        const QDate hired = QDate::fromString(e.fields.value(QLatin1String("hireDate")).toString(), Qt::ISODate);
        if (onlyCurrent && hired.isValid() && hired > today())
            continue;   // future-dated: only with onlyCurrent=false
        if (changedSince.isValid()) {
            if (!e.lastChanged.isValid() ? !includeNull : e.lastChanged < changedSince)
                continue;
        }
        QJsonObject row{{QStringLiteral("id"), e.id}};
        for (const auto& field : fields)
            row.insert(field, fieldValue(field, e.fields, e.id));
        employees.append(row);
    }
    return json({{QStringLiteral("title"), body.value(QLatin1String("title")).toString()},
                 {QStringLiteral("fields"), fieldList},
                 {QStringLiteral("employees"), employees}});
}

LocalResponse BambooHrService::changed(const LocalRequest& request) const
{
    const QDateTime since = parseSince(request.queryValue(QStringLiteral("since")));
    if (!since.isValid())
        return errorResponse(400, "The since parameter is missing or is not a valid ISO 8601 date");
    const QString type = request.queryValue(QStringLiteral("type")).toLower();
    static const QStringList types{QString(), QStringLiteral("inserted"), QStringLiteral("updated"),
                                   QStringLiteral("deleted"), QStringLiteral("all")};
    if (!types.contains(type))
        return errorResponse(400, "The type parameter must be inserted, updated or deleted");
    QJsonObject employees;
    QDateTime latest;
    for (const auto& e : m_employees) {
        // BambooHR keeps change times to the second.
        const QDateTime changedAt = e.lastChanged.addMSecs(-e.lastChanged.time().msec());
        if (!changedAt.isValid() || changedAt < since)
            continue;
        const QString action = e.deleted ? QStringLiteral("Deleted")
                               : e.created.addMSecs(-e.created.time().msec()) >= since ? QStringLiteral("Inserted")
                                                                                      : QStringLiteral("Updated");
        if (!type.isEmpty() && type != QLatin1String("all") && type != action.toLower())
            continue;
        employees.insert(e.id, QJsonObject{{QStringLiteral("id"), e.id},
                                           {QStringLiteral("action"), action},
                                           {QStringLiteral("lastChanged"), changeTime(changedAt)}});
        if (!latest.isValid() || changedAt > latest)
            latest = changedAt;
    }
    return json({{QStringLiteral("latest"), changeTime(latest.isValid() ? latest : since)},
                 {QStringLiteral("employees"), employees}});
}

LocalResponse BambooHrService::employee(const LocalRequest& request, const QString& id) const
{
    const auto found = std::find_if(m_employees.cbegin(), m_employees.cend(),
                                    [&](const Employee& e) { return e.id == id && !e.deleted; });
    if (found == m_employees.cend())
        return errorResponse(404, "Employee not found");
    QJsonObject row{{QStringLiteral("id"), id}};
    for (const QString& field : request.queryValue(QStringLiteral("fields")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (KnownFields.contains(field))
            row.insert(field, fieldValue(field, found->fields, id));
    }
    return json(row);
}

void BambooHrService::addEmployees(const QList<Employee>& employees)
{
    const std::lock_guard lock(m_mutex);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (Employee e : employees) {
        if (!e.created.isValid())
            e.created = now;
        if (!e.lastChanged.isValid())
            e.lastChanged = now;
        m_employees.append(e);
    }
}

void BambooHrService::updateEmployee(const QString& id, const QJsonObject& fields)
{
    const std::lock_guard lock(m_mutex);
    for (auto& e : m_employees) {
        if (e.id != id)
            continue;
        for (auto it = fields.begin(); it != fields.end(); ++it)
            e.fields.insert(it.key(), it.value());
        e.lastChanged = QDateTime::currentDateTimeUtc();
    }
}

void BambooHrService::deleteEmployee(const QString& id)
{
    const std::lock_guard lock(m_mutex);
    for (auto& e : m_employees) {
        if (e.id == id) {
            e.deleted = true;
            e.lastChanged = QDateTime::currentDateTimeUtc();
        }
    }
}

QList<Employee> BambooHrService::employees() const
{
    const std::lock_guard lock(m_mutex);
    return m_employees;
}

void BambooHrService::throttleNext(int requests, int retryAfterSeconds, ThrottleStatus status)
{
    const std::lock_guard lock(m_mutex);
    m_throttleRemaining = requests;
    m_throttleSeconds = retryAfterSeconds;
    m_throttleStatus = status;
}

void BambooHrService::failResponses(ResponseFault fault, int responsesFirst, int count)
{
    const std::lock_guard lock(m_mutex);
    m_fault = fault;
    m_responsesBeforeFault = responsesFirst;
    m_faultsRemaining = count;
}

QList<Arrival> BambooHrService::arrivals() const
{
    const std::lock_guard lock(m_mutex);
    return m_arrivals;
}

int BambooHrService::earlyArrivals() const
{
    const std::lock_guard lock(m_mutex);
    return int(std::count_if(m_arrivals.cbegin(), m_arrivals.cend(), [](const Arrival& a) { return a.beforeRetryAfter; }));
}

ServiceOptions BambooHrService::options() const
{
    const std::lock_guard lock(m_mutex);
    return m_options;
}

} // namespace Tenure::Tests::BambooHr
