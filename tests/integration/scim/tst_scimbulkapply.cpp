// ScimDirectory::applyBatch through SCIM Bulk (RFC 7644 §3.7) against scimmy-routers' own /Bulk
// endpoint (tests/servers/scim/server.js --bulk=N). What reached the service is read from the
// peer's request log: the proof that a batch went as BulkRequests, and how many.
#include "connectors/directory/scim/scimdirectory.h"
#include "tests/support/scimpeerfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Tenure::Connectors;
using Tenure::Models::Account;
using Tenure::Models::AttributeChange;
using Tenure::Models::ErrorCode;
using Tenure::Models::Operation;
using Tenure::Models::OperationKind;
using Tenure::Models::Result;
using Tenure::Tests::ScimPeerFixture;

namespace {

const QStringList readAttributes{QStringLiteral("userName"), QStringLiteral("externalId"), QStringLiteral("title")};

AttributeChange change(const QString& attribute, const QStringList& before, const QStringList& after)
{
    return AttributeChange{attribute, before, after, QStringLiteral("test")};
}

Operation operation(OperationKind kind, const QString& id, const QString& worker, QList<AttributeChange> changes = {})
{
    Operation op;
    op.kind = kind;
    op.workerId = worker;
    op.targetId = id;
    op.changes = std::move(changes);
    return op;
}

Operation createUser(const QString& userName, const QString& externalId, const QString& title = {})
{
    QList<AttributeChange> changes{change(QStringLiteral("userName"), {}, {userName}),
                                   change(QStringLiteral("externalId"), {}, {externalId})};
    if (!title.isEmpty())
        changes.append(change(QStringLiteral("title"), {}, {title}));
    return operation(OperationKind::Create, {}, QStringLiteral("W-") + externalId, changes);
}

// What applyBatch reported, per operation: nullopt when it was never reported as done.
struct BatchReport {
    QList<std::optional<Result<QString>>> outcomes;
    QList<qsizetype> sent;   // the order sending() was called in
    [[nodiscard]] const Result<QString>& at(qsizetype i) const { return *outcomes.at(i); }
};

BatchReport applyBatch(ScimDirectory& directory, const QList<Operation>& operations, qsizetype stopAfterDone = -1)
{
    BatchReport report;
    report.outcomes.resize(operations.size());
    BatchCallbacks callbacks;
    callbacks.sending = [&](qsizetype i) {
        report.sent.append(i);
        return true;
    };
    qsizetype answered = 0;
    callbacks.done = [&](qsizetype i, const Result<QString>& outcome) {
        report.outcomes[i] = outcome;
        return stopAfterDone < 0 || ++answered < stopAfterDone;
    };
    directory.applyBatch(operations, callbacks, {});
    return report;
}

QString failure(const Result<QString>& result)
{
    return result ? QString() : Tenure::Models::Error::codeName(result.error().code) + QStringLiteral(": ") + result.error().describe();
}

bool isWrite(const QJsonObject& request)
{
    return request.value(QStringLiteral("method")).toString() != QLatin1String("GET");
}

QList<QJsonObject> bulkRequests(const QList<QJsonObject>& requests)
{
    QList<QJsonObject> bulk;
    for (const QJsonObject& request : requests) {
        if (request.value(QStringLiteral("path")).toString().endsWith(QLatin1String("/Bulk")))
            bulk.append(request);
    }
    return bulk;
}

QStringList operationsOf(const QJsonObject& request)
{
    QStringList methods;
    for (const QJsonValue& method : request.value(QStringLiteral("operations")).toArray())
        methods << method.toString();
    return methods;
}

int count(const QList<QJsonObject>& requests, const QString& method, const QString& pathStart)
{
    return static_cast<int>(std::count_if(requests.cbegin(), requests.cend(), [&](const QJsonObject& r) {
        return r.value(QStringLiteral("method")).toString() == method
               && r.value(QStringLiteral("path")).toString().startsWith(pathStart);
    }));
}

} // namespace

class TestScimBulkApply : public QObject {
    Q_OBJECT

    ScimPeerFixture m_bulk;       // bulk (100 operations), PATCH, filter, ETags
    ScimPeerFixture m_small;      // bulk of at most 2 operations
    ScimPeerFixture m_payload;    // bulk of at most 1,200 bytes
    ScimPeerFixture m_plain;      // bulk without PATCH or filter: PUT inside the bulk, lookups read every user
    ScimPeerFixture m_noBulk;     // no bulk at all

    std::unique_ptr<ScimDirectory> directory(const ScimPeerFixture& peer, const QJsonObject& overrides = {})
    {
        auto settings = ScimSettings::fromJson(peer.settings(overrides));
        if (!settings)
            qFatal("invalid test settings: %s", qPrintable(settings.error().message));
        return std::make_unique<ScimDirectory>(*settings, peer.token());
    }

    std::optional<Account> account(const ScimPeerFixture& peer, const QString& userName)
    {
        auto snapshot = directory(peer)->readAccounts(readAttributes, {});
        if (!snapshot)
            qFatal("read failed: %s", qPrintable(snapshot.error().describe()));
        for (const auto& a : snapshot->accounts) {
            if (a.attributes.value(QStringLiteral("userName")) == QStringList{userName})
                return a;
        }
        return std::nullopt;
    }

    // Created through a single request, outside the batch under test.
    QString existingUser(ScimPeerFixture& peer, const QString& userName, const QString& externalId)
    {
        auto dir = directory(peer, {{QStringLiteral("bulk"), QStringLiteral("never")}});
        if (auto done = dir->apply(createUser(userName, externalId, QStringLiteral("Clerk"))); !done)
            qFatal("create failed: %s", qPrintable(done.error().describe()));
        const auto created = account(peer, userName);
        return created ? created->id : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_bulk.start({QStringLiteral("--bulk=100"), QStringLiteral("--etag")}), qPrintable(m_bulk.errorString()));
        QVERIFY2(m_small.start({QStringLiteral("--bulk=2")}), qPrintable(m_small.errorString()));
        QVERIFY2(m_payload.start({QStringLiteral("--bulk=50"), QStringLiteral("--bulk-payload=1200")}),
                 qPrintable(m_payload.errorString()));
        QVERIFY2(m_plain.start({QStringLiteral("--bulk=10"), QStringLiteral("--no-patch"), QStringLiteral("--no-filter")}),
                 qPrintable(m_plain.errorString()));
        QVERIFY2(m_noBulk.start(), qPrintable(m_noBulk.errorString()));
    }

    void testConnectionSaysBulkIsSupported()
    {
        auto message = directory(m_bulk)->testConnection();
        QVERIFY2(message, qPrintable(message ? QString() : message.error().describe()));
        QVERIFY2(message->contains(QStringLiteral("bulk (max 100)")), qPrintable(*message));
    }

    void aBatchOfCreatesUpdatesDisablesAndDeletesGoesAsOneBulkRequest()
    {
        const QString toUpdate = existingUser(m_bulk, QStringLiteral("b.update"), QStringLiteral("2001"));
        const QString toDisable = existingUser(m_bulk, QStringLiteral("b.disable"), QStringLiteral("2002"));
        const QString toDelete = existingUser(m_bulk, QStringLiteral("b.delete"), QStringLiteral("2003"));
        auto dir = directory(m_bulk);
        QVERIFY(dir->readAccounts(readAttributes, {}));   // as a preview would: records the ETags
        (void)m_bulk.takeRequests();

        const QList<Operation> batch{
            createUser(QStringLiteral("b.one"), QStringLiteral("2101"), QStringLiteral("Engineer")),
            createUser(QStringLiteral("b.two"), QStringLiteral("2102")),
            createUser(QStringLiteral("b.three"), QStringLiteral("2103")),
            operation(OperationKind::Update, toUpdate, QStringLiteral("W-2001"),
                      {change(QStringLiteral("title"), {QStringLiteral("Clerk")}, {QStringLiteral("Lead")})}),
            operation(OperationKind::Disable, toDisable, QStringLiteral("W-2002")),
            operation(OperationKind::Delete, toDelete, QStringLiteral("W-2003")),
        };
        const BatchReport report = applyBatch(*dir, batch);
        for (qsizetype i = 0; i < batch.size(); ++i) {
            QVERIFY2(report.outcomes.at(i).has_value(), qPrintable(QStringLiteral("operation %1 not reported").arg(i)));
            QVERIFY2(report.at(i), qPrintable(failure(report.at(i))));
        }
        QVERIFY2(report.at(0)->startsWith(QStringLiteral("created as user ")), qPrintable(*report.at(0)));
        QCOMPARE(report.sent.size(), batch.size());

        const auto requests = m_bulk.takeRequests();
        const auto bulk = bulkRequests(requests);
        QCOMPARE(bulk.size(), 1);
        QCOMPARE(operationsOf(bulk.constFirst()),
                 (QStringList{"POST", "POST", "POST", "PATCH", "PATCH", "DELETE"}));
        // Nothing else was written; the only other request is the one lookup of the creates' users.
        QCOMPARE(int(std::count_if(requests.cbegin(), requests.cend(), isWrite)), 1);
        QCOMPARE(count(requests, QStringLiteral("GET"), QStringLiteral("/scim/v2/Users")), 1);

        const auto one = account(m_bulk, QStringLiteral("b.one"));
        QVERIFY(one);
        QCOMPARE(one->attributes.value(QStringLiteral("externalId")), QStringList{QStringLiteral("2101")});
        QCOMPARE(one->attributes.value(QStringLiteral("title")), QStringList{QStringLiteral("Engineer")});
        QVERIFY(report.at(0)->endsWith(one->id));
        QVERIFY(account(m_bulk, QStringLiteral("b.two")));
        QVERIFY(account(m_bulk, QStringLiteral("b.three")));
        QCOMPARE(account(m_bulk, QStringLiteral("b.update"))->attributes.value(QStringLiteral("title")),
                 QStringList{QStringLiteral("Lead")});
        QVERIFY(!account(m_bulk, QStringLiteral("b.disable"))->enabled);
        QVERIFY(!account(m_bulk, QStringLiteral("b.delete")));
    }

    void aRefusedOperationReportsItsOwnErrorWhileTheOthersSucceed()
    {
        existingUser(m_bulk, QStringLiteral("taken.name"), QStringLiteral("2201"));
        const QString toDisable = existingUser(m_bulk, QStringLiteral("r.disable"), QStringLiteral("2202"));
        auto dir = directory(m_bulk);
        (void)m_bulk.takeRequests();
        const QList<Operation> batch{
            createUser(QStringLiteral("r.fine"), QStringLiteral("2210")),
            createUser(QStringLiteral("TAKEN.NAME"), QStringLiteral("2211")),   // userName is unique: 409
            operation(OperationKind::Update, QStringLiteral("no-such-id"), QStringLiteral("W-2212"),
                      {change(QStringLiteral("title"), {}, {QStringLiteral("x")})}),   // 404
            operation(OperationKind::Disable, toDisable, QStringLiteral("W-2202")),
        };
        const BatchReport report = applyBatch(*dir, batch);
        QVERIFY2(report.at(0), qPrintable(failure(report.at(0))));
        QVERIFY(!report.at(1));
        QCOMPARE(report.at(1).error().code, ErrorCode::Conflict);
        QCOMPARE(report.at(1).error().context.workerId, QStringLiteral("W-2211"));
        QVERIFY2(report.at(1).error().message.contains(QStringLiteral("must be unique")), qPrintable(report.at(1).error().message));
        QVERIFY2(report.at(1).error().message.startsWith(QStringLiteral("Creating user")), qPrintable(report.at(1).error().message));
        QVERIFY(!report.at(2));
        QCOMPARE(report.at(2).error().code, ErrorCode::NotFound);
        QCOMPARE(report.at(2).error().context.workerId, QStringLiteral("W-2212"));
        QVERIFY2(report.at(3), qPrintable(failure(report.at(3))));

        QCOMPARE(bulkRequests(m_bulk.takeRequests()).size(), 1);
        QVERIFY(account(m_bulk, QStringLiteral("r.fine")));
        QVERIFY(!account(m_bulk, QStringLiteral("r.disable"))->enabled);
    }

    void maxOperationsSplitsTheBatch()
    {
        auto dir = directory(m_small);
        (void)m_small.takeRequests();
        QList<Operation> batch;
        for (int i = 0; i < 5; ++i)
            batch.append(createUser(QStringLiteral("s.%1").arg(i), QStringLiteral("230%1").arg(i)));
        const BatchReport report = applyBatch(*dir, batch);
        for (qsizetype i = 0; i < batch.size(); ++i)
            QVERIFY2(report.at(i), qPrintable(failure(report.at(i))));
        const auto bulk = bulkRequests(m_small.takeRequests());
        QCOMPARE(bulk.size(), 3);
        QCOMPARE(operationsOf(bulk.at(0)).size(), 2);
        QCOMPARE(operationsOf(bulk.at(1)).size(), 2);
        QCOMPARE(operationsOf(bulk.at(2)).size(), 1);
        for (int i = 0; i < 5; ++i)
            QVERIFY(account(m_small, QStringLiteral("s.%1").arg(i)));
    }

    // scimmy refuses a BulkRequest over maxPayloadSize with 413: none is sent, and a single
    // operation larger than the limit goes as an ordinary request instead.
    void maxPayloadSizeSplitsTheBatchAndAnOversizedWriteGoesAlone()
    {
        auto dir = directory(m_payload);
        (void)m_payload.takeRequests();
        QList<Operation> batch;
        for (int i = 0; i < 6; ++i)
            batch.append(createUser(QStringLiteral("p.%1").arg(i), QStringLiteral("240%1").arg(i),
                                    QString(300, QLatin1Char('a' + i))));
        batch.append(createUser(QStringLiteral("p.huge"), QStringLiteral("2499"), QString(2000, QLatin1Char('z'))));
        const BatchReport report = applyBatch(*dir, batch);
        for (qsizetype i = 0; i < batch.size(); ++i)
            QVERIFY2(report.at(i), qPrintable(failure(report.at(i))));
        const auto requests = m_payload.takeRequests();
        const auto bulk = bulkRequests(requests);
        QVERIFY2(bulk.size() >= 3, qPrintable(QString::number(bulk.size())));   // 6 × ~450 bytes in ≤ 1,200
        int inBulk = 0;
        for (const QJsonObject& request : bulk) {
            QVERIFY2(request.value(QStringLiteral("bytes")).toInt() <= 1200,
                     qPrintable(QString::number(request.value(QStringLiteral("bytes")).toInt())));
            inBulk += static_cast<int>(operationsOf(request).size());
        }
        QCOMPARE(inBulk, 6);
        QCOMPARE(count(requests, QStringLiteral("POST"), QStringLiteral("/scim/v2/Users")), 1);   // p.huge
        QCOMPARE(account(m_payload, QStringLiteral("p.huge"))->attributes.value(QStringLiteral("title")),
                 QStringList{QString(2000, QLatin1Char('z'))});
        for (int i = 0; i < 6; ++i)
            QVERIFY(account(m_payload, QStringLiteral("p.%1").arg(i)));
    }

    // A create sent before whose answer was lost: the lookup finds the user it made, which is
    // updated in the bulk request instead of created a second time. One query finds them all,
    // an externalId with a quote and a backslash included (escaped inside its own "or" term).
    void aResumedBulkCreateUpdatesTheUserItMadeBefore()
    {
        auto dir = directory(m_bulk);
        const QList<Operation> batch{createUser(QStringLiteral("again.1"), QStringLiteral("2501"), QStringLiteral("Clerk")),
                                     createUser(QStringLiteral("again.2"), QStringLiteral("2502")),
                                     createUser(QStringLiteral("again.3"), QStringLiteral("25\"03\\x"))};
        const BatchReport first = applyBatch(*dir, batch);
        for (qsizetype i = 0; i < batch.size(); ++i)
            QVERIFY2(first.at(i), qPrintable(failure(first.at(i))));
        (void)m_bulk.takeRequests();
        const BatchReport again = applyBatch(*directory(m_bulk), batch);
        for (qsizetype i = 0; i < batch.size(); ++i) {
            QVERIFY2(again.at(i), qPrintable(failure(again.at(i))));
            QVERIFY2(again.at(i)->contains(QStringLiteral("already existed")), qPrintable(*again.at(i)));
        }
        const auto requests = m_bulk.takeRequests();
        QCOMPARE(count(requests, QStringLiteral("GET"), QStringLiteral("/scim/v2/Users")), 1);
        const auto bulk = bulkRequests(requests);
        QCOMPARE(bulk.size(), 1);
        QCOMPARE(operationsOf(bulk.constFirst()), (QStringList{"PATCH", "PATCH", "PATCH"}));
        auto found = dir->findUser(QStringLiteral("externalId"), QStringLiteral("2501"));
        QVERIFY2(found, qPrintable(found ? QString() : found.error().describe()));   // Conflict if there were two
        QVERIFY(found->has_value());
    }

    // The peer refuses PATCH in any form: updates go as PUT of the whole resource inside the bulk
    // request; without filter support the creates' users are found by one read of every user.
    void withoutPatchOrFilterUpdatesGoAsPutAndUsersAreReadOnce()
    {
        const QString toUpdate = existingUser(m_plain, QStringLiteral("n.update"), QStringLiteral("2601"));
        const QString toDisable = existingUser(m_plain, QStringLiteral("n.disable"), QStringLiteral("2602"));
        auto dir = directory(m_plain);
        (void)m_plain.takeRequests();
        QList<Operation> batch{operation(OperationKind::Update, toUpdate, QStringLiteral("W-2601"),
                                         {change(QStringLiteral("title"), {QStringLiteral("Clerk")}, {QStringLiteral("Lead")})}),
                               operation(OperationKind::Disable, toDisable, QStringLiteral("W-2602"))};
        for (int i = 0; i < 12; ++i)
            batch.append(createUser(QStringLiteral("n.%1").arg(i), QStringLiteral("261%1").arg(i)));
        const BatchReport report = applyBatch(*dir, batch);
        for (qsizetype i = 0; i < batch.size(); ++i)
            QVERIFY2(report.at(i), qPrintable(failure(report.at(i))));
        const auto requests = m_plain.takeRequests();
        const auto bulk = bulkRequests(requests);
        QCOMPARE(bulk.size(), 2);   // 14 operations, at most 10 per request
        QCOMPARE(operationsOf(bulk.at(0)).mid(0, 2), (QStringList{"PUT", "PUT"}));
        QCOMPARE(count(requests, QStringLiteral("GET"), QStringLiteral("/scim/v2/Users/")), 2);   // each PUT's user
        QCOMPARE(count(requests, QStringLiteral("GET"), QStringLiteral("/scim/v2/Users")), 3);    // + one read of all
        const auto updated = account(m_plain, QStringLiteral("n.update"));
        QCOMPARE(updated->attributes.value(QStringLiteral("title")), QStringList{QStringLiteral("Lead")});
        QCOMPARE(updated->attributes.value(QStringLiteral("externalId")), QStringList{QStringLiteral("2601")});   // kept by PUT
        QVERIFY(!account(m_plain, QStringLiteral("n.disable"))->enabled);
        QVERIFY(account(m_plain, QStringLiteral("n.11")));
    }

    void withoutBulkEveryOperationIsItsOwnRequest()
    {
        auto dir = directory(m_noBulk);
        (void)m_noBulk.takeRequests();
        const BatchReport report = applyBatch(*dir, {createUser(QStringLiteral("o.1"), QStringLiteral("2701")),
                                                     createUser(QStringLiteral("o.2"), QStringLiteral("2702"))});
        QVERIFY2(report.at(0) && report.at(1), qPrintable(failure(report.at(0)) + failure(report.at(1))));
        QVERIFY2(report.at(0)->startsWith(QStringLiteral("created as user ")), qPrintable(*report.at(0)));
        const auto requests = m_noBulk.takeRequests();
        QCOMPARE(bulkRequests(requests).size(), 0);
        QCOMPARE(count(requests, QStringLiteral("POST"), QStringLiteral("/scim/v2/Users")), 2);

        // "bulk": "never" keeps a bulk-capable service on single requests.
        auto never = directory(m_bulk, {{QStringLiteral("bulk"), QStringLiteral("never")}});
        (void)m_bulk.takeRequests();
        const BatchReport single = applyBatch(*never, {createUser(QStringLiteral("o.3"), QStringLiteral("2703"))});
        QVERIFY2(single.at(0), qPrintable(failure(single.at(0))));
        const auto bulkPeer = m_bulk.takeRequests();
        QCOMPARE(bulkRequests(bulkPeer).size(), 0);
        QCOMPARE(count(bulkPeer, QStringLiteral("POST"), QStringLiteral("/scim/v2/Users")), 1);
    }

    // BatchCallbacks: once done() says stop, the operations of that request are still reported and
    // nothing further is sent.
    void stoppingAfterAnAnswerSendsNoFurtherRequest()
    {
        auto dir = directory(m_small);
        (void)m_small.takeRequests();
        QList<Operation> batch;
        for (int i = 0; i < 5; ++i)
            batch.append(createUser(QStringLiteral("stop.%1").arg(i), QStringLiteral("280%1").arg(i)));
        const BatchReport report = applyBatch(*dir, batch, 1);
        QCOMPARE(bulkRequests(m_small.takeRequests()).size(), 1);
        QCOMPARE(report.sent, (QList<qsizetype>{0, 1}));
        QVERIFY(report.outcomes.at(0).has_value() && report.outcomes.at(1).has_value());
        QVERIFY(!report.outcomes.at(2).has_value());
        QVERIFY(!account(m_small, QStringLiteral("stop.2")));
    }
};

QTEST_GUILESS_MAIN(TestScimBulkApply)
#include "tst_scimbulkapply.moc"
