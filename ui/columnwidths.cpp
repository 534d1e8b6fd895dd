#include "columnwidths.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QTableView>

namespace Tenure::Ui {

void fitColumns(QTableView* table, const QHash<int, QString>& samples)
{
    auto* header = table->horizontalHeader();
    // Styles draw header labels bold or not: measure as if bold, so it fits either way.
    QFont bold = header->font();
    bold.setBold(true);
    const QFontMetrics headerMetrics(bold);
    const QFontMetrics cellMetrics(table->font());
    // Room for the cell's margins and, in the header, a sort indicator.
    const int padding = cellMetrics.horizontalAdvance(QLatin1Char('M')) + 12;
    for (auto it = samples.cbegin(); it != samples.cend(); ++it) {
        const QString title = table->model()->headerData(it.key(), Qt::Horizontal).toString();
        const int width = std::max(headerMetrics.horizontalAdvance(title), cellMetrics.horizontalAdvance(it.value())) + padding;
        table->setColumnWidth(it.key(), width);
    }
}

} // namespace Tenure::Ui
