#include "successfactorssource.h"

#include "connectors/hr/successfactors/odatav2.h"

#include <QLocale>
#include <QMap>
#include <QSet>

namespace Tenure::Connectors {

using Models::ErrorCode;
using Models::Result;

namespace {

// Ids per "in" filter: keeps the URL well inside what proxies and SuccessFactors accept.
constexpr int IdsPerQuery = 50;
const QDate FarFuture(9999, 12, 31);

QString personId(const QJsonObject& person)
{
    return person.value(QLatin1String("personIdExternal")).toString();
}

// The employment's start date, if the record has an employment with a readable one.
std::optional<QDate> employmentStart(const QJsonObject& person)
{
    const QJsonArray employments =
        person.value(QLatin1String("employmentNav")).toObject().value(QLatin1String("results")).toArray();
    if (employments.isEmpty())
        return std::nullopt;
    const auto start = ODataV2::parseDate(employments.first().toObject().value(QLatin1String("startDate")).toString());
    if (!start)
        return std::nullopt;
    return start->toUTC().date();
}

QString inFilter(const QString& property, const QStringList& values)
{
    QStringList literals;
    for (const auto& value : values)
        literals.append(ODataV2::stringLiteral(value));
    return QStringLiteral("%1 in %2").arg(property, literals.join(QLatin1Char(',')));
}

QList<QStringList> chunks(const QStringList& values)
{
    QList<QStringList> result;
    for (qsizetype i = 0; i < values.size(); i += IdsPerQuery)
        result.append(values.mid(i, IdsPerQuery));
    return result;
}

} // namespace

void SuccessFactorsSource::People::add(const QJsonObject& person, Merge merge, const QSet<QString>& knownBefore)
{
    const QString id = personId(person);
    if (merge == Merge::SkipKnown && knownBefore.contains(id))
        return;
    if (merge == Merge::Replace && indexById.contains(id)) {
        records[indexById.value(id)] = person;
        return;
    }
    // A record without a key, or a key seen twice in one answer, is kept as it is: the mapper
    // and the record rules report it.
    if (!id.isEmpty() && !indexById.contains(id))
        indexById.insert(id, records.size());
    records.append(person);
}

Result<std::unique_ptr<SuccessFactorsSource>> SuccessFactorsSource::create(SuccessFactorsSettings settings,
                                                                           const QString& password,
                                                                           std::function<QDate()> today)
{
    auto client = SuccessFactorsClient::create(settings, password);
    if (!client)
        return std::unexpected(client.error());
    auto mapper = SuccessFactorsPersonMapper::create(settings);
    if (!mapper)
        return std::unexpected(mapper.error());
    if (!today)
        today = [] { return QDateTime::currentDateTimeUtc().date(); };
    return std::unique_ptr<SuccessFactorsSource>(
        new SuccessFactorsSource(std::move(*client), std::move(*mapper), std::move(today)));
}

SuccessFactorsSource::SuccessFactorsSource(SuccessFactorsClient client, SuccessFactorsPersonMapper mapper,
                                           std::function<QDate()> today)
    : m_client(std::move(client)), m_mapper(std::move(mapper)), m_today(std::move(today)),
      m_writeBack(std::make_unique<SuccessFactorsWriteBack>(m_client))
{
}

QDate SuccessFactorsSource::asOfDate() const
{
    return m_client.settings().asOfDate.isValid() ? m_client.settings().asOfDate : m_today();
}

Result<QString> SuccessFactorsSource::testConnection()
{
    auto people = m_client.count(QStringLiteral("PerPerson"), {});
    if (!people)
        return std::unexpected(people.error());
    const auto& s = m_client.settings();
    return QStringLiteral("%1 people visible to %2 in SuccessFactors company %3 (%4)")
        .arg(QLocale::c().toString(*people), s.username, s.companyId, s.apiUrl.host());
}

SuccessFactorsClient::Parameters SuccessFactorsSource::personQuery(const QDate& asOf, const QString& filter) const
{
    SuccessFactorsClient::Parameters query;
    query.append({QStringLiteral("$expand"), m_client.settings().expand().join(QLatin1Char(','))});
    if (!filter.isEmpty())
        query.append({QStringLiteral("$filter"), filter});
    query.append({QStringLiteral("asOfDate"), asOf.toString(Qt::ISODate)});
    return query;
}

Result<void> SuccessFactorsSource::readPeople(const SuccessFactorsClient::Parameters& query, const QString& what, People& people, Merge merge,
                                              const Models::CancelToken& cancel) const
{
    QSet<QString> knownBefore;
    for (auto it = people.indexById.cbegin(); it != people.indexById.cend(); ++it)
        knownBefore.insert(it.key());
    auto read = m_client.readAll(
        QStringLiteral("PerPerson"), query, what,
        [&](const QJsonArray& results) -> Result<void> {
            for (const auto& record : results) {
                if (!record.isObject())
                    return Models::fail(ErrorCode::Rejected,
                                        QStringLiteral("%1: a result is not a PerPerson record").arg(what));
                people.add(record.toObject(), merge, knownBefore);
            }
            return {};
        },
        cancel);
    if (!read)
        return std::unexpected(read.error());
    return {};
}

Result<void> SuccessFactorsSource::readFutureHiresAsOfTheirStart(People& people, const QDate& asOf,
                                                                 const Models::CancelToken& cancel) const
{
    QMap<QDate, QStringList> byStart;
    for (const auto& person : std::as_const(people.records)) {
        const auto start = employmentStart(person);
        if (start && *start > asOf && !personId(person).isEmpty())
            byStart[*start].append(personId(person));
    }
    for (auto it = byStart.cbegin(); it != byStart.cend(); ++it) {
        for (const auto& ids : chunks(it.value())) {
            const QString what = QStringLiteral("Reading %1 future hire(s) of SuccessFactors as of their start on %2")
                                     .arg(ids.size())
                                     .arg(it.key().toString(Qt::ISODate));
            if (auto read = readPeople(personQuery(it.key(), inFilter(QStringLiteral("personIdExternal"), ids)), what,
                                       people, Merge::Replace, cancel);
                !read)
                return read;
        }
    }
    return {};
}

Models::HrSnapshot SuccessFactorsSource::toSnapshot(const People& people, bool full) const
{
    Models::HrSnapshot snapshot;
    snapshot.isFullSnapshot = full;
    snapshot.workers.reserve(people.records.size());
    int recordNumber = 0;
    for (const auto& person : people.records)
        m_mapper.map(person, ++recordNumber, snapshot);
    applyRecordRules(snapshot, m_client.settings().records, QStringLiteral("record"));
    return snapshot;
}

Result<Models::HrSnapshot> SuccessFactorsSource::read(const Models::CancelToken& cancel)
{
    const QDate asOf = asOfDate();
    People people;
    const QString what = QStringLiteral("Reading PerPerson of SuccessFactors company %1 as of %2")
                             .arg(m_client.settings().companyId, asOf.toString(Qt::ISODate));
    if (auto read = readPeople(personQuery(asOf, {}), what, people, Merge::Append, cancel); !read)
        return std::unexpected(read.error());
    if (auto future = readFutureHiresAsOfTheirStart(people, asOf, cancel); !future)
        return std::unexpected(future.error());
    return toSnapshot(people, true);
}

Result<QSet<QString>> SuccessFactorsSource::usersWithJobChanges(const QDateTime& since, const QDate& today,
                                                                const Models::CancelToken& cancel) const
{
    // EmpJob is effective-dated: fromDate/toDate select the job records in effect at some point of
    // the window; of those, the ones keyed in or coming into effect since the last read changed
    // what the worker's job is today.
    SuccessFactorsClient::Parameters query;
    query.append({QStringLiteral("$select"), QStringLiteral("userId,startDate,lastModifiedDateTime")});
    query.append({QStringLiteral("$filter"),
                       QStringLiteral("lastModifiedDateTime ge %1 or startDate ge %2")
                           .arg(ODataV2::dateTimeOffsetLiteral(since), ODataV2::dateTimeLiteral(since.date()))});
    query.append({QStringLiteral("fromDate"), since.date().toString(Qt::ISODate)});
    query.append({QStringLiteral("toDate"), today.toString(Qt::ISODate)});
    QSet<QString> users;
    const QString what = QStringLiteral("Reading the job changes of SuccessFactors company %1 since %2")
                             .arg(m_client.settings().companyId, since.toString(Qt::ISODate));
    auto read = m_client.readAll(
        QStringLiteral("EmpJob"), query, what,
        [&](const QJsonArray& results) -> Result<void> {
            for (const auto& job : results) {
                const QString user = job.toObject().value(QLatin1String("userId")).toString();
                if (!user.isEmpty())
                    users.insert(user);
            }
            return {};
        },
        cancel);
    if (!read)
        return std::unexpected(read.error());
    return users;
}

Result<Models::HrSnapshot> SuccessFactorsSource::readChanges(QString& watermark, const Models::CancelToken& cancel)
{
    const QDateTime started = QDateTime::currentDateTimeUtc();
    const QString next = started.toString(Qt::ISODate);
    if (watermark.isEmpty()) {
        auto full = read(cancel);
        if (full)
            watermark = next;
        return full;
    }
    const QDateTime previous = QDateTime::fromString(watermark, Qt::ISODate);
    if (!previous.isValid())
        return Models::fail(ErrorCode::InvalidInput,
                            QStringLiteral("The SuccessFactors watermark '%1' is not a time this source gave out; clear "
                                           "it to read everything again")
                                .arg(watermark));
    const QDateTime since = previous.toUTC().addSecs(-60LL * m_client.settings().overlapMinutes);
    const QDate today = m_today();

    auto jobUsers = usersWithJobChanges(since, today, cancel);
    if (!jobUsers)
        return std::unexpected(jobUsers.error());

    const QString modified = ODataV2::dateTimeOffsetLiteral(since);
    QStringList changed;
    for (const char* path : {"lastModifiedDateTime", "personalInfoNav/lastModifiedDateTime", "emailNav/lastModifiedDateTime",
                             "employmentNav/lastModifiedDateTime"})
        changed.append(QStringLiteral("%1 ge %2").arg(QLatin1String(path), modified));
    People people;
    const QString what = QStringLiteral("Reading the people of SuccessFactors company %1 changed since %2")
                             .arg(m_client.settings().companyId, since.toString(Qt::ISODate));
    if (auto read = readPeople(personQuery(today, changed.join(QStringLiteral(" or "))), what, people, Merge::Append,
                                   cancel);
        !read)
        return std::unexpected(read.error());

    QSet<QString> usersRead;
    for (const auto& person : std::as_const(people.records)) {
        for (const auto& employment :
             person.value(QLatin1String("employmentNav")).toObject().value(QLatin1String("results")).toArray())
            usersRead.insert(employment.toObject().value(QLatin1String("userId")).toString());
    }
    QStringList missing;
    for (const auto& user : std::as_const(*jobUsers)) {
        if (!usersRead.contains(user))
            missing.append(user);
    }
    missing.sort();
    for (const auto& users : chunks(missing)) {
        const QString jobWhat = QStringLiteral("Reading %1 people of SuccessFactors company %2 whose job changed")
                                    .arg(users.size())
                                    .arg(m_client.settings().companyId);
        if (auto read = readPeople(personQuery(today, inFilter(QStringLiteral("employmentNav/userId"), users)), jobWhat,
                                   people, Merge::SkipKnown, cancel);
            !read)
            return std::unexpected(read.error());
    }
    if (auto future = readFutureHiresAsOfTheirStart(people, today, cancel); !future)
        return std::unexpected(future.error());
    watermark = next;
    return toSnapshot(people, false);
}

} // namespace Tenure::Connectors
