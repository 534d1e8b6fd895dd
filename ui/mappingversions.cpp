#include "mappingversions.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

namespace Tenure::Ui {
namespace {

// Each attribute's rule as indented JSON, plus the scope and the lifecycle fields, keyed by name.
QMap<QString, QString> byAttribute(const Models::MappingSet& mapping)
{
    QMap<QString, QString> rules;
    const QJsonObject json = mapping.toJson();
    for (const auto& rule : json.value(QStringLiteral("attributes")).toArray())
        rules.insert(rule.toObject().value(QStringLiteral("target")).toString(),
                     QString::fromUtf8(QJsonDocument(rule.toObject()).toJson(QJsonDocument::Indented)).trimmed());
    rules.insert(QStringLiteral("(scope)"),
                 QString::fromUtf8(QJsonDocument(json.value(QStringLiteral("scope")).toArray()).toJson()).trimmed());
    rules.insert(QStringLiteral("(lifecycle)"),
                 QString::fromUtf8(QJsonDocument(json.value(QStringLiteral("lifecycle")).toObject()).toJson()).trimmed());
    return rules;
}

} // namespace

MappingVersions::MappingVersions(QWidget* parent)
    : QWidget(parent), m_left(new QComboBox(this)), m_right(new QComboBox(this)),
      m_compare(new QPushButton(tr("Co&mpare"), this)), m_rollback(new QPushButton(tr("Roll &back to the left version"), this)),
      m_summary(new QLabel(this)), m_diff(new QTableWidget(0, 3, this))
{
    setObjectName(QStringLiteral("mappingVersions"));
    m_left->setObjectName(QStringLiteral("versionLeft"));
    m_left->setAccessibleName(tr("Left version"));
    m_right->setObjectName(QStringLiteral("versionRight"));
    m_right->setAccessibleName(tr("Right version"));
    m_compare->setObjectName(QStringLiteral("versionCompare"));
    m_rollback->setObjectName(QStringLiteral("versionRollback"));
    m_rollback->setToolTip(tr("Saves the left version again as the newest version"));
    m_summary->setObjectName(QStringLiteral("versionSummary"));
    m_summary->setWordWrap(true);
    m_diff->setObjectName(QStringLiteral("versionDiff"));
    m_diff->setAccessibleName(tr("Version comparison"));
    m_diff->setHorizontalHeaderLabels({tr("Attribute"), tr("Left"), tr("Right")});
    m_diff->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diff->verticalHeader()->setVisible(false);
    m_diff->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_diff->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_diff->setWordWrap(true);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    mono.setPointSizeF(mono.pointSizeF() * 0.9);
    m_diff->setFont(mono);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Compare"), this));
    top->addWidget(m_left);
    top->addWidget(new QLabel(tr("with"), this));
    top->addWidget(m_right);
    top->addWidget(m_compare);
    top->addStretch(1);
    top->addWidget(m_rollback);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_diff, 1);
    connect(m_compare, &QPushButton::clicked, this, [this] {
        Q_EMIT compareRequested(m_left->currentData().toInt(), m_right->currentData().toInt());
    });
    connect(m_rollback, &QPushButton::clicked, this, [this] { Q_EMIT rollbackRequested(m_left->currentData().toInt()); });
    setVersions({});
}

void MappingVersions::setVersions(const QList<Models::MappingVersion>& versions)
{
    m_left->clear();
    m_right->clear();
    for (const auto& version : versions) {
        const QString text = tr("Version %1 — %2").arg(version.version).arg(version.createdAt.left(19).replace(QLatin1Char('T'), QLatin1Char(' ')));
        m_left->addItem(text, version.version);
        m_right->addItem(text, version.version);
    }
    m_left->setCurrentIndex(std::max(0, int(versions.size()) - 2));
    m_right->setCurrentIndex(int(versions.size()) - 1);
    m_compare->setEnabled(versions.size() >= 2);
    m_rollback->setEnabled(versions.size() >= 2);
    if (versions.size() < 2)
        m_summary->setText(versions.isEmpty() ? tr("No version saved yet: build the mapping and press Save (Ctrl+S).")
                                              : tr("One version saved. Save again after a change to compare versions."));
}

void MappingVersions::showError(const QString& text)
{
    m_summary->setText(text);
    m_summary->setStyleSheet(QStringLiteral("color: #b00020;"));
}

void MappingVersions::showComparison(int left, const Models::MappingSet& a, int right, const Models::MappingSet& b)
{
    m_summary->setStyleSheet({});
    const auto rulesA = byAttribute(a);
    const auto rulesB = byAttribute(b);
    QStringList names = rulesA.keys();
    for (const auto& name : rulesB.keys())
        if (!rulesA.contains(name))
            names.append(name);
    names.sort(Qt::CaseInsensitive);
    m_diff->setRowCount(int(names.size()));
    m_changed = 0;
    for (int row = 0; row < names.size(); ++row) {
        const QString& name = names.at(row);
        const QString left = rulesA.value(name, tr("(not mapped)"));
        const QString right = rulesB.value(name, tr("(not mapped)"));
        const bool changed = left != right;
        m_changed += changed ? 1 : 0;
        QTableWidgetItem* cells[] = {new QTableWidgetItem(name), new QTableWidgetItem(left), new QTableWidgetItem(right)};
        for (int c = 0; c < 3; ++c) {
            if (changed)
                cells[c]->setBackground(c == 1 ? QColor(0xfd, 0xec, 0xea) : c == 2 ? QColor(0xe6, 0xf4, 0xea)
                                                                                   : QColor(0xff, 0xf4, 0xd6));
            m_diff->setItem(row, c, cells[c]);
        }
    }
    m_diff->resizeRowsToContents();
    m_summary->setText(tr("Version %1 against version %2: %n attribute(s) differ.", nullptr, m_changed).arg(left).arg(right));
}

} // namespace Tenure::Ui
