// The BulkRequest / BulkResponse shapes of RFC 7644 §3.7: chunks within the service's limits, and
// each result matched to the write it answers.
#include "connectors/directory/scim/scimbulk.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Tenure::Connectors;

namespace {

ScimWrite post(const QString& bulkId, const QString& userName)
{
    return ScimWrite{"POST", QStringLiteral("/Users"), bulkId, {}, QJsonObject{{QStringLiteral("userName"), userName}}};
}

ScimWrite patch(const QString& id)
{
    return ScimWrite{"PATCH", QStringLiteral("/Users/") + id, {}, {}, QJsonObject{{QStringLiteral("Operations"), QJsonArray{}}}};
}

QJsonObject response(const QJsonArray& operations)
{
    return QJsonObject{{QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:ietf:params:scim:api:messages:2.0:BulkResponse")}},
                       {QStringLiteral("Operations"), operations}};
}

} // namespace

class TestScimBulk : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void requestBodyIsABulkRequestWithoutFailOnErrors()
    {
        ScimWrite remove{"DELETE", QStringLiteral("/Users/u%2F1"), {}, "W/\"3\"", {}};
        const QJsonObject body = QJsonDocument::fromJson(scimBulkRequestBody({post(QStringLiteral("op0"), QStringLiteral("ann")), remove})).object();
        QCOMPARE(body.value(QStringLiteral("schemas")).toArray(),
                 QJsonArray{QStringLiteral("urn:ietf:params:scim:api:messages:2.0:BulkRequest")});
        QVERIFY(!body.contains(QStringLiteral("failOnErrors")));
        const QJsonArray operations = body.value(QStringLiteral("Operations")).toArray();
        QCOMPARE(operations.size(), 2);
        const QJsonObject created = operations.at(0).toObject();
        QCOMPARE(created.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(created.value(QStringLiteral("bulkId")).toString(), QStringLiteral("op0"));
        QCOMPARE(created.value(QStringLiteral("data")).toObject().value(QStringLiteral("userName")).toString(), QStringLiteral("ann"));
        const QJsonObject deleted = operations.at(1).toObject();
        QCOMPARE(deleted.value(QStringLiteral("path")).toString(), QStringLiteral("/Users/u%2F1"));
        QCOMPARE(deleted.value(QStringLiteral("version")).toString(), QStringLiteral("W/\"3\""));
        QVERIFY(!deleted.contains(QStringLiteral("data")));   // DELETE has no body
        QVERIFY(!deleted.contains(QStringLiteral("bulkId")));
        QCOMPARE(remove.resourceId(), QStringLiteral("u/1"));
        QVERIFY(post({}, QStringLiteral("x")).resourceId().isEmpty());
    }

    void chunksRespectMaxOperations()
    {
        QList<ScimWrite> writes;
        for (int i = 0; i < 7; ++i)
            writes.append(post(QStringLiteral("op%1").arg(i), QStringLiteral("u%1").arg(i)));
        const auto chunks = scimBulkChunks(writes, 3, 1 << 20);
        QCOMPARE(chunks, (QList<QList<qsizetype>>{{0, 1, 2}, {3, 4, 5}, {6}}));
    }

    // The size of every chunk's body, computed before it is built, is its real size: no chunk is
    // over the limit, and none could have taken the next write.
    void chunksRespectMaxPayloadSizeExactly()
    {
        QList<ScimWrite> writes;
        for (int i = 0; i < 20; ++i)
            writes.append(post(QStringLiteral("op%1").arg(i), QString(10 + 37 * (i % 5), QLatin1Char('x'))));
        const int limit = 600;
        const auto chunks = scimBulkChunks(writes, 100, limit);
        qsizetype next = 0;
        for (const auto& chunk : chunks) {
            QList<ScimWrite> part;
            for (qsizetype k : chunk) {
                QCOMPARE(k, next++);   // in order, none left out
                part.append(writes.at(k));
            }
            QVERIFY(scimBulkRequestBody(part).size() <= limit);
            if (chunk.constLast() + 1 < writes.size()) {
                part.append(writes.at(chunk.constLast() + 1));
                QVERIFY(scimBulkRequestBody(part).size() > limit);
            }
        }
        QCOMPARE(next, writes.size());
    }

    void aWriteLargerThanTheLimitIsAChunkOfItsOwn()
    {
        const QList<ScimWrite> writes{post(QStringLiteral("a"), QStringLiteral("a")),
                                      post(QStringLiteral("b"), QString(1000, QLatin1Char('b'))),
                                      post(QStringLiteral("c"), QStringLiteral("c"))};
        QCOMPARE(scimBulkChunks(writes, 10, 400), (QList<QList<qsizetype>>{{0}, {1}, {2}}));
    }

    void resultsMatchByBulkIdAndByLocationWhateverTheirOrder()
    {
        const QList<ScimWrite> sent{post(QStringLiteral("op0"), QStringLiteral("ann")), patch(QStringLiteral("id-7")),
                                    post(QStringLiteral("op2"), QStringLiteral("bo")), patch(QStringLiteral("id-8"))};
        const QJsonArray answered{
            QJsonObject{{"method", "PATCH"}, {"location", "https://app.test/scim/v2/Users/id-8"}, {"status", "200"}},
            QJsonObject{{"method", "POST"}, {"bulkId", "op2"}, {"status", "409"},
                        {"response", QJsonObject{{"status", "409"}, {"scimType", "uniqueness"}, {"detail", "taken"}}}},
            QJsonObject{{"method", "POST"}, {"bulkId", "op0"}, {"location", "https://app.test/scim/v2/Users/new%20id"},
                        {"status", 201}, {"version", "W/\"1\""}},
        };
        auto results = scimBulkResults(response(answered), sent);
        QVERIFY(results);
        QCOMPARE(results->size(), 4);
        QVERIFY(results->at(0).ok());
        QCOMPARE(results->at(0).status, 201);   // a number is read as well as a string
        QCOMPARE(results->at(0).resourceId(), QStringLiteral("new id"));
        QCOMPARE(results->at(0).version, QByteArray("W/\"1\""));
        QVERIFY(!results->at(1).reported());   // the service said nothing about it
        QCOMPARE(results->at(2).status, 409);
        QCOMPARE(results->at(2).response.value(QStringLiteral("scimType")).toString(), QStringLiteral("uniqueness"));
        QCOMPARE(results->at(3).status, 200);
    }

    void twoWritesToOneUserAreMatchedInOrder()
    {
        const QList<ScimWrite> sent{patch(QStringLiteral("u1")), patch(QStringLiteral("u1"))};
        const QJsonArray answered{
            QJsonObject{{"method", "PATCH"}, {"location", "/Users/u1"}, {"status", "200"}},
            QJsonObject{{"method", "PATCH"}, {"location", "/Users/u1"}, {"status", "412"}},
        };
        auto results = scimBulkResults(response(answered), sent);
        QVERIFY(results);
        QCOMPARE(results->at(0).status, 200);
        QCOMPARE(results->at(1).status, 412);
    }

    void somethingElseThanABulkResponseIsAnError()
    {
        auto results = scimBulkResults(QJsonObject{{"schemas", QJsonArray{"urn:ietf:params:scim:api:messages:2.0:Error"}},
                                                   {"status", "500"}},
                                       {patch(QStringLiteral("u1"))});
        QVERIFY(!results);
        QCOMPARE(results.error().code, Tenure::Models::ErrorCode::Rejected);
        QVERIFY(results.error().message.contains(QStringLiteral("BulkResponse")));
    }
};

QTEST_APPLESS_MAIN(TestScimBulk)
#include "tst_scimbulk.moc"
