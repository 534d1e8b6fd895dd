// The Alt-key mnemonics of the Tenants page: in every connector kind's form, in every state its
// choices and check boxes can put it in, no two labels or buttons a person can see share a letter,
// the page's own (Name, Kind, Add HR source, Test connection, Save, Remove, …) included. Alt+letter
// with two owners only cycles between them, so the second field would be reached by surprise.
#include "tenantspagefixture.h"
#include "app/connectorfactory.h"
#include "app/secrets/memorysecretstore.h"
#include "app/workspace.h"
#include "resources/initresources.h"
#include "ui/connectorforms/connectorform.h"
#include "ui/tenantspage.h"
#include "ui/translations.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Tenure;

namespace {

constexpr int Timeout = 20000;

// The letter after a single '&' ("&&" is a literal ampersand), upper case; null when none.
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

} // namespace

class TestTenantFormShortcuts : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<App::Workspace> m_workspace;
    App::MemorySecretStore m_secrets;
    App::ConnectorFactory m_connectors{m_secrets};
    std::unique_ptr<Ui::TenantsPage> m_page;

    // Letter → the texts that claim it, among what the page shows now. A label's mnemonic works
    // only with a buddy; a button's always. Remove… is counted although a new tenant hides it:
    // every saved tenant of the kind shows it.
    QMap<QChar, QStringList> shownMnemonics() const
    {
        QMap<QChar, QStringList> owners;
        const auto claim = [&](const QString& text) {
            if (const QChar letter = mnemonicOf(text); !letter.isNull())
                owners[letter] << text;
        };
        for (const QLabel* label : m_page->findChildren<QLabel*>())
            if (label->isVisibleTo(m_page.get()) && label->buddy())
                claim(label->text());
        for (const QAbstractButton* button : m_page->findChildren<QAbstractButton*>())
            if (button->isVisibleTo(m_page.get()) || button == m_page->removeButton())
                claim(button->text());
        return owners;
    }

    // Every letter with more than one owner, said so a failure names what to change.
    static QStringList collisions(const QString& where, const QMap<QChar, QStringList>& owners)
    {
        QStringList found;
        for (auto it = owners.cbegin(); it != owners.cend(); ++it)
            if (it.value().size() > 1)
                found << QStringLiteral("%1: Alt+%2 on %3").arg(where, it.key(), it.value().join(QStringLiteral(" and ")));
        return found;
    }

    void startNew(Models::TenantRole role, const QString& kindId)
    {
        if (role == Models::TenantRole::HrSource)
            m_page->addHrSource();
        else
            m_page->addDirectory();
        QVERIFY2(m_page->chooseKind(kindId), qPrintable(kindId));
        QCOMPARE(m_page->currentForm()->kind().id, kindId);
    }

    // The form as it opens, then with each choice of each list and each check box flipped, one at
    // a time from the defaults: rows that only some settings show are checked in those settings.
    QStringList collisionsOfKind(Models::TenantRole role, const QString& kindId)
    {
        QStringList found;
        startNew(role, kindId);
        found << collisions(kindId, shownMnemonics());
        const auto fields = m_page->currentForm()->kind().fields;
        for (const auto& field : fields) {
            if (field.type == Ui::FieldType::Choice || field.type == Ui::FieldType::Preset) {
                for (int choice = 0; choice < field.choices.size(); ++choice) {
                    startNew(role, kindId);
                    QComboBox* combo = m_page->currentForm()->comboBox(field.key);
                    if (!combo || !combo->isEnabled())
                        continue;
                    combo->setCurrentIndex(choice);
                    Q_EMIT combo->activated(choice);
                    found << collisions(QStringLiteral("%1 with %2 = %3").arg(kindId, field.key, combo->currentText()),
                                        shownMnemonics());
                }
            } else if (field.type == Ui::FieldType::Flag) {
                startNew(role, kindId);
                QCheckBox* box = m_page->currentForm()->checkBox(field.key);
                if (!box || !box->isEnabled())
                    continue;
                box->toggle();
                found << collisions(QStringLiteral("%1 with %2 %3").arg(kindId, field.key, box->isChecked() ? QStringLiteral("on") : QStringLiteral("off")),
                                    shownMnemonics());
            }
        }
        found.removeDuplicates();
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Ui::initResources();
        Ui::loadTranslations(*QCoreApplication::instance());
        QVERIFY(Tests::showTenantsPage(m_dir.filePath(QStringLiteral("shortcuts.tenure")), m_connectors, m_workspace,
                                       m_page));
        QVERIFY(QTest::qWaitFor([&] { return !m_page->isBusy(); }, Timeout));
    }

    void cleanupTestCase() { m_page.reset(); }

    void theMnemonicReaderSkipsLiteralAmpersands()
    {
        QCOMPARE(mnemonicOf(QStringLiteral("API ke&y:")), QLatin1Char('Y'));
        QCOMPARE(mnemonicOf(QStringLiteral("R&&D &team")), QLatin1Char('T'));
        QVERIFY(mnemonicOf(QStringLiteral("R&&D")).isNull());
        QVERIFY(mnemonicOf(QStringLiteral("Browse…")).isNull());
    }

    void everyKindsFormGivesEachVisibleLabelAndButtonItsOwnAltKey()
    {
        QStringList found;
        int kinds = 0;
        for (const auto role : {Models::TenantRole::HrSource, Models::TenantRole::Directory}) {
            if (role == Models::TenantRole::HrSource)
                m_page->addHrSource();
            else
                m_page->addDirectory();
            QStringList ids;
            for (int i = 0; i < m_page->kindCombo()->count(); ++i)
                ids << m_page->kindCombo()->itemData(i).toString();
            QVERIFY(!ids.isEmpty());
            for (const auto& id : std::as_const(ids)) {
                found << collisionsOfKind(role, id);
                if (QTest::currentTestFailed())
                    return;
                ++kinds;
            }
        }
        QCOMPARE(kinds, 11);   // every kind the catalogue knows was walked
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void theCollectorSeesACollisionWhenThereIsOne()
    {
        // Guards the test above against passing by seeing nothing: the page's own Save button
        // and a label given the same letter are reported.
        startNew(Models::TenantRole::HrSource, QStringLiteral("csv"));
        QLabel extra(QStringLiteral("&Spare:"), m_page->currentForm());
        extra.setBuddy(m_page->currentForm()->firstField());
        extra.show();
        const QStringList found = collisions(QStringLiteral("csv"), shownMnemonics());
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().contains(QStringLiteral("Alt+S")), qPrintable(found.first()));
    }
};

QTEST_MAIN(TestTenantFormShortcuts)
#include "tst_tenantformshortcuts.moc"
