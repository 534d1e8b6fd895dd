#include "successfactorswriteback.h"

#include "connectors/hr/successfactors/odatav2.h"

#include <QHash>
#include <QJsonObject>

namespace Tenure::Connectors {

using Models::ErrorCode;
using Models::Result;

namespace {

constexpr int WorkersPerRequest = 100;

struct PersonOnFile {
    QString userId;
    struct Email {
        QString type;
        QString address;
        bool primary = false;
    };
    QList<Email> emails;
};

QJsonObject entity(const QString& uri, std::initializer_list<std::pair<QString, QJsonValue>> properties)
{
    QJsonObject object{{QStringLiteral("__metadata"), QJsonObject{{QStringLiteral("uri"), uri}}}};
    for (const auto& [name, value] : properties)
        object.insert(name, value);
    return object;
}

QString emailUri(const QString& type, const QString& person)
{
    return QStringLiteral("PerEmail(emailType=%1,personIdExternal=%2)")
        .arg(ODataV2::stringLiteral(type), ODataV2::stringLiteral(person));
}

// What one worker's entities are for, so SuccessFactors' per-entity statuses can be told back.
struct Planned {
    qsizetype item = 0;
    QString what;   // "email", "username", "previous primary email"
};

} // namespace

Result<QList<WriteBackOutcome>> SuccessFactorsWriteBack::writeBack(const QList<WriteBackItem>& items,
                                                                   const Models::CancelToken& cancel)
{
    QList<WriteBackOutcome> outcomes;
    outcomes.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); i += WorkersPerRequest) {
        if (cancel.isCancelled())
            return Models::fail(ErrorCode::Cancelled, QStringLiteral("Writing back to SuccessFactors was cancelled"));
        auto chunk = writeChunk(items.mid(i, WorkersPerRequest), cancel);
        if (!chunk)
            return std::unexpected(chunk.error());
        outcomes.append(*chunk);
    }
    return outcomes;
}

Result<QList<WriteBackOutcome>> SuccessFactorsWriteBack::writeChunk(const QList<WriteBackItem>& items,
                                                                    const Models::CancelToken& cancel)
{
    const auto& settings = m_client.settings();
    QList<WriteBackOutcome> outcomes;
    QStringList ids;
    for (const auto& item : items) {
        outcomes.append({item.workerId, false, {}});
        if (!item.workerId.isEmpty() && !ids.contains(item.workerId))
            ids.append(item.workerId);
    }

    // Who exists, their userId and their emails now.
    QHash<QString, PersonOnFile> onFile;
    if (!ids.isEmpty()) {
        QStringList literals;
        for (const auto& id : ids)
            literals.append(ODataV2::stringLiteral(id));
        SuccessFactorsClient::Parameters query;
        query.append({QStringLiteral("$filter"),
                           QStringLiteral("personIdExternal in %1").arg(literals.join(QLatin1Char(',')))});
        query.append({QStringLiteral("$expand"), QStringLiteral("emailNav,employmentNav")});
        auto read = m_client.readAll(
            QStringLiteral("PerPerson"), query,
            QStringLiteral("Reading the %1 people to write back to in SuccessFactors").arg(ids.size()),
            [&](const QJsonArray& results) -> Result<void> {
                for (const auto& value : results) {
                    const QJsonObject person = value.toObject();
                    PersonOnFile file;
                    const QJsonArray employments =
                        person.value(QLatin1String("employmentNav")).toObject().value(QLatin1String("results")).toArray();
                    if (!employments.isEmpty())
                        file.userId = employments.first().toObject().value(QLatin1String("userId")).toString();
                    for (const auto& email :
                         person.value(QLatin1String("emailNav")).toObject().value(QLatin1String("results")).toArray()) {
                        const QJsonObject e = email.toObject();
                        file.emails.append({e.value(QLatin1String("emailType")).toString(),
                                            e.value(QLatin1String("emailAddress")).toString(),
                                            e.value(QLatin1String("isPrimary")).toBool()});
                    }
                    onFile.insert(person.value(QLatin1String("personIdExternal")).toString(), file);
                }
                return {};
            },
            cancel);
        if (!read)
            return std::unexpected(read.error());
    }

    QJsonArray entities;
    QList<Planned> planned;
    QList<QStringList> problems(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const WriteBackItem& item = items.at(i);
        if (item.workerId.isEmpty()) {
            problems[i].append(QStringLiteral("the item has no worker id"));
            continue;
        }
        if (item.email.isEmpty() && item.username.isEmpty()) {
            problems[i].append(QStringLiteral("there is no email or username to write back"));
            continue;
        }
        const auto person = onFile.constFind(item.workerId);
        if (person == onFile.cend()) {
            problems[i].append(QStringLiteral("SuccessFactors has no person with personIdExternal %1").arg(item.workerId));
            continue;
        }
        if (!item.email.isEmpty()) {
            if (settings.writeBackEmailType.isEmpty()) {
                problems[i].append(QStringLiteral("the email is not written back: set writeBackEmailType to the emailType "
                                                  "(picklist option id) of the business email"));
            } else {
                if (settings.writeBackEmailPrimary) {
                    for (const auto& email : person->emails) {
                        if (email.primary && email.type != settings.writeBackEmailType) {
                            entities.append(entity(emailUri(email.type, item.workerId),
                                                   {{QStringLiteral("emailAddress"), email.address},
                                                    {QStringLiteral("isPrimary"), false}}));
                            planned.append({i, QStringLiteral("previous primary email")});
                        }
                    }
                }
                entities.append(entity(emailUri(settings.writeBackEmailType, item.workerId),
                                       {{QStringLiteral("emailAddress"), item.email},
                                        {QStringLiteral("isPrimary"), settings.writeBackEmailPrimary}}));
                planned.append({i, QStringLiteral("email")});
            }
        }
        if (!item.username.isEmpty()) {
            if (person->userId.isEmpty()) {
                problems[i].append(QStringLiteral("the username is not written back: the person has no employment "
                                                  "with a user id"));
            } else {
                entities.append(entity(QStringLiteral("User(%1)").arg(ODataV2::stringLiteral(person->userId)),
                                       {{QStringLiteral("username"), item.username}}));
                planned.append({i, QStringLiteral("username")});
            }
        }
    }

    QList<bool> anyWritten(items.size(), false);
    if (!entities.isEmpty()) {
        auto statuses = m_client.upsert(entities, cancel);
        if (!statuses)
            return std::unexpected(statuses.error());
        QHash<qsizetype, QJsonObject> byIndex;
        for (qsizetype position = 0; position < statuses->size(); ++position) {
            const QJsonObject status = statuses->at(position).toObject();
            // "index" says which entity of the request a status is for; fall back to the order.
            const qsizetype index = status.contains(QLatin1String("index"))
                                        ? qsizetype(status.value(QLatin1String("index")).toInt(-1))
                                        : position;
            byIndex.insert(index, status);
        }
        for (qsizetype e = 0; e < planned.size(); ++e) {
            const Planned& p = planned.at(e);
            const auto status = byIndex.constFind(e);
            if (status == byIndex.cend()) {
                problems[p.item].append(QStringLiteral("SuccessFactors gave no status for the %1").arg(p.what));
            } else if (status->value(QLatin1String("status")).toString().compare(QLatin1String("OK"), Qt::CaseInsensitive) != 0) {
                problems[p.item].append(QStringLiteral("SuccessFactors refused the %1: %2")
                                            .arg(p.what, status->value(QLatin1String("message")).toString()));
            } else {
                anyWritten[p.item] = true;
            }
        }
    }

    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString who = items.at(i).workerId.isEmpty() ? QStringLiteral("(no worker id)") : items.at(i).workerId;
        if (problems.at(i).isEmpty()) {
            outcomes[i].written = true;
            QStringList what;
            if (!items.at(i).email.isEmpty())
                what.append(QStringLiteral("email %1").arg(items.at(i).email));
            if (!items.at(i).username.isEmpty())
                what.append(QStringLiteral("username %1").arg(items.at(i).username));
            outcomes[i].message = QStringLiteral("Worker %1: %2 written back to SuccessFactors")
                                      .arg(who, what.join(QStringLiteral(" and ")));
        } else {
            outcomes[i].message = QStringLiteral("Worker %1: %2%3")
                                      .arg(who, problems.at(i).join(QStringLiteral("; ")),
                                           anyWritten.at(i) ? QStringLiteral(" (the rest was written)") : QString());
        }
    }
    return outcomes;
}

} // namespace Tenure::Connectors
