#pragma once

// Shared by the expression tests: run an expression against a record written as JSON and show
// the outcome as one string, so data-driven rows stay one line each.
//   null        -> "<null>"
//   "text"      -> text
//   list        -> ["a","b"] (compact JSON)
//   error       -> "error: <message>"
//   flows false -> the above followed by " <no flow>"

#include "models/expression/expression.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Tenure::Models::Expr::Testing {

inline Attributes recordFromJson(const QString& json)
{
    Attributes record;
    if (json.isEmpty())
        return record;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it->isArray()) {
            QStringList values;
            for (const auto& v : it->toArray())
                values.append(v.toString());
            record.insert(it.key(), values);
        } else if (it->isString()) {
            record.insert(it.key(), {it->toString()});
        } else if (it->isDouble()) {
            record.insert(it.key(), {QString::number(it->toInteger())});
        } // null: absent
    }
    return record;
}

inline qint64 msecs(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

inline QString show(const Result<EvalResult>& result)
{
    if (!result)
        return QStringLiteral("error: ") + result.error().message;
    QString text;
    switch (result->kind) {
    case EvalResult::Kind::Null: text = QStringLiteral("<null>"); break;
    case EvalResult::Kind::String: text = result->string; break;
    case EvalResult::Kind::List:
        text = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(result->list)).toJson(QJsonDocument::Compact));
        break;
    }
    if (!result->flows)
        text += QStringLiteral(" <no flow>");
    return text;
}

// Compiles and evaluates; a compile error shows as "compile error: line L, column C: ...".
inline QString run(const QString& expression, const QString& recordJson = {}, qint64 now = msecs("2021-07-02T15:33:38Z"),
                   const QStringList& taken = {})
{
    const auto compiled = Expression::compile(expression);
    if (!compiled)
        return QStringLiteral("compile error: ") + compiled.error().message;
    const Attributes record = recordFromJson(recordJson);
    EvalContext context;
    context.record = &record;
    context.nowMsecsUtc = now;
    context.workerId = QStringLiteral("W1");
    context.isTaken = [taken](const QString& v) { return taken.contains(v); };
    return show(compiled->evaluate(context));
}

} // namespace Tenure::Models::Expr::Testing
