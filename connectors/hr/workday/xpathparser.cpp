// XPath: tokens and the recursive-descent parser of XPath 1.0's grammar (the subset xpath.h lists).
#include "xpathprogram.h"

#include <algorithm>

namespace Tenure::Connectors::Xml {
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

} // namespace Tenure::Connectors::Xml
