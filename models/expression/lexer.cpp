#include "lexer.h"

namespace Tenure::Models::Expr {

namespace {

class Lexer {
public:
    explicit Lexer(QStringView text) : m_text(text) {}

    std::vector<Token> run()
    {
        std::vector<Token> tokens;
        while (true) {
            skipSpace();
            Token token = next();
            const bool stop = token.kind == Token::Kind::End || token.kind == Token::Kind::Error;
            tokens.push_back(std::move(token));
            if (stop)
                return tokens;
        }
    }

private:
    [[nodiscard]] bool atEnd() const { return m_pos >= m_text.size(); }
    [[nodiscard]] QChar peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : QChar();
    }

    // Columns count characters, not UTF-16 units: a surrogate pair is one column.
    void advance()
    {
        const QChar c = m_text[m_pos++];
        if (c == QLatin1Char('\n')) {
            ++m_line;
            m_column = 1;
        } else if (!c.isLowSurrogate() || m_pos < 2 || !m_text[m_pos - 2].isHighSurrogate()) {
            ++m_column;
        }
    }

    void skipSpace()
    {
        while (!atEnd() && peek().isSpace())
            advance();
    }

    Token make(Token::Kind kind, int line, int column, QString text = {})
    {
        Token t;
        t.kind = kind;
        t.line = line;
        t.column = column;
        t.text = std::move(text);
        return t;
    }

    static bool isHexDigit(QChar c)
    {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
               (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
    }
    static bool isDigit(QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }
    static bool isIdentifierStart(QChar c)
    {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
               c == QLatin1Char('_');
    }

    Token next()
    {
        const int line = m_line, column = m_column;
        if (atEnd())
            return make(Token::Kind::End, line, column);
        const QChar c = peek();
        auto single = [&](Token::Kind kind) {
            advance();
            return make(kind, line, column);
        };
        switch (c.unicode()) {
        case '(': return single(Token::Kind::LeftParen);
        case ')': return single(Token::Kind::RightParen);
        case ',': return single(Token::Kind::Comma);
        case '-': return single(Token::Kind::Minus);
        case '=': return single(Token::Kind::Equal);
        case '<':
            advance();
            if (peek() == QLatin1Char('>'))
                return single(Token::Kind::NotEqual);
            if (peek() == QLatin1Char('='))
                return single(Token::Kind::LessEqual);
            return make(Token::Kind::Less, line, column);
        case '>':
            advance();
            if (peek() == QLatin1Char('='))
                return single(Token::Kind::GreaterEqual);
            return make(Token::Kind::Greater, line, column);
        case '&':
            if ((peek(1) == QLatin1Char('H') || peek(1) == QLatin1Char('h')) && isHexDigit(peek(2)))
                return hexNumber(line, column);
            return single(Token::Kind::Ampersand);
        case '[': return attribute(line, column);
        case '"': return string(line, column);
        default: break;
        }
        if (isDigit(c))
            return decimalNumber(line, column);
        if (isIdentifierStart(c)) {
            QString name;
            while (!atEnd() && (isIdentifierStart(peek()) || isDigit(peek()))) {
                name += peek();
                advance();
            }
            return make(Token::Kind::Identifier, line, column, name);
        }
        QString shown = c.isPrint() ? QString(c) : QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        if (c.isHighSurrogate() && peek(1).isLowSurrogate())
            shown = m_text.mid(m_pos, 2).toString();
        return make(Token::Kind::Error, line, column, QStringLiteral("unexpected character '%1'").arg(shown));
    }

    Token attribute(int line, int column)
    {
        advance(); // [
        QString name;
        while (!atEnd() && peek() != QLatin1Char(']')) {
            name += peek();
            advance();
        }
        if (atEnd())
            return make(Token::Kind::Error, line, column,
                        QStringLiteral("attribute name is not closed: add ']' after [%1").arg(name.left(40)));
        advance(); // ]
        if (name.trimmed().isEmpty())
            return make(Token::Kind::Error, line, column, QStringLiteral("empty attribute name '[]'"));
        return make(Token::Kind::Attribute, line, column, name);
    }

    Token string(int line, int column)
    {
        advance(); // opening quote
        QString text;
        while (!atEnd() && peek() != QLatin1Char('"')) {
            // Microsoft: "if you need a backslash ( \ ) or quotation mark ( " ) in the string, it
            // must be escaped with the backslash ( \ ) symbol".
            if (peek() == QLatin1Char('\\') && (peek(1) == QLatin1Char('"') || peek(1) == QLatin1Char('\\')))
                advance();
            text += peek();
            advance();
        }
        if (atEnd())
            return make(Token::Kind::Error, line, column,
                        QStringLiteral("string is not closed: add '\"' at the end (write \\\" for a quote "
                                       "inside a string)"));
        advance(); // closing quote
        return make(Token::Kind::String, line, column, text);
    }

    Token decimalNumber(int line, int column)
    {
        QString digits;
        while (!atEnd() && isDigit(peek())) {
            digits += peek();
            advance();
        }
        bool ok = false;
        const qint64 n = digits.toLongLong(&ok);
        if (!ok)
            return make(Token::Kind::Error, line, column,
                        QStringLiteral("number %1 is too large (at most 9223372036854775807)").arg(digits.left(40)));
        Token t = make(Token::Kind::Number, line, column, digits);
        t.number = n;
        return t;
    }

    Token hexNumber(int line, int column)
    {
        advance(); // &
        advance(); // H
        QString digits;
        while (!atEnd() && isHexDigit(peek())) {
            digits += peek();
            advance();
        }
        bool ok = false;
        const quint64 n = digits.toULongLong(&ok, 16);
        if (!ok || digits.size() > 16)
            return make(Token::Kind::Error, line, column,
                        QStringLiteral("hexadecimal number &H%1 is too large (at most 16 digits)").arg(digits.left(40)));
        Token t = make(Token::Kind::Number, line, column, QStringLiteral("&H") + digits);
        t.number = qint64(n);
        return t;
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
};

} // namespace

std::vector<Token> tokenize(QStringView text)
{
    return Lexer(text).run();
}

} // namespace Tenure::Models::Expr
