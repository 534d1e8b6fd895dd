#include "workdayworkersource.h"

#include "connectors/hr/hrrecordrules.h"
#include "workdayattributes.h"

#include <QLocale>
#include <QSet>

#include <spdlog/spdlog.h>

namespace Tenure::Connectors {
namespace {

using Models::ErrorCode;
using Workday::GetWorkersQuery;
using Workday::ParsedWorker;

const QString Wd = QLatin1String(Workday::Namespace);

QDateTime utcNow()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace

Models::Result<std::unique_ptr<WorkdayWorkerSource>> WorkdayWorkerSource::create(WorkdaySettings settings, QString password,
                                                                                 Clock clock)
{
    auto parser = Workday::WorkerParser::create(settings.attributes(), settings.effectiveDateAttributes());
    if (!parser)
        return std::unexpected(parser.error());
    auto client = Workday::WorkdayClient::create(std::move(settings), std::move(password));
    if (!client)
        return std::unexpected(client.error());
    return std::unique_ptr<WorkdayWorkerSource>(
        new WorkdayWorkerSource(std::move(*client), std::move(*parser), clock ? std::move(clock) : Clock(&utcNow)));
}

WorkdayWorkerSource::WorkdayWorkerSource(Workday::WorkdayClient client, Workday::WorkerParser parser, Clock clock)
    : m_client(std::move(client)), m_parser(std::move(parser)), m_clock(std::move(clock)),
      m_writeBack(std::make_unique<Workday::WorkdayWriteBack>(m_client, m_clock))
{
}

WorkdayWorkerSource::Moment WorkdayWorkerSource::now() const
{
    const QDateTime entry = m_clock().toUTC();
    return {entry, entry.date()};
}

Models::Result<QString> WorkdayWorkerSource::testConnection()
{
    // Entra's test connection: the first page of one worker, which also says how many there are.
    const Moment moment = now();
    GetWorkersQuery query;
    query.asOfEffectiveDate = moment.effective;
    query.asOfEntry = moment.entry;
    query.count = 1;
    query.referencesOnly = true;
    const WorkdaySettings& s = m_client.settings();
    auto document = m_client.soap().call(
        QStringLiteral("Get_Workers (test connection)"),
        [&](QXmlStreamWriter& w) { Workday::writeGetWorkers(w, s.apiVersion, query); }, {});
    if (!document)
        return std::unexpected(document.error());
    const Xml::Element* response = Workday::responseOf(*document);
    const Xml::Element* results = response ? response->child(Wd, QStringLiteral("Response_Results")) : nullptr;
    if (!results)
        return Models::fail(ErrorCode::InvalidInput,
                            QStringLiteral("Workday answered the test connection without Response_Results"));
    const qint64 total = qint64(results->childText(Wd, QStringLiteral("Total_Results")).toDouble());
    return QStringLiteral("Workday tenant %1 answered %2: %3 workers (Human_Resources %4)")
        .arg(s.tenant, s.userName, QLocale::c().toString(total), s.apiVersion);
}

Models::Result<QList<ParsedWorker>> WorkdayWorkerSource::fetch(GetWorkersQuery query, const QString& what,
                                                               const Models::CancelToken& cancel) const
{
    query.count = m_client.settings().pageSize;
    query.extraGroups = Workday::responseGroupsFor(m_parser.xpaths());
    QList<ParsedWorker> workers;
    auto visited = m_client.forEachWorker(
        query, what, [&](const Xml::Element& worker, int number) { workers.append(m_parser.parse(worker, number)); },
        cancel);
    if (!visited)
        return std::unexpected(visited.error());
    return workers;
}

Models::Result<void> WorkdayWorkerSource::rereadFutureHires(QList<ParsedWorker>& workers, const Moment& moment,
                                                            const Models::CancelToken& cancel) const
{
    QMap<QDate, QList<qsizetype>> byHireDate;   // ordered, so requests go out in a stable order
    for (qsizetype i = 0; i < workers.size(); ++i) {
        const ParsedWorker& w = workers.at(i);
        const bool terminated =
            Models::firstValue(w.worker.attributes, QLatin1String(Workday::WorkerStatusAttribute)) == QLatin1String("Terminated");
        if (w.problem.isEmpty() && !w.wid.isEmpty() && w.hireDate.isValid() && w.hireDate > moment.effective && !terminated)
            byHireDate[w.hireDate].append(i);
    }
    for (auto it = byHireDate.cbegin(); it != byHireDate.cend(); ++it) {
        GetWorkersQuery query;
        query.selection = GetWorkersQuery::Selection::ByReference;
        query.asOfEffectiveDate = it.key();
        query.asOfEntry = moment.entry;
        QHash<QString, qsizetype> byWid;
        for (qsizetype index : it.value()) {
            query.references.append({QStringLiteral("WID"), workers.at(index).wid});
            byWid.insert(workers.at(index).wid, index);
        }
        auto reread = fetch(query, QStringLiteral("Get_Workers (future hires as of %1)").arg(it.key().toString(Qt::ISODate)),
                            cancel);
        if (!reread)
            return std::unexpected(reread.error());
        for (ParsedWorker& fresh : *reread) {
            const auto at = byWid.constFind(fresh.wid);
            if (at == byWid.cend())
                continue;
            fresh.worker.sourceLine = workers.at(*at).worker.sourceLine;   // still the record of the first read
            workers[*at] = std::move(fresh);
        }
    }
    return {};
}

Models::HrSnapshot WorkdayWorkerSource::snapshotOf(QList<ParsedWorker> workers, bool full) const
{
    Models::HrSnapshot snapshot;
    snapshot.isFullSnapshot = full;
    snapshot.workers.reserve(workers.size());
    for (auto& w : workers) {
        if (w.problem.isEmpty())
            snapshot.workers.append(std::move(w.worker));
        else
            snapshot.errors.append({w.worker.workerId, w.worker.sourceLine, w.problem});
    }
    applyRecordRules(snapshot, m_client.settings().records, QStringLiteral("record"));
    return snapshot;
}

Models::Result<Models::HrSnapshot> WorkdayWorkerSource::fullRead(const Moment& moment, const Models::CancelToken& cancel) const
{
    GetWorkersQuery query;
    query.selection = GetWorkersQuery::Selection::Hired;
    query.asOfEffectiveDate = moment.effective;
    query.asOfEntry = moment.entry;
    auto workers = fetch(query, QStringLiteral("Get_Workers (full read)"), cancel);
    if (!workers)
        return std::unexpected(workers.error());
    if (auto reread = rereadFutureHires(*workers, moment, cancel); !reread)
        return std::unexpected(reread.error());
    spdlog::info("Workday {}: full read of {} workers", m_client.settings().tenant.toStdString(), workers->size());
    return snapshotOf(std::move(*workers), true);
}

Models::Result<Models::HrSnapshot> WorkdayWorkerSource::read(const Models::CancelToken& cancel)
{
    return fullRead(now(), cancel);
}

Models::Result<Models::HrSnapshot> WorkdayWorkerSource::readChanges(QString& watermark, const Models::CancelToken& cancel)
{
    const Moment moment = now();
    if (watermark.isEmpty()) {
        auto full = fullRead(moment, cancel);
        if (full)
            watermark = Workday::dateTimeText(moment.entry);
        return full;
    }
    QDateTime since = QDateTime::fromString(watermark, Qt::ISODateWithMs);
    if (!since.isValid())
        return Models::fail(ErrorCode::InvalidInput,
                            QStringLiteral("The Workday watermark '%1' is not a moment this source gave out; clear it to "
                                           "read everything again").arg(watermark));
    since = since.toUTC();
    if (since > moment.entry)
        since = moment.entry;   // a clock that went back: ask for nothing rather than for the future

    QList<ParsedWorker> changed;
    QSet<QString> seen;   // WIDs (or WorkerIDs) already taken: a worker in both queries is one change
    const auto take = [&](QList<ParsedWorker> found) {
        for (auto& w : found) {
            const QString key = w.wid.isEmpty() ? QStringLiteral("id:") + w.worker.workerId : w.wid;
            if (!w.wid.isEmpty() || !w.worker.workerId.isEmpty()) {
                if (seen.contains(key))
                    continue;
                seen.insert(key);
            }
            w.worker.sourceLine = int(changed.size()) + 1;
            changed.append(std::move(w));
        }
    };
    for (const auto selection : {GetWorkersQuery::Selection::EnteredBetween, GetWorkersQuery::Selection::EffectiveBetween}) {
        GetWorkersQuery query;
        query.selection = selection;
        query.from = since;
        query.through = moment.entry;
        query.asOfEffectiveDate = moment.effective;
        query.asOfEntry = moment.entry;
        const QString what = selection == GetWorkersQuery::Selection::EnteredBetween
                                 ? QStringLiteral("Get_Workers (changes entered since %1)").arg(watermark)
                                 : QStringLiteral("Get_Workers (changes effective since %1)").arg(watermark);
        auto found = fetch(query, what, cancel);
        if (!found)
            return std::unexpected(found.error());
        take(std::move(*found));
    }
    if (auto reread = rereadFutureHires(changed, moment, cancel); !reread)
        return std::unexpected(reread.error());
    spdlog::info("Workday {}: {} workers changed since {}", m_client.settings().tenant.toStdString(), changed.size(),
                 watermark.toStdString());
    auto snapshot = snapshotOf(std::move(changed), false);
    watermark = Workday::dateTimeText(moment.entry);
    return snapshot;
}

} // namespace Tenure::Connectors
