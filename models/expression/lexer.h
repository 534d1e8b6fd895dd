#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace Tenure::Models::Expr {

struct Token {
    enum class Kind : quint8 {
        End,
        LeftParen,
        RightParen,
        Comma,
        Attribute,  // [name]: text is the name
        String,     // "text": text is unescaped
        Number,     // 42: number
        Identifier, // Join, vbTextCompare, IgnoreAttributeFlow
        Ampersand,  // &
        Minus,      // - (only before a number)
        Equal,
        NotEqual,
        Less,
        LessEqual,
        Greater,
        GreaterEqual,
        Error, // text is the message
    };
    Kind kind = Kind::End;
    int line = 1;
    int column = 1;
    QString text;
    qint64 number = 0;
};

// Splits an expression into tokens. Lexical rules, per Microsoft's reference:
//  - attributes in square brackets: [attributeName] (anything but ']' inside);
//  - strings in double quotes; "\"" is a quote and "\\" a backslash. A backslash before any
//    other character is kept as written, so regular expressions written with one backslash
//    ("\+(?<isdCode>...)") mean what their author meant;
//  - VB hexadecimal literals: &HF7 (an '&' followed by 'H' and a hex digit), otherwise '&' is
//    concatenation;
//  - decimal integers; comparison operators = <> < <= > >=.
// Stops at the first error, which becomes the last token.
[[nodiscard]] std::vector<Token> tokenize(QStringView text);

} // namespace Tenure::Models::Expr
