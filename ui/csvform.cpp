#include "csvform.h"

#include "filefield.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QToolButton>

namespace Tenure::Ui {
namespace {

const auto PathKey = QStringLiteral("path");
const auto DelimiterKey = QStringLiteral("delimiter");
const auto WorkerIdKey = QStringLiteral("workerIdColumn");

} // namespace

CsvForm::CsvForm(QWidget* parent)
    : QWidget(parent), m_path(new FileField(tr("Choose the HR export"), tr("CSV files (*.csv *.txt);;All files (*)"), this)),
      m_delimiter(new QComboBox(this)), m_workerId(new QLineEdit(this))
{
    m_path->setObjectName(QStringLiteral("csvPath"));
    m_path->setAccessibleNames(tr("CSV file"));
    m_path->setPlaceholderText(tr("The HR export, e.g. /srv/hr/workers.csv"));
    // The values are the setting's own spellings (CsvSourceSettings).
    m_delimiter->setObjectName(QStringLiteral("csvDelimiter"));
    m_delimiter->setAccessibleName(tr("Delimiter"));
    m_delimiter->addItem(tr("Detect from the header"), QStringLiteral("auto"));
    m_delimiter->addItem(tr("Comma (,)"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon (;)"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("tab"));
    m_workerId->setObjectName(QStringLiteral("csvWorkerId"));
    m_workerId->setAccessibleName(tr("Worker id column"));
    m_workerId->setPlaceholderText(tr("The header of the column with each worker's id, e.g. WorkerID"));

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("CSV &file:"), m_path);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(tr("&Worker id column:"), m_workerId);

    setTabOrder(m_path->edit(), m_path->browseButton());
    setTabOrder(m_path->browseButton(), m_delimiter);
    setTabOrder(m_delimiter, m_workerId);

    connect(m_path, &FileField::pathChanged, this, &CsvForm::changed);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &CsvForm::changed);
    connect(m_workerId, &QLineEdit::textChanged, this, &CsvForm::changed);
}

void CsvForm::setSettings(const QJsonObject& settings)
{
    const QSignalBlocker blockPath(m_path), blockDelimiter(m_delimiter), blockWorker(m_workerId);
    m_original = settings;
    m_path->setPath(settings.value(PathKey).toString());
    QString delimiter = settings.value(DelimiterKey).toString(QStringLiteral("auto"));
    if (delimiter == QLatin1String("\t"))
        delimiter = QStringLiteral("tab");
    m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(delimiter)));
    m_workerId->setText(settings.value(WorkerIdKey).toString(QStringLiteral("WorkerID")));
}

QJsonObject CsvForm::settings() const
{
    QJsonObject json = m_original;
    json.insert(PathKey, m_path->path());
    json.insert(DelimiterKey, m_delimiter->currentData().toString());
    json.insert(WorkerIdKey, m_workerId->text().trimmed());
    return json;
}

QWidget* CsvForm::firstField() const { return m_path->edit(); }
QWidget* CsvForm::lastField() const { return m_workerId; }

} // namespace Tenure::Ui
