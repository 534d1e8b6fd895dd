#include "sfservice.h"

#include "sffilter.h"
#include "sfrender.h"
#include "sfschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Tenure::Tests::SuccessFactors {

namespace {

const QDate Beginning(1900, 1, 1);
const QDate End(9999, 12, 31);

// {"error": {"code", "message": {"lang", "value"}}}: the OData v2 error body SuccessFactors sends.
LocalResponse odataError(int status, const QString& code, const QString& message)
{
    const QJsonObject body{
        {QStringLiteral("error"),
         QJsonObject{{QStringLiteral("code"), code},
                     {QStringLiteral("message"),
                      QJsonObject{{QStringLiteral("lang"), QStringLiteral("en-US")}, {QStringLiteral("value"), message}}}}}};
    return LocalResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QString skipToken(const QString& snapshot, int offset)
{
    const QJsonObject token{{QStringLiteral("snapshot"), snapshot}, {QStringLiteral("offset"), offset}};
    return QString::fromLatin1(QJsonDocument(token).toJson(QJsonDocument::Compact).toBase64(QByteArray::Base64UrlEncoding));
}

bool readSkipToken(const QString& text, QString* snapshot, int* offset)
{
    const QJsonObject token =
        QJsonDocument::fromJson(QByteArray::fromBase64(text.toLatin1(), QByteArray::Base64UrlEncoding)).object();
    if (!token.contains(QLatin1String("offset")))
        return false;
    *snapshot = token.value(QLatin1String("snapshot")).toString();
    *offset = token.value(QLatin1String("offset")).toInt();
    return *offset >= 0;
}

// Key predicate values of an entity URI: "PerEmail(emailType='8448',personIdExternal='x')" or
// "User('x')" (one unnamed key, under "").
bool parseUri(const QString& uri, QString* type, QHash<QString, QString>* keys)
{
    static const QRegularExpression pattern(QStringLiteral("([A-Za-z]+)\\((.*)\\)$"));
    const auto match = pattern.match(uri);
    if (!match.hasMatch())
        return false;
    *type = match.captured(1);
    static const QRegularExpression keyPattern(QStringLiteral("(?:([A-Za-z]+)=)?'((?:[^']|'')*)'"));
    auto it = keyPattern.globalMatch(match.captured(2));
    while (it.hasNext()) {
        const auto key = it.next();
        keys->insert(key.captured(1), key.captured(2).replace(QStringLiteral("''"), QStringLiteral("'")));
    }
    return !keys->isEmpty();
}

} // namespace

SuccessFactorsService::SuccessFactorsService(ServiceOptions options) : m_options(std::move(options)) {}

QDate SuccessFactorsService::today() const
{
    return m_options.today.isValid() ? m_options.today : QDateTime::currentDateTimeUtc().date();
}

LocalResponse SuccessFactorsService::handle(const LocalRequest& request, const QString& baseUrl)
{
    const std::lock_guard lock(m_mutex);
    m_serviceUrl = baseUrl + QStringLiteral("/odata/v2");
    const Clock::time_point now = Clock::now();
    Arrival arrival{now, request.method, request.path,
                    QUrl::fromPercentEncoding(request.query.toString(QUrl::FullyEncoded).toLatin1()), 0,
                    now < m_retryNotBefore};

    LocalResponse response;
    if (auto refused = checkCredentials(request)) {
        response = *refused;
    } else if (m_throttleRemaining > 0) {
        --m_throttleRemaining;
        m_retryNotBefore = now + std::chrono::seconds(m_throttleSeconds);
        response = odataError(429, QStringLiteral("TOO_MANY_REQUESTS"),
                              QStringLiteral("The API rate limit has been exceeded. Retry after %1 seconds.")
                                  .arg(m_throttleSeconds));
        response.headers.append(HttpHeader("Retry-After", QByteArray::number(m_throttleSeconds)));
    } else {
        response = route(request);
    }
    arrival.status = response.status;
    m_arrivals.append(arrival);
    return response;
}

std::optional<LocalResponse> SuccessFactorsService::checkCredentials(const LocalRequest& request) const
{
    const QByteArray header = request.header("Authorization");
    if (!header.startsWith("Basic "))
        return odataError(403, QStringLiteral("CREDENTIALS_MISSING"),
                          QStringLiteral("[LGN0003]Authentication credentials are required. Please provide a valid user "
                                         "name, password and company id."));
    const QString credentials = QString::fromUtf8(QByteArray::fromBase64(header.mid(6)));
    const qsizetype colon = credentials.indexOf(QLatin1Char(':'));
    const QString login = credentials.left(colon);
    const QString password = colon < 0 ? QString() : credentials.mid(colon + 1);
    const qsizetype at = login.lastIndexOf(QLatin1Char('@'));
    const QString company = at < 0 ? QString() : login.mid(at + 1);
    if (company != m_options.companyId)
        return odataError(403, QStringLiteral("COMPANY_NOT_FOUND"),
                          QStringLiteral("[LGN0008]Company [%1] not found. Please validate the spelling of your company "
                                         "id, which is case-sensitive.")
                              .arg(company));
    if (login.left(at) != m_options.username || password != m_options.password)
        return odataError(401, QStringLiteral("AUTHENTICATION_FAILED"),
                          QStringLiteral("[LGN0015]Authentication failed. You have entered an incorrect username or "
                                         "password (status code = 4)."));
    return std::nullopt;
}

LocalResponse SuccessFactorsService::route(const LocalRequest& request)
{
    static const QString prefix = QStringLiteral("/odata/v2/");
    if (!request.path.startsWith(prefix))
        return odataError(404, QStringLiteral("CATEGORY_DENIED"), QStringLiteral("[LGN0001]Invalid endpoint"));
    const QStringList segments = request.path.mid(prefix.size()).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.size() == 1 && segments.first() == QLatin1String("upsert")) {
        if (request.method != "POST")
            return odataError(405, QStringLiteral("COE_METHOD_NOT_ALLOWED"), QStringLiteral("upsert takes POST"));
        return upsert(request);
    }
    const QString entitySet = segments.value(0);
    if (entitySet != QLatin1String("PerPerson") && entitySet != QLatin1String("EmpJob"))
        return odataError(400, QStringLiteral("COE_ENTITY_NOT_FOUND"),
                          QStringLiteral("[COE0020]Invalid entity (or function) name: %1").arg(entitySet));
    if (request.method != "GET")
        return odataError(405, QStringLiteral("COE_METHOD_NOT_ALLOWED"),
                          QStringLiteral("%1 is read with GET").arg(entitySet));
    const bool count = segments.size() == 2 && segments.at(1) == QLatin1String("$count");
    if (segments.size() > 1 && !count)
        return odataError(400, QStringLiteral("COE_GENERAL_BAD_REQUEST"),
                          QStringLiteral("This local server reads whole entity sets only: %1").arg(request.path));
    return collection(request, entitySet, count);
}

LocalResponse SuccessFactorsService::collection(const LocalRequest& request, const QString& entitySet, bool countOnly)
{
    const EntityType& type = *entityType(entitySet);
    const bool json = request.queryValue(QStringLiteral("$format")) == QLatin1String("json") ||
                      request.header("Accept").contains("application/json");
    if (!json && !countOnly)
        return odataError(400, QStringLiteral("COE_GENERAL_BAD_REQUEST"),
                          QStringLiteral("This local server answers in JSON only: add $format=json"));

    // Effective dating (SAP KBA 2853045).
    QDate asOf, from, to;
    for (const auto& [key, date] : {std::pair{QStringLiteral("asOfDate"), &asOf}, std::pair{QStringLiteral("fromDate"), &from},
                                    std::pair{QStringLiteral("toDate"), &to}}) {
        if (!request.hasQuery(key))
            continue;
        *date = QDate::fromString(request.queryValue(key), Qt::ISODate);
        if (!date->isValid())
            return odataError(400, QStringLiteral("COE_INVALID_DATE_FORMAT"),
                              QStringLiteral("[COE0009]Invalid date format for %1: '%2'. Use yyyy-MM-dd.")
                                  .arg(key, request.queryValue(key)));
    }
    if (asOf.isValid() && (from.isValid() || to.isValid()))
        return odataError(400, QStringLiteral("COE_GENERAL_BAD_REQUEST"),
                          QStringLiteral("You can use either asOfDate or fromDate/toDate in a query request, not both."));

    int pageSize = m_options.maxPageSize;
    if (request.hasQuery(QStringLiteral("customPageSize"))) {
        bool ok = false;
        pageSize = request.queryValue(QStringLiteral("customPageSize")).toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > m_options.maxPageSize)
            return odataError(400, QStringLiteral("COE_GENERAL_BAD_REQUEST"),
                              QStringLiteral("customPageSize must be a number from 1 to %1").arg(m_options.maxPageSize));
    }

    QStringList expand;
    for (const QString& path : request.queryValue(QStringLiteral("$expand")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QString unknown;
        const auto resolved = resolvePath(type, path.trimmed(), &unknown);
        if (!resolved || !resolved->isNavigation)
            return odataError(400, QStringLiteral("COE_PROPERTY_NOT_FOUND"),
                              QStringLiteral("[COE0021]Invalid property names: %1. Please check the property names in "
                                             "your query.")
                                  .arg(resolved ? path.trimmed() : unknown));
        expand.append(path.trimmed());
    }
    QStringList select;
    for (const QString& path : request.queryValue(QStringLiteral("$select")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QString unknown;
        if (!resolvePath(type, path.trimmed(), &unknown))
            return odataError(400, QStringLiteral("COE_PROPERTY_NOT_FOUND"),
                              QStringLiteral("[COE0021]Invalid property names: %1. Please check the property names in "
                                             "your query.")
                                  .arg(unknown));
        select.append(path.trimmed());
    }
    std::optional<Filter> filter;
    if (request.hasQuery(QStringLiteral("$filter"))) {
        QString code, error;
        filter = Filter::parse(request.queryValue(QStringLiteral("$filter")), type, &code, &error);
        if (!filter)
            return odataError(400, code, error);
    }

    // Rows: a person (by index) or, for EmpJob, a person's job slice ("person:slice").
    const bool jobs = entitySet == QLatin1String("EmpJob");
    const RenderOptions everything{m_serviceUrl, {QStringLiteral("personalInfoNav"), QStringLiteral("emailNav"),
                                                  QStringLiteral("employmentNav/jobInfoNav/emplStatusNav"),
                                                  QStringLiteral("employmentNav/userNav")},
                                   std::nullopt};
    const auto rowsMatching = [&] {
        QStringList keys;
        for (qsizetype p = 0; p < m_people.size(); ++p) {
            const Person& person = m_people.at(p);
            if (!jobs) {
                if (!filter || filter->matches(renderPerson(person, everything)))
                    keys.append(QString::number(p));
                continue;
            }
            for (qsizetype s = 0; s < person.jobs.size(); ++s) {
                const TimeSlice& job = person.jobs.at(s);
                const bool inWindow = asOf.isValid()                      ? job.inEffectOn(asOf)
                                      : (from.isValid() || to.isValid()) ? job.overlaps(from.isValid() ? from : Beginning,
                                                                                         to.isValid() ? to : End)
                                                                         : job.inEffectOn(today());
                if (inWindow && (!filter || filter->matches(renderJob(person, job, everything))))
                    keys.append(QStringLiteral("%1:%2").arg(p).arg(s));
            }
        }
        return keys;
    };

    if (countOnly)
        return LocalResponse::text(200, QByteArray::number(rowsMatching().size()));

    QString snapshotId;
    int offset = 0;
    QStringList keys;
    if (request.hasQuery(QStringLiteral("$skiptoken"))) {
        if (!readSkipToken(request.queryValue(QStringLiteral("$skiptoken")), &snapshotId, &offset))
            return odataError(400, QStringLiteral("COE_GENERAL_BAD_REQUEST"), QStringLiteral("Invalid $skiptoken"));
        if (!snapshotId.isEmpty()) {
            const auto snapshot = m_snapshots.constFind(snapshotId);
            if (snapshot == m_snapshots.cend() || snapshot->entitySet != entitySet)
                return odataError(400, QStringLiteral("COE_GENERAL_BAD_REQUEST"),
                                  QStringLiteral("The snapshot of this $skiptoken has expired; start the query again"));
            keys = snapshot->keys;
        }
    }
    if (keys.isEmpty() && snapshotId.isEmpty()) {
        keys = rowsMatching();
        // paging=snapshot: the result set is fixed now; later pages come from this list even
        // when records change in between (SAP KBA 3308165).
        if (request.queryValue(QStringLiteral("paging")) == QLatin1String("snapshot") && offset == 0) {
            snapshotId = QString::number(++m_snapshotCounter);
            m_snapshots.insert(snapshotId, Snapshot{entitySet, keys});
        }
    }

    if (m_pagesBeforeFault > 0) {
        --m_pagesBeforeFault;
    } else if (m_faultsRemaining > 0) {
        --m_faultsRemaining;
        return pageFault(m_fault);
    }

    const RenderOptions options{m_serviceUrl, expand, asOf.isValid() ? asOf : today()};
    QJsonArray results;
    for (int i = offset; i < std::min<qsizetype>(keys.size(), qsizetype(offset) + pageSize); ++i) {
        const QStringList parts = keys.at(i).split(QLatin1Char(':'));
        const qsizetype p = parts.at(0).toLongLong();
        if (p >= m_people.size())
            continue;
        const Person& person = m_people.at(p);
        QJsonObject record;
        if (jobs) {
            const qsizetype s = parts.value(1).toLongLong();
            if (s >= person.jobs.size())
                continue;
            record = renderJob(person, person.jobs.at(s), options);
        } else {
            record = renderPerson(person, options);
            applyWireOverrides(record, person.wireOverrides);
        }
        applySelect(record, select);
        results.append(record);
    }
    QJsonObject d{{QStringLiteral("results"), results}};
    if (offset + pageSize < keys.size()) {
        QUrlQuery next;
        for (const auto& [key, value] : request.query.queryItems(QUrl::FullyEncoded)) {
            if (key != QLatin1String("$skiptoken"))
                next.addQueryItem(key, value);
        }
        next.addQueryItem(QStringLiteral("$skiptoken"), skipToken(snapshotId, offset + pageSize));
        d.insert(QStringLiteral("__next"),
                 QStringLiteral("%1/%2?%3").arg(m_serviceUrl, entitySet, next.toString(QUrl::FullyEncoded)));
    }
    return LocalResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("d"), d}}).toJson(QJsonDocument::Compact));
}

LocalResponse SuccessFactorsService::pageFault(PageFault fault)
{
    switch (fault) {
    case PageFault::MalformedJson: {
        LocalResponse response = LocalResponse::json(200, "<html><body>502 Bad Gateway</body></html>");
        return response;
    }
    case PageFault::TruncatedJson:
        return LocalResponse::json(200, QByteArray("{\"d\":{\"results\":[{\"__metadata\":{\"uri\":\"PerPe"));
    case PageFault::TruncatedTransfer: {
        LocalResponse response =
            LocalResponse::json(200, QByteArray("{\"d\":{\"results\":[]}}").append(QByteArray(4096, ' ')));
        response.fault = LocalResponse::Fault::Truncated;
        return response;
    }
    case PageFault::NotACollection:
        return LocalResponse::json(200, QByteArray("{\"d\":{\"__count\":\"3\"}}"));
    case PageFault::ServerError:
        return odataError(500, QStringLiteral("COE_GENERAL_SERVER_FAILURE"),
                          QStringLiteral("[COE0019]The request has timed out. Please try again later."));
    }
    return LocalResponse::json(200, "{}");
}

LocalResponse SuccessFactorsService::upsert(const LocalRequest& request)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || (!document.isArray() && !document.isObject()))
        return odataError(400, QStringLiteral("COE_GENERAL_BAD_REQUEST"),
                          QStringLiteral("[COE0007]Unable to parse the request payload: %1").arg(parseError.errorString()));
    const QJsonArray entities = document.isArray() ? document.array() : QJsonArray{document.object()};
    QJsonArray statuses;
    for (qsizetype i = 0; i < entities.size(); ++i) {
        UpsertRecord record = upsertOne(entities.at(i).toObject());
        const QString key = record.uri;
        QJsonObject status{{QStringLiteral("key"), key},
                           {QStringLiteral("status"), record.status},
                           {QStringLiteral("editStatus"), record.status == QLatin1String("OK")
                                                              ? QJsonValue(QStringLiteral("UPSERTED"))
                                                              : QJsonValue(QJsonValue::Null)},
                           {QStringLiteral("message"), record.message.isEmpty()
                                                           ? QJsonValue(QJsonValue::Null)
                                                           : QJsonValue(QStringLiteral("%1 for Key %2 with the index %3")
                                                                            .arg(record.message, key)
                                                                            .arg(i))},
                           {QStringLiteral("index"), int(i)},
                           {QStringLiteral("httpCode"), record.status == QLatin1String("OK") ? 204 : 500},
                           {QStringLiteral("inlineResults"), QJsonValue(QJsonValue::Null)}};
        statuses.append(status);
        m_upserts.append(record);
    }
    return LocalResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("d"), statuses}}).toJson(QJsonDocument::Compact));
}

UpsertRecord SuccessFactorsService::upsertOne(const QJsonObject& entity)
{
    UpsertRecord record;
    record.entity = entity;
    record.uri = entity.value(QLatin1String("__metadata")).toObject().value(QLatin1String("uri")).toString();
    record.status = QStringLiteral("ERROR");
    QString type;
    QHash<QString, QString> keys;
    if (!parseUri(record.uri.section(QLatin1Char('/'), -1), &type, &keys)) {
        record.message = QStringLiteral("[COE0002]Invalid entity key in __metadata.uri '%1'").arg(record.uri);
        return record;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (type == QLatin1String("PerEmail")) {
        const QString personId = keys.value(QStringLiteral("personIdExternal"));
        const QString emailType = keys.value(QStringLiteral("emailType"));
        const auto person = std::find_if(m_people.begin(), m_people.end(),
                                         [&](const Person& p) { return p.personIdExternal == personId; });
        if (person == m_people.end()) {
            record.message = QStringLiteral("[COE0003]PerPerson with personIdExternal %1 does not exist").arg(personId);
            return record;
        }
        const QJsonValue isPrimary = entity.value(QLatin1String("isPrimary"));
        if (!isPrimary.isBool()) {
            // SAP KBA 3386831: the flag must be sent with every PerEmail upsert.
            record.message = QStringLiteral("isPrimary contains an invalid flag for boolean field. Only "
                                            "'Y'/'Yes'/'T'/'True'/'1' or 'N'/'No'/'F'/'False'/'0' are supported.");
            return record;
        }
        auto email = std::find_if(person->emails.begin(), person->emails.end(),
                                  [&](const Email& e) { return e.type == emailType; });
        const QString address = entity.value(QLatin1String("emailAddress")).toString();
        if (email == person->emails.end() && address.isEmpty()) {
            record.message = QStringLiteral("[COE0010]emailAddress is required");
            return record;
        }
        if (isPrimary.toBool()) {
            for (const auto& other : person->emails) {
                if (other.primary && other.type != emailType) {
                    record.message = QStringLiteral("[COE0011]Only one email can be the primary email; email type %1 "
                                                    "is primary")
                                         .arg(other.type);
                    return record;
                }
            }
        }
        if (email == person->emails.end()) {
            person->emails.append({emailType, address, isPrimary.toBool(), now});
        } else {
            if (!address.isEmpty())
                email->address = address;
            email->primary = isPrimary.toBool();
            email->lastModified = now;
        }
        record.status = QStringLiteral("OK");
        return record;
    }
    if (type == QLatin1String("User")) {
        const QString userId = keys.contains(QStringLiteral("userId")) ? keys.value(QStringLiteral("userId")) : keys.value({});
        const auto person =
            std::find_if(m_people.begin(), m_people.end(), [&](const Person& p) { return p.userId == userId; });
        if (person == m_people.end()) {
            record.message = QStringLiteral("[COE0003]User %1 does not exist").arg(userId);
            return record;
        }
        if (entity.contains(QLatin1String("username"))) {
            const QString username = entity.value(QLatin1String("username")).toString();
            const bool taken = std::any_of(m_people.cbegin(), m_people.cend(), [&](const Person& p) {
                return p.userId != userId && p.username.compare(username, Qt::CaseInsensitive) == 0;
            });
            if (username.isEmpty() || taken) {
                record.message = QStringLiteral("[COE0012]The username '%1' is empty or used by another user").arg(username);
                return record;
            }
            person->username = username;
            person->employmentLastModified = now;
        }
        record.status = QStringLiteral("OK");
        return record;
    }
    record.message = QStringLiteral("[COE0020]Upsert of %1 is not offered by this local server").arg(type);
    return record;
}

void SuccessFactorsService::addPeople(const QList<Person>& people)
{
    const std::lock_guard lock(m_mutex);
    m_people.append(people);
}

void SuccessFactorsService::updatePerson(const Person& person)
{
    const std::lock_guard lock(m_mutex);
    for (auto& existing : m_people) {
        if (existing.personIdExternal == person.personIdExternal) {
            existing = person;
            return;
        }
    }
    m_people.append(person);
}

std::optional<Person> SuccessFactorsService::person(const QString& personIdExternal) const
{
    const std::lock_guard lock(m_mutex);
    for (const auto& p : m_people) {
        if (p.personIdExternal == personIdExternal)
            return p;
    }
    return std::nullopt;
}

QList<Person> SuccessFactorsService::people() const
{
    const std::lock_guard lock(m_mutex);
    return m_people;
}

void SuccessFactorsService::throttleNext(int requests, int retryAfterSeconds)
{
    const std::lock_guard lock(m_mutex);
    m_throttleRemaining = requests;
    m_throttleSeconds = retryAfterSeconds;
}

void SuccessFactorsService::failPages(PageFault fault, int pagesFirst, int count)
{
    const std::lock_guard lock(m_mutex);
    m_fault = fault;
    m_pagesBeforeFault = pagesFirst;
    m_faultsRemaining = count;
}

void SuccessFactorsService::setPassword(const QString& password)
{
    const std::lock_guard lock(m_mutex);
    m_options.password = password;
}

QList<Arrival> SuccessFactorsService::arrivals() const
{
    const std::lock_guard lock(m_mutex);
    return m_arrivals;
}

int SuccessFactorsService::earlyArrivals() const
{
    const std::lock_guard lock(m_mutex);
    return int(std::count_if(m_arrivals.cbegin(), m_arrivals.cend(), [](const Arrival& a) { return a.beforeRetryAfter; }));
}

QList<UpsertRecord> SuccessFactorsService::upserts() const
{
    const std::lock_guard lock(m_mutex);
    return m_upserts;
}

ServiceOptions SuccessFactorsService::options() const
{
    const std::lock_guard lock(m_mutex);
    return m_options;
}

} // namespace Tenure::Tests::SuccessFactors
