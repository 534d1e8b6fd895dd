#include "initialpasswordsdialog.h"

#include "app/initialpasswords.h"
#include "backgroundcall.h"
#include "confirmation.h"
#include "errorbanner.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Tenure::Ui {
namespace {

enum Column { Tenant, Account, Kept, Host, ColumnCount };

} // namespace

InitialPasswordsDialog::InitialPasswordsDialog(App::Workspace& workspace, App::SecretStore& secrets,
                                               QString operatorName, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_secrets(secrets), m_operator(std::move(operatorName)),
      m_banner(new ErrorBanner(this)), m_table(new QTableWidget(0, ColumnCount, this)),
      m_reveal(new QPushButton(tr("&Reveal and remove…"), this)), m_shownFor(new QLabel(this)),
      m_password(new QLineEdit(this)), m_copy(new QPushButton(tr("&Copy"), this))
{
    setObjectName(QStringLiteral("initialPasswordsDialog"));
    setWindowTitle(tr("Initial passwords"));
    resize(760, 420);

    auto* intro = new QLabel(tr("New Active Directory accounts get a random initial password, which the person must "
                                "change at first sign-in. Reveal one to hand it over: it is shown here once and "
                                "removed from the keychain at the same moment."),
                             this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("waitingPasswords"));
    m_table->setAccessibleName(tr("Initial passwords waiting to be handed over"));
    m_table->setHorizontalHeaderLabels({tr("Tenant"), tr("Account"), tr("Kept"), tr("On computer")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Account, QHeaderView::Stretch);

    m_reveal->setObjectName(QStringLiteral("revealPassword"));
    m_reveal->setEnabled(false);
    m_shownFor->setObjectName(QStringLiteral("passwordShownFor"));
    m_password->setObjectName(QStringLiteral("revealedPassword"));
    m_password->setAccessibleName(tr("Revealed initial password"));
    m_password->setReadOnly(true);
    m_password->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_password->setPlaceholderText(tr("Select an account and reveal its password"));
    m_copy->setObjectName(QStringLiteral("copyPassword"));
    m_copy->setEnabled(false);

    auto* revealRow = new QHBoxLayout;
    revealRow->addWidget(m_reveal);
    revealRow->addStretch(1);
    auto* passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_copy);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(revealRow);
    layout->addWidget(m_shownFor);
    layout->addLayout(passwordRow);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_reveal->setEnabled(!m_taking && !m_table->selectedItems().isEmpty()); });
    connect(m_reveal, &QPushButton::clicked, this, &InitialPasswordsDialog::reveal);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_password->text());
        m_banner->show(ErrorBanner::Kind::Information, tr("Copied. Closing this window clears the clipboard."));
    });
    reload();
}

InitialPasswordsDialog::~InitialPasswordsDialog()
{
    wipe();
}

void InitialPasswordsDialog::reload()
{
    const App::InitialPasswords passwords(m_workspace, m_secrets, m_operator);
    runInBackground(this, [passwords] { return passwords.waiting(); },
                    [this](const Models::Result<QList<Models::WaitingPassword>>& waiting) {
                        m_table->setRowCount(0);
                        if (!waiting) {
                            m_banner->showError(waiting.error().describe());
                            return;
                        }
                        for (const auto& password : *waiting) {
                            const int row = m_table->rowCount();
                            m_table->insertRow(row);
                            m_table->setItem(row, Tenant, new QTableWidgetItem(password.tenant));
                            m_table->setItem(row, Account, new QTableWidgetItem(password.account));
                            m_table->setItem(row, Kept, new QTableWidgetItem(
                                                            QLocale().toString(password.keptAt.toLocalTime(), QLocale::ShortFormat)));
                            m_table->setItem(row, Host, new QTableWidgetItem(password.host));
                        }
                        if (waiting->isEmpty())
                            m_banner->show(ErrorBanner::Kind::Information,
                                           tr("No initial password waits. A run that creates Active Directory accounts "
                                              "adds them here."));
                        Q_EMIT waitingChanged(int(waiting->size()));
                    });
}

void InitialPasswordsDialog::reveal()
{
    const auto selected = m_table->selectedItems();
    if (selected.isEmpty() || m_taking)
        return;
    const int row = selected.constFirst()->row();
    const QString tenant = m_table->item(row, Tenant)->text();
    const QString account = m_table->item(row, Account)->text();
    Confirmation::ask(this, tr("Reveal initial password"),
                      tr("Reveal the initial password of %1? It is removed from the keychain as it is shown: "
                         "nobody can see it again, here or with tenure-cli.")
                          .arg(account),
                      tr("Reveal"), [this, tenant, account](bool yes) {
                          if (!yes)
                              return;
                          wipe();
                          m_taking = true;
                          m_reveal->setEnabled(false);
                          m_banner->clear();
                          const App::InitialPasswords passwords(m_workspace, m_secrets, m_operator);
                          runInBackground(this, [passwords, tenant, account] { return passwords.take(account, tenant); },
                                          [this, account](Models::Result<QString> password) {
                                              m_taking = false;
                                              if (!password)
                                                  m_banner->showError(password.error().describe());
                                              else
                                                  showPassword(account, std::move(*password));
                                              reload();
                                          });
                      });
}

void InitialPasswordsDialog::showPassword(const QString& account, QString password)
{
    m_shownFor->setText(tr("Initial password of %1, shown this once:").arg(account));
    m_password->setText(password);
    password.fill(QLatin1Char('\0'));
    m_copy->setEnabled(true);
    m_password->setFocus();
    m_password->selectAll();
}

void InitialPasswordsDialog::wipe()
{
    const QString shown = m_password->text();
    if (!shown.isEmpty() && QGuiApplication::clipboard()->text() == shown)
        QGuiApplication::clipboard()->clear();
    m_password->clear();
    m_shownFor->clear();
    m_copy->setEnabled(false);
}

void InitialPasswordsDialog::done(int result)
{
    wipe();
    QDialog::done(result);
}

} // namespace Tenure::Ui
