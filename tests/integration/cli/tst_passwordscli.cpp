// tenure-cli passwords against the real keychain (Secret Service): a new AD account's initial
// password, kept as ActiveDirectoryTarget keeps it (the handover the connector factory gives the
// target), is listed by name, taken once and only once, and never reaches the log or the audit.
#include "app/initialpasswords.h"
#include "app/secrets/keychainsecretstore.h"
#include "app/workspace.h"
#include "connectors/directory/ldap/adpassword.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Tenure;

class TestPasswordsCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspace;
    App::KeychainSecretStore m_keychain;
    const QString m_account = QStringLiteral("CN=Ada Lovelace,OU=Staff,DC=corp,DC=example,DC=test");
    QString m_password;

    struct Outcome {
        int code = -1;
        QString out;
        QString err;
    };

    Outcome cli(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // The CLI's rotating log goes here, where this test reads it; everything reaches it.
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("TENURE_LOG_CONSOLE"), QStringLiteral("1"));
        process.setProcessEnvironment(environment);
        process.start(qEnvironmentVariable("TENURE_CLI"), arguments);
        process.waitForFinished(60000);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString logs() const
    {
        QString text;
        QDirIterator files(m_dir.filePath(QStringLiteral("data")), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly))
                text += QString::fromUtf8(file.readAll());
        }
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = m_dir.filePath(QStringLiteral("passwords.tenure"));
        auto workspace = App::Workspace::open(m_workspace);
        QVERIFY2(workspace, qPrintable(workspace ? QString() : workspace.error().describe()));
        // A create in a run: the AD target asks the handover to keep the new account's password.
        m_password = Connectors::Ad::generateInitialPassword({QStringLiteral("Ada Lovelace")});
        auto handover = App::initialPasswordHandover(m_keychain, QStringLiteral("Corp AD"),
                                                     Models::InitialPasswordIndex((*workspace)->database(), QStringLiteral("scheduler")));
        auto kept = handover.keep(m_account, m_password);
        QVERIFY2(kept, qPrintable(kept ? QString() : kept.error().describe()));
    }

    void cleanupTestCase()
    {
        (void)m_keychain.remove(App::initialPasswordReference(QStringLiteral("Corp AD"), m_account));
    }

    void listNamesTheAccountButNeverThePassword()
    {
        const auto listed = cli({QStringLiteral("passwords"), QStringLiteral("list"), QStringLiteral("--workspace"), m_workspace});
        QCOMPARE(listed.code, 0);
        QVERIFY2(listed.out.contains(m_account), qPrintable(listed.out));
        QVERIFY(listed.out.contains(QStringLiteral("Corp AD")));
        QVERIFY(!listed.out.contains(m_password));
        QVERIFY(!listed.err.contains(m_password));
    }

    void takePrintsThePasswordOnceAndOnlyOnce()
    {
        // The DN in another letter case, as someone types it.
        const auto taken = cli({QStringLiteral("passwords"), QStringLiteral("take"), QStringLiteral("--workspace"),
                                m_workspace, m_account.toLower()});
        QVERIFY2(taken.code == 0, qPrintable(taken.err));
        QCOMPARE(taken.out, m_password + QLatin1Char('\n'));   // the password and nothing else on stdout
        QVERIFY(!taken.err.contains(m_password));
        QVERIFY2(taken.err.contains(QStringLiteral("only time")), qPrintable(taken.err));

        // Gone from the keychain itself, not just from the list.
        auto left = m_keychain.read(App::initialPasswordReference(QStringLiteral("Corp AD"), m_account));
        QVERIFY(!left);
        QCOMPARE(left.error().code, Models::ErrorCode::NotFound);

        const auto again = cli({QStringLiteral("passwords"), QStringLiteral("take"), QStringLiteral("--workspace"),
                                m_workspace, m_account});
        QCOMPARE(again.code, 1);
        QVERIFY(again.out.isEmpty());
        QVERIFY2(again.err.contains(QStringLiteral("No initial password waits")), qPrintable(again.err));
        QVERIFY(cli({QStringLiteral("passwords"), QStringLiteral("list"), QStringLiteral("--workspace"), m_workspace})
                    .out.contains(QStringLiteral("No initial passwords wait")));
    }

    void theHandOverIsAuditedAndNothingHoldsThePassword()
    {
        const auto audit = cli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--workspace"), m_workspace,
                                QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(audit.code, 0);
        QVERIFY2(audit.out.contains(QStringLiteral("password.handed-over")), qPrintable(audit.out));
        QVERIFY(audit.out.contains(QStringLiteral("initial password handed over to")));
        QVERIFY(audit.out.contains(QStringLiteral("Ada Lovelace")));
        QVERIFY(!audit.out.contains(m_password));
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--workspace"), m_workspace}).code, 0);

        const QString log = logs();
        QVERIFY2(log.contains(QStringLiteral("handed over")), qPrintable(log.right(2000)));
        QVERIFY(!log.contains(m_password));
        QFile database(m_workspace);
        QVERIFY(database.open(QIODevice::ReadOnly));
        QVERIFY(!database.readAll().contains(m_password.toUtf8()));
    }

    void takeWithoutAnAccountIsABadCommandLine()
    {
        const auto bare = cli({QStringLiteral("passwords"), QStringLiteral("take"), QStringLiteral("--workspace"), m_workspace});
        QCOMPARE(bare.code, 64);
        QVERIFY(bare.err.contains(QStringLiteral("name the account")));
        QCOMPARE(cli({QStringLiteral("passwords"), QStringLiteral("reveal")}).code, 64);
        QVERIFY(cli({QStringLiteral("--help")}).out.contains(QStringLiteral("passwords list|take")));
    }
};

QTEST_GUILESS_MAIN(TestPasswordsCli)
#include "tst_passwordscli.moc"
