// Secrets round-trip through the real OS keychain (a gnome-keyring in dbus-run-session under CI).
#include "app/secrets/keychainsecretstore.h"

#include <QCoreApplication>
#include <QTest>
#include <QUuid>

using namespace Tenure;

class TestKeychainSecretStore : public QObject {
    Q_OBJECT

    App::KeychainSecretStore m_store{QStringLiteral("Tenure tests"), 10000};
    QString m_reference = QStringLiteral("tst/%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));

private Q_SLOTS:
    void aSecretWrittenIsReadBackExactly()
    {
        const auto secret = QStringLiteral("pä$$ wörd \"with\" quotes & 🔑");
        auto written = m_store.write(m_reference, secret);
        QVERIFY2(written, written ? "" : qPrintable(written.error().describe()));
        auto read = m_store.read(m_reference);
        QVERIFY2(read, read ? "" : qPrintable(read.error().describe()));
        QCOMPARE(*read, secret);
    }

    void writingAgainReplacesTheSecret()
    {
        QVERIFY(m_store.write(m_reference, QStringLiteral("second")));
        QCOMPARE(*m_store.read(m_reference), QStringLiteral("second"));
    }

    void aRemovedSecretIsNotFoundAndTheMessageSaysWhereToSetIt()
    {
        QVERIFY(m_store.remove(m_reference));
        auto read = m_store.read(m_reference);
        QVERIFY(!read);
        QCOMPARE(read.error().code, Models::ErrorCode::NotFound);
        QVERIFY(read.error().message.contains(QStringLiteral("Tenants page")));
    }

    void removingAMissingSecretIsNotAnError() { QVERIFY(m_store.remove(m_reference + QStringLiteral("-none"))); }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
