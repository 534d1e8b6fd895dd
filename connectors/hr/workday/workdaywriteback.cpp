#include "workdaywriteback.h"

#include "workdayattributes.h"

#include <spdlog/spdlog.h>

namespace Tenure::Connectors::Workday {
namespace {

using Models::ErrorCode;

const QString Wd = QLatin1String(Namespace);

// Workers looked up per Get_Workers call: two references each, well within a page of 999.
constexpr int LookupChunk = 200;

// Failures that are about the connection, not about one worker.
bool stopsEveryone(const Models::Error& error)
{
    return error.code == ErrorCode::Authentication || error.code == ErrorCode::Unavailable ||
           error.code == ErrorCode::Cancelled || error.code == ErrorCode::Tls;
}

} // namespace

Models::Result<QHash<QString, QList<WorkdayWriteBack::WorkerReference>>>
WorkdayWriteBack::lookUp(const QStringList& workerIds, const Models::CancelToken& cancel) const
{
    QHash<QString, QList<WorkerReference>> found;
    for (qsizetype start = 0; start < workerIds.size(); start += LookupChunk) {
        GetWorkersQuery query;
        query.selection = GetWorkersQuery::Selection::ByReference;
        query.skipMissingReferences = true;
        query.referencesOnly = true;
        query.asOfEntry = m_clock();
        query.asOfEffectiveDate = query.asOfEntry.date();
        query.count = 999;
        for (const auto& id : workerIds.mid(start, LookupChunk)) {
            query.references.append({QStringLiteral("Employee_ID"), id});
            query.references.append({QStringLiteral("Contingent_Worker_ID"), id});
        }
        auto visited = m_client.forEachWorker(
            query, QStringLiteral("Get_Workers (looking up workers to write back to)"),
            [&](const Xml::Element& worker, int) {
                const Xml::Element* reference = worker.child(Wd, QStringLiteral("Worker_Reference"));
                if (!reference)
                    return;
                WorkerReference ref;
                QString id;
                for (const Xml::Element* element : reference->childrenNamed(Wd, QStringLiteral("ID"))) {
                    const QString type = element->attribute(Wd, QStringLiteral("type"));
                    if (type == QLatin1String("WID")) {
                        ref.wid = element->text.trimmed();
                    } else if (type == QLatin1String("Employee_ID")) {
                        id = element->text.trimmed();
                    } else if (type == QLatin1String("Contingent_Worker_ID")) {
                        id = element->text.trimmed();
                        ref.contingent = true;
                    }
                }
                if (!id.isEmpty() && !ref.wid.isEmpty())
                    found[id].append(ref);
            },
            cancel);
        if (!visited)
            return std::unexpected(visited.error());
    }
    return found;
}

Models::Result<QList<WriteBackOutcome>> WorkdayWriteBack::writeBack(const QList<WriteBackItem>& items,
                                                                    const Models::CancelToken& cancel)
{
    QStringList ids;
    for (const auto& item : items) {
        if ((!item.email.isEmpty() || !item.username.isEmpty()) && !item.workerId.isEmpty() && !ids.contains(item.workerId))
            ids.append(item.workerId);
    }
    QHash<QString, QList<WorkerReference>> references;
    if (!ids.isEmpty()) {
        auto looked = lookUp(ids, cancel);
        if (!looked)
            return std::unexpected(looked.error());
        references = std::move(*looked);
    }

    const WorkdaySettings& settings = m_client.settings();
    QList<WriteBackOutcome> outcomes;
    outcomes.reserve(items.size());
    int written = 0;
    std::optional<Models::Error> stopped;
    for (const auto& item : items) {
        WriteBackOutcome outcome;
        outcome.workerId = item.workerId;
        if (stopped) {
            outcome.message = QStringLiteral("Not written back to Workday for worker %1: %2")
                                  .arg(item.workerId, stopped->message);
            outcomes.append(outcome);
            continue;
        }
        if (item.email.isEmpty() && item.username.isEmpty()) {
            outcome.message = QStringLiteral("Nothing to write back for worker %1").arg(item.workerId);
            outcomes.append(outcome);
            continue;
        }
        const auto refs = references.value(item.workerId);
        if (refs.isEmpty()) {
            outcome.message = QStringLiteral("Worker %1 was not found in Workday as an employee or a contingent worker; "
                                             "nothing was written back").arg(item.workerId);
            outcomes.append(outcome);
            continue;
        }
        if (refs.size() > 1) {
            outcome.message = QStringLiteral("Worker id %1 names %2 Workday workers; nothing was written back")
                                  .arg(item.workerId)
                                  .arg(refs.size());
            outcomes.append(outcome);
            continue;
        }
        const WorkerReference& ref = refs.constFirst();

        QStringList done;
        QString refused;
        const auto attempt = [&](const QString& action, const BodyWriter& body, const QString& what) -> bool {
            auto answer = m_client.soap().call(action, body, cancel);
            if (answer) {
                done.append(what);
                return true;
            }
            // Credentials or the connection: the rest would fail the same way.
            if (stopsEveryone(answer.error()))
                stopped = answer.error();
            refused = answer.error().message;
            return false;
        };
        bool ok = true;
        if (!item.email.isEmpty()) {
            ok = attempt(
                QStringLiteral("Maintain_Contact_Information (work email) for worker %1").arg(item.workerId),
                [&](QXmlStreamWriter& w) {
                    writeMaintainContactInformation(w, settings.apiVersion, ref.wid, item.email, settings.emailUsageType,
                                                    m_clock().date());
                },
                QStringLiteral("work email %1").arg(item.email));
        }
        if (ok && !item.username.isEmpty()) {
            ok = attempt(QStringLiteral("Update_Workday_Account (user name) for worker %1").arg(item.workerId),
                         [&](QXmlStreamWriter& w) {
                             writeUpdateWorkdayAccount(w, settings.apiVersion, item.workerId, ref.contingent, item.username);
                         },
                         QStringLiteral("user name %1").arg(item.username));
        }
        if (stopped && written == 0 && done.isEmpty())
            return std::unexpected(*stopped);
        outcome.written = ok;
        if (ok) {
            ++written;
            outcome.message = QStringLiteral("Wrote %1 to Workday for worker %2").arg(done.join(QStringLiteral(" and ")),
                                                                                     item.workerId);
        } else if (done.isEmpty()) {
            outcome.message = refused;
        } else {
            outcome.message = QStringLiteral("Wrote %1 to Workday for worker %2, then: %3")
                                  .arg(done.join(QStringLiteral(" and ")), item.workerId, refused);
        }
        spdlog::info("Workday write-back for worker {}: {}", item.workerId.toStdString(), ok ? "written" : "failed");
        outcomes.append(outcome);
    }
    return outcomes;
}

} // namespace Tenure::Connectors::Workday
