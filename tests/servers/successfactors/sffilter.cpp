#include "sffilter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace Tenure::Tests::SuccessFactors {

namespace {

struct Literal {
    enum class Kind { Text, Instant, Number, Boolean, Null };
    Kind kind = Kind::Null;
    QString text;
    qint64 instant = 0;   // ms since 1970, UTC
    double number = 0;
    bool boolean = false;
};

} // namespace

struct FilterNode {
    enum class Kind { And, Or, Not, Compare, In };
    Kind kind = Kind::Compare;
    std::shared_ptr<const FilterNode> left, right;   // And, Or; Not uses left
    QString path;                                      // Compare, In
    QString op;                                        // eq ne gt ge lt le
    QList<Literal> literals;                           // Compare: one; In: several
};

namespace {

std::optional<qint64> instantOf(const QString& odataDate)
{
    static const QRegularExpression pattern(QStringLiteral("^/Date\\((-?\\d+)([+-]\\d{4})?\\)/$"));
    const auto match = pattern.match(odataDate);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toLongLong();
}

int compareValue(const QJsonValue& value, const Literal& literal, bool* comparable)
{
    *comparable = true;
    switch (literal.kind) {
    case Literal::Kind::Instant: {
        const auto instant = value.isString() ? instantOf(value.toString()) : std::nullopt;
        if (!instant) {
            *comparable = false;
            return 0;
        }
        return *instant < literal.instant ? -1 : *instant > literal.instant ? 1 : 0;
    }
    case Literal::Kind::Text: {
        const QString text = value.isString() ? value.toString()
                             : value.isDouble() ? QString::number(value.toDouble())
                             : value.isBool()   ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                                : QString();
        if (value.isNull() || value.isUndefined()) {
            *comparable = false;
            return 0;
        }
        return text.compare(literal.text);
    }
    case Literal::Kind::Number: {
        bool ok = value.isDouble();
        const double number = ok ? value.toDouble() : value.toString().toDouble(&ok);
        if (!ok) {
            *comparable = false;
            return 0;
        }
        return number < literal.number ? -1 : number > literal.number ? 1 : 0;
    }
    case Literal::Kind::Boolean:
        if (!value.isBool()) {
            *comparable = false;
            return 0;
        }
        return value.toBool() == literal.boolean ? 0 : 1;
    case Literal::Kind::Null:
        return value.isNull() || value.isUndefined() ? 0 : 1;
    }
    return 0;
}

bool satisfies(const QJsonValue& value, const QString& op, const Literal& literal)
{
    bool comparable = false;
    const int c = compareValue(value, literal, &comparable);
    if (op == QLatin1String("ne"))
        return !comparable || c != 0;
    if (!comparable)
        return false;
    if (op == QLatin1String("eq"))
        return c == 0;
    if (op == QLatin1String("gt"))
        return c > 0;
    if (op == QLatin1String("ge"))
        return c >= 0;
    if (op == QLatin1String("lt"))
        return c < 0;
    return c <= 0;   // le
}

bool evaluate(const FilterNode& node, const QJsonObject& record)
{
    switch (node.kind) {
    case FilterNode::Kind::And:
        return evaluate(*node.left, record) && evaluate(*node.right, record);
    case FilterNode::Kind::Or:
        return evaluate(*node.left, record) || evaluate(*node.right, record);
    case FilterNode::Kind::Not:
        return !evaluate(*node.left, record);
    case FilterNode::Kind::Compare: {
        QList<QJsonValue> values = valuesAt(record, node.path);
        if (values.isEmpty())
            values.append(QJsonValue(QJsonValue::Null));   // nothing there compares as null
        return std::any_of(values.cbegin(), values.cend(),
                           [&](const QJsonValue& v) { return satisfies(v, node.op, node.literals.first()); });
    }
    case FilterNode::Kind::In: {
        const QList<QJsonValue> values = valuesAt(record, node.path);
        return std::any_of(values.cbegin(), values.cend(), [&](const QJsonValue& v) {
            return std::any_of(node.literals.cbegin(), node.literals.cend(),
                               [&](const Literal& l) { return satisfies(v, QStringLiteral("eq"), l); });
        });
    }
    }
    return false;
}

class Parser {
public:
    Parser(const QString& text, const EntityType& root) : m_text(text), m_root(root) {}

    std::shared_ptr<const FilterNode> parse(QString* code, QString* error)
    {
        auto node = orExpression();
        skipSpaces();
        if (node && m_pos < m_text.size())
            fail(QStringLiteral("unexpected text at position %1: '%2'").arg(m_pos).arg(m_text.mid(m_pos, 20)));
        if (!m_error.isEmpty()) {
            *code = m_code;
            *error = m_error;
            return nullptr;
        }
        return node;
    }

private:
    std::shared_ptr<const FilterNode> orExpression()
    {
        auto left = andExpression();
        while (left && keyword(QStringLiteral("or"))) {
            auto right = andExpression();
            if (!right)
                return nullptr;
            left = std::make_shared<const FilterNode>(FilterNode{FilterNode::Kind::Or, left, right, {}, {}, {}});
        }
        return left;
    }

    std::shared_ptr<const FilterNode> andExpression()
    {
        auto left = unary();
        while (left && keyword(QStringLiteral("and"))) {
            auto right = unary();
            if (!right)
                return nullptr;
            left = std::make_shared<const FilterNode>(FilterNode{FilterNode::Kind::And, left, right, {}, {}, {}});
        }
        return left;
    }

    std::shared_ptr<const FilterNode> unary()
    {
        if (keyword(QStringLiteral("not"))) {
            auto operand = unary();
            if (!operand)
                return nullptr;
            return std::make_shared<const FilterNode>(FilterNode{FilterNode::Kind::Not, operand, nullptr, {}, {}, {}});
        }
        skipSpaces();
        if (peek(u'(')) {
            ++m_pos;
            auto inner = orExpression();
            skipSpaces();
            if (!inner)
                return nullptr;
            if (!peek(u')')) {
                fail(QStringLiteral("')' expected at position %1").arg(m_pos));
                return nullptr;
            }
            ++m_pos;
            return inner;
        }
        return comparison();
    }

    std::shared_ptr<const FilterNode> comparison()
    {
        skipSpaces();
        const QString path = word();
        if (path.isEmpty()) {
            fail(QStringLiteral("a property name is expected at position %1").arg(m_pos));
            return nullptr;
        }
        QString unknown;
        const auto resolved = resolvePath(m_root, path, &unknown);
        if (!resolved || resolved->isNavigation) {
            m_code = QStringLiteral("COE_PROPERTY_NOT_FOUND");
            fail(QStringLiteral("[COE0021]Invalid property names: %1. Please check the property names in your query.")
                     .arg(resolved ? QStringLiteral("%1/%2").arg(resolved->owner->name, path.section(u'/', -1)) : unknown));
            return nullptr;
        }
        skipSpaces();
        const QString op = word();
        FilterNode node{FilterNode::Kind::Compare, nullptr, nullptr, path, op, {}};
        static const QStringList ops{QStringLiteral("eq"), QStringLiteral("ne"), QStringLiteral("gt"),
                                     QStringLiteral("ge"), QStringLiteral("lt"), QStringLiteral("le")};
        if (op == QLatin1String("in")) {
            node.kind = FilterNode::Kind::In;
            do {
                auto value = literal();
                if (!value)
                    return nullptr;
                node.literals.append(*value);
                skipSpaces();
            } while (peek(u',') && ++m_pos);
            return std::make_shared<const FilterNode>(std::move(node));
        }
        if (!ops.contains(op)) {
            fail(QStringLiteral("an operator (eq, ne, gt, ge, lt, le, in) is expected after %1").arg(path));
            return nullptr;
        }
        auto value = literal();
        if (!value)
            return nullptr;
        node.literals.append(*value);
        return std::make_shared<const FilterNode>(std::move(node));
    }

    std::optional<Literal> literal()
    {
        skipSpaces();
        if (peek(u'\''))
            return quotedText(Literal::Kind::Text);
        const QString w = word();
        if (w == QLatin1String("datetime") || w == QLatin1String("datetimeoffset")) {
            auto text = quotedText(Literal::Kind::Text);
            if (!text)
                return std::nullopt;
            QDateTime instant = QDateTime::fromString(text->text, Qt::ISODate);
            if (w == QLatin1String("datetime") && instant.isValid())
                instant.setTimeSpec(Qt::UTC);
            if (!instant.isValid()) {
                fail(QStringLiteral("'%1' is not a valid %2 literal").arg(text->text, w));
                return std::nullopt;
            }
            Literal l;
            l.kind = Literal::Kind::Instant;
            l.instant = instant.toMSecsSinceEpoch();
            return l;
        }
        Literal l;
        if (w == QLatin1String("true") || w == QLatin1String("false")) {
            l.kind = Literal::Kind::Boolean;
            l.boolean = w == QLatin1String("true");
            return l;
        }
        if (w == QLatin1String("null"))
            return l;
        bool ok = false;
        QString digits = w;
        if (digits.endsWith(u'L') || digits.endsWith(u'M') || digits.endsWith(u'D'))
            digits.chop(1);
        l.number = digits.toDouble(&ok);
        if (!ok) {
            fail(QStringLiteral("'%1' is not a literal").arg(w));
            return std::nullopt;
        }
        l.kind = Literal::Kind::Number;
        return l;
    }

    std::optional<Literal> quotedText(Literal::Kind kind)
    {
        if (!peek(u'\'')) {
            fail(QStringLiteral("a quoted literal is expected at position %1").arg(m_pos));
            return std::nullopt;
        }
        ++m_pos;
        QString text;
        for (;;) {
            if (m_pos >= m_text.size()) {
                fail(QStringLiteral("a quoted literal is not closed"));
                return std::nullopt;
            }
            if (m_text.at(m_pos) == u'\'') {
                if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'\'') {
                    text.append(u'\'');
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                break;
            }
            text.append(m_text.at(m_pos++));
        }
        Literal l;
        l.kind = kind;
        l.text = text;
        return l;
    }

    QString word()
    {
        skipSpaces();
        const int start = m_pos;
        while (m_pos < m_text.size() && (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == u'_' ||
                                         m_text.at(m_pos) == u'/' || m_text.at(m_pos) == u'.' || m_text.at(m_pos) == u'-'))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }

    bool keyword(const QString& name)
    {
        skipSpaces();
        if (m_text.mid(m_pos, name.size()).compare(name, Qt::CaseInsensitive) != 0)
            return false;
        const int after = m_pos + int(name.size());
        if (after < m_text.size() && !m_text.at(after).isSpace() && m_text.at(after) != u'(')
            return false;
        m_pos = after;
        return true;
    }

    bool peek(QChar c) const { return m_pos < m_text.size() && m_text.at(m_pos) == c; }
    void skipSpaces()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    void fail(const QString& message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

    const QString& m_text;
    const EntityType& m_root;
    int m_pos = 0;
    QString m_code = QStringLiteral("COE_GENERAL_BAD_REQUEST");
    QString m_error;
};

} // namespace

QList<QJsonValue> valuesAt(const QJsonObject& record, const QString& path)
{
    QList<QJsonValue> current{record};
    for (const QString& segment : path.split(QLatin1Char('/'))) {
        QList<QJsonValue> next;
        for (const auto& value : current) {
            const QJsonValue member = value.toObject().value(segment);
            const QJsonValue results = member.toObject().value(QLatin1String("results"));
            if (results.isArray()) {
                for (const auto& element : results.toArray())
                    next.append(element);
            } else if (!member.isUndefined()) {
                next.append(member);
            }
        }
        current = next;
    }
    return current;
}

std::optional<Filter> Filter::parse(const QString& text, const EntityType& root, QString* code, QString* error)
{
    auto node = Parser(text, root).parse(code, error);
    if (!node)
        return std::nullopt;
    return Filter(std::move(node));
}

bool Filter::matches(const QJsonObject& record) const
{
    return evaluate(*m_root, record);
}

} // namespace Tenure::Tests::SuccessFactors
