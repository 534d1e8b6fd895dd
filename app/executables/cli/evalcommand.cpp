#include "evalcommand.h"

#include "models/expression/expression.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace Tenure::Cli {

namespace {

using namespace Tenure::Models;

const char* const Usage =
    "usage: tenure-cli eval [--record JSON_OBJECT] [--now ISO_8601] [--taken JSON_ARRAY] EXPRESSION";

int usage(QTextStream& err, const QString& problem)
{
    err << "tenure-cli eval: " << problem << '\n' << Usage << '\n';
    err.flush();
    return EvalExit::Usage;
}

std::optional<Attributes> parseRecord(const QString& json, QString& problem)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        problem = error.error != QJsonParseError::NoError
                      ? QStringLiteral("--record is not valid JSON: %1 (at offset %2)").arg(error.errorString()).arg(error.offset)
                      : QStringLiteral("--record must be a JSON object, e.g. {\"givenName\": \"Zoë\"}");
        return std::nullopt;
    }
    auto scalar = [](const QJsonValue& v) -> std::optional<QString> {
        if (v.isString())
            return v.toString();
        if (v.isBool())
            return v.toBool() ? QStringLiteral("True") : QStringLiteral("False");
        if (v.isDouble()) {
            const double d = v.toDouble();
            return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
        }
        return std::nullopt;
    };
    Attributes record;
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isNull())
            continue; // null: the attribute is absent
        if (v.isArray()) {
            QStringList values;
            for (const QJsonValue& item : v.toArray()) {
                const auto s = scalar(item);
                if (!s) {
                    problem = QStringLiteral("--record: \"%1\" must hold strings only").arg(it.key());
                    return std::nullopt;
                }
                values.append(*s);
            }
            if (!values.isEmpty())
                record.insert(it.key(), values);
            continue;
        }
        const auto s = scalar(v);
        if (!s) {
            problem = QStringLiteral("--record: \"%1\" must be a string, an array of strings or null").arg(it.key());
            return std::nullopt;
        }
        record.insert(it.key(), {*s});
    }
    return record;
}

QString jsonString(const QString& s)
{
    // QJsonDocument only writes arrays and objects: write ["s"] and drop the brackets.
    const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

} // namespace

int runEval(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QString recordJson, nowText, takenJson, expressionText;
    bool haveExpression = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        auto value = [&](QString& target) {
            if (i + 1 >= arguments.size())
                return false;
            target = arguments[++i];
            return true;
        };
        if (a == QLatin1String("--record")) {
            if (!value(recordJson))
                return usage(err, QStringLiteral("--record needs a JSON object"));
        } else if (a == QLatin1String("--now")) {
            if (!value(nowText))
                return usage(err, QStringLiteral("--now needs an ISO 8601 date and time"));
        } else if (a == QLatin1String("--taken")) {
            if (!value(takenJson))
                return usage(err, QStringLiteral("--taken needs a JSON array of strings"));
        } else if (a == QLatin1String("--")) {
            if (i + 1 < arguments.size() && !haveExpression) {
                expressionText = arguments[++i];
                haveExpression = true;
            }
            if (i + 1 < arguments.size())
                return usage(err, QStringLiteral("give exactly one EXPRESSION (quote it as one argument)"));
        } else if (a.startsWith(QLatin1String("--"))) {
            return usage(err, QStringLiteral("unknown option %1").arg(a));
        } else if (haveExpression) {
            return usage(err, QStringLiteral("give exactly one EXPRESSION (quote it as one argument)"));
        } else {
            expressionText = a;
            haveExpression = true;
        }
    }
    if (!haveExpression)
        return usage(err, QStringLiteral("missing EXPRESSION"));

    Attributes record;
    if (!recordJson.isNull()) {
        QString problem;
        auto parsed = parseRecord(recordJson, problem);
        if (!parsed)
            return usage(err, problem);
        record = std::move(*parsed);
    }
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (!nowText.isNull()) {
        now = QDateTime::fromString(nowText, Qt::ISODateWithMs);
        if (!now.isValid())
            now = QDateTime::fromString(nowText, Qt::ISODate);
        if (!now.isValid())
            return usage(err, QStringLiteral("--now \"%1\" is not an ISO 8601 date and time (e.g. 2024-03-16T08:00:00Z)")
                                  .arg(nowText));
        if (now.timeSpec() == Qt::LocalTime) // no offset written: UTC, like every date in the language
            now.setTimeSpec(Qt::UTC);
    }
    QStringList taken;
    if (!takenJson.isNull()) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(takenJson.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isArray())
            return usage(err, QStringLiteral("--taken must be a JSON array of strings, e.g. [\"jsmith\"]"));
        for (const QJsonValue& v : doc.array()) {
            if (!v.isString())
                return usage(err, QStringLiteral("--taken must hold strings only"));
            taken.append(v.toString());
        }
    }

    const auto compiled = Expr::Expression::compileWithDiagnostic(expressionText);
    if (!compiled) {
        err << "tenure-cli eval: the expression does not compile: " << compiled.error().describe() << '\n';
        err.flush();
        return EvalExit::ParseError;
    }
    Expr::EvalContext context;
    context.record = &record;
    context.nowMsecsUtc = now.toMSecsSinceEpoch();
    context.isTaken = [&taken](const QString& candidate) { return taken.contains(candidate); };
    const auto result = compiled->evaluate(context);
    if (!result) {
        err << "tenure-cli eval: " << result.error().message << '\n';
        err.flush();
        return EvalExit::EvaluationError;
    }
    QString value;
    switch (result->kind) {
    case Expr::EvalResult::Kind::Null: value = QStringLiteral("null"); break;
    case Expr::EvalResult::Kind::String: value = jsonString(result->string); break;
    case Expr::EvalResult::Kind::List:
        value = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(result->list)).toJson(QJsonDocument::Compact));
        break;
    }
    out << "{\"value\": " << value << ", \"flows\": " << (result->flows ? "true" : "false") << "}\n";
    out.flush();
    return EvalExit::Success;
}

} // namespace Tenure::Cli
