#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Tenure::Ui {

// Colours an Entra mapping expression: function names, [attributes], "strings" and numbers.
// Works line by line; a string left open at the end of a line stays a string on the next.
class ExpressionHighlighter : public QSyntaxHighlighter {
    Q_OBJECT

public:
    explicit ExpressionHighlighter(QTextDocument* document);

protected:
    void highlightBlock(const QString& text) override;

private:
    QTextCharFormat m_function;
    QTextCharFormat m_attribute;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
};

} // namespace Tenure::Ui
