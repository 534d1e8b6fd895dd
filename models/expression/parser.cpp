#include "parser.h"

#include "functions.h"
#include "lexer.h"

#include <limits>

namespace Tenure::Models::Expr {

namespace {

using Kind = Token::Kind;

QString describeToken(const Token& t)
{
    switch (t.kind) {
    case Kind::End: return QStringLiteral("the end of the expression");
    case Kind::LeftParen: return QStringLiteral("'('");
    case Kind::RightParen: return QStringLiteral("')'");
    case Kind::Comma: return QStringLiteral("','");
    case Kind::Attribute: return QStringLiteral("[%1]").arg(t.text.left(40));
    case Kind::String: return QStringLiteral("\"%1\"").arg(t.text.left(40));
    case Kind::Number: return t.text;
    case Kind::Identifier: return QStringLiteral("'%1'").arg(t.text.left(40));
    case Kind::Ampersand: return QStringLiteral("'&'");
    case Kind::Minus: return QStringLiteral("'-'");
    case Kind::Equal: return QStringLiteral("'='");
    case Kind::NotEqual: return QStringLiteral("'<>'");
    case Kind::Less: return QStringLiteral("'<'");
    case Kind::LessEqual: return QStringLiteral("'<='");
    case Kind::Greater: return QStringLiteral("'>'");
    case Kind::GreaterEqual: return QStringLiteral("'>='");
    case Kind::Error: return t.text;
    }
    return QString();
}

QString didYouMean(const QStringList& names)
{
    if (names.isEmpty())
        return QString();
    if (names.size() == 1)
        return QStringLiteral("; did you mean %1?").arg(names.constFirst());
    return QStringLiteral("; did you mean %1 or %2?").arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")),
                                                          names.constLast());
}

class Parser {
public:
    explicit Parser(std::vector<Token> tokens) : m_tokens(std::move(tokens)) {}

    std::expected<std::unique_ptr<Node>, Diagnostic> run()
    {
        auto root = expression(0);
        if (!root)
            return std::unexpected(m_error);
        if (peek().kind != Kind::End) {
            const Token& t = peek();
            if (t.kind == Kind::RightParen)
                return std::unexpected(diagnose(t, QStringLiteral("unmatched ')'")));
            if (t.kind == Kind::Error)
                return std::unexpected(diagnose(t, t.text));
            return std::unexpected(diagnose(
                t, QStringLiteral("unexpected %1 after a complete expression (is a ',' or '&' missing?)")
                       .arg(describeToken(t))));
        }
        if (!check(*root, true))
            return std::unexpected(m_error);
        return root;
    }

private:
    const Token& peek() const { return m_tokens[m_pos]; }
    const Token& take() { return m_tokens[m_pos < m_tokens.size() - 1 ? m_pos++ : m_pos]; }

    Diagnostic diagnose(const Token& at, QString message) { return diagnose(at.line, at.column, std::move(message)); }
    Diagnostic diagnose(int line, int column, QString message)
    {
        Diagnostic d;
        d.line = line;
        d.column = column;
        d.message = std::move(message);
        return d;
    }
    std::unique_ptr<Node> failAt(const Token& at, QString message)
    {
        m_error = diagnose(at, std::move(message));
        return nullptr;
    }
    bool failAt(const Node& at, QString message)
    {
        m_error = diagnose(at.line, at.column, std::move(message));
        return false;
    }

    static std::unique_ptr<Node> makeNode(Node::Kind kind, const Token& at)
    {
        auto node = std::make_unique<Node>();
        node->kind = kind;
        node->line = at.line;
        node->column = at.column;
        return node;
    }

    std::unique_ptr<Node> expression(int depth)
    {
        if (depth > MaxNestingDepth)
            return failAt(peek(), QStringLiteral("the expression is nested too deeply (more than %1 levels of "
                                                 "functions and parentheses)")
                                      .arg(MaxNestingDepth));
        auto left = concat(depth);
        if (!left)
            return nullptr;
        const Token& t = peek();
        Node::Op op;
        switch (t.kind) {
        case Kind::Equal: op = Node::Op::Equal; break;
        case Kind::NotEqual: op = Node::Op::NotEqual; break;
        case Kind::Less: op = Node::Op::Less; break;
        case Kind::LessEqual: op = Node::Op::LessEqual; break;
        case Kind::Greater: op = Node::Op::Greater; break;
        case Kind::GreaterEqual: op = Node::Op::GreaterEqual; break;
        default: return left;
        }
        auto node = makeNode(Node::Kind::Compare, take());
        node->op = op;
        auto right = concat(depth);
        if (!right)
            return nullptr;
        switch (peek().kind) {
        case Kind::Equal:
        case Kind::NotEqual:
        case Kind::Less:
        case Kind::LessEqual:
        case Kind::Greater:
        case Kind::GreaterEqual:
            // IIF has no AND/OR (Microsoft: nest IIFs instead), and a = b = c means nothing useful.
            return failAt(peek(), QStringLiteral("comparisons cannot be chained; nest IIF calls instead"));
        default: break;
        }
        node->args.push_back(std::move(left));
        node->args.push_back(std::move(right));
        return node;
    }

    std::unique_ptr<Node> concat(int depth)
    {
        auto first = operand(depth);
        if (!first || peek().kind != Kind::Ampersand)
            return first;
        auto node = makeNode(Node::Kind::Concat, peek());
        node->line = first->line;
        node->column = first->column;
        node->args.push_back(std::move(first));
        while (peek().kind == Kind::Ampersand) {
            take();
            auto next = operand(depth);
            if (!next)
                return nullptr;
            node->args.push_back(std::move(next));
        }
        return node;
    }

    std::unique_ptr<Node> operand(int depth)
    {
        const Token& t = take();
        switch (t.kind) {
        case Kind::String: {
            auto node = makeNode(Node::Kind::Literal, t);
            // The node owns the text; the value is a raw-data view of it. Copying a raw-data
            // QString touches no reference count, so threads evaluating the same expression do
            // not contend on one atomic counter per constant.
            node->name = t.text;
            node->literal = Value::fromString(QString::fromRawData(node->name.constData(), node->name.size()));
            return node;
        }
        case Kind::Number: {
            auto node = makeNode(Node::Kind::Literal, t);
            node->literal = Value::fromNumber(t.number);
            return node;
        }
        case Kind::Minus: {
            const Token& n = take();
            if (n.kind != Kind::Number)
                return failAt(n, QStringLiteral("'-' must be followed by a number, not %1").arg(describeToken(n)));
            // &H8000000000000000 is the smallest 64-bit number already (VB hex literals are two's
            // complement); its negation does not exist.
            if (n.number == std::numeric_limits<qint64>::min())
                return failAt(t, QStringLiteral("-%1 is too large: the negative of the smallest 64-bit number does "
                                                "not exist")
                                     .arg(n.text));
            auto node = makeNode(Node::Kind::Literal, t);
            node->literal = Value::fromNumber(-n.number);
            return node;
        }
        case Kind::Attribute: {
            auto node = makeNode(Node::Kind::Attribute, t);
            node->name = t.text;
            return node;
        }
        case Kind::LeftParen: {
            auto inner = expression(depth + 1);
            if (!inner)
                return nullptr;
            if (peek().kind != Kind::RightParen)
                return failAt(peek(), QStringLiteral("expected ')' to close the '(' at column %1, found %2")
                                          .arg(t.column)
                                          .arg(describeToken(peek())));
            take();
            return inner;
        }
        case Kind::Identifier: return identifier(t, depth);
        case Kind::Error: return failAt(t, t.text);
        case Kind::End: return failAt(t, QStringLiteral("the expression ends where a value was expected"));
        default:
            return failAt(t, QStringLiteral("expected a value (a \"string\", a number, an [attribute] or a "
                                            "function call), found %1")
                                 .arg(describeToken(t)));
        }
    }

    std::unique_ptr<Node> identifier(const Token& t, int depth)
    {
        const FunctionSpec* spec = findFunction(t.text);
        if (peek().kind != Kind::LeftParen) {
            if (t.text == QLatin1String("IgnoreAttributeFlow"))
                return makeNode(Node::Kind::IgnoreFlow, t);
            if (knownSymbols().contains(t.text)) {
                auto node = makeNode(Node::Kind::Symbol, t);
                node->name = t.text;
                node->literal = Value::fromString(t.text);
                return node;
            }
            if (spec)
                return failAt(t, QStringLiteral("%1 is a function: write %2").arg(t.text, QLatin1String(spec->signature)));
            return failAt(t, QStringLiteral("unknown name '%1'%2 (text must be in double quotes)")
                                 .arg(t.text.left(64), didYouMean(suggestNames(t.text, false))));
        }
        if (!spec) {
            const QStringList suggestions = suggestNames(t.text, true);
            QString message = QStringLiteral("unknown function '%1'").arg(t.text.left(64));
            if (suggestions.size() == 1 && suggestions.constFirst().compare(t.text, Qt::CaseInsensitive) == 0)
                message += QStringLiteral("; function names are case-sensitive: did you mean %1?").arg(suggestions.constFirst());
            else
                message += didYouMean(suggestions);
            return failAt(t, message);
        }
        const Token& open = take();
        auto node = makeNode(Node::Kind::Call, t);
        node->name = t.text;
        node->function = spec;
        if (peek().kind == Kind::RightParen) {
            take();
        } else {
            while (true) {
                if (peek().kind == Kind::Comma || peek().kind == Kind::RightParen) {
                    node->args.push_back(makeNode(Node::Kind::Omitted, peek()));
                } else {
                    auto arg = expression(depth + 1);
                    if (!arg)
                        return nullptr;
                    node->args.push_back(std::move(arg));
                }
                const Token& sep = take();
                if (sep.kind == Kind::RightParen)
                    break;
                if (sep.kind != Kind::Comma)
                    return failAt(sep, QStringLiteral("expected ',' or ')' in the arguments of %1 (opened at line %2, "
                                                      "column %3), found %4")
                                           .arg(t.text)
                                           .arg(open.line)
                                           .arg(open.column)
                                           .arg(describeToken(sep)));
            }
        }
        const int n = int(node->args.size());
        if (n < spec->minArgs || (spec->maxArgs >= 0 && n > spec->maxArgs)) {
            QString expected;
            if (spec->minArgs == spec->maxArgs)
                expected = spec->minArgs == 1 ? QStringLiteral("1 argument") : QStringLiteral("%1 arguments").arg(spec->minArgs);
            else if (spec->maxArgs < 0)
                expected = QStringLiteral("at least %1 arguments").arg(spec->minArgs);
            else
                expected = QStringLiteral("%1 to %2 arguments").arg(spec->minArgs).arg(spec->maxArgs);
            return failAt(t, QStringLiteral("%1 takes %2 but was given %3: %4")
                                 .arg(t.text, expected)
                                 .arg(n)
                                 .arg(QLatin1String(spec->signature)));
        }
        return node;
    }

    static bool isConstantText(const Node& n) { return n.kind == Node::Kind::Literal && n.literal.kind == Value::Kind::String; }

    // Checks that need the whole call; walks the tree without recursion limits beyond the parse depth.
    bool check(Node& node, bool isRoot)
    {
        for (auto& a : node.args)
            if (!check(*a, false))
                return false;
        if (node.kind != Node::Kind::Call)
            return true;
        const QString& name = node.name;
        if (name == QLatin1String("SelectUniqueValue") && !isRoot)
            // Microsoft: "This function must be at the top-level and can't be nested."
            return failAt(node, QStringLiteral("SelectUniqueValue must be the whole expression; it cannot be nested "
                                               "inside another function"));
        if (name == QLatin1String("Switch") && node.args.size() % 2 != 0)
            // Microsoft: "Key and value parameters must always come in pairs."
            return failAt(node, QStringLiteral("Switch needs keys and values in pairs after source and defaultValue; "
                                               "it was given %1 arguments, an odd number")
                                    .arg(node.args.size()));
        if ((name == QLatin1String("DateAdd") || name == QLatin1String("DateDiff")) && isConstantText(*node.args[0])) {
            static const QStringList intervals = {QStringLiteral("yyyy"), QStringLiteral("m"), QStringLiteral("d"),
                                                  QStringLiteral("ww"),   QStringLiteral("h"), QStringLiteral("n"),
                                                  QStringLiteral("s")};
            if (!intervals.contains(node.args[0]->literal.string))
                return failAt(*node.args[0], QStringLiteral("%1: unknown interval \"%2\"; use one of yyyy, m, d, ww, h, "
                                                            "n, s")
                                                 .arg(name, node.args[0]->literal.string.left(20)));
        }
        if (name == QLatin1String("InStr") && !node.isOmitted(3)) {
            const Node& c = *node.args[3];
            const QString v = c.literal.kind == Value::Kind::String ? c.literal.string : QString();
            if ((c.kind == Node::Kind::Symbol || isConstantText(c)) && v != QLatin1String("vbTextCompare") &&
                v != QLatin1String("vbBinaryCompare"))
                return failAt(c, QStringLiteral("InStr: compareType must be vbTextCompare or vbBinaryCompare"));
        }
        if (name == QLatin1String("ConvertFromBase64") && !node.isOmitted(1)) {
            const Node& e = *node.args[1];
            static const QStringList encodings = {QStringLiteral("Unicode"), QStringLiteral("UTF8"), QStringLiteral("ASCII")};
            if ((e.kind == Node::Kind::Symbol || isConstantText(e)) && !encodings.contains(e.literal.string))
                return failAt(e, QStringLiteral("ConvertFromBase64: encoding must be Unicode, UTF8 or ASCII"));
        }
        if (name == QLatin1String("Replace") && !node.isOmitted(2) && isConstantText(*node.args[2])) {
            // .NET and PCRE2 share the syntax used in Microsoft's examples, named groups included
            // ((?<name>...), (?'name'...)). Unicode properties make \d, \w and \s match like .NET's.
            auto re = std::make_unique<QRegularExpression>(node.args[2]->literal.string,
                                                           QRegularExpression::UseUnicodePropertiesOption);
            if (!re->isValid())
                return failAt(*node.args[2], QStringLiteral("Replace: invalid regular expression: %1 (at offset %2)")
                                                 .arg(re->errorString())
                                                 .arg(re->patternErrorOffset()));
            re->optimize();
            node.regex = std::move(re);
        }
        return true;
    }

    std::vector<Token> m_tokens;
    std::size_t m_pos = 0;
    Diagnostic m_error;
};

} // namespace

std::expected<std::unique_ptr<Node>, Diagnostic> parseExpression(QStringView text)
{
    if (text.size() > MaxExpressionLength) {
        Diagnostic d;
        d.message = QStringLiteral("the expression is too long (%1 characters; at most %2)")
                        .arg(text.size())
                        .arg(MaxExpressionLength);
        return std::unexpected(d);
    }
    if (text.trimmed().isEmpty()) {
        Diagnostic d;
        d.message = QStringLiteral("the expression is empty");
        return std::unexpected(d);
    }
    return Parser(tokenize(text)).run();
}

} // namespace Tenure::Models::Expr
