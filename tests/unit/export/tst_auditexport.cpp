// The audit exports: CSV with formula cells neutralised, JSON with every field, a table that a
// control character in HR data cannot garble.
#include "app/export/auditexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Tenure;

namespace {

Models::AuditEvent sampleEvent(const QString& subject, const QString& why)
{
    auto e = Models::makeAuditEvent(QStringLiteral("alice"), Models::AuditAction::OperationConfirmed, subject, why,
                                    {{QStringLiteral("title"), QStringLiteral("Clerk")}},
                                    {{QStringLiteral("title"), QStringLiteral("=HYPERLINK(\"http://x\")")}});
    e.seq = 7;
    e.at = QDateTime(QDate(2024, 5, 1), QTime(12, 0, 0, 123), Qt::UTC);
    e.prevHash = QString(64, u'a');
    e.hash = QString(64, u'b');
    return e;
}

} // namespace

class TestAuditExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void csvNeutralisesFormulaCells_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("cell");
        QTest::newRow("dde") << QStringLiteral("=cmd|' /C calc'!A0") << QStringLiteral("'=cmd|' /C calc'!A0");
        QTest::newRow("plus") << QStringLiteral("+1+cmd|' /C calc'!A0") << QStringLiteral("'+1+cmd|' /C calc'!A0");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(1,1)") << QStringLiteral("\"'@SUM(1,1)\"");
        QTest::newRow("plain") << QStringLiteral("1042") << QStringLiteral("1042");
    }

    void csvNeutralisesFormulaCells()
    {
        QFETCH(QString, value);
        QFETCH(QString, cell);
        const auto csv = QString::fromUtf8(App::auditAsCsv({sampleEvent(value, value)}));
        const auto lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(1).contains(u',' + cell + u',' + cell + u','), qPrintable(lines.at(1)));
        if (cell != value)
            QVERIFY(!lines.at(1).contains(u',' + value));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("7,2024-05-01T12:00:00.123Z,alice,operation.confirmed,")));
        QVERIFY(lines.at(1).endsWith(QString(64, u'a') + u',' + QString(64, u'b')));
    }

    void jsonCarriesEveryField()
    {
        const auto json = QJsonDocument::fromJson(App::auditAsJson({sampleEvent(QStringLiteral("1042"), QStringLiteral("why"))}));
        const auto e = json.object().value(QStringLiteral("events")).toArray().at(0).toObject();
        QCOMPARE(e.value(QStringLiteral("seq")).toInt(), 7);
        QCOMPARE(e.value(QStringLiteral("at")).toString(), QStringLiteral("2024-05-01T12:00:00.123Z"));
        QCOMPARE(e.value(QStringLiteral("actor")).toString(), QStringLiteral("alice"));
        QCOMPARE(e.value(QStringLiteral("subject")).toString(), QStringLiteral("1042"));
        QCOMPARE(e.value(QStringLiteral("before")).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Clerk"));
        QCOMPARE(e.value(QStringLiteral("prevHash")).toString(), QString(64, u'a'));
        QCOMPARE(e.value(QStringLiteral("hash")).toString(), QString(64, u'b'));
    }

    void theTableShowsControlCharactersAsSpaces()
    {
        const auto table = App::auditAsTable({sampleEvent(QStringLiteral("1042\x1b[2J"), QStringLiteral("line one\nline two"))});
        QVERIFY(!table.contains(QChar(0x1b)));
        QVERIFY(table.contains(QStringLiteral("line one line two")));
        QVERIFY(table.contains(QStringLiteral("2024-05-01 12:00:00")));
        QVERIFY(table.endsWith(QStringLiteral("1 events\n")));
    }
};

QTEST_GUILESS_MAIN(TestAuditExport)
#include "tst_auditexport.moc"
