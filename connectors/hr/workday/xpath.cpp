#include "xpath.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace Tenure::Connectors::Xml {

// ---------------------------------------------------------------------------------------------
// The compiled form
// ---------------------------------------------------------------------------------------------

enum class Op { Or, And, Eq, Ne, Lt, Le, Gt, Ge, Add, Sub, Mul, Div, Mod, Neg, Union, Literal, Number, Call, Path, Filter };
enum class Axis { Child, Attribute, Self, Parent, Descendant, DescendantOrSelf, Ancestor, AncestorOrSelf };
enum class Test { Name, AnyName, NamespaceAny, Text, Node };
enum class Fn {
    Name, LocalName, Last, Position, Count, String, Substring, Concat, SubstringAfter, SubstringBefore, StartsWith,
    StringLength, Contains, Translate, NormalizeSpace, Boolean, True, False, Not, Number, Ceiling, Floor, Round, Sum
};

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;

struct Step {
    Axis axis = Axis::Child;
    Test test = Test::Node;
    QString ns;
    QString local;
    std::vector<ExprPtr> predicates;
};

struct Expr {
    Op op = Op::Literal;
    std::vector<ExprPtr> args;        // operands, function arguments; Path: args[0] is a filter start
    QString string;                   // Literal
    double number = 0;                // Number
    Fn fn = Fn::String;               // Call
    bool absolute = false;            // Path
    std::vector<Step> steps;          // Path
    std::vector<ExprPtr> predicates;  // Filter (args[0] is the primary expression)
};

struct XPathProgram {
    ExprPtr root;
};

namespace {

// ---------------------------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------------------------

struct Token {
    enum Type {
        End, LParen, RParen, LBracket, RBracket, Dot, DotDot, At, Comma, ColonColon, Slash, SlashSlash, Pipe,
        Plus, Minus, Eq, Ne, Lt, Le, Gt, Ge, Star, Literal, Number, Name
    };
    Type type = End;
    QString text;      // Literal: its value; Name: the local part ("*" for prefix:*)
    QString prefix;    // Name: the prefix, if any
    double number = 0;
    int column = 0;    // 1-based
};

bool isNameStart(QChar c) { return c.isLetter() || c == u'_'; }
bool isNameChar(QChar c) { return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.'; }

struct Tokens {
    std::vector<Token> list;
    QString error;
    int errorColumn = 0;
};

Tokens tokenize(const QString& s)
{
    Tokens out;
    int i = 0;
    const int n = int(s.size());
    const auto push = [&](Token::Type type, int column, int length) {
        Token t;
        t.type = type;
        t.column = column + 1;
        out.list.push_back(t);
        i += length;
    };
    while (i < n) {
        const QChar c = s.at(i);
        const QChar next = i + 1 < n ? s.at(i + 1) : QChar();
        if (c.isSpace()) {
            ++i;
            continue;
        }
        switch (c.unicode()) {
        case '(': push(Token::LParen, i, 1); continue;
        case ')': push(Token::RParen, i, 1); continue;
        case '[': push(Token::LBracket, i, 1); continue;
        case ']': push(Token::RBracket, i, 1); continue;
        case '@': push(Token::At, i, 1); continue;
        case ',': push(Token::Comma, i, 1); continue;
        case '|': push(Token::Pipe, i, 1); continue;
        case '+': push(Token::Plus, i, 1); continue;
        case '-': push(Token::Minus, i, 1); continue;
        case '=': push(Token::Eq, i, 1); continue;
        case '*': push(Token::Star, i, 1); continue;
        case '!':
            if (next == u'=') {
                push(Token::Ne, i, 2);
                continue;
            }
            out.error = QStringLiteral("'!' must be followed by '='");
            out.errorColumn = i + 1;
            return out;
        case '<': push(next == u'=' ? Token::Le : Token::Lt, i, next == u'=' ? 2 : 1); continue;
        case '>': push(next == u'=' ? Token::Ge : Token::Gt, i, next == u'=' ? 2 : 1); continue;
        case '/': push(next == u'/' ? Token::SlashSlash : Token::Slash, i, next == u'/' ? 2 : 1); continue;
        case ':':
            if (next == u':') {
                push(Token::ColonColon, i, 2);
                continue;
            }
            out.error = QStringLiteral("unexpected ':'");
            out.errorColumn = i + 1;
            return out;
        case '"':
        case '\'': {
            const int end = int(s.indexOf(c, i + 1));
            if (end < 0) {
                out.error = QStringLiteral("the string starting here is never closed");
                out.errorColumn = i + 1;
                return out;
            }
            Token t;
            t.type = Token::Literal;
            t.text = s.mid(i + 1, end - i - 1);
            t.column = i + 1;
            out.list.push_back(t);
            i = end + 1;
            continue;
        }
        default:
            break;
        }
        if (c == u'.' && !next.isDigit()) {
            push(next == u'.' ? Token::DotDot : Token::Dot, i, next == u'.' ? 2 : 1);
            continue;
        }
        if (c.isDigit() || c == u'.') {
            const int start = i;
            while (i < n && s.at(i).isDigit())
                ++i;
            if (i < n && s.at(i) == u'.') {
                ++i;
                while (i < n && s.at(i).isDigit())
                    ++i;
            }
            Token t;
            t.type = Token::Number;
            t.number = s.mid(start, i - start).toDouble();
            t.column = start + 1;
            out.list.push_back(t);
            continue;
        }
        if (isNameStart(c)) {
            const int start = i;
            while (i < n && isNameChar(s.at(i)))
                ++i;
            Token t;
            t.type = Token::Name;
            t.column = start + 1;
            t.text = s.mid(start, i - start);
            // prefix:local or prefix:* — but not the axis separator "::".
            if (i + 1 < n && s.at(i) == u':' && s.at(i + 1) != u':') {
                t.prefix = t.text;
                ++i;
                if (s.at(i) == u'*') {
                    t.text = QStringLiteral("*");
                    ++i;
                } else if (isNameStart(s.at(i))) {
                    const int local = i;
                    while (i < n && isNameChar(s.at(i)))
                        ++i;
                    t.text = s.mid(local, i - local);
                } else {
                    out.error = QStringLiteral("a name must follow '%1:'").arg(t.prefix);
                    out.errorColumn = i + 1;
                    return out;
                }
            }
            out.list.push_back(t);
            continue;
        }
        out.error = QStringLiteral("unexpected character '%1'").arg(c);
        out.errorColumn = i + 1;
        return out;
    }
    Token end;
    end.type = Token::End;
    end.column = n + 1;
    out.list.push_back(end);
    return out;
}

// ---------------------------------------------------------------------------------------------
// Parser
// ---------------------------------------------------------------------------------------------

struct FunctionSpec {
    const char* name;
    Fn fn;
    int minArgs;
    int maxArgs;   // -1: any number
};

constexpr FunctionSpec Functions[] = {
    {"name", Fn::Name, 0, 1},
    {"local-name", Fn::LocalName, 0, 1},
    {"last", Fn::Last, 0, 0},
    {"position", Fn::Position, 0, 0},
    {"count", Fn::Count, 1, 1},
    {"string", Fn::String, 0, 1},
    {"substring", Fn::Substring, 2, 3},
    {"concat", Fn::Concat, 2, -1},
    {"substring-after", Fn::SubstringAfter, 2, 2},
    {"substring-before", Fn::SubstringBefore, 2, 2},
    {"starts-with", Fn::StartsWith, 2, 2},
    {"string-length", Fn::StringLength, 0, 1},
    {"contains", Fn::Contains, 2, 2},
    {"translate", Fn::Translate, 3, 3},
    {"normalize-space", Fn::NormalizeSpace, 0, 1},
    {"boolean", Fn::Boolean, 1, 1},
    {"true", Fn::True, 0, 0},
    {"false", Fn::False, 0, 0},
    {"not", Fn::Not, 1, 1},
    {"number", Fn::Number, 0, 1},
    {"ceiling", Fn::Ceiling, 1, 1},
    {"floor", Fn::Floor, 1, 1},
    {"round", Fn::Round, 1, 1},
    {"sum", Fn::Sum, 1, 1},
};

const FunctionSpec* findFunction(const QString& name)
{
    for (const auto& spec : Functions) {
        if (name == QLatin1String(spec.name))
            return &spec;
    }
    return nullptr;
}

bool isNodeType(const QString& name)
{
    return name == QLatin1String("text") || name == QLatin1String("node") || name == QLatin1String("comment") ||
           name == QLatin1String("processing-instruction");
}

class Parser {
public:
    Parser(std::vector<Token> tokens, const XPath::Namespaces& namespaces)
        : m_tokens(std::move(tokens)), m_namespaces(namespaces)
    {
    }

    ExprPtr parseAll()
    {
        auto expr = parseExpr();
        if (expr && peek().type != Token::End)
            return fail(peek().column, QStringLiteral("unexpected text after the end of the expression"));
        return expr;
    }

    QString error;
    int errorColumn = 0;

private:
    const Token& peek(int ahead = 0) const
    {
        const size_t index = std::min(m_pos + size_t(ahead), m_tokens.size() - 1);
        return m_tokens[index];
    }
    const Token& take() { return m_tokens[std::min(m_pos++, m_tokens.size() - 1)]; }
    bool accept(Token::Type type)
    {
        if (peek().type != type)
            return false;
        ++m_pos;
        return true;
    }
    bool isOperatorName(const char* name) const
    {
        return peek().type == Token::Name && peek().prefix.isEmpty() && peek().text == QLatin1String(name);
    }

    ExprPtr fail(int column, const QString& message)
    {
        if (error.isEmpty()) {
            error = message;
            errorColumn = column;
        }
        return nullptr;
    }

    static ExprPtr binary(Op op, ExprPtr left, ExprPtr right)
    {
        auto e = std::make_unique<Expr>();
        e->op = op;
        e->args.push_back(std::move(left));
        e->args.push_back(std::move(right));
        return e;
    }

    ExprPtr parseExpr() { return parseOr(); }

    ExprPtr parseOr()
    {
        auto left = parseAnd();
        while (left && isOperatorName("or")) {
            take();
            auto right = parseAnd();
            if (!right)
                return nullptr;
            left = binary(Op::Or, std::move(left), std::move(right));
        }
        return left;
    }

    ExprPtr parseAnd()
    {
        auto left = parseEquality();
        while (left && isOperatorName("and")) {
            take();
            auto right = parseEquality();
            if (!right)
                return nullptr;
            left = binary(Op::And, std::move(left), std::move(right));
        }
        return left;
    }

    ExprPtr parseEquality()
    {
        auto left = parseRelational();
        while (left && (peek().type == Token::Eq || peek().type == Token::Ne)) {
            const Op op = take().type == Token::Eq ? Op::Eq : Op::Ne;
            auto right = parseRelational();
            if (!right)
                return nullptr;
            left = binary(op, std::move(left), std::move(right));
        }
        return left;
    }

    ExprPtr parseRelational()
    {
        auto left = parseAdditive();
        for (;;) {
            Op op;
            switch (peek().type) {
            case Token::Lt: op = Op::Lt; break;
            case Token::Le: op = Op::Le; break;
            case Token::Gt: op = Op::Gt; break;
            case Token::Ge: op = Op::Ge; break;
            default: return left;
            }
            if (!left)
                return nullptr;
            take();
            auto right = parseAdditive();
            if (!right)
                return nullptr;
            left = binary(op, std::move(left), std::move(right));
        }
    }

    ExprPtr parseAdditive()
    {
        auto left = parseMultiplicative();
        while (left && (peek().type == Token::Plus || peek().type == Token::Minus)) {
            const Op op = take().type == Token::Plus ? Op::Add : Op::Sub;
            auto right = parseMultiplicative();
            if (!right)
                return nullptr;
            left = binary(op, std::move(left), std::move(right));
        }
        return left;
    }

    ExprPtr parseMultiplicative()
    {
        auto left = parseUnary();
        // After an operand, '*' multiplies and "div"/"mod" divide (XPath 1.0 §3.7).
        while (left && (peek().type == Token::Star || isOperatorName("div") || isOperatorName("mod"))) {
            const Token& op = take();
            const Op kind = op.type == Token::Star ? Op::Mul : op.text == QLatin1String("div") ? Op::Div : Op::Mod;
            auto right = parseUnary();
            if (!right)
                return nullptr;
            left = binary(kind, std::move(left), std::move(right));
        }
        return left;
    }

    ExprPtr parseUnary()
    {
        if (accept(Token::Minus)) {
            auto operand = parseUnary();
            if (!operand)
                return nullptr;
            auto e = std::make_unique<Expr>();
            e->op = Op::Neg;
            e->args.push_back(std::move(operand));
            return e;
        }
        return parseUnion();
    }

    ExprPtr parseUnion()
    {
        auto left = parsePath();
        while (left && accept(Token::Pipe)) {
            auto right = parsePath();
            if (!right)
                return nullptr;
            left = binary(Op::Union, std::move(left), std::move(right));
        }
        return left;
    }

    bool startsFilter() const
    {
        const Token& t = peek();
        if (t.type == Token::LParen || t.type == Token::Literal || t.type == Token::Number)
            return true;
        return t.type == Token::Name && t.text != QLatin1String("*") && peek(1).type == Token::LParen &&
               !(t.prefix.isEmpty() && isNodeType(t.text));
    }

    bool startsStep() const
    {
        switch (peek().type) {
        case Token::Name:
        case Token::Star:
        case Token::At:
        case Token::Dot:
        case Token::DotDot:
            return true;
        default:
            return false;
        }
    }

    static Step descendantOrSelfNode()
    {
        Step step;
        step.axis = Axis::DescendantOrSelf;
        step.test = Test::Node;
        return step;
    }

    ExprPtr parsePath()
    {
        auto path = std::make_unique<Expr>();
        path->op = Op::Path;
        if (peek().type == Token::Slash) {
            take();
            path->absolute = true;
            if (startsStep() && !parseRelative(*path))
                return nullptr;
            return path;
        }
        if (peek().type == Token::SlashSlash) {
            const int column = take().column;
            path->absolute = true;
            path->steps.push_back(descendantOrSelfNode());
            if (!startsStep())
                return fail(column, QStringLiteral("a step must follow '//'"));
            if (!parseRelative(*path))
                return nullptr;
            return path;
        }
        if (startsFilter()) {
            auto filter = parseFilter();
            if (!filter)
                return nullptr;
            if (peek().type != Token::Slash && peek().type != Token::SlashSlash)
                return filter;
            path->args.push_back(std::move(filter));
            const Token& separator = take();
            if (separator.type == Token::SlashSlash)
                path->steps.push_back(descendantOrSelfNode());
            if (!startsStep())
                return fail(separator.column, QStringLiteral("a step must follow '/'"));
            if (!parseRelative(*path))
                return nullptr;
            return path;
        }
        if (!startsStep()) {
            const Token& t = peek();
            return fail(t.column, t.type == Token::End ? QStringLiteral("the expression ends too early")
                                                       : QStringLiteral("expected a path, a value or a function here"));
        }
        if (!parseRelative(*path))
            return nullptr;
        return path;
    }

    bool parseRelative(Expr& path)
    {
        for (;;) {
            if (!parseStep(path))
                return false;
            if (peek().type == Token::Slash) {
                take();
            } else if (peek().type == Token::SlashSlash) {
                take();
                path.steps.push_back(descendantOrSelfNode());
            } else {
                return true;
            }
            if (!startsStep()) {
                fail(peek().column, QStringLiteral("a step must follow '/'"));
                return false;
            }
        }
    }

    bool resolvePrefix(const Token& t, QString* ns)
    {
        if (t.prefix.isEmpty()) {
            ns->clear();   // XPath 1.0: an unprefixed name is in no namespace
            return true;
        }
        const auto it = m_namespaces.constFind(t.prefix);
        if (it == m_namespaces.cend()) {
            fail(t.column, QStringLiteral("unknown namespace prefix '%1'").arg(t.prefix));
            return false;
        }
        *ns = *it;
        return true;
    }

    bool parseStep(Expr& path)
    {
        Step step;
        if (accept(Token::Dot)) {
            step.axis = Axis::Self;
            path.steps.push_back(std::move(step));
            return true;
        }
        if (accept(Token::DotDot)) {
            step.axis = Axis::Parent;
            path.steps.push_back(std::move(step));
            return true;
        }
        if (accept(Token::At)) {
            step.axis = Axis::Attribute;
        } else if (peek().type == Token::Name && peek(1).type == Token::ColonColon) {
            const Token& axis = take();
            take();
            static const QList<QPair<QString, Axis>> axes{
                {QStringLiteral("child"), Axis::Child},
                {QStringLiteral("attribute"), Axis::Attribute},
                {QStringLiteral("self"), Axis::Self},
                {QStringLiteral("parent"), Axis::Parent},
                {QStringLiteral("descendant"), Axis::Descendant},
                {QStringLiteral("descendant-or-self"), Axis::DescendantOrSelf},
                {QStringLiteral("ancestor"), Axis::Ancestor},
                {QStringLiteral("ancestor-or-self"), Axis::AncestorOrSelf},
            };
            bool known = false;
            for (const auto& [name, value] : axes) {
                if (axis.prefix.isEmpty() && axis.text == name) {
                    step.axis = value;
                    known = true;
                }
            }
            if (!known) {
                fail(axis.column, QStringLiteral("the axis '%1' is not supported").arg(axis.text));
                return false;
            }
        }

        const Token& t = take();
        if (t.type == Token::Star) {
            step.test = Test::AnyName;
        } else if (t.type == Token::Name && t.text == QLatin1String("*")) {
            step.test = Test::NamespaceAny;
            if (!resolvePrefix(t, &step.ns))
                return false;
        } else if (t.type == Token::Name && t.prefix.isEmpty() && isNodeType(t.text) && peek().type == Token::LParen) {
            take();
            if (!accept(Token::RParen)) {
                fail(peek().column, QStringLiteral("%1() takes no argument").arg(t.text));
                return false;
            }
            if (t.text == QLatin1String("text")) {
                step.test = Test::Text;
            } else if (t.text == QLatin1String("node")) {
                step.test = Test::Node;
            } else {
                fail(t.column, QStringLiteral("%1() is not supported").arg(t.text));
                return false;
            }
        } else if (t.type == Token::Name) {
            step.test = Test::Name;
            step.local = t.text;
            if (!resolvePrefix(t, &step.ns))
                return false;
        } else {
            fail(t.column, QStringLiteral("expected a name, '*', text() or node() here"));
            return false;
        }
        if (!parsePredicates(step.predicates))
            return false;
        path.steps.push_back(std::move(step));
        return true;
    }

    bool parsePredicates(std::vector<ExprPtr>& predicates)
    {
        while (peek().type == Token::LBracket) {
            const int column = take().column;
            auto predicate = parseExpr();
            if (!predicate)
                return false;
            if (!accept(Token::RBracket)) {
                fail(peek().column, QStringLiteral("the '[' at column %1 is never closed").arg(column));
                return false;
            }
            predicates.push_back(std::move(predicate));
        }
        return true;
    }

    ExprPtr parseFilter()
    {
        ExprPtr primary;
        const Token& t = take();
        switch (t.type) {
        case Token::LParen: {
            primary = parseExpr();
            if (!primary)
                return nullptr;
            if (!accept(Token::RParen))
                return fail(peek().column, QStringLiteral("the '(' at column %1 is never closed").arg(t.column));
            break;
        }
        case Token::Literal:
            primary = std::make_unique<Expr>();
            primary->op = Op::Literal;
            primary->string = t.text;
            break;
        case Token::Number:
            primary = std::make_unique<Expr>();
            primary->op = Op::Number;
            primary->number = t.number;
            break;
        default: {   // a function call (startsFilter made sure of the '(')
            const QString name = t.prefix.isEmpty() ? t.text : t.prefix + u':' + t.text;
            const FunctionSpec* spec = t.prefix.isEmpty() ? findFunction(t.text) : nullptr;
            if (!spec)
                return fail(t.column, QStringLiteral("unknown function '%1'").arg(name));
            take();   // '('
            primary = std::make_unique<Expr>();
            primary->op = Op::Call;
            primary->fn = spec->fn;
            if (!accept(Token::RParen)) {
                for (;;) {
                    auto argument = parseExpr();
                    if (!argument)
                        return nullptr;
                    primary->args.push_back(std::move(argument));
                    if (accept(Token::RParen))
                        break;
                    if (!accept(Token::Comma))
                        return fail(peek().column, QStringLiteral("expected ',' or ')' in the call of %1()").arg(name));
                }
            }
            const int count = int(primary->args.size());
            if (count < spec->minArgs || (spec->maxArgs >= 0 && count > spec->maxArgs)) {
                const QString expected = spec->maxArgs < 0 ? QStringLiteral("at least %1").arg(spec->minArgs)
                                         : spec->minArgs == spec->maxArgs
                                             ? QString::number(spec->minArgs)
                                             : QStringLiteral("%1 to %2").arg(spec->minArgs).arg(spec->maxArgs);
                return fail(t.column, QStringLiteral("%1() takes %2 argument(s), not %3").arg(name, expected).arg(count));
            }
            break;
        }
        }
        if (peek().type != Token::LBracket)
            return primary;
        auto filter = std::make_unique<Expr>();
        filter->op = Op::Filter;
        filter->args.push_back(std::move(primary));
        if (!parsePredicates(filter->predicates))
            return nullptr;
        return filter;
    }

    std::vector<Token> m_tokens;
    size_t m_pos = 0;
    const XPath::Namespaces& m_namespaces;
};

// ---------------------------------------------------------------------------------------------
// Evaluation
// ---------------------------------------------------------------------------------------------

struct XNode {
    enum Kind { Root, Elem, Attr, Text };
    Kind kind = Root;
    const Element* element = nullptr;   // Root: the document element
    int attribute = -1;
    friend bool operator==(const XNode&, const XNode&) = default;
};

qint64 documentOrder(const XNode& node)
{
    constexpr qint64 Slots = 1'000'000;   // per element: itself, its attributes, then its text
    switch (node.kind) {
    case XNode::Root: return -1;
    case XNode::Elem: return qint64(node.element->order) * Slots;
    case XNode::Attr: return qint64(node.element->order) * Slots + 1 + node.attribute;
    case XNode::Text: return qint64(node.element->order) * Slots + Slots - 1;
    }
    return 0;
}

QString stringValue(const XNode& node)
{
    switch (node.kind) {
    case XNode::Root:
    case XNode::Elem: return node.element->stringValue();
    case XNode::Attr: return node.element->attributes.at(node.attribute).value;
    case XNode::Text: return node.element->text;
    }
    return {};
}

struct Value {
    enum Type { Nodes, String, Number, Boolean };
    Type type = String;
    QList<XNode> nodes;
    QString string;
    double number = 0;
    bool boolean = false;

    static Value ofNodes(QList<XNode> n)
    {
        Value v;
        v.type = Nodes;
        v.nodes = std::move(n);
        return v;
    }
    static Value ofString(QString s)
    {
        Value v;
        v.type = String;
        v.string = std::move(s);
        return v;
    }
    static Value ofNumber(double d)
    {
        Value v;
        v.type = Number;
        v.number = d;
        return v;
    }
    static Value ofBoolean(bool b)
    {
        Value v;
        v.type = Boolean;
        v.boolean = b;
        return v;
    }
};

double stringToNumber(const QString& text)
{
    // XPath's Number: optional minus, digits with an optional fraction, surrounding whitespace.
    const QString s = text.trimmed();
    int i = 0;
    if (i < s.size() && s.at(i) == u'-')
        ++i;
    int digits = 0;
    while (i < s.size() && s.at(i).isDigit()) {
        ++i;
        ++digits;
    }
    if (i < s.size() && s.at(i) == u'.') {
        ++i;
        while (i < s.size() && s.at(i).isDigit()) {
            ++i;
            ++digits;
        }
    }
    if (digits == 0 || i != s.size())
        return std::numeric_limits<double>::quiet_NaN();
    return s.toDouble();
}

QString numberToString(double d)
{
    if (std::isnan(d))
        return QStringLiteral("NaN");
    if (std::isinf(d))
        return d > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    if (d == std::floor(d) && std::fabs(d) < 1e15)
        return QString::number(qint64(d));
    QString s = QString::number(d, 'f', 12);
    while (s.endsWith(u'0'))
        s.chop(1);
    if (s.endsWith(u'.'))
        s.chop(1);
    return s;
}

QString toString(const Value& v)
{
    switch (v.type) {
    case Value::Nodes: return v.nodes.isEmpty() ? QString() : stringValue(v.nodes.constFirst());
    case Value::String: return v.string;
    case Value::Number: return numberToString(v.number);
    case Value::Boolean: return v.boolean ? QStringLiteral("true") : QStringLiteral("false");
    }
    return {};
}

double toNumber(const Value& v)
{
    switch (v.type) {
    case Value::Nodes:
    case Value::String: return stringToNumber(toString(v));
    case Value::Number: return v.number;
    case Value::Boolean: return v.boolean ? 1 : 0;
    }
    return 0;
}

bool toBoolean(const Value& v)
{
    switch (v.type) {
    case Value::Nodes: return !v.nodes.isEmpty();
    case Value::String: return !v.string.isEmpty();
    case Value::Number: return v.number != 0 && !std::isnan(v.number);
    case Value::Boolean: return v.boolean;
    }
    return false;
}

struct Context {
    XNode node;
    qsizetype position = 1;
    qsizetype size = 1;
    const Element* top = nullptr;
};

void sortAndDedupe(QList<XNode>& nodes)
{
    std::stable_sort(nodes.begin(), nodes.end(),
                     [](const XNode& a, const XNode& b) { return documentOrder(a) < documentOrder(b); });
    nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
}

XNode parentOf(const XNode& node, const Element* top)
{
    switch (node.kind) {
    case XNode::Root: return {XNode::Root, nullptr, -1};   // none: marked by a null element
    case XNode::Elem:
        return node.element == top ? XNode{XNode::Root, top, -1} : XNode{XNode::Elem, node.element->parent, -1};
    case XNode::Attr:
    case XNode::Text: return {XNode::Elem, node.element, -1};
    }
    return {};
}

void appendChildren(const XNode& node, const Element* top, QList<XNode>& out)
{
    if (node.kind == XNode::Root) {
        out.append({XNode::Elem, top, -1});
        return;
    }
    if (node.kind != XNode::Elem)
        return;
    if (!node.element->text.isEmpty())
        out.append({XNode::Text, node.element, -1});
    for (const auto& child : node.element->children)
        out.append({XNode::Elem, child.get(), -1});
}

void appendDescendants(const XNode& node, const Element* top, QList<XNode>& out)
{
    QList<XNode> children;
    appendChildren(node, top, children);
    for (const auto& child : children) {
        out.append(child);
        appendDescendants(child, top, out);
    }
}

QList<XNode> axisNodes(const XNode& node, Axis axis, const Element* top)
{
    QList<XNode> out;
    switch (axis) {
    case Axis::Child: appendChildren(node, top, out); break;
    case Axis::Attribute:
        if (node.kind == XNode::Elem) {
            for (int i = 0; i < node.element->attributes.size(); ++i)
                out.append({XNode::Attr, node.element, i});
        }
        break;
    case Axis::Self: out.append(node); break;
    case Axis::Parent:
        if (const XNode parent = parentOf(node, top); parent.element)
            out.append(parent);
        break;
    case Axis::Descendant: appendDescendants(node, top, out); break;
    case Axis::DescendantOrSelf:
        out.append(node);
        appendDescendants(node, top, out);
        break;
    case Axis::AncestorOrSelf: out.append(node); [[fallthrough]];
    case Axis::Ancestor:
        for (XNode parent = parentOf(node, top); parent.element; parent = parentOf(parent, top)) {
            out.append(parent);
            if (parent.kind == XNode::Root)
                break;
        }
        break;
    }
    return out;
}

bool matches(const XNode& node, const Step& step)
{
    // The principal node type of the attribute axis is the attribute; of every other, the element.
    const XNode::Kind principal = step.axis == Axis::Attribute ? XNode::Attr : XNode::Elem;
    switch (step.test) {
    case Test::Node: return true;
    case Test::Text: return node.kind == XNode::Text;
    case Test::AnyName: return node.kind == principal;
    case Test::NamespaceAny:
        if (node.kind != principal)
            return false;
        return (principal == XNode::Attr ? node.element->attributes.at(node.attribute).namespaceUri
                                         : node.element->namespaceUri) == step.ns;
    case Test::Name:
        if (node.kind != principal)
            return false;
        if (principal == XNode::Attr) {
            const Attribute& a = node.element->attributes.at(node.attribute);
            return a.name == step.local && a.namespaceUri == step.ns;
        }
        return node.element->is(step.ns, step.local);
    }
    return false;
}

Value evaluate(const Expr& e, const Context& c);

QList<XNode> applyPredicates(QList<XNode> nodes, const std::vector<ExprPtr>& predicates, const Element* top)
{
    for (const auto& predicate : predicates) {
        QList<XNode> kept;
        const qsizetype size = nodes.size();
        for (qsizetype i = 0; i < size; ++i) {
            const Value v = evaluate(*predicate, {nodes.at(i), i + 1, size, top});
            // A number selects by position ([1], [last()]); anything else is a condition.
            const bool keep = v.type == Value::Number ? v.number == double(i + 1) : toBoolean(v);
            if (keep)
                kept.append(nodes.at(i));
        }
        nodes = std::move(kept);
    }
    return nodes;
}

bool compareAtoms(Op op, const Value& a, const Value& b)
{
    if (op == Op::Eq || op == Op::Ne) {
        bool equal;
        if (a.type == Value::Boolean || b.type == Value::Boolean)
            equal = toBoolean(a) == toBoolean(b);
        else if (a.type == Value::Number || b.type == Value::Number)
            equal = toNumber(a) == toNumber(b);
        else
            equal = toString(a) == toString(b);
        return op == Op::Eq ? equal : !equal;
    }
    const double x = toNumber(a);
    const double y = toNumber(b);
    switch (op) {
    case Op::Lt: return x < y;
    case Op::Le: return x <= y;
    case Op::Gt: return x > y;
    case Op::Ge: return x >= y;
    default: return false;
    }
}

// XPath 1.0 §3.4: a comparison with a node-set holds if it holds for some node of it.
bool compare(Op op, const Value& a, const Value& b)
{
    if (a.type == Value::Nodes && b.type == Value::Nodes) {
        for (const auto& x : a.nodes) {
            for (const auto& y : b.nodes) {
                if (compareAtoms(op, Value::ofString(stringValue(x)), Value::ofString(stringValue(y))))
                    return true;
            }
        }
        return false;
    }
    if (a.type == Value::Nodes || b.type == Value::Nodes) {
        const bool nodesLeft = a.type == Value::Nodes;
        const Value& set = nodesLeft ? a : b;
        const Value& other = nodesLeft ? b : a;
        if (other.type == Value::Boolean) {
            const Value asBoolean = Value::ofBoolean(toBoolean(set));
            return nodesLeft ? compareAtoms(op, asBoolean, other) : compareAtoms(op, other, asBoolean);
        }
        for (const auto& node : set.nodes) {
            Value atom = Value::ofString(stringValue(node));
            if (other.type == Value::Number)
                atom = Value::ofNumber(stringToNumber(atom.string));
            if (nodesLeft ? compareAtoms(op, atom, other) : compareAtoms(op, other, atom))
                return true;
        }
        return false;
    }
    return compareAtoms(op, a, b);
}

double xpathRound(double d)
{
    if (std::isnan(d) || std::isinf(d))
        return d;
    return std::floor(d + 0.5);
}

Value callFunction(const Expr& e, const Context& c)
{
    const auto arg = [&](size_t i) { return evaluate(*e.args[i], c); };
    const auto stringArg = [&](size_t i) { return i < e.args.size() ? toString(arg(i)) : stringValue(c.node); };
    const auto firstNode = [&]() -> std::optional<XNode> {
        if (e.args.empty())
            return c.node;
        const Value v = arg(0);
        if (v.type != Value::Nodes || v.nodes.isEmpty())
            return std::nullopt;
        return v.nodes.constFirst();
    };
    switch (e.fn) {
    case Fn::Name:
    case Fn::LocalName: {
        // The sender's prefix is not kept, so name() gives the local name as local-name() does.
        const auto node = firstNode();
        if (!node || node->kind == XNode::Root || node->kind == XNode::Text)
            return Value::ofString({});
        return Value::ofString(node->kind == XNode::Attr ? node->element->attributes.at(node->attribute).name
                                                         : node->element->name);
    }
    case Fn::Last: return Value::ofNumber(double(c.size));
    case Fn::Position: return Value::ofNumber(double(c.position));
    case Fn::Count: {
        const Value v = arg(0);
        return Value::ofNumber(v.type == Value::Nodes ? double(v.nodes.size()) : std::nan(""));
    }
    case Fn::String: return Value::ofString(stringArg(0));
    case Fn::Substring: {
        const QString s = toString(arg(0));
        const double start = xpathRound(toNumber(arg(1)));
        const double end = e.args.size() > 2 ? start + xpathRound(toNumber(arg(2)))
                                             : std::numeric_limits<double>::infinity();
        QString out;
        for (qsizetype i = 0; i < s.size(); ++i) {
            const double position = double(i + 1);
            if (position >= start && position < end)
                out += s.at(i);
        }
        return Value::ofString(out);
    }
    case Fn::Concat: {
        QString out;
        for (size_t i = 0; i < e.args.size(); ++i)
            out += toString(arg(i));
        return Value::ofString(out);
    }
    case Fn::SubstringAfter: {
        const QString s = toString(arg(0));
        const QString m = toString(arg(1));
        const qsizetype at = s.indexOf(m);
        return Value::ofString(at < 0 ? QString() : s.mid(at + m.size()));
    }
    case Fn::SubstringBefore: {
        const QString s = toString(arg(0));
        const qsizetype at = s.indexOf(toString(arg(1)));
        return Value::ofString(at < 0 ? QString() : s.left(at));
    }
    case Fn::StartsWith: return Value::ofBoolean(toString(arg(0)).startsWith(toString(arg(1))));
    case Fn::StringLength: return Value::ofNumber(double(stringArg(0).size()));
    case Fn::Contains: return Value::ofBoolean(toString(arg(0)).contains(toString(arg(1))));
    case Fn::Translate: {
        const QString s = toString(arg(0));
        const QString from = toString(arg(1));
        const QString to = toString(arg(2));
        QString out;
        for (const QChar ch : s) {
            const qsizetype at = from.indexOf(ch);
            if (at < 0)
                out += ch;
            else if (at < to.size())
                out += to.at(at);
        }
        return Value::ofString(out);
    }
    case Fn::NormalizeSpace: return Value::ofString(stringArg(0).simplified());
    case Fn::Boolean: return Value::ofBoolean(toBoolean(arg(0)));
    case Fn::True: return Value::ofBoolean(true);
    case Fn::False: return Value::ofBoolean(false);
    case Fn::Not: return Value::ofBoolean(!toBoolean(arg(0)));
    case Fn::Number: return Value::ofNumber(e.args.empty() ? stringToNumber(stringValue(c.node)) : toNumber(arg(0)));
    case Fn::Ceiling: return Value::ofNumber(std::ceil(toNumber(arg(0))));
    case Fn::Floor: return Value::ofNumber(std::floor(toNumber(arg(0))));
    case Fn::Round: return Value::ofNumber(xpathRound(toNumber(arg(0))));
    case Fn::Sum: {
        const Value v = arg(0);
        if (v.type != Value::Nodes)
            return Value::ofNumber(std::nan(""));
        double total = 0;
        for (const auto& node : v.nodes)
            total += stringToNumber(stringValue(node));
        return Value::ofNumber(total);
    }
    }
    return Value::ofString({});
}

Value evaluatePath(const Expr& e, const Context& c)
{
    QList<XNode> nodes;
    if (!e.args.empty()) {
        const Value start = evaluate(*e.args[0], c);
        if (start.type != Value::Nodes)
            return Value::ofNodes({});   // steps after a string or number select nothing
        nodes = start.nodes;
    } else if (e.absolute) {
        nodes.append({XNode::Root, c.top, -1});
    } else {
        nodes.append(c.node);
    }
    for (const Step& step : e.steps) {
        QList<XNode> next;
        for (const XNode& node : nodes) {
            QList<XNode> candidates;
            for (const XNode& n : axisNodes(node, step.axis, c.top)) {
                if (matches(n, step))
                    candidates.append(n);
            }
            next.append(applyPredicates(std::move(candidates), step.predicates, c.top));
        }
        sortAndDedupe(next);
        nodes = std::move(next);
        if (nodes.isEmpty())
            break;
    }
    return Value::ofNodes(std::move(nodes));
}

Value evaluate(const Expr& e, const Context& c)
{
    switch (e.op) {
    case Op::Or: return Value::ofBoolean(toBoolean(evaluate(*e.args[0], c)) || toBoolean(evaluate(*e.args[1], c)));
    case Op::And: return Value::ofBoolean(toBoolean(evaluate(*e.args[0], c)) && toBoolean(evaluate(*e.args[1], c)));
    case Op::Eq:
    case Op::Ne:
    case Op::Lt:
    case Op::Le:
    case Op::Gt:
    case Op::Ge: return Value::ofBoolean(compare(e.op, evaluate(*e.args[0], c), evaluate(*e.args[1], c)));
    case Op::Add: return Value::ofNumber(toNumber(evaluate(*e.args[0], c)) + toNumber(evaluate(*e.args[1], c)));
    case Op::Sub: return Value::ofNumber(toNumber(evaluate(*e.args[0], c)) - toNumber(evaluate(*e.args[1], c)));
    case Op::Mul: return Value::ofNumber(toNumber(evaluate(*e.args[0], c)) * toNumber(evaluate(*e.args[1], c)));
    case Op::Div: return Value::ofNumber(toNumber(evaluate(*e.args[0], c)) / toNumber(evaluate(*e.args[1], c)));
    case Op::Mod:
        return Value::ofNumber(std::fmod(toNumber(evaluate(*e.args[0], c)), toNumber(evaluate(*e.args[1], c))));
    case Op::Neg: return Value::ofNumber(-toNumber(evaluate(*e.args[0], c)));
    case Op::Union: {
        const Value a = evaluate(*e.args[0], c);
        const Value b = evaluate(*e.args[1], c);
        QList<XNode> nodes = a.type == Value::Nodes ? a.nodes : QList<XNode>();
        if (b.type == Value::Nodes)
            nodes.append(b.nodes);
        sortAndDedupe(nodes);
        return Value::ofNodes(std::move(nodes));
    }
    case Op::Literal: return Value::ofString(e.string);
    case Op::Number: return Value::ofNumber(e.number);
    case Op::Call: return callFunction(e, c);
    case Op::Path: return evaluatePath(e, c);
    case Op::Filter: {
        const Value v = evaluate(*e.args[0], c);
        if (v.type != Value::Nodes)
            return v;   // a predicate on a scalar has nothing to filter
        return Value::ofNodes(applyPredicates(v.nodes, e.predicates, c.top));
    }
    }
    return Value::ofString({});
}

} // namespace

Models::Result<XPath> XPath::compile(const QString& expression, const Namespaces& namespaces)
{
    if (expression.trimmed().isEmpty())
        return Models::fail(Models::ErrorCode::InvalidInput, QStringLiteral("the XPath is empty"));
    Tokens tokens = tokenize(expression);
    if (!tokens.error.isEmpty())
        return Models::fail(Models::ErrorCode::InvalidInput,
                            QStringLiteral("the XPath '%1' has an error at column %2: %3")
                                .arg(expression)
                                .arg(tokens.errorColumn)
                                .arg(tokens.error));
    Parser parser(std::move(tokens.list), namespaces);
    ExprPtr root = parser.parseAll();
    if (!root)
        return Models::fail(Models::ErrorCode::InvalidInput,
                            QStringLiteral("the XPath '%1' has an error at column %2: %3")
                                .arg(expression)
                                .arg(parser.errorColumn)
                                .arg(parser.error));
    XPath xpath;
    xpath.m_expression = expression;
    auto program = std::make_shared<XPathProgram>();
    program->root = std::move(root);
    xpath.m_program = std::move(program);
    return xpath;
}

QStringList XPath::evaluate(const Element& top) const
{
    if (!m_program)
        return {};
    const Value v = Xml::evaluate(*m_program->root, {{XNode::Root, &top, -1}, 1, 1, &top});
    QStringList out;
    if (v.type == Value::Nodes) {
        for (const auto& node : v.nodes) {
            if (QString s = stringValue(node); !s.isEmpty())
                out.append(std::move(s));
        }
    } else if (QString s = toString(v); !s.isEmpty()) {
        out.append(std::move(s));
    }
    return out;
}

} // namespace Tenure::Connectors::Xml
