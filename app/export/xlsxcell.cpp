#include "xlsxcell.h"

namespace Tenure::App {
namespace {

constexpr char16_t Ellipsis = 0x2026;
constexpr char16_t Replacement = 0xFFFD;

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

// Characters XML 1.0 cannot carry (its Char production) and the carriage return, which XML
// line-end handling would fold away: ST_Xstring writes them _xHHHH_.
bool needsXstringEscape(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n') || c == 0xFFFE || c == 0xFFFF;
}

// "_x0041_" in the text would read back as "A": its underscore is escaped.
bool looksLikeEscape(QStringView text, qsizetype i)
{
    return i + 6 < text.size() && (text[i + 1] == u'x' || text[i + 1] == u'X') && isHexDigit(text[i + 2])
           && isHexDigit(text[i + 3]) && isHexDigit(text[i + 4]) && isHexDigit(text[i + 5]) && text[i + 6] == u'_';
}

bool isSpecial(char16_t c)
{
    return c == u'&' || c == u'<' || c == u'>' || c == u'_' || needsXstringEscape(c) || QChar::isSurrogate(c);
}

void appendHexEscape(QString& xml, char16_t c)
{
    static constexpr char digits[] = "0123456789ABCDEF";
    xml += QLatin1String("_x");
    for (int shift = 12; shift >= 0; shift -= 4)
        xml += QLatin1Char(digits[(c >> shift) & 0xF]);
    xml += QLatin1Char('_');
}

void appendEscaped(QString& xml, QStringView text)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n && !isSpecial(text[i].unicode()))
        ++i;
    if (i == n) {   // the usual case: nothing to escape
        xml += text;
        return;
    }
    xml += text.first(i);
    for (; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'&')
            xml += QLatin1String("&amp;");
        else if (c == u'<')
            xml += QLatin1String("&lt;");
        else if (c == u'>')
            xml += QLatin1String("&gt;");
        else if (c == u'_' && looksLikeEscape(text, i))
            xml += QLatin1String("_x005F_");
        else if (needsXstringEscape(c))
            appendHexEscape(xml, c);
        else if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(text[i + 1].unicode())) {
            xml += text[i];
            xml += text[++i];
        } else if (QChar::isSurrogate(c))
            xml += QChar(Replacement);   // half a pair is not a character XML can carry
        else
            xml += QChar(c);
    }
}

bool isXmlSpace(QChar c) { return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r'; }

} // namespace

QString xlsxColumnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

void appendXlsxTextCell(QString& xml, QStringView column, qint64 row, int style, const QString& text)
{
    if (text.isEmpty())
        return;   // an absent cell is an empty cell
    QStringView value(text);
    const bool clipped = value.size() > XlsxMaxCellText;
    if (clipped) {
        value = value.first(XlsxMaxCellText - 1);
        if (QChar::isHighSurrogate(value.back().unicode()))
            value.chop(1);
    }
    xml += QLatin1String("<c r=\"");
    xml += column;
    xml += QString::number(row);
    if (style > 0) {
        xml += QLatin1String("\" s=\"");
        xml += QString::number(style);
    }
    xml += QLatin1String("\" t=\"inlineStr\"><is><t");
    // Leading and trailing blanks are part of the value ("Ann " is not "Ann").
    if (isXmlSpace(value.front()) || (!clipped && isXmlSpace(value.back())))
        xml += QLatin1String(" xml:space=\"preserve\"");
    xml += QLatin1Char('>');
    appendEscaped(xml, value);
    if (clipped)
        xml += QChar(Ellipsis);
    xml += QLatin1String("</t></is></c>");
}

} // namespace Tenure::App
