#include "workerfinder.h"

#include "connectorfactory.h"
#include "workspace.h"

#include <QRegularExpression>
#include <algorithm>

namespace Tenure::App {
namespace {

// The first non-empty value among `fields`, compared without case: HR exports spell them freely.
QString field(const Models::Attributes& attributes, std::initializer_list<const char*> fields)
{
    for (const char* wanted : fields)
        for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
            if (it.key().compare(QLatin1String(wanted), Qt::CaseInsensitive) == 0 && !it->isEmpty()
                && !it->constFirst().trimmed().isEmpty())
                return it->constFirst().trimmed();
    return {};
}

// Lower case without accents, so "Zoë" and "zoe" meet.
QString folded(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString plain;
    plain.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            plain.append(c.toLower());
    return plain;
}

QStringList words(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,.'-]+"));
    return folded(text).split(separators, Qt::SkipEmptyParts);
}

} // namespace

QString WorkerCard::label() const
{
    QString text = name.isEmpty() ? workerId : QStringLiteral("%1 (%2)").arg(name, workerId);
    if (!detail.isEmpty())
        text += QStringLiteral(" · ") + detail;
    if (!status.isEmpty())
        text += QStringLiteral(" · ") + status;
    return text;
}

WorkerCard WorkerFinder::cardOf(const Models::Worker& worker, const QString& hrTenant)
{
    WorkerCard card;
    card.workerId = worker.workerId;
    card.hrTenant = hrTenant;
    const auto& a = worker.attributes;
    card.name = field(a, {"DisplayName", "PreferredName", "FullName", "Name", "Preferred_Name", "formattedName"});
    if (card.name.isEmpty()) {
        const QString first = field(a, {"FirstName", "GivenName", "PreferredFirstName", "First_Name", "firstName"});
        const QString last = field(a, {"LastName", "Surname", "FamilyName", "Last_Name", "lastName"});
        card.name = QStringList{first, last}.join(QLatin1Char(' ')).trimmed();
    }
    QStringList detail;
    for (const auto& part : {field(a, {"Title", "JobTitle", "Job_Title", "Position"}),
                             field(a, {"Department", "Organization", "Supervisory_Organization"})})
        if (!part.isEmpty())
            detail << part;
    card.detail = detail.join(QStringLiteral(", "));
    card.status = field(a, {"Status", "EmploymentStatus", "WorkerStatus", "Active_Status"});
    // Each word with the words after it run together, so "oneil" finds O'Neil and "maryjo" Mary-Jo.
    const QStringList nameWords = words(card.name);
    for (int i = 0; i < nameWords.size(); ++i)
        card.nameKeys << nameWords.mid(i).join(QString());
    return card;
}

Models::Result<QList<WorkerCard>> WorkerFinder::readAll(const Models::CancelToken& cancel)
{
    auto tenants = m_workspace.tenants().list();
    if (!tenants)
        return std::unexpected(tenants.error());
    QList<WorkerCard> cards;
    for (const auto& tenant : *tenants) {
        if (tenant.role != Models::TenantRole::HrSource)
            continue;
        auto source = m_connectors.hrSource(tenant);
        if (!source)
            return std::unexpected(source.error());
        auto snapshot = (*source)->read(cancel);
        if (!snapshot) {
            auto error = snapshot.error();
            if (error.context.tenant.isEmpty())
                error.context.tenant = tenant.name;
            return std::unexpected(error);
        }
        cards.reserve(cards.size() + snapshot->workers.size());
        for (const auto& worker : std::as_const(snapshot->workers))
            cards.append(cardOf(worker, tenant.name));
    }
    return cards;
}

QList<WorkerCard> WorkerFinder::match(const QList<WorkerCard>& workers, const QString& query, int limit)
{
    const QString wanted = query.trimmed();
    if (wanted.isEmpty())
        return {};
    const QStringList queryWords = words(wanted);
    QList<WorkerCard> exact;
    QList<WorkerCard> others;
    for (const auto& card : workers) {
        if (card.workerId.compare(wanted, Qt::CaseInsensitive) == 0) {
            exact.append(card);
            continue;
        }
        bool found = card.workerId.startsWith(wanted, Qt::CaseInsensitive);
        if (!found && !queryWords.isEmpty()) {
            found = std::all_of(queryWords.cbegin(), queryWords.cend(), [&](const QString& q) {
                return std::any_of(card.nameKeys.cbegin(), card.nameKeys.cend(),
                                   [&](const QString& w) { return w.startsWith(q); });
            });
        }
        if (found && exact.size() + others.size() < limit)
            others.append(card);
    }
    return (exact + others).mid(0, limit);
}

} // namespace Tenure::App
