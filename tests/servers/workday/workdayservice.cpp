#include "workdayservice.h"

#include "workdaystate.h"

namespace Tenure::Tests::Workday {
namespace {

const QString Wd = QLatin1String(WorkdayNs);
const QString Soap = QLatin1String(SoapNs);
const QString Wsse = QLatin1String(WsseNs);

SoapHttpResponse answer(int status, QByteArray body, const QByteArray& contentType = "text/xml; charset=utf-8")
{
    SoapHttpResponse response;
    response.status = status;
    response.body = std::move(body);
    response.headers.append({"Content-Type", contentType});
    return response;
}

SoapHttpResponse fault(const QString& code, const QString& message)
{
    return answer(500, soapFault(code, message));
}

// The operation a request element asks for, by Workday's WSDL names.
QString operationOf(const Element& request)
{
    if (request.namespaceUri != Wd)
        return {};
    if (request.name == QLatin1String("Get_Workers_Request"))
        return QStringLiteral("Get_Workers");
    if (request.name == QLatin1String("Maintain_Contact_Information_for_Person_Event_Request"))
        return QStringLiteral("Maintain_Contact_Information");
    if (request.name == QLatin1String("Workday_Account_for_Worker_Update"))
        return QStringLiteral("Update_Workday_Account");
    return {};
}

} // namespace

bool isTrue(const QString& text)
{
    const QString t = text.trimmed();
    return t == QLatin1String("true") || t == QLatin1String("1");
}

OperationAnswer OperationAnswer::validation(const QString& message, const QString& xpath)
{
    return {500, soapFault(QStringLiteral("SOAP-ENV:Client.validationError"),
                           QStringLiteral("Validation error occurred. %1").arg(message), {{message, xpath}})};
}

StoredWorker* WorkdayService::State::byWid(const QString& wid)
{
    for (auto& w : workers) {
        if (w.wid == wid)
            return &w;
    }
    return nullptr;
}

StoredWorker* WorkdayService::State::byWorkerId(const QString& workerId, std::optional<bool> contingent)
{
    for (auto& w : workers) {
        if (w.workerId == workerId && !workerId.isEmpty() && (!contingent || w.contingent == *contingent))
            return &w;
    }
    return nullptr;
}

ManagerLookup WorkdayService::State::managers(const QDate& effective, const QDateTime& entry)
{
    return [this, effective, entry](const QString& employeeId) -> std::optional<ManagerInfo> {
        const StoredWorker* manager = byWorkerId(employeeId, false);
        if (!manager)
            return std::nullopt;
        const auto view = viewAsOf(*manager, effective, entry);
        if (!view)
            return std::nullopt;
        return ManagerInfo{manager->wid, manager->workerId,
                           QStringLiteral("%1 %2").arg(view->fields.value(QLatin1String(Field::FirstName)),
                                                       view->fields.value(QLatin1String(Field::LastName))),
                           view->fields.value(QLatin1String(Field::ManagerID))};
    };
}

WorkdayService::WorkdayService(WorkdayServiceOptions options) : m_state(std::make_unique<State>())
{
    m_state->options = std::move(options);
}

WorkdayService::~WorkdayService() = default;

SoapHttpResponse WorkdayService::handle(const SoapHttpRequest& request)
{
    const std::lock_guard lock(m_mutex);
    State& state = *m_state;
    const Clock::time_point now = Clock::now();
    Arrival arrival;
    arrival.requestBody = request.body;
    const auto finish = [&](SoapHttpResponse response) {
        arrival.status = response.status;
        state.arrivals.append(arrival);
        return response;
    };

    if (now < state.retryAfterUntil)
        ++state.earlyArrivals;

    // The failure switches act before anything else, as a proxy or a dying node would.
    std::optional<Failure> failure;
    if (!state.failures.isEmpty()) {
        State::PendingFailure& pending = state.failures.first();
        if (pending.after > 0) {
            --pending.after;
        } else {
            failure = pending.failure;
            if (--pending.requests <= 0)
                state.failures.removeFirst();
        }
    }
    const auto throttled = [&] {
        state.retryAfterUntil = now + std::chrono::seconds(state.options.retryAfterSeconds);
        SoapHttpResponse response = answer(429, "Too Many Requests", "text/plain");
        response.headers.append({"Retry-After", QByteArray::number(state.options.retryAfterSeconds)});
        return response;
    };
    if (failure == Failure::Throttled)
        return finish(throttled());
    if (failure == Failure::ServerError)
        return finish(answer(500, "<html><body><h1>500 Internal Server Error</h1></body></html>", "text/html"));
    if (state.options.requestsPerSecond > 0) {
        while (!state.recent.empty() && now - state.recent.front() >= std::chrono::seconds(1))
            state.recent.pop_front();
        if (int(state.recent.size()) >= state.options.requestsPerSecond)
            return finish(throttled());
        state.recent.push_back(now);
    }

    if (request.method != "POST")
        return finish(answer(405, "Method Not Allowed", "text/plain"));
    const QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.size() != 5 || segments[0] != QLatin1String("ccx") || segments[1] != QLatin1String("service") ||
        segments[2] != state.options.tenant || segments[3] != QLatin1String("Human_Resources"))
        return finish(answer(404, "Not Found", "text/plain"));
    const QString version = segments[4];

    auto document = Connectors::Xml::Document::parse(request.body);
    if (!document)
        return finish(fault(QStringLiteral("SOAP-ENV:Client"), QStringLiteral("Invalid request: %1").arg(document.error().message)));
    const Element& envelope = document->root();
    const Element* header = envelope.child(Soap, QStringLiteral("Header"));
    const Element* security = header ? header->child(Wsse, QStringLiteral("Security")) : nullptr;
    const Element* token = security ? security->child(Wsse, QStringLiteral("UsernameToken")) : nullptr;
    const Element* password = token ? token->child(Wsse, QStringLiteral("Password")) : nullptr;
    const bool authenticated = token && token->childText(Wsse, QStringLiteral("Username")) == state.options.userName &&
                               password && password->text == state.options.password &&
                               password->attribute({}, QStringLiteral("Type")) == QLatin1String(PasswordTextType);
    arrival.authenticated = authenticated;
    if (!authenticated)
        return finish(fault(QStringLiteral("SOAP-ENV:Client.authenticationError"), QStringLiteral("invalid username or password")));

    const Element* body = envelope.child(Soap, QStringLiteral("Body"));
    const Element* operation = body && !body->children.empty() ? body->children.front().get() : nullptr;
    arrival.operation = operation ? operationOf(*operation) : QString();
    OperationAnswer result;
    if (arrival.operation == QLatin1String("Get_Workers"))
        result = getWorkers(state, *operation, version);
    else if (arrival.operation == QLatin1String("Maintain_Contact_Information"))
        result = maintainContactInformation(state, *operation, version);
    else if (arrival.operation == QLatin1String("Update_Workday_Account"))
        result = updateWorkdayAccount(state, *operation);
    else
        return finish(fault(QStringLiteral("SOAP-ENV:Client"),
                            QStringLiteral("The request element %1 is not an operation of Human_Resources")
                                .arg(operation ? operation->name : QStringLiteral("(none)"))));

    SoapHttpResponse response = answer(result.status, std::move(result.body));
    if (failure == Failure::Truncated)
        response.body.truncate(response.body.size() / 2);
    else if (failure == Failure::MalformedXml)
        response.body.insert(response.body.size() / 2, "<<>");   // no place in XML may hold this
    return finish(response);
}

void WorkdayService::setWorkers(QList<StoredWorker> workers)
{
    const std::lock_guard lock(m_mutex);
    m_state->workers = std::move(workers);
}

void WorkdayService::addWorker(StoredWorker worker)
{
    const std::lock_guard lock(m_mutex);
    if (worker.wid.isEmpty())
        worker.wid = widFor(worker.workerId);
    m_state->workers.append(std::move(worker));
}

bool WorkdayService::addVersion(const QString& workerId, const QDate& effective, const QDateTime& entered,
                                const QString& transaction, const QMap<QString, QString>& changes)
{
    const std::lock_guard lock(m_mutex);
    StoredWorker* worker = m_state->byWorkerId(workerId);
    if (!worker || worker->versions.isEmpty())
        return false;
    WorkerVersion version;
    version.effective = effective;
    version.entered = entered;
    version.transaction = transaction;
    version.fields = worker->versions.last().fields;
    for (auto it = changes.begin(); it != changes.end(); ++it)
        version.fields.insert(it.key(), it.value());
    worker->versions.append(version);
    return true;
}

void WorkdayService::failNext(Failure failure, int requests, int after)
{
    const std::lock_guard lock(m_mutex);
    if (requests > 0)
        m_state->failures.append({failure, after, requests});
}

std::optional<StoredWorker> WorkdayService::worker(const QString& workerId) const
{
    const std::lock_guard lock(m_mutex);
    if (const StoredWorker* w = m_state->byWorkerId(workerId))
        return *w;
    return std::nullopt;
}

QList<Arrival> WorkdayService::arrivals() const
{
    const std::lock_guard lock(m_mutex);
    return m_state->arrivals;
}

int WorkdayService::earlyArrivals() const
{
    const std::lock_guard lock(m_mutex);
    return m_state->earlyArrivals;
}

WorkdayServiceOptions WorkdayService::options() const
{
    const std::lock_guard lock(m_mutex);
    return m_state->options;
}

QString WorkdayService::tenantPath() const
{
    const std::lock_guard lock(m_mutex);
    return QStringLiteral("/ccx/service/") + m_state->options.tenant;
}

} // namespace Tenure::Tests::Workday
