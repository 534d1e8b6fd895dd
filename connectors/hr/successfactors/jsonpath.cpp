#include "jsonpath.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Tenure::Connectors {

struct JsonPath::Step {
    enum class Kind { Member, Index, Wildcard, Filter };
    enum class Comparison { Exists, Equal, NotEqual };
    Kind kind = Kind::Member;
    QString name;                  // Member
    int index = 0;                 // Index
    QList<Step> relative;          // Filter: the path after '@'
    Comparison comparison = Comparison::Exists;
    QJsonValue literal;            // Filter: what Equal / NotEqual compare with
};

namespace {

using Models::ErrorCode;
using Step = JsonPath::Step;

class Parser {
public:
    explicit Parser(const QString& text) : m_text(text) {}

    Models::Result<QList<Step>> parse()
    {
        skipSpaces();
        if (!accept(u'$'))
            return error(QStringLiteral("a JSONPath starts with '$'"));
        auto steps = parseSteps(false);
        if (!steps)
            return steps;
        skipSpaces();
        if (m_pos < m_text.size())
            return error(QStringLiteral("unexpected '%1'").arg(m_text.at(m_pos)));
        return steps;
    }

private:
    // Steps until the end, or (inside a filter) until a comparison or ')'.
    Models::Result<QList<Step>> parseSteps(bool inFilter)
    {
        QList<Step> steps;
        for (;;) {
            if (inFilter)
                skipSpaces();
            if (m_pos >= m_text.size())
                return steps;
            const QChar c = m_text.at(m_pos);
            if (c == u'.') {
                ++m_pos;
                if (peek(u'.'))
                    return error(QStringLiteral("recursive descent '..' is not supported"));
                if (accept(u'*')) {
                    steps.append(Step{Step::Kind::Wildcard, {}, 0, {}, Step::Comparison::Exists, {}});
                    continue;
                }
                const QString name = identifier();
                if (name.isEmpty())
                    return error(QStringLiteral("a member name must follow '.'"));
                steps.append(member(name));
            } else if (c == u'[') {
                ++m_pos;
                skipSpaces();
                auto step = bracket();
                if (!step)
                    return std::unexpected(step.error());
                skipSpaces();
                if (!accept(u']'))
                    return error(QStringLiteral("']' expected"));
                steps.append(*step);
            } else if (inFilter) {
                return steps;
            } else {
                return error(QStringLiteral("unexpected '%1'").arg(c));
            }
        }
    }

    Models::Result<Step> bracket()
    {
        if (accept(u'*'))
            return Step{Step::Kind::Wildcard, {}, 0, {}, Step::Comparison::Exists, {}};
        if (peek(u'\'') || peek(u'"')) {
            auto name = quoted();
            if (!name)
                return std::unexpected(name.error());
            return member(*name);
        }
        if (accept(u'?'))
            return filter();
        const int start = m_pos;
        while (m_pos < m_text.size() && m_text.at(m_pos).isDigit())
            ++m_pos;
        if (m_pos == start)
            return error(QStringLiteral("an index, '*', a quoted name or a filter '?(…)' is expected in '[ ]'"));
        if (peek(u':'))
            return error(QStringLiteral("array slices are not supported"));
        return Step{Step::Kind::Index, {}, m_text.mid(start, m_pos - start).toInt(), {}, Step::Comparison::Exists, {}};
    }

    Models::Result<Step> filter()
    {
        skipSpaces();
        if (!accept(u'('))
            return error(QStringLiteral("'(' expected after '?'"));
        skipSpaces();
        if (!accept(u'@'))
            return error(QStringLiteral("a filter tests a path that starts with '@'"));
        auto relative = parseSteps(true);
        if (!relative)
            return std::unexpected(relative.error());
        Step step{Step::Kind::Filter, {}, 0, *relative, Step::Comparison::Exists, {}};
        skipSpaces();
        if (m_text.mid(m_pos, 2) == QLatin1String("==")) {
            step.comparison = Step::Comparison::Equal;
        } else if (m_text.mid(m_pos, 2) == QLatin1String("!=")) {
            step.comparison = Step::Comparison::NotEqual;
        }
        if (step.comparison != Step::Comparison::Exists) {
            m_pos += 2;
            skipSpaces();
            auto value = literal();
            if (!value)
                return std::unexpected(value.error());
            step.literal = *value;
            skipSpaces();
        }
        if (!accept(u')'))
            return error(QStringLiteral("')' expected to close the filter (only == and != compare)"));
        return step;
    }

    Models::Result<QJsonValue> literal()
    {
        if (peek(u'\'') || peek(u'"')) {
            auto text = quoted();
            if (!text)
                return std::unexpected(text.error());
            return QJsonValue(*text);
        }
        for (const auto& [word, value] : {std::pair{QStringLiteral("true"), QJsonValue(true)},
                                          std::pair{QStringLiteral("false"), QJsonValue(false)},
                                          std::pair{QStringLiteral("null"), QJsonValue(QJsonValue::Null)}}) {
            if (m_text.mid(m_pos, word.size()) == word) {
                m_pos += int(word.size());
                return value;
            }
        }
        const int start = m_pos;
        while (m_pos < m_text.size() && (m_text.at(m_pos).isDigit() || m_text.at(m_pos) == u'-' || m_text.at(m_pos) == u'.'))
            ++m_pos;
        bool ok = false;
        const double number = m_text.mid(start, m_pos - start).toDouble(&ok);
        if (!ok)
            return error(QStringLiteral("a literal ('text', a number, true, false or null) is expected"));
        return QJsonValue(number);
    }

    Models::Result<QString> quoted()
    {
        const QChar quote = m_text.at(m_pos++);
        QString value;
        while (m_pos < m_text.size() && m_text.at(m_pos) != quote) {
            if (m_text.at(m_pos) == u'\\' && m_pos + 1 < m_text.size())
                ++m_pos;
            value.append(m_text.at(m_pos++));
        }
        if (!accept(quote))
            return error(QStringLiteral("the quoted text is not closed"));
        return value;
    }

    QString identifier()
    {
        const int start = m_pos;
        while (m_pos < m_text.size() && (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == u'_' ||
                                         m_text.at(m_pos) == u'-' || m_text.at(m_pos) == u'$'))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }

    static Step member(const QString& name) { return Step{Step::Kind::Member, name, 0, {}, Step::Comparison::Exists, {}}; }

    bool peek(QChar c) const { return m_pos < m_text.size() && m_text.at(m_pos) == c; }
    bool accept(QChar c)
    {
        if (!peek(c))
            return false;
        ++m_pos;
        return true;
    }
    void skipSpaces()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }

    std::unexpected<Models::Error> error(const QString& what) const
    {
        return Models::fail(ErrorCode::InvalidInput,
                            QStringLiteral("JSONPath '%1' is not valid at column %2: %3").arg(m_text).arg(m_pos + 1).arg(what));
    }

    const QString& m_text;
    int m_pos = 0;
};

void apply(const QList<Step>& steps, qsizetype from, const QJsonValue& value, QList<QJsonValue>& out);

bool equalValues(const QJsonValue& a, const QJsonValue& b)
{
    // SuccessFactors sends some numbers as strings ("isPrimary": true, but "emailType": "8448"):
    // a number literal matches the same number written as text.
    if (a.isDouble() && b.isString())
        return QString::number(a.toDouble()) == b.toString();
    if (a.isString() && b.isDouble())
        return a.toString() == QString::number(b.toDouble());
    return a == b;
}

bool matches(const Step& filter, const QJsonValue& element)
{
    QList<QJsonValue> reached;
    apply(filter.relative, 0, element, reached);
    switch (filter.comparison) {
    case Step::Comparison::Exists:
        return std::any_of(reached.cbegin(), reached.cend(), [](const QJsonValue& v) { return !v.isNull(); });
    case Step::Comparison::Equal:
        return std::any_of(reached.cbegin(), reached.cend(),
                           [&](const QJsonValue& v) { return equalValues(v, filter.literal); });
    case Step::Comparison::NotEqual:
        return !reached.isEmpty() && std::none_of(reached.cbegin(), reached.cend(),
                                                  [&](const QJsonValue& v) { return equalValues(v, filter.literal); });
    }
    return false;
}

void apply(const QList<Step>& steps, qsizetype from, const QJsonValue& value, QList<QJsonValue>& out)
{
    if (from == steps.size()) {
        if (!value.isUndefined())
            out.append(value);
        return;
    }
    const Step& step = steps.at(from);
    switch (step.kind) {
    case Step::Kind::Member:
        if (value.isObject() && value.toObject().contains(step.name))
            apply(steps, from + 1, value.toObject().value(step.name), out);
        return;
    case Step::Kind::Index:
        if (value.isArray() && step.index < value.toArray().size())
            apply(steps, from + 1, value.toArray().at(step.index), out);
        return;
    case Step::Kind::Wildcard:
        if (value.isArray()) {
            for (const auto& element : value.toArray())
                apply(steps, from + 1, element, out);
        } else if (value.isObject()) {
            for (const auto& member : value.toObject())
                apply(steps, from + 1, member, out);
        }
        return;
    case Step::Kind::Filter:
        if (value.isArray()) {
            for (const auto& element : value.toArray()) {
                if (matches(step, element))
                    apply(steps, from + 1, element, out);
            }
        }
        return;
    }
}

} // namespace

Models::Result<JsonPath> JsonPath::parse(const QString& expression)
{
    auto steps = Parser(expression).parse();
    if (!steps)
        return std::unexpected(steps.error());
    return JsonPath(expression, std::make_shared<const QList<Step>>(std::move(*steps)));
}

QList<QJsonValue> JsonPath::select(const QJsonValue& root) const
{
    QList<QJsonValue> out;
    apply(*m_steps, 0, root, out);
    return out;
}

} // namespace Tenure::Connectors
