#include "expressionhighlighter.h"

namespace Tenure::Ui {

ExpressionHighlighter::ExpressionHighlighter(QTextDocument* document) : QSyntaxHighlighter(document)
{
    m_function.setForeground(QColor(0x1f, 0x4e, 0x79));
    m_function.setFontWeight(QFont::DemiBold);
    m_attribute.setForeground(QColor(0x7a, 0x3e, 0x9d));
    m_string.setForeground(QColor(0x2e, 0x7d, 0x32));
    m_number.setForeground(QColor(0xb2, 0x5c, 0x00));
}

void ExpressionHighlighter::highlightBlock(const QString& text)
{
    enum State { Normal = 0, InString = 1 };
    int i = 0;
    const int n = int(text.size());
    if (previousBlockState() == InString) {
        int end = i;
        while (end < n && text.at(end) != QLatin1Char('"'))
            ++end;
        setFormat(0, std::min(end + 1, n), m_string);
        if (end >= n) {
            setCurrentBlockState(InString);
            return;
        }
        i = end + 1;
    }
    setCurrentBlockState(Normal);
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            int end = i + 1;
            while (end < n && text.at(end) != QLatin1Char('"'))
                ++end;
            setFormat(i, std::min(end + 1, n) - i, m_string);
            if (end >= n) {
                setCurrentBlockState(InString);
                return;
            }
            i = end + 1;
        } else if (c == QLatin1Char('[')) {
            int end = text.indexOf(QLatin1Char(']'), i);
            end = end < 0 ? n : end + 1;
            setFormat(i, end - i, m_attribute);
            i = end;
        } else if (c.isDigit() || (c == QLatin1Char('&') && i + 1 < n && text.at(i + 1) == QLatin1Char('H'))) {
            int end = i + 1;
            while (end < n && text.at(end).isLetterOrNumber())
                ++end;
            setFormat(i, end - i, m_number);
            i = end;
        } else if (c.isLetter()) {
            int end = i + 1;
            while (end < n && (text.at(end).isLetterOrNumber() || text.at(end) == QLatin1Char('_')))
                ++end;
            int next = end;
            while (next < n && text.at(next).isSpace())
                ++next;
            if (next < n && text.at(next) == QLatin1Char('('))
                setFormat(i, end - i, m_function);
            i = end;
        } else {
            ++i;
        }
    }
}

} // namespace Tenure::Ui
