#include "scimbulk.h"

#include "scimattributepath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace Tenure::Connectors {
namespace {

using Models::ErrorCode;

const QString bulkRequestSchema = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:BulkRequest");
const QString bulkResponseSchema = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:BulkResponse");

QJsonObject envelope(const QJsonArray& operations)
{
    return QJsonObject{{QStringLiteral("schemas"), QJsonArray{bulkRequestSchema}},
                       {QStringLiteral("Operations"), operations}};
}

qsizetype compactSize(const QJsonObject& json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact).size();
}

// The decoded last segment of a path or URI: the resource id in ".../Users/<id>".
QString lastSegment(const QString& pathOrUri)
{
    QString path = QUrl(pathOrUri).path(QUrl::FullyDecoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path.section(QLatin1Char('/'), -1);
}

int statusOf(const QJsonValue& value)
{
    // A string in RFC 7644 §3.7.3's examples ("201"); some services send a number.
    return value.isString() ? value.toString().trimmed().left(3).toInt() : value.toInt();
}

} // namespace

QJsonObject ScimWrite::toBulkJson() const
{
    QJsonObject json{{QStringLiteral("method"), QString::fromLatin1(method)}, {QStringLiteral("path"), path}};
    if (!bulkId.isEmpty())
        json.insert(QStringLiteral("bulkId"), bulkId);
    if (!version.isEmpty())
        json.insert(QStringLiteral("version"), QString::fromUtf8(version));
    if (method != "DELETE")
        json.insert(QStringLiteral("data"), data);
    return json;
}

QString ScimWrite::resourceId() const
{
    const QString segment = path.section(QLatin1Char('/'), 2, 2);
    return segment.isEmpty() ? QString() : QUrl::fromPercentEncoding(segment.toUtf8());
}

QString ScimBulkResult::resourceId() const
{
    return location.isEmpty() ? QString() : lastSegment(location);
}

QByteArray scimBulkRequestBody(const QList<ScimWrite>& writes)
{
    QJsonArray operations;
    for (const ScimWrite& write : writes)
        operations.append(write.toBulkJson());
    return QJsonDocument(envelope(operations)).toJson(QJsonDocument::Compact);
}

QList<QList<qsizetype>> scimBulkChunks(const QList<ScimWrite>& writes, int maxOperations, int maxPayloadSize)
{
    // The compact body is the envelope plus each operation plus a comma between two: sizes add up
    // exactly, so a chunk's body size is known before it is built.
    const qsizetype empty = compactSize(envelope({}));
    QList<QList<qsizetype>> chunks;
    QList<qsizetype> chunk;
    qsizetype size = empty;
    for (qsizetype i = 0; i < writes.size(); ++i) {
        const qsizetype own = compactSize(writes.at(i).toBulkJson());
        const qsizetype grown = size + own + (chunk.isEmpty() ? 0 : 1);
        const bool full = maxOperations > 0 && chunk.size() >= maxOperations;
        if (!chunk.isEmpty() && (full || (maxPayloadSize > 0 && grown > maxPayloadSize))) {
            chunks.append(chunk);
            chunk.clear();
            size = empty;
        }
        chunk.append(i);
        size += own + (chunk.size() > 1 ? 1 : 0);
    }
    if (!chunk.isEmpty())
        chunks.append(chunk);
    return chunks;
}

Models::Result<QList<ScimBulkResult>> scimBulkResults(const QJsonObject& response, const QList<ScimWrite>& sent)
{
    const QJsonValue schemas = response.value(scimKey(response, QStringLiteral("schemas")));
    const QJsonValue operations = response.value(scimKey(response, QStringLiteral("Operations")));
    if (!schemas.toArray().contains(bulkResponseSchema) || !operations.isArray())
        return Models::fail(ErrorCode::Rejected,
                            QStringLiteral("The SCIM service answered the bulk request with something that is not a "
                                           "BulkResponse (RFC 7644 §3.7.3)"),
                            QString::fromUtf8(QJsonDocument(response).toJson(QJsonDocument::Compact).left(500)));

    QList<ScimBulkResult> results(sent.size());
    QList<bool> matched(sent.size(), false);
    const QJsonArray answered = operations.toArray();
    for (qsizetype position = 0; position < answered.size(); ++position) {
        const QJsonObject op = answered.at(position).toObject();
        const QString method = op.value(scimKey(op, QStringLiteral("method"))).toString();
        const QString bulkId = op.value(scimKey(op, QStringLiteral("bulkId"))).toString();
        const QString location = op.value(scimKey(op, QStringLiteral("location"))).toString();
        qsizetype target = -1;
        for (qsizetype k = 0; k < sent.size() && target < 0; ++k) {
            if (matched.at(k) || QString::fromLatin1(sent.at(k).method).compare(method, Qt::CaseInsensitive) != 0)
                continue;
            if (!sent.at(k).bulkId.isEmpty()) {
                if (sent.at(k).bulkId == bulkId)
                    target = k;
            } else if (!location.isEmpty() && lastSegment(sent.at(k).path) == lastSegment(location)) {
                target = k;
            }
        }
        // A service that names neither (an error for a PUT without location): the same position,
        // when that write is still unanswered and of the same method.
        if (target < 0 && position < sent.size() && !matched.at(position)
            && QString::fromLatin1(sent.at(position).method).compare(method, Qt::CaseInsensitive) == 0)
            target = position;
        if (target < 0)
            continue;
        matched[target] = true;
        ScimBulkResult& result = results[target];
        result.status = statusOf(op.value(scimKey(op, QStringLiteral("status"))));
        result.location = location;
        result.version = op.value(scimKey(op, QStringLiteral("version"))).toString().toUtf8();
        result.response = op.value(scimKey(op, QStringLiteral("response"))).toObject();
    }
    return results;
}

} // namespace Tenure::Connectors
