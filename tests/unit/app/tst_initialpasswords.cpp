// Initial passwords of new AD accounts: kept in the SecretStore and listed in the workspace by
// name only, handed over once with an audit record that never holds the password.
#include "app/initialpasswords.h"
#include "app/secrets/memorysecretstore.h"
#include "app/workspace.h"
#include "models/store/auditlog.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Tenure;
using Models::ErrorCode;

namespace {

const QString ann = QStringLiteral("CN=Ann Lee,OU=Staff,DC=corp,DC=example,DC=test");
const QString annPassword = QStringLiteral("Xq7#pL2!vR9@mK4$wT6z");

} // namespace

class TestInitialPasswords : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<App::Workspace> m_workspace;
    std::unique_ptr<App::MemorySecretStore> m_keychain;   // a fresh one per test
    int m_workspaces = 0;

    Models::InitialPasswordIndex index() const { return {m_workspace->database(), QStringLiteral("sync-operator")}; }
    App::InitialPasswords passwords() { return {*m_workspace, *m_keychain, QStringLiteral("alice")}; }

    // Every audit event as text, to look for a password anywhere in it.
    QString auditText() const
    {
        auto events = m_workspace->audit().query();
        if (!events)
            qFatal("audit: %s", qPrintable(events.error().describe()));
        QString text;
        for (const auto& e : *events)
            text += e.actor + e.action + e.subject + e.why + QString::fromUtf8(QJsonDocument(e.before).toJson())
                    + QString::fromUtf8(QJsonDocument(e.after).toJson());
        return text;
    }

private Q_SLOTS:
    void init()
    {
        auto opened = App::Workspace::open(m_dir.filePath(QStringLiteral("w%1.tenure").arg(++m_workspaces)));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().describe()));
        m_workspace = std::move(*opened);
        m_keychain = std::make_unique<App::MemorySecretStore>();
    }

    void aKeptPasswordIsListedByNameOnly()
    {
        auto handover = App::initialPasswordHandover(*m_keychain, QStringLiteral("Directory"), index());
        auto reference = handover.keep(ann, annPassword);
        QVERIFY2(reference, qPrintable(reference ? QString() : reference.error().describe()));
        QCOMPARE(*reference, QStringLiteral("tenure/Directory/initial-password/") + ann);
        QCOMPARE(*m_keychain->read(*reference), annPassword);

        auto waiting = passwords().waiting();
        QVERIFY(waiting);
        QCOMPARE(waiting->size(), 1);
        QCOMPARE(waiting->constFirst().account, ann);
        QCOMPARE(waiting->constFirst().tenant, QStringLiteral("Directory"));
        QCOMPARE(waiting->constFirst().reference, *reference);
        QCOMPARE(waiting->constFirst().host, QSysInfo::machineHostName());
        QVERIFY(waiting->constFirst().keptAt.secsTo(QDateTime::currentDateTimeUtc()) < 60);
        // Nothing in the workspace database holds the password.
        QSqlQuery rows(m_workspace->database().connection());
        QVERIFY(rows.exec(QStringLiteral("SELECT * FROM initial_passwords")));
        while (rows.next()) {
            for (int column = 0; column < rows.record().count(); ++column)
                QVERIFY(!rows.value(column).toString().contains(annPassword));
        }
    }

    void aPasswordDiscardedAfterAFailedCreateIsNeitherKeptNorListed()
    {
        auto handover = App::initialPasswordHandover(*m_keychain, QStringLiteral("Directory"), index());
        auto reference = handover.keep(ann, annPassword);
        QVERIFY(reference);
        handover.discard(*reference);
        QCOMPARE(m_keychain->read(*reference).error().code, ErrorCode::NotFound);
        QVERIFY(passwords().waiting()->isEmpty());
    }

    void takeHandsThePasswordOverOnceAndAuditsIt()
    {
        auto handover = App::initialPasswordHandover(*m_keychain, QStringLiteral("Directory"), index());
        QVERIFY(handover.keep(ann, annPassword));
        // The DN as a person types it: AD compares DNs without regard to case.
        auto taken = passwords().take(ann.toLower());
        QVERIFY2(taken, qPrintable(taken ? QString() : taken.error().describe()));
        QCOMPARE(*taken, annPassword);
        QCOMPARE(m_keychain->read(App::initialPasswordReference(QStringLiteral("Directory"), ann)).error().code,
                 ErrorCode::NotFound);
        QVERIFY(passwords().waiting()->isEmpty());

        auto again = passwords().take(ann);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::NotFound);
        QVERIFY2(again.error().message.contains(QStringLiteral("handed over already")), qPrintable(again.error().message));

        Models::AuditFilter filter;
        filter.actionPrefix = QStringLiteral("password.");
        auto events = m_workspace->audit().query(filter);
        QVERIFY(events);
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->constFirst().action, QStringLiteral("password.handed-over"));
        QCOMPARE(events->constFirst().actor, QStringLiteral("alice"));
        QCOMPARE(events->constFirst().subject, ann);
        QCOMPARE(events->constFirst().why, QStringLiteral("initial password handed over to alice"));
        QVERIFY(!auditText().contains(annPassword));
        QVERIFY(m_workspace->audit().verify()->intact());
    }

    void theSameAccountInTwoTenantsNeedsTheTenantNamed()
    {
        QVERIFY(App::initialPasswordHandover(*m_keychain, QStringLiteral("Directory"), index()).keep(ann, annPassword));
        QVERIFY(App::initialPasswordHandover(*m_keychain, QStringLiteral("Lab"), index()).keep(ann, QStringLiteral("Other#Pass1word")));
        auto ambiguous = passwords().take(ann);
        QVERIFY(!ambiguous);
        QCOMPARE(ambiguous.error().code, ErrorCode::Conflict);
        QVERIFY2(ambiguous.error().message.contains(QStringLiteral("name the tenant")), qPrintable(ambiguous.error().message));
        auto lab = passwords().take(ann, QStringLiteral("Lab"));
        QVERIFY(lab);
        QCOMPARE(*lab, QStringLiteral("Other#Pass1word"));
        QCOMPARE(passwords().waiting()->size(), 1);   // Directory's still waits
    }

    // A run on another computer keeps the password in that computer's keychain.
    void aPasswordNotInThisKeychainSaysWhereItWaits()
    {
        const Models::WaitingPassword elsewhere{App::initialPasswordReference(QStringLiteral("Directory"), ann),
                                                QStringLiteral("Directory"), ann, QDateTime::currentDateTimeUtc(),
                                                QStringLiteral("sync-server-01")};
        QVERIFY(index().record(elsewhere));
        auto taken = passwords().take(ann);
        QVERIFY(!taken);
        QCOMPARE(taken.error().code, ErrorCode::Secrets);
        QVERIFY2(taken.error().message.contains(QStringLiteral("sync-server-01")), qPrintable(taken.error().message));
        QCOMPARE(passwords().waiting()->size(), 1);   // still waits, to be collected there
        QVERIFY(!auditText().contains(QStringLiteral("password.handed-over")));
    }
};

QTEST_GUILESS_MAIN(TestInitialPasswords)
#include "tst_initialpasswords.moc"
