#include "filefield.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLineEdit>
#include <QToolButton>

namespace Tenure::Ui {

FileField::FileField(const QString& dialogTitle, const QString& nameFilter, QWidget* parent)
    : QWidget(parent), m_title(dialogTitle), m_filter(nameFilter), m_edit(new QLineEdit(this)),
      m_browse(new QToolButton(this))
{
    m_browse->setIcon(QIcon(QStringLiteral(":/icons/folder.svg")));
    m_browse->setText(tr("Browse…"));
    m_browse->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_browse);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &FileField::pathChanged);
    connect(m_browse, &QToolButton::clicked, this, &FileField::browse);
}

QString FileField::path() const { return m_edit->text().trimmed(); }

void FileField::setPath(const QString& path) { m_edit->setText(path); }

void FileField::setPlaceholderText(const QString& text) { m_edit->setPlaceholderText(text); }

void FileField::setAccessibleNames(const QString& field)
{
    m_edit->setAccessibleName(field);
    m_browse->setAccessibleName(tr("Browse for %1").arg(field));
}

void FileField::browse()
{
    auto* dialog = new QFileDialog(this, m_title, QFileInfo(path()).absolutePath(), m_filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    if (!path().isEmpty())
        dialog->selectFile(path());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& file) { m_edit->setText(file); });
    dialog->open();
}

} // namespace Tenure::Ui
