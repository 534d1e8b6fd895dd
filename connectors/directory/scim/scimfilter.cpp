#include "scimfilter.h"

namespace Tenure::Connectors {

QString scimStringLiteral(const QString& value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'"': out += QLatin1String("\\\""); break;
        case u'\\': out += QLatin1String("\\\\"); break;
        case u'\b': out += QLatin1String("\\b"); break;
        case u'\f': out += QLatin1String("\\f"); break;
        case u'\n': out += QLatin1String("\\n"); break;
        case u'\r': out += QLatin1String("\\r"); break;
        case u'\t': out += QLatin1String("\\t"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;   // everything else, non-ASCII included, is allowed as is (RFC 8259 §7)
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString scimEqualsFilter(const QString& attribute, const QString& value)
{
    return attribute + QLatin1String(" eq ") + scimStringLiteral(value);
}

QString scimAnyEqualsFilter(const QString& attribute, const QStringList& values)
{
    QStringList terms;
    terms.reserve(values.size());
    for (const QString& value : values)
        terms << scimEqualsFilter(attribute, value);
    return terms.join(QLatin1String(" or "));
}

} // namespace Tenure::Connectors
