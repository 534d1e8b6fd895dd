#include "texttable.h"

#include <algorithm>

namespace Tenure::App {

QString textTable(const QStringList& headers, const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const auto& header : headers)
        widths.append(header.size());
    for (const auto& row : rows)
        for (int c = 0; c + 1 < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    const auto line = [&](const QStringList& cells) -> QString {
        QString text;
        for (int c = 0; c < cells.size(); ++c)
            text += c + 1 < cells.size() ? cells.at(c).leftJustified(widths.value(c) + 2) : cells.at(c);
        return text.trimmed() + u'\n';
    };
    QString out = line(headers);
    for (const auto& row : rows)
        out += line(row);
    return out;
}

} // namespace Tenure::App
